package io.github.pdplane.metrics;

import io.github.pdplane.nr.NiqeModel;

/**
 * The tunable choices of the metrics, one value object that every front end fills from its own
 * parameters. Immutable; {@code with...} methods return modified copies.
 */
public final class MetricSettings
{
	private static final MetricSettings DEFAULTS = new MetricSettings( false, MsSsimVariant.PAPER, null );

	private final boolean ssimDownsample;

	private final MsSsimVariant msSsimVariant;

	/** {@code null} for the bundled LIVE model, read only when NIQE is built. */
	private final NiqeModel niqeModel;

	private MetricSettings( final boolean ssimDownsample, final MsSsimVariant msSsimVariant, final NiqeModel niqeModel )
	{
		this.ssimDownsample = ssimDownsample;
		this.msSsimVariant = msSsimVariant;
		this.niqeModel = niqeModel;
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

	/** The NIQE model: the user's ({@code --niqe-model}, {@code niqeModel}) or the bundled LIVE model. */
	public NiqeModel niqeModel()
	{
		return niqeModel != null ? niqeModel : NiqeModel.live();
	}

	/**
	 * The block size of the NIQE features (NIQE, and the set distances that pool them): the chosen
	 * model's, 96 for the LIVE model. Does not read the bundled model.
	 */
	public int niqeBlockSize()
	{
		return niqeModel != null ? niqeModel.blockSize() : NiqeModel.DEFAULT_BLOCK_SIZE;
	}

	public MetricSettings withSsimDownsample( final boolean downsample )
	{
		return new MetricSettings( downsample, msSsimVariant, niqeModel );
	}

	public MetricSettings withMsSsimVariant( final MsSsimVariant variant )
	{
		return new MetricSettings( ssimDownsample, variant, niqeModel );
	}

	/** NIQE with {@code model} ({@link NiqeModel#load}); {@code null} restores the bundled LIVE model. */
	public MetricSettings withNiqeModel( final NiqeModel model )
	{
		return new MetricSettings( ssimDownsample, msSsimVariant, model );
	}
}
