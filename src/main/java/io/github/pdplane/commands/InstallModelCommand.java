package io.github.pdplane.commands;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.scijava.ItemIO;
import org.scijava.command.DynamicCommand;
import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;
import org.scijava.widget.FileWidget;

import ij.IJ;
import io.github.pdplane.PdPlaneException;
import io.github.pdplane.io.ModelStore;

/**
 * The parameters and the run of the commands that install a model PD Plane cannot include into its
 * per-user folder ({@link ModelStore}): from a file the user has, or, only when the user ticks Download,
 * fetched with progress in ImageJ's status bar (Escape cancels). The file is checked before it replaces
 * anything; an installed model is replaced only with {@code overwrite}, or after the person at the dialog
 * confirms it. A parameter base (see {@link PdCommand}): one subclass a kind of model says what it is.
 *
 * @param <M>
 *            the model
 */
public abstract class InstallModelCommand< M > extends DynamicCommand
{
	@Parameter( label = "Model", required = false, style = FileWidget.OPEN_STYLE, attrs = @Attr( name = DialogLayout.EXAMPLE, value = "model.mat" ),
			description = "The file to install (leave empty and tick Download to fetch it instead)." )
	private File model;

	@Parameter( label = "Download", attrs = @Attr( name = DialogLayout.ASK_EACH_TIME, value = "true" ), description = "Fetch the file from its publisher instead of installing one you have; nothing is "
			+ "downloaded unless this is ticked." )
	private boolean download = false;

	@Parameter( label = "Overwrite", attrs = @Attr( name = DialogLayout.ASK_EACH_TIME, value = "true" ), description = "Replace what is installed (otherwise the dialog asks first, and a macro stops with a "
			+ "message)." )
	private boolean overwrite = false;

	@Parameter( type = ItemIO.OUTPUT, label = "Installed file", description = "The installed file." )
	private File installed;

	/** The store to install into: the process environment's, unless a test sets another. */
	ModelStore< M > store;

	/** Where Download fetches from: the kind's publisher, unless a test sets another. */
	URL downloadUrl;

	/** The dialog's and the log's title ({@code "Install Ma et al. Model"}). */
	abstract String title();

	/** What is installed, in messages after "the" ({@code "Ma et al. model"}, {@code "VGG19 weights"}). */
	abstract String what();

	/** The start of the sentence saying something is installed ({@code "A Ma et al. model is"}). */
	abstract String somethingInstalled();

	/** The store of the process environment. */
	abstract ModelStore< M > environmentStore();

	/** What to do without a file or Download, as a sentence. */
	abstract String howToChoose();

	/** The log line after a successful install. */
	abstract String installedNote( Path file, M installedModel );

	/** The log line where the environment variable names another file, which the metrics read instead. */
	abstract String namedFileNote( Path namedFile );

	@Override
	public final void run()
	{
		CommandErrors.cancelOnError( this, this::install );
	}

	private void install()
	{
		final boolean fromFile = model != null && !model.getPath().isEmpty();
		if ( fromFile && download )
			throw new PdPlaneException( "Give either a model file or Download, not both." );
		if ( !fromFile && !download )
			throw new PdPlaneException( howToChoose() );
		final ModelStore< M > target = store != null ? store : environmentStore();
		final Path existing = target.installedFile();
		if ( Files.exists( existing ) && !overwrite )
		{
			if ( !ReplaceConfirmation.canAsk() )
				throw new PdPlaneException( somethingInstalled() + " already installed in '" + existing + "'; " + ReplaceConfirmation.HOW_TO_REPLACE
						+ "." );
			if ( !ReplaceConfirmation.confirm( title(), somethingInstalled() + " already installed in\n" + existing + "\nReplace the installed file?" ) )
			{
				cancel( null );
				return;
			}
		}
		final Path file = download ? download( target ) : target.install( model.toPath() );
		ImageJLog.note( title() + ": " + installedNote( file, target.model( file ) ) );
		if ( target.namedFile() != null )
			ImageJLog.note( title() + ": " + namedFileNote( target.namedFile() ) );
		IJ.showStatus( title() + ": done" );
		installed = file.toFile();
	}

	private Path download( final ModelStore< M > target )
	{
		IJ.resetEscape();
		final StatusBarProgress progress = new StatusBarProgress( what() );
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
	private static final class StatusBarProgress implements ModelStore.Progress
	{
		private final String what;

		StatusBarProgress( final String what )
		{
			this.what = what;
		}

		@Override
		public void update( final long bytes, final long total )
		{
			if ( total > 0 )
				IJ.showProgress( ( double ) bytes / total );
			IJ.showStatus( "Downloading the " + what + ": " + ( total > 0 ? String.format( Locale.ROOT, "%.1f of %.1f MB", bytes / 1e6, total
					/ 1e6 ) : String.format( Locale.ROOT, "%.1f MB", bytes / 1e6 ) ) + " (Esc cancels)" );
		}

		@Override
		public boolean cancelled()
		{
			return IJ.escapePressed();
		}
	}
}
