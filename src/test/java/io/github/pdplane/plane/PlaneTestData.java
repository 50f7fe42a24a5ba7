package io.github.pdplane.plane;

import io.github.pdplane.metrics.Direction;

/** Metrics for plane tests; {@code ma}, {@code niqe} and {@code pi} need not be in the registry yet. */
final class PlaneTestData
{
	static final PlaneMetric RMSE = new PlaneMetric( "rmse", "RMSE", Direction.LOWER_IS_BETTER );

	static final PlaneMetric PSNR = new PlaneMetric( "psnr", "PSNR", Direction.HIGHER_IS_BETTER );

	static final PlaneMetric SSIM = new PlaneMetric( "ssim", "SSIM", Direction.HIGHER_IS_BETTER );

	static final PlaneMetric PI = new PlaneMetric( "pi", "PI", Direction.LOWER_IS_BETTER );

	static final PlaneMetric MA = new PlaneMetric( "ma", "Ma", Direction.HIGHER_IS_BETTER );

	static final PlaneMetric NIQE = new PlaneMetric( "niqe", "NIQE", Direction.LOWER_IS_BETTER );

	/** Plain lower-is-better axes for the frontier's geometry. */
	static final PlaneMetric X = new PlaneMetric( "x", "X", Direction.LOWER_IS_BETTER );

	static final PlaneMetric Y = new PlaneMetric( "y", "Y", Direction.LOWER_IS_BETTER );

	private PlaneTestData()
	{}

	/** One algorithm's images {@code img0, img1, ...} with the given values of one metric. */
	static Evaluation.Builder column( final Evaluation.Builder b, final String algorithm, final String metric, final double... values )
	{
		for ( int i = 0; i < values.length; i++ )
			b.put( algorithm, "img" + i, metric, values[ i ] );
		return b;
	}
}
