package io.github.pdplane.vgg;

import java.util.Arrays;

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
 * is repeated to three channels. Thread-safe; each thread remembers the features of the last reference it saw
 * (compared by value), so that one reference against many restored images costs one reference pass.
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
	 * Each thread's last reference and its features: a batch worker compares one reference with every
	 * algorithm's output in turn, so the reference's half of the work is done once, not once per algorithm.
	 */
	private final ThreadLocal< Remembered > lastReference = new ThreadLocal<>();

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
		return referenceFeatures( reference, dataRange ).meanSquaredDifference( features( restored, dataRange ) );
	}

	/** The features of a reference, remembered for the next call on this thread with the same values. */
	private FeatureMap referenceFeatures( final Plane[] reference, final double dataRange )
	{
		final Remembered last = lastReference.get();
		if ( last != null && last.holds( reference, dataRange ) )
			return last.features;
		final FeatureMap features = features( reference, dataRange );
		lastReference.set( new Remembered( reference, dataRange, features ) );
		return features;
	}

	/** A copy of an image's values (callers reuse their arrays) with its features. */
	private static final class Remembered
	{
		final int width;

		final double[][] values;

		final double dataRange;

		final FeatureMap features;

		Remembered( final Plane[] image, final double dataRange, final FeatureMap features )
		{
			width = image[ 0 ].width();
			values = new double[ image.length ][];
			for ( int c = 0; c < image.length; c++ )
				values[ c ] = image[ c ].values().clone();
			this.dataRange = dataRange;
			this.features = features;
		}

		boolean holds( final Plane[] image, final double range )
		{
			if ( image.length != values.length || image[ 0 ].width() != width || Double.compare( range, dataRange ) != 0 )
				return false;
			for ( int c = 0; c < image.length; c++ )
				if ( !Arrays.equals( image[ c ].values(), values[ c ] ) )
					return false;
			return true;
		}
	}
}
