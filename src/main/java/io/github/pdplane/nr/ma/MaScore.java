package io.github.pdplane.nr.ma;

import io.github.pdplane.image.Plane;
import io.github.pdplane.metrics.ChannelwiseMetric;

/**
 * The no-reference quality score of C. Ma, C.-Y. Yang, X. Yang and M.-H. Yang, "Learning a no-reference
 * quality metric for single-image super-resolution", Computer Vision and Image Understanding 158:1-16,
 * 2017, as {@code quality_predict.m} of their sr-metric release computes it: the 138 features of
 * {@link MaFeatures}, three regression forests and a linear combination ({@link MaModel}). About 0..10,
 * higher is better. It was trained on super-resolution artefacts and means little for other distortions.
 * Immutable and thread-safe.
 */
public final class MaScore implements ChannelwiseMetric
{
	/** The registry id. */
	public static final String ID = "ma";

	public static final String CITATION = "C. Ma, C.-Y. Yang, X. Yang and M.-H. Yang, \"Learning a no-reference quality metric for "
			+ "single-image super-resolution\", Computer Vision and Image Understanding 158:1-16, 2017";

	private final MaModel model;

	public MaScore( final MaModel model )
	{
		this.model = model;
	}

	public MaModel model()
	{
		return model;
	}

	/** The score of one grey plane (of each channel, averaged, for convention rgb). */
	@Override
	public double score( final String name, final Plane plane, final double dataRange )
	{
		return model.score( MaFeatures.compute( name, plane, dataRange ) );
	}
}
