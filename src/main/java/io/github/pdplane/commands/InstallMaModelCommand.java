package io.github.pdplane.commands;

import java.nio.file.Path;

import org.scijava.command.Command;
import org.scijava.plugin.Plugin;

import io.github.pdplane.io.ModelStore;
import io.github.pdplane.nr.ma.MaModel;
import io.github.pdplane.nr.ma.MaModelStore;

/**
 * Installs the authors' Ma et al. model into the per-user model folder of {@link MaModelStore}, from a
 * file the user has, or, only when the user ticks Download, fetched from the authors' repository (see
 * {@link InstallModelCommand}). {@link MaModelStore#installInstructions()} names this command by its menu
 * path ({@link MaModelStore#MENU_COMMAND}). No menu path, for the reason given in {@link RmseCommand}.
 */
@Plugin( type = Command.class, name = "install-ma-model", label = InstallMaModelCommand.LABEL, headless = true, visible = false,
		description = "Installs the trained model of Ma et al.'s metric, model.mat of the authors' sr-metric release "
				+ "(github.com/chaoma99/sr-metric, MIT licence), which PD Plane does not include and Ma et al. and the Perceptual Index "
				+ "need: a file you downloaded, or fetched from the authors' repository (" + MaModelStore.DOWNLOAD_URL + ") when you tick "
				+ "Download (and only then). The file is checked before it replaces anything. It goes into ~/.pdplane/models/ma, or the "
				+ "folder the environment variable " + MaModelStore.FOLDER_VARIABLE + " names." )
public class InstallMaModelCommand extends InstallModelCommand< MaModel >
{
	/** The menu label; {@link MaModelStore#MENU_COMMAND} ends with it. */
	public static final String LABEL = "Install Ma et al. Model...";

	@Override
	String title()
	{
		return "Install Ma et al. Model";
	}

	@Override
	String what()
	{
		return "Ma et al. model";
	}

	@Override
	String somethingInstalled()
	{
		return "A Ma et al. model is";
	}

	@Override
	ModelStore< MaModel > environmentStore()
	{
		return MaModelStore.fromEnvironment();
	}

	@Override
	String howToChoose()
	{
		return "Choose the model file to install (model.mat of the authors' sr-metric release), or tick Download (in a macro: add the key "
				+ "download) to fetch it from the authors' repository.";
	}

	@Override
	String installedNote( final Path file, final MaModel model )
	{
		return "installed the Ma et al. model in '" + file + "' (" + model.treeCounts() + "); Ma et al. and Perceptual Index use it now.";
	}

	@Override
	String namedFileNote( final Path namedFile )
	{
		return "note that the environment variable " + MaModelStore.FILE_VARIABLE + " is set to '" + namedFile + "': Ma et al. and "
				+ "Perceptual Index read that file, not the one installed; unset it to use the installed model.";
	}
}
