package io.github.pdplane.commands;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.DynamicCommand;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

import ij.IJ;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.batch.Progress;
import io.github.pdplane.nr.ma.MaModel;
import io.github.pdplane.nr.ma.MaModelStore;

/**
 * Installs the authors' Ma et al. model into the per-user model folder of {@link MaModelStore}, from a
 * file the user has, or, only when the user ticks Download, fetched from the authors' repository with
 * progress in ImageJ's status bar (Escape cancels). The file is checked before it replaces anything; an
 * installed model is replaced only with {@code overwrite}, or after the person at the dialog confirms
 * it. {@link MaModelStore#installInstructions()} names this command by its menu path
 * ({@link MaModelStore#MENU_COMMAND}). No menu path, for the reason given in {@link RmseCommand}.
 */
@Plugin( type = Command.class, name = "install-ma-model", label = InstallMaModelCommand.LABEL, headless = true, visible = false,
		description = "Installs the trained model of Ma et al.'s metric, model.mat of the authors' sr-metric release "
				+ "(github.com/chaoma99/sr-metric, MIT licence), which PD Plane does not include and Ma et al. and the Perceptual Index "
				+ "need: a file you downloaded, or fetched from the authors' repository when you tick Download (and only then). The file "
				+ "is checked before it replaces anything. It goes into ~/.pdplane/models/ma, or the folder the environment variable "
				+ MaModelStore.FOLDER_VARIABLE + " names." )
public class InstallMaModelCommand extends DynamicCommand
{
	/** The menu label; {@link MaModelStore#MENU_COMMAND} ends with it. */
	public static final String LABEL = "Install Ma et al. Model...";

	private static final String TITLE = "Install Ma et al. Model";

	@Parameter( label = "Model", required = false, style = FileWidget.OPEN_STYLE,
			description = "The model file to install: model.mat of the authors' sr-metric release (leave empty to download it)." )
	private File model;

	@Parameter( label = "Download", description = "Fetch model.mat from the authors' repository (" + MaModelStore.DOWNLOAD_URL
			+ ") instead of installing a file; nothing is downloaded unless this is ticked." )
	private boolean download = false;

	@Parameter( label = "Overwrite", description = "Replace an installed model (otherwise the dialog asks first, and a macro stops with a "
			+ "message)." )
	private boolean overwrite = false;

	@Parameter( type = ItemIO.OUTPUT, label = "Installed model", description = "The installed model file." )
	private File installed;

	/** The store to install into: the process environment's, unless a test sets another. */
	MaModelStore store;

	/** Where Download fetches from: the authors' repository ({@link MaModelStore#DOWNLOAD_URL}), unless a test sets another. */
	URL downloadUrl;

	@Override
	public void run()
	{
		CommandErrors.cancelOnError( this, this::install );
	}

	private void install()
	{
		final boolean fromFile = model != null && !model.getPath().isEmpty();
		if ( fromFile && download )
			throw new PdPlaneException( "Give either a model file or Download, not both." );
		if ( !fromFile && !download )
			throw new PdPlaneException( "Choose the model file to install (model.mat of the authors' sr-metric release), or tick Download "
					+ "(in a macro: add the key download) to fetch it from the authors' repository." );
		final MaModelStore target = store != null ? store : MaModelStore.fromEnvironment();
		final Path existing = target.installedFile();
		if ( Files.exists( existing ) && !overwrite )
		{
			if ( !ReplaceConfirmation.canAsk() )
				throw new PdPlaneException( "A Ma et al. model is already installed in '" + existing + "'; " + ReplaceConfirmation.HOW_TO_REPLACE
						+ "." );
			if ( !ReplaceConfirmation.confirm( TITLE, "A Ma et al. model is already installed in\n" + existing + "\nReplace it?" ) )
			{
				cancel( null );
				return;
			}
		}
		final Path file = download ? download( target ) : target.install( model.toPath() );
		final MaModel loaded = MaModelStore.load( file );
		IJ.log( TITLE + ": installed the Ma et al. model in '" + file + "' (" + loaded.forest( 0 ).trees() + ", " + loaded.forest( 1 ).trees()
				+ " and " + loaded.forest( 2 ).trees() + " trees); Ma et al. and Perceptual Index use it now." );
		if ( target.namedFile() != null )
			IJ.log( TITLE + ": note that the environment variable " + MaModelStore.FILE_VARIABLE + " is set to '" + target.namedFile()
					+ "': Ma et al. and Perceptual Index read that file, not the one installed; unset it to use the installed model." );
		IJ.showStatus( "Ma et al. model installed" );
		installed = file.toFile();
	}

	private Path download( final MaModelStore target )
	{
		IJ.resetEscape();
		final StatusBarProgress progress = new StatusBarProgress();
		try
		{
			return downloadUrl == null ? target.download( progress ) : target.download( downloadUrl, progress );
		}
		finally
		{
			IJ.showProgress( 1.0 );
		}
	}

	/** The download's progress in ImageJ's status bar; Escape cancels it. */
	private static final class StatusBarProgress implements MaModelStore.Progress
	{
		@Override
		public void update( final long bytes, final long total )
		{
			if ( total > 0 )
				IJ.showProgress( ( double ) bytes / total );
			IJ.showStatus( "Downloading the Ma et al. model: " + ( total > 0 ? String.format( Locale.ROOT, "%.1f of %.1f MB", bytes / 1e6,
					total / 1e6 ) : String.format( Locale.ROOT, "%.1f MB", bytes / 1e6 ) ) + " (Esc cancels)" );
		}

		@Override
		public boolean cancelled()
		{
			return IJ.escapePressed();
		}
	}
}
