package io.github.pdplane.cli;

import java.net.URL;
import java.nio.file.Path;
import java.util.function.Supplier;

import io.github.pdplane.vgg.VggWeights;
import io.github.pdplane.vgg.VggWeightsFiles;
import io.github.pdplane.vgg.VggWeightsStore;

/**
 * {@code install-vgg-model FILE | --download}: VGG19's weights for VGG2,2 ({@link VggWeightsStore}): only the
 * four layers it uses are kept; with {@code --download}, and only then, torchvision's file is fetched first.
 */
final class InstallVggModelSubcommand extends InstallModelSubcommand< VggWeights >
{
	InstallVggModelSubcommand()
	{
		this( VggWeightsStore::fromEnvironment, url( VggWeightsStore.DOWNLOAD_URL ) );
	}

	/** For tests: another store and download address. */
	InstallVggModelSubcommand( final Supplier< VggWeightsStore > store, final URL downloadUrl )
	{
		super( "install-vgg-model", "install VGG19 weights once (vgg22 needs them)", "VGG19 weights of torchvision (548 MB)", store, downloadUrl );
	}

	@Override
	String description()
	{
		return "Installs the VGG19 weights that the metric vgg22 (VGG2,2) needs and PD Plane does not include, from a file you have: "
				+ VggWeightsFiles.ACCEPTED + " The file is checked first (the shapes of conv1_1 to conv2_2, finite values); then only those"
				+ " four layers (about 1 MB) are written to the model folder, ~/.pdplane/models/vgg unless " + VggWeightsStore.FOLDER_VARIABLE
				+ " names another, so that later runs read them in milliseconds; a file that does not fit is refused and installed weights stay."
				+ " With --" + DOWNLOAD + " torchvision's file (" + VggWeightsStore.DOWNLOAD_URL + ", 548 MB) is fetched first, with progress"
				+ " on standard error; nothing is downloaded otherwise. MatConvNet's file is " + VggWeightsStore.MATCONVNET_URL + " (510 MB)."
				+ " The two are different trainings: results name the weights used. Alternatively, " + VggWeightsStore.FILE_VARIABLE
				+ " can name a weight file of any accepted format to use where it is."
				+ "\nExample: " + Main.PROGRAM + " install-vgg-model ~/Downloads/vgg19-dcbb9e9d.pth"
				+ "\nOr: " + Main.PROGRAM + " install-vgg-model --" + DOWNLOAD;
	}

	@Override
	String somethingInstalled()
	{
		return "VGG19 weights are";
	}

	@Override
	String fileWanted()
	{
		return "a weight FILE (torchvision's vgg19-dcbb9e9d.pth or MatConvNet's imagenet-vgg-verydeep-19.mat)";
	}

	@Override
	String installed( final Path file, final VggWeights weights )
	{
		return "Installed the VGG19 weights (" + weights.description() + ": conv1_1 to conv2_2, " + weights.source().id()
				+ " normalisation) in " + file + "; the metric vgg22 uses them now.";
	}

	@Override
	String namedFileWarning( final Path namedFile )
	{
		return VggWeightsStore.FILE_VARIABLE + " is set to '" + namedFile + "': vgg22 reads that file, not the one installed; unset it to use"
				+ " the installed weights.";
	}
}
