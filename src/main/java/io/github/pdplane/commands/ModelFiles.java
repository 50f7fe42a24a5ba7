package io.github.pdplane.commands;

import java.io.File;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.nr.NiqeModel;
import io.github.pdplane.nr.ma.MaModel;
import io.github.pdplane.nr.ma.MaModelStore;

/**
 * The model-file parameters of the no-reference commands (NIQE, Ma et al., the Perceptual Index): the
 * labels and descriptions every command that declares one uses, the models they name, and how the
 * "PD Results" options name them. An empty parameter means the default model: the bundled LIVE model
 * for NIQE, the installed one for Ma et al.
 */
final class ModelFiles
{
	static final String NIQE_MODEL_LABEL = "NIQE model";

	static final String NIQE_MODEL_DESCRIPTION = "A NIQE model file (MAT-file from Train NIQE Model or train-niqe, or modelparameters.mat "
			+ "of the MATLAB release); empty for the bundled LIVE model.";

	static final String MA_MODEL_LABEL = "Ma et al. model";

	static final String MA_MODEL_DESCRIPTION = "A model file of Ma et al.'s metric (model.mat of the authors' sr-metric release); empty "
			+ "for the installed model (Install Ma et al. Model...) or the file the environment variable " + MaModelStore.FILE_VARIABLE
			+ " names.";

	private ModelFiles()
	{}

	private static boolean given( final File file )
	{
		return file != null && !file.getPath().isEmpty();
	}

	/** The NIQE model of a model-file parameter; null (the bundled LIVE model) where it is empty. */
	static NiqeModel niqe( final File file )
	{
		return given( file ) ? NiqeModel.load( file.toPath() ) : null;
	}

	/**
	 * The Ma et al. model of a model-file parameter; where it is empty, the one installed in {@code store}.
	 *
	 * @param store
	 *            where the installed model is looked for; null for the process environment's
	 * @throws PdPlaneException
	 *             saying what is wrong with the file, or how to install a model where none is given or installed
	 */
	static MaModel ma( final File file, final MaModelStore store )
	{
		if ( given( file ) )
			return MaModelStore.load( file.toPath() );
		return ( store != null ? store : MaModelStore.fromEnvironment() ).require();
	}

	/** {@code key=file name} for the table's options, empty where the parameter is (the default model). */
	static String option( final String key, final File file )
	{
		return given( file ) ? key + "=" + file.getName() : "";
	}
}
