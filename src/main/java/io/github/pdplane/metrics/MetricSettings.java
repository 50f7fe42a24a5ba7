package io.github.pdplane.metrics;

/**
 * The tunable choices of the metrics, one value object that every front end fills from its own
 * parameters. Immutable; {@code with...} methods return modified copies.
 */
public final class MetricSettings
{
	private static final MetricSettings DEFAULTS = new MetricSettings( false, MsSsimVariant.PAPER );

	private final boolean ssimDownsample;

	private final MsSsimVariant msSsimVariant;

	private MetricSettings( final boolean ssimDownsample, final MsSsimVariant msSsimVariant )
	{
		this.ssimDownsample = ssimDownsample;
		this.msSsimVariant = msSsimVariant;
	}

	public static MetricSettings defaults()
	{
		return DEFAULTS;
	}

	/** Whether SSIM first applies the automatic downsampling of the 2009 {@code ssim.m}. */
	public boolean ssimDownsample()
	{
		return ssimDownsample;
	}

	public MsSsimVariant msSsimVariant()
	{
		return msSsimVariant;
	}

	public MetricSettings withSsimDownsample( final boolean downsample )
	{
		return new MetricSettings( downsample, msSsimVariant );
	}

	public MetricSettings withMsSsimVariant( final MsSsimVariant variant )
	{
		return new MetricSettings( ssimDownsample, variant );
	}
}
