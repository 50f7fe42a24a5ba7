package io.github.pdplane.nr;

import io.github.pdplane.image.Plane;
import io.github.pdplane.metrics.ChannelwiseMetric;

/**
 * BRISQUE, the Blind/Referenceless Image Spatial Quality Evaluator (A. Mittal, A. K. Moorthy and A. C. Bovik,
 * "No-reference image quality assessment in the spatial domain", IEEE Trans. Image Processing
 * 21(12):4695-4708, 2012), as the LIVE release's {@code brisquescore.m} computes it (algorithms spec,
 * section 5): the 36 natural-scene features of {@link BrisqueFeatures}, regressed by the release's SVR
 * ({@link BrisqueModel}, including the rounding of its text files). About 0 (best) to 100 (worst); lower is
 * better. Not MATLAB's built-in {@code brisque()}, which has another model and other values.
 * <p>
 * Images need {@link BrisqueFeatures#MINIMUM_SIZE} pixels each way; constant and nearly flat images, for
 * which the release's fits are undefined, are refused. Immutable and thread-safe.
 */
public final class Brisque implements ChannelwiseMetric
{
	/** The registry id. */
	public static final String ID = "brisque";

	public static final String CITATION = "A. Mittal, A. K. Moorthy and A. C. Bovik, \"No-reference image quality assessment in the spatial "
			+ "domain\", IEEE Trans. Image Processing 21(12):4695-4708, 2012; the LIVE release's model (BRISQUE Software Release, 2011)";

	private final BrisqueModel model;

	/** BRISQUE with the LIVE release's model. */
	public Brisque()
	{
		this( BrisqueModel.live() );
	}

	public Brisque( final BrisqueModel model )
	{
		this.model = model;
	}

	public BrisqueModel model()
	{
		return model;
	}

	/** BRISQUE of one grey plane whose data range is {@code dataRange} (255 for 8-bit data). */
	@Override
	public double score( final String name, final Plane plane, final double dataRange )
	{
		return model.score( BrisqueFeatures.compute( name, plane, dataRange ) );
	}
}
