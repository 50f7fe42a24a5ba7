package io.github.pdplane.commands;

import java.io.File;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.nr.NiqeModel;
import io.github.pdplane.nr.ma.MaModel;
import io.github.pdplane.nr.ma.MaModelStore;
import io.github.pdplane.vgg.VggWeights;
import io.github.pdplane.vgg.VggWeightsStore;

/**
 * The model-file parameters of the no-reference commands (NIQE, Ma et al., the Perceptual Index) and of VGG2,2's weights: the
 * labels and descriptions every command that declares one uses, the models they name, and how the
 * "PD Results" options name them. An empty parameter means the default model: the bundled LIVE model
 * for NIQE, the installed one for Ma et al.
 */
final class ModelFiles
{
	static final String NIQE_MODEL_LABEL = "NIQE model (empty = the bundled LIVE model)";

	static final String NIQE_MODEL_DESCRIPTION = "A NIQE model file (MAT-file from Train NIQE Model... or train-niqe, or modelparameters.mat "
			+ "of the MATLAB release); empty for the bundled LIVE model.";

	static final String MA_MODEL_LABEL = "Ma model (Ma et al.; empty = the installed one)";

	static final String MA_MODEL_DESCRIPTION = "A model file of Ma et al.'s metric (model.mat of the authors' sr-metric release); empty "
			+ "for the installed model (Install Ma et al. Model...) or the file the environment variable " + MaModelStore.FILE_VARIABLE
			+ " names.";

	static final String VGG_WEIGHTS_LABEL = "VGG weights (empty = the installed ones)";

	static final String VGG_WEIGHTS_DESCRIPTION = "A VGG19 weight file (torchvision's vgg19-dcbb9e9d.pth, MatConvNet's "
			+ "imagenet-vgg-verydeep-19.mat or an installed vgg22.mat); empty for the installed weights (Install VGG Weights...) or the file "
			+ "the environment variable " + VggWeightsStore.FILE_VARIABLE + " names.";

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

	/**
	 * The VGG19 weights of a weight-file parameter; where it is empty, the ones installed in {@code store}.
	 *
	 * @param store
	 *            where the installed weights are looked for; null for the process environment's
	 * @throws PdPlaneException
	 *             saying what is wrong with the file, or how to install weights where none are given or installed
	 */
	static VggWeights vgg( final File file, final VggWeightsStore store )
	{
		if ( given( file ) )
			return VggWeightsStore.load( file.toPath() );
		return ( store != null ? store : VggWeightsStore.fromEnvironment() ).require();
	}

	/** {@code key=file name} for the table's options, empty where the parameter is (the default model). */
	static String option( final String key, final File file )
	{
		return given( file ) ? key + "=" + file.getName() : "";
	}
}
