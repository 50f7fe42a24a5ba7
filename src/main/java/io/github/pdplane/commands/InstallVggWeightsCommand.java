package io.github.pdplane.commands;

import java.nio.file.Path;

import org.scijava.command.Command;
import org.scijava.plugin.Plugin;

import io.github.pdplane.io.ModelStore;
import io.github.pdplane.vgg.VggWeights;
import io.github.pdplane.vgg.VggWeightsFiles;
import io.github.pdplane.vgg.VggWeightsStore;

/**
 * Installs VGG19's weights for VGG2,2 into the per-user folder of {@link VggWeightsStore}: the four layers
 * it uses, from torchvision's or MatConvNet's file the user has, or, only when the user ticks Download,
 * from torchvision's file fetched first (see {@link InstallModelCommand}).
 * {@link VggWeightsStore#installInstructions()} names this command by its menu path
 * ({@link VggWeightsStore#MENU_COMMAND}). No menu path, for the reason given in {@link RmseCommand}.
 */
@Plugin( type = Command.class, name = "install-vgg-model", label = InstallVggWeightsCommand.LABEL, headless = true, visible = false,
		description = "Installs the VGG19 weights that VGG2,2 needs and PD Plane does not include: torchvision's vgg19-dcbb9e9d.pth (548 MB, "
				+ VggWeightsStore.DOWNLOAD_URL + ") or MatConvNet's imagenet-vgg-verydeep-19.mat (510 MB, " + VggWeightsStore.MATCONVNET_URL
				+ "), a file you downloaded, or torchvision's fetched when you tick Download (and only then). The file is checked, and only "
				+ "the four layers VGG2,2 uses (about 1 MB) are kept, in ~/.pdplane/models/vgg or the folder the environment variable "
				+ VggWeightsStore.FOLDER_VARIABLE + " names. The two files are different trainings; results name the weights used." )
public class InstallVggWeightsCommand extends InstallModelCommand< VggWeights >
{
	/** The menu label; {@link VggWeightsStore#MENU_COMMAND} ends with it. */
	public static final String LABEL = "Install VGG Weights...";

	@Override
	String title()
	{
		return "Install VGG Weights";
	}

	@Override
	String what()
	{
		return "VGG19 weights";
	}

	@Override
	String somethingInstalled()
	{
		return "VGG19 weights are";
	}

	@Override
	ModelStore< VggWeights > environmentStore()
	{
		return VggWeightsStore.fromEnvironment();
	}

	@Override
	String howToChoose()
	{
		return "Choose the weight file to install, or tick Download (in a macro: add the key download) to fetch torchvision's (548 MB). "
				+ VggWeightsFiles.ACCEPTED;
	}

	@Override
	String installedNote( final Path file, final VggWeights weights )
	{
		return "installed the VGG19 weights (" + weights.description() + ": conv1_1 to conv2_2, " + weights.source().id() + " normalisation) in '"
				+ file + "'; VGG2,2 uses them now.";
	}

	@Override
	String namedFileNote( final Path namedFile )
	{
		return "note that the environment variable " + VggWeightsStore.FILE_VARIABLE + " is set to '" + namedFile + "': VGG2,2 reads that "
				+ "file, not the one installed; unset it to use the installed weights.";
	}
}
