package io.github.pdplane.registry;

import io.github.pdplane.metrics.MsSsimVariant;
import io.github.pdplane.nr.NiqeModel;
import io.github.pdplane.nr.ma.MaModel;
import io.github.pdplane.nr.ma.MaModelStore;

/**
 * The tunable choices of the metrics, one value object that every front end fills from its own
 * parameters. Immutable; {@code with...} methods return modified copies.
 */
public final class MetricSettings
{
	private static final MetricSettings DEFAULTS = new MetricSettings( false, MsSsimVariant.PAPER, null, null, null );

	private final boolean ssimDownsample;

	private final MsSsimVariant msSsimVariant;

	/** {@code null} for the bundled LIVE model, read only when NIQE is built. */
	private final NiqeModel niqeModel;

	/** {@code null} for the installed model, read only when Ma et al.'s metric or PI is built. */
	private final MaModel maModel;

	/** Where the installed model is looked up; {@code null} for {@link MaModelStore#fromEnvironment()}. */
	private final MaModelStore maModelStore;

	private MetricSettings( final boolean ssimDownsample, final MsSsimVariant msSsimVariant, final NiqeModel niqeModel, final MaModel maModel,
			final MaModelStore maModelStore )
	{
		this.ssimDownsample = ssimDownsample;
		this.msSsimVariant = msSsimVariant;
		this.niqeModel = niqeModel;
		this.maModel = maModel;
		this.maModelStore = maModelStore;
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
		return new MetricSettings( downsample, msSsimVariant, niqeModel, maModel, maModelStore );
	}

	public MetricSettings withMsSsimVariant( final MsSsimVariant variant )
	{
		return new MetricSettings( ssimDownsample, variant, niqeModel, maModel, maModelStore );
	}

	/** NIQE with {@code model} ({@link NiqeModel#load}); {@code null} restores the bundled LIVE model. */
	public MetricSettings withNiqeModel( final NiqeModel model )
	{
		return new MetricSettings( ssimDownsample, msSsimVariant, model, maModel, maModelStore );
	}

	/**
	 * The Ma et al. model: the one given ({@link #withMaModel}), else the one installed in the store
	 * ({@link #withMaModelStore}, by default {@link MaModelStore#fromEnvironment()}).
	 *
	 * @throws io.github.pdplane.PdPlaneException
	 *             saying how to install a model where none is given or installed
	 */
	public MaModel maModel()
	{
		return maModel != null ? maModel : ( maModelStore != null ? maModelStore : MaModelStore.fromEnvironment() ).require();
	}

	/** Ma et al. and PI with {@code model} ({@link MaModel#load}); {@code null} restores the installed model. */
	public MetricSettings withMaModel( final MaModel model )
	{
		return new MetricSettings( ssimDownsample, msSsimVariant, niqeModel, model, maModelStore );
	}

	/**
	 * Where the installed Ma et al. model is looked up when none is given: a store of the caller's (a
	 * front end's own folder, a test's), or {@code null} for the user's ({@link MaModelStore#fromEnvironment()}).
	 */
	public MetricSettings withMaModelStore( final MaModelStore store )
	{
		return new MetricSettings( ssimDownsample, msSsimVariant, niqeModel, maModel, store );
	}
}
