package io.github.pdplane.cli;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import io.github.pdplane.nr.ma.MaModel;
import io.github.pdplane.nr.ma.MaModelStore;

/**
 * {@code install-ma-model FILE | --download}: checks the authors' Ma et al. model and copies it into the
 * per-user model folder ({@link MaModelStore}); with {@code --download}, and only then, fetches it from
 * the authors' repository first, with progress on standard error.
 */
final class InstallMaModelSubcommand extends Subcommand
{
	static final String DOWNLOAD = "download";

	/** Progress notes at every tenth of a known size, else every this many bytes. */
	private static final long UNKNOWN_SIZE_STEP = 4L << 20;

	private final OptionSpec downloadOption = OptionSpecs.flag( DOWNLOAD, "fetch model.mat from the authors' repository ("
			+ MaModelStore.DOWNLOAD_URL + ") instead of installing a FILE" );

	private final PositionalParamSpec fileParameter = OptionSpecs.optionalPositional( "FILE" );

	private final Supplier< MaModelStore > store;

	private final URL downloadUrl;

	InstallMaModelSubcommand()
	{
		this( MaModelStore::fromEnvironment, authorsUrl() );
	}

	/** For tests: another store and download address. */
	InstallMaModelSubcommand( final Supplier< MaModelStore > store, final URL downloadUrl )
	{
		super( "install-ma-model", "install the authors' Ma et al. model once (ma and pi need it)" );
		this.store = store;
		this.downloadUrl = downloadUrl;
	}

	private static URL authorsUrl()
	{
		try
		{
			return new URL( MaModelStore.DOWNLOAD_URL );
		}
		catch ( final MalformedURLException e )
		{
			throw new IllegalStateException( e );
		}
	}

	@Override
	void addArguments( final CommandSpec command )
	{
		command.addOption( downloadOption ).addPositional( fileParameter );
	}

	@Override
	String description()
	{
		return "Installs the trained model of Ma et al.'s metric, model.mat of the authors' sr-metric release (github.com/chaoma99/sr-metric,"
				+ " MIT licence), which PD Plane does not include and the metrics ma and pi need. The file is checked first (three"
				+ " randomforest-matlab regression forests and the linear map) and then copied into the model folder, "
				+ MaModelStore.defaultFolder( java.nio.file.Paths.get( "~" ) ) + " unless " + MaModelStore.FOLDER_VARIABLE
				+ " names another; a file that does not fit is refused and an installed model stays. With --" + DOWNLOAD
				+ " the file is first fetched from the authors' repository, with progress on standard error. Alternatively, "
				+ MaModelStore.FILE_VARIABLE + " can name a model file to use where it is."
				+ "\nExample: " + Main.PROGRAM + " install-ma-model ~/Downloads/model.mat"
				+ "\nOr: " + Main.PROGRAM + " install-ma-model --" + DOWNLOAD;
	}

	@Override
	int run( final Terminal terminal )
	{
		final boolean download = OptionSpecs.given( downloadOption );
		final String file = fileParameter.getValue();
		if ( download == ( file != null ) )
			throw new UsageException( name() + " needs either a model FILE or --" + DOWNLOAD + ". " + seeHelp() );
		final MaModelStore target = store.get();
		final Path installed;
		if ( download )
		{
			terminal.note( "downloading the Ma et al. model from " + downloadUrl );
			installed = target.download( downloadUrl, new Progress( terminal ) );
		}
		else
			installed = target.install( OptionSpecs.toPath( file ) );
		final MaModel model = MaModelStore.load( installed );
		terminal.out().println( "Installed the Ma et al. model in " + installed + " (" + model.forest( 0 ).trees() + ", " + model.forest( 1 )
				.trees() + " and " + model.forest( 2 ).trees() + " trees); the metrics ma and pi use it now." );
		if ( target.namedFile() != null )
			terminal.warning( MaModelStore.FILE_VARIABLE + " is set to '" + target.namedFile() + "': ma and pi read that file, not the one"
					+ " installed; unset it to use the installed model." );
		terminal.out().flush();
		return Main.OK;
	}

	/** Notes on standard error at every tenth of the file (or every few MB where its size is unknown). */
	private static final class Progress implements MaModelStore.Progress
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
