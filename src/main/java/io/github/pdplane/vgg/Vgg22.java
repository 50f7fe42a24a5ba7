package io.github.pdplane.vgg;

import io.github.pdplane.image.Plane;
import io.github.pdplane.metrics.FullReferenceMetric;

/**
 * VGG2,2, lower is better: the mean over every element (channel, row, column) of the squared difference of
 * phi_{2,2}, VGG19's conv2_2 after its ReLU and before the second max-pooling, of the reference and of the
 * restored image. The notation is that of C. Ledig et al., "Photo-realistic single image super-resolution
 * using a generative adversarial network", CVPR 2017 (which scales the distance by 1/12.75^2 for its loss;
 * PD Plane does not); Y. Blau and T. Michaeli, "The perception-distortion tradeoff", CVPR 2018, use it as one
 * of their six distortion measures. The network is K. Simonyan and A. Zisserman, "Very deep convolutional
 * networks for large-scale image recognition", ICLR 2015, with the user's weights ({@link VggWeights}).
 * <p>
 * Input: RGB scaled to [0, 1] by the data range; one grey plane (a grey image, or conventions gray and y)
 * is repeated to three channels. Immutable and thread-safe.
 */
public final class Vgg22 implements FullReferenceMetric
{
	public static final String ID = "vgg22";

	public static final String CITATION = "the squared distance of VGG19 conv2_2 features (phi_2,2 of C. Ledig et al., \"Photo-realistic "
			+ "single image super-resolution using a generative adversarial network\", CVPR 2017; the network of K. Simonyan and "
			+ "A. Zisserman, ICLR 2015), one of the six distortion measures of Y. Blau and T. Michaeli, \"The perception-distortion "
			+ "tradeoff\", CVPR 2018";

	public static final int MINIMUM_SIZE = VggNetwork.MINIMUM_SIZE;

	public static final String MINIMUM_SIZE_REASON = "one 2x2 max-pooling before conv2_1";

	private final VggNetwork network;

	private final int parallelism;

	/**
	 * @param parallelism
	 *            how many bands of one image's rows may be computed at once (1: on the calling thread only)
	 */
	public Vgg22( final VggWeights weights, final int parallelism )
	{
		this.network = new VggNetwork( weights );
		this.parallelism = Math.max( 1, parallelism );
	}

	public VggWeights weights()
	{
		return network.weights();
	}

	/** phi_{2,2} of one image (one plane or R, G, B), for callers that compare one reference with many images. */
	public FeatureMap features( final Plane[] channels, final double dataRange )
	{
		return network.phi22( channels, dataRange, parallelism );
	}

	@Override
	public double score( final Plane[] reference, final Plane[] restored, final double dataRange )
	{
		return features( reference, dataRange ).meanSquaredDifference( features( restored, dataRange ) );
	}
}
