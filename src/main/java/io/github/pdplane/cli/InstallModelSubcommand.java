package io.github.pdplane.cli;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

import io.github.pdplane.io.ModelStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code install-...-model FILE | --download}: checks a model file PD Plane cannot include and installs it
 * in its per-user folder ({@link ModelStore}); with {@code --download}, and only then, fetches it first,
 * with progress on standard error. One subclass a kind of model says what it is and who uses it.
 *
 * @param <M>
 *            the model
 */
abstract class InstallModelSubcommand< M > extends Subcommand
{
	static final String DOWNLOAD = "download", OVERWRITE = "overwrite";

	/** Progress notes at every tenth of a known size, else every this many bytes. */
	private static final long UNKNOWN_SIZE_STEP = 4L << 20;

	private final OptionSpec downloadOption;

	private final OptionSpec overwriteOption = OptionSpecs.flag( OVERWRITE, "replace what is installed (without it an installed file stays"
			+ " and the command stops before any work)" );

	private final PositionalParamSpec fileParameter = OptionSpecs.optionalPositional( "FILE" );

	private final Supplier< ? extends ModelStore< M > > store;

	private final URL downloadUrl;

	private final String model;

	/**
	 * @param model
	 *            what one model is called in messages ({@code "Ma et al. model"})
	 * @param downloadUrl
	 *            where {@code --download} fetches from
	 */
	InstallModelSubcommand( final String name, final String summary, final String model, final Supplier< ? extends ModelStore< M > > store,
			final URL downloadUrl )
	{
		super( name, summary );
		this.store = store;
		this.downloadUrl = downloadUrl;
		this.model = model;
		this.downloadOption = OptionSpecs.flag( DOWNLOAD, "fetch the " + model + " from " + downloadUrl + " instead of installing a FILE" );
	}

	static URL url( final String address )
	{
		try
		{
			return new URL( address );
		}
		catch ( final MalformedURLException e )
		{
			throw new IllegalStateException( e );
		}
	}

	@Override
	final void addArguments( final CommandSpec command )
	{
		command.addOption( downloadOption ).addOption( overwriteOption ).addPositional( fileParameter );
	}

	/** The start of the sentence saying something is installed ({@code "A Ma et al. model is"}). */
	abstract String somethingInstalled();

	/** What a file must be, for the usage error without one ({@code "a model FILE"}). */
	abstract String fileWanted();

	/** The line printed after a successful install. */
	abstract String installed( Path file, M model );

	/** The warning printed where the environment variable names another file, which the metrics read instead. */
	abstract String namedFileWarning( Path namedFile );

	@Override
	final int run( final Terminal terminal )
	{
		final boolean download = OptionSpecs.given( downloadOption );
		final String file = fileParameter.getValue();
		if ( download == ( file != null ) )
			throw new UsageException( name() + " needs either " + fileWanted() + " or --" + DOWNLOAD + ". " + seeHelp() );
		final ModelStore< M > target = store.get();
		if ( Files.exists( target.installedFile() ) && !OptionSpecs.given( overwriteOption ) )
			throw new UsageException( somethingInstalled() + " already installed in " + target.installedFile() + "; add --" + OVERWRITE
					+ " to replace it." );
		final Path installed;
		if ( download )
		{
			terminal.note( "downloading the " + model + " from " + downloadUrl );
			installed = target.download( downloadUrl, new Progress( terminal ) );
		}
		else
			installed = target.install( OptionSpecs.toPath( file ) );
		terminal.out().println( installed( installed, target.model( installed ) ) );
		if ( target.namedFile() != null )
			terminal.warning( namedFileWarning( target.namedFile() ) );
		terminal.out().flush();
		return Main.OK;
	}

	/** Notes on standard error at every tenth of the file (or every few MB where its size is unknown). */
	private static final class Progress implements ModelStore.Progress
	{
		private final Terminal terminal;

		private long next;

		Progress( final Terminal terminal )
		{
			this.terminal = terminal;
		}

		@Override
		public void update( final long bytes, final long total )
		{
			if ( bytes == 0 || bytes < next && bytes != total )
				return;
			terminal.note( total > 0 ? String.format( Locale.ROOT, "%3d%% (%.1f of %.1f MB)", 100 * bytes / total, bytes / 1e6, total / 1e6 )
					: String.format( Locale.ROOT, "%.1f MB", bytes / 1e6 ) );
			final long step = total > 0 ? Math.max( 1, total / 10 ) : UNKNOWN_SIZE_STEP;
			next = ( bytes / step + 1 ) * step;
		}
	}
}
