package io.github.pdplane.commands;

import java.io.File;
import java.util.Collections;

import org.scijava.plugin.Parameter;

import ij.ImagePlus;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.nr.NiqeModel;
import io.github.pdplane.nr.ma.MaModel;
import io.github.pdplane.nr.ma.MaModelStore;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricRegistry;

/**
 * The parameters and the run of the no-reference metric commands (NIQE, Ma et al., the Perceptual
 * Index): the restored image or stack, and the convention, shave and data range of {@link PdCommand}
 * with the defaults of the metric's registry entry ({@link MetricRegistry#defaultPreparation}: PIRM's y
 * and shave 4 for PI), so a command, the command line and a batch run of the same metric start from
 * the same protocol. Also the model-file parameters these commands share: each command declares the
 * ones it uses with the labels and descriptions given here, and reads them with {@link #niqeModel} and
 * {@link #maModel}.
 */
public abstract class NoReferenceCommand extends MetricCommand
{
	static final String NIQE_MODEL_LABEL = "NIQE model";

	static final String NIQE_MODEL_DESCRIPTION = "A NIQE model file (MAT-file from Train NIQE Model or train-niqe, or modelparameters.mat "
			+ "of the MATLAB release); empty for the bundled LIVE model.";

	static final String MA_MODEL_LABEL = "Ma et al. model";

	static final String MA_MODEL_DESCRIPTION = "A model file of Ma et al.'s metric (model.mat of the authors' sr-metric release); empty "
			+ "for the installed model (Install Ma et al. Model...) or the file the environment variable " + MaModelStore.FILE_VARIABLE
			+ " names.";

	@Parameter( label = "Restored", description = RESTORED_DESCRIPTION )
	private ImagePlus restored;

	private final MetricDescriptor metric;

	/** Where the installed Ma et al. model is looked for: the process environment's, unless a test sets another. */
	MaModelStore maModelStore;

	/**
	 * @param metricId
	 *            the registry id of the metric the command scores, whose default convention and shave
	 *            the command's parameters take
	 */
	protected NoReferenceCommand( final String metricId )
	{
		this( MetricRegistry.byId( metricId ) );
	}

	private NoReferenceCommand( final MetricDescriptor metric )
	{
		super( MetricRegistry.defaultPreparation( Collections.singletonList( metric ) ) );
		this.metric = metric;
	}

	/** The metric the command scores. */
	protected final MetricDescriptor metric()
	{
		return metric;
	}

	@Override
	protected final void execute()
	{
		if ( restored == null )
			throw new PdPlaneException( "Choose a restored image (open it first)." );
		scoreRestored( restored );
	}

	/** Scores the restored image or stack (given) and records its rows. */
	protected abstract void scoreRestored( ImagePlus image );

	private static boolean given( final File file )
	{
		return file != null && !file.getPath().isEmpty();
	}

	/** The NIQE model of a model-file parameter; null (the bundled LIVE model) where it is empty. */
	protected static NiqeModel niqeModel( final File file )
	{
		return given( file ) ? NiqeModel.load( file.toPath() ) : null;
	}

	/**
	 * The Ma et al. model of a model-file parameter; where it is empty, the installed one.
	 *
	 * @throws PdPlaneException
	 *             saying what is wrong with the file, or how to install a model where none is given or installed
	 */
	protected final MaModel maModel( final File file )
	{
		if ( given( file ) )
			return MaModelStore.load( file.toPath() );
		return ( maModelStore != null ? maModelStore : MaModelStore.fromEnvironment() ).require();
	}

	/** {@code key=file name} for the table's options, empty where the parameter is (the default model). */
	protected static String option( final String key, final File file )
	{
		return given( file ) ? key + "=" + file.getName() : "";
	}
}
