package io.github.pdplane.nr.ma;

import io.github.pdplane.image.Plane;
import io.github.pdplane.metrics.NoReferenceMetric;

/**
 * The no-reference quality score of C. Ma, C.-Y. Yang, X. Yang and M.-H. Yang, "Learning a no-reference
 * quality metric for single-image super-resolution", Computer Vision and Image Understanding 158:1-16,
 * 2017, as {@code quality_predict.m} of their sr-metric release computes it: the 138 features of
 * {@link MaFeatures}, three regression forests and a linear combination ({@link MaModel}). About 0..10,
 * higher is better. It was trained on super-resolution artefacts and means little for other distortions.
 * Immutable and thread-safe.
 */
public final class MaScore implements NoReferenceMetric
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

	/** The mean of the channels' scores (one channel for conventions gray and y). */
	@Override
	public double score( final String name, final Plane[] channels, final double dataRange )
	{
		double sum = 0;
		for ( int c = 0; c < channels.length; c++ )
			sum += score( channels.length == 1 ? name : name + " (channel " + ( c + 1 ) + ")", channels[ c ], dataRange );
		return sum / channels.length;
	}

	/** The score of one grey plane. */
	public double score( final String name, final Plane plane, final double dataRange )
	{
		return model.score( MaFeatures.compute( name, plane, dataRange ) );
	}
}
