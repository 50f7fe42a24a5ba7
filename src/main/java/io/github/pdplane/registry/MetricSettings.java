package io.github.pdplane.registry;

import java.nio.file.Files;
import java.util.function.Consumer;

import io.github.pdplane.metrics.MsSsimVariant;
import io.github.pdplane.nr.NiqeModel;
import io.github.pdplane.nr.ma.MaModel;
import io.github.pdplane.nr.ma.MaModelStore;
import io.github.pdplane.vgg.VggWeights;
import io.github.pdplane.vgg.VggWeightsStore;

/**
 * The tunable choices of the metrics, one value object that every front end fills from its own
 * parameters. Immutable; {@code with...} methods return modified copies.
 */
public final class MetricSettings
{
	private static final MetricSettings DEFAULTS = new MetricSettings();

	private boolean ssimDownsample;

	private MsSsimVariant msSsimVariant = MsSsimVariant.PAPER;

	/** {@code null} for the bundled LIVE model, read only when NIQE is built. */
	private NiqeModel niqeModel;

	/** {@code null} for the installed model, read only when Ma et al.'s metric or PI is built. */
	private MaModel maModel;

	/** Where the installed model is looked up; {@code null} for {@link MaModelStore#fromEnvironment()}. */
	private MaModelStore maModelStore;

	/** {@code null} for the installed weights, read only when VGG2,2 is built. */
	private VggWeights vggWeights;

	/** Where the installed weights are looked up; {@code null} for {@link VggWeightsStore#fromEnvironment()}. */
	private VggWeightsStore vggWeightsStore;

	/** Bands of one image's rows VGG2,2 computes at once; 0 for every core. */
	private int vggParallelism;

	private MetricSettings()
	{}

	public static MetricSettings defaults()
	{
		return DEFAULTS;
	}

	/** A copy with one choice changed: the fields are written only here, before anyone else sees the copy. */
	private MetricSettings with( final Consumer< MetricSettings > change )
	{
		final MetricSettings copy = new MetricSettings();
		copy.ssimDownsample = ssimDownsample;
		copy.msSsimVariant = msSsimVariant;
		copy.niqeModel = niqeModel;
		copy.maModel = maModel;
		copy.maModelStore = maModelStore;
		copy.vggWeights = vggWeights;
		copy.vggWeightsStore = vggWeightsStore;
		copy.vggParallelism = vggParallelism;
		change.accept( copy );
		return copy;
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
		return with( s -> s.ssimDownsample = downsample );
	}

	public MetricSettings withMsSsimVariant( final MsSsimVariant variant )
	{
		return with( s -> s.msSsimVariant = variant );
	}

	/** NIQE with {@code model} ({@link NiqeModel#load}); {@code null} restores the bundled LIVE model. */
	public MetricSettings withNiqeModel( final NiqeModel model )
	{
		return with( s -> s.niqeModel = model );
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

	/**
	 * Whether the user has a Ma et al. model: one given, a file the environment names (which may still be
	 * missing or damaged: then {@link #maModel()} says so), or an installed one. Without any, a default that
	 * would use PI falls back to what needs no model; with one, its problems are errors, not a silent fallback.
	 */
	public boolean hasMaModel()
	{
		final MaModelStore store = maModelStore != null ? maModelStore : MaModelStore.fromEnvironment();
		return maModel != null || store.namedFile() != null || Files.exists( store.installedFile() );
	}

	/** Ma et al. and PI with {@code model} ({@link MaModel#load}); {@code null} restores the installed model. */
	public MetricSettings withMaModel( final MaModel model )
	{
		return with( s -> s.maModel = model );
	}

	/**
	 * Where the installed Ma et al. model is looked up when none is given: a store of the caller's (a
	 * front end's own folder, a test's), or {@code null} for the user's ({@link MaModelStore#fromEnvironment()}).
	 */
	public MetricSettings withMaModelStore( final MaModelStore store )
	{
		return with( s -> s.maModelStore = store );
	}

	/**
	 * The VGG19 weights of VGG2,2: the ones given ({@link #withVggWeights}), else the ones installed in the
	 * store ({@link #withVggWeightsStore}, by default {@link VggWeightsStore#fromEnvironment()}).
	 *
	 * @throws io.github.pdplane.PdPlaneException
	 *             saying how to install weights where none are given or installed
	 */
	public VggWeights vggWeights()
	{
		return vggWeights != null ? vggWeights : ( vggWeightsStore != null ? vggWeightsStore : VggWeightsStore.fromEnvironment() ).require();
	}

	/** VGG2,2 with {@code weights} ({@link VggWeightsStore#load}); {@code null} restores the installed weights. */
	public MetricSettings withVggWeights( final VggWeights weights )
	{
		return with( s -> s.vggWeights = weights );
	}

	/** Where the installed VGG19 weights are looked up when none are given; {@code null} for the user's. */
	public MetricSettings withVggWeightsStore( final VggWeightsStore store )
	{
		return with( s -> s.vggWeightsStore = store );
	}

	/**
	 * How many bands of one image's rows VGG2,2 computes at once: every core by default, fewer where a batch
	 * already scores several images at once ({@link #withVggParallelism}).
	 */
	public int vggParallelism()
	{
		return vggParallelism > 0 ? vggParallelism : Runtime.getRuntime().availableProcessors();
	}

	/** @param parallelism bands at once; 0 for every core */
	public MetricSettings withVggParallelism( final int parallelism )
	{
		return with( s -> s.vggParallelism = Math.max( 0, parallelism ) );
	}
}
