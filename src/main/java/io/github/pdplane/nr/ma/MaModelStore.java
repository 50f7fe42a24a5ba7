package io.github.pdplane.nr.ma;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.net.URLConnection;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.github.pdplane.PdPlaneException;

/**
 * Where the user's Ma et al. model lives, and how it gets there. The authors' {@code model.mat} is not
 * part of PD Plane; the user installs it once, from a file or, when asked, by downloading it from the
 * authors' repository, and every front end then finds it:
 * <ul>
 * <li>the environment variable {@value #FILE_VARIABLE} names a model file to use where it is (it wins
 * over the installed one);</li>
 * <li>otherwise the installed file {@value #FILE_NAME} in the model folder: {@value #FOLDER_VARIABLE} if
 * set, else {@code ~/.pdplane/models/ma} (under the user's home folder on every platform).</li>
 * </ul>
 * Installing checks the file first ({@link MaModel#load}) and then copies it into place atomically, so a
 * bad or interrupted file never replaces a good one. Loaded models are kept for the last file read
 * (identified by path, size and modification time). Thread-safe.
 */
public final class MaModelStore
{
	/** Names a model file to use where it is. */
	public static final String FILE_VARIABLE = "PDPLANE_MA_MODEL";

	/** Names the folder models are installed in. */
	public static final String FOLDER_VARIABLE = "PDPLANE_MA_MODEL_DIR";

	public static final String FILE_NAME = "model.mat";

	/** The authors' file in their repository (github.com/chaoma99/sr-metric, MIT licence); GitHub redirects to the download. */
	public static final String DOWNLOAD_URL = "https://github.com/chaoma99/sr-metric/raw/master/model.mat";

	/** The front ends' install commands, for messages. */
	public static final String MENU_COMMAND = "Plugins > Perception-Distortion > Install Ma et al. Model...",
			CLI_COMMAND = "java -jar pdplane-cli.jar install-ma-model";

	private static final int CONNECT_TIMEOUT_MS = 30_000, READ_TIMEOUT_MS = 120_000;

	/** The last model loaded, with the file state it was loaded from. */
	private static final AtomicReference< Loaded > LAST = new AtomicReference<>();

	private final Path folder;

	private final Path namedFile;

	/**
	 * @param folder
	 *            the folder models are installed in
	 * @param namedFile
	 *            a model file to use instead of the installed one, or {@code null}
	 */
	public MaModelStore( final Path folder, final Path namedFile )
	{
		this.folder = folder;
		this.namedFile = namedFile;
	}

	/** The store the process's environment describes. */
	public static MaModelStore fromEnvironment()
	{
		return of( System.getenv(), Paths.get( System.getProperty( "user.home" ) ) );
	}

	/** The store an environment describes, with {@code home} as the user's home folder. */
	static MaModelStore of( final Map< String, String > environment, final Path home )
	{
		final String folder = environment.get( FOLDER_VARIABLE ), file = environment.get( FILE_VARIABLE );
		return new MaModelStore( isSet( folder ) ? path( folder, FOLDER_VARIABLE ) : defaultFolder( home ),
				isSet( file ) ? path( file, FILE_VARIABLE ) : null );
	}

	/** {@code ~/.pdplane/models/ma}. */
	public static Path defaultFolder( final Path home )
	{
		return home.resolve( ".pdplane" ).resolve( "models" ).resolve( "ma" );
	}

	private static boolean isSet( final String value )
	{
		return value != null && !value.trim().isEmpty();
	}

	private static Path path( final String value, final String variable )
	{
		try
		{
			return Paths.get( value.trim() );
		}
		catch ( final InvalidPathException e )
		{
			throw new PdPlaneException( "The environment variable " + variable + " is '" + value + "', which is not a valid path: " + e.getReason()
					+ "." );
		}
	}

	/** The folder models are installed in. */
	public Path folder()
	{
		return folder;
	}

	/** Where an installed model lives: {@code folder()/model.mat}. */
	public Path installedFile()
	{
		return folder.resolve( FILE_NAME );
	}

	/** The file of {@value #FILE_VARIABLE}, or {@code null} where it is not set. */
	public Path namedFile()
	{
		return namedFile;
	}

	/** The file {@code ma} and {@code pi} read: {@value #FILE_VARIABLE}'s, else the installed one. */
	public Path modelFile()
	{
		return namedFile != null ? namedFile : installedFile();
	}

	/** Whether a model file is there to read (it is checked when loaded). */
	public boolean isAvailable()
	{
		return Files.isRegularFile( modelFile() );
	}

	/**
	 * The model, read once per file state.
	 *
	 * @throws PdPlaneException
	 *             saying how to install a model where there is none, or what is wrong with the file
	 */
	public MaModel require()
	{
		final Path file = modelFile();
		if ( !Files.isRegularFile( file ) )
			throw new PdPlaneException( ( namedFile != null ? "The environment variable " + FILE_VARIABLE + " names '" + namedFile
					+ "', which does not exist. " : "No Ma et al. model is installed (looked for '" + file + "'). " ) + installInstructions() );
		return load( file );
	}

	/**
	 * A model file, read once per path, size and modification time (the model installed last is already
	 * read).
	 *
	 * @throws PdPlaneException
	 *             as {@link MaModel#load}
	 */
	public static MaModel load( final Path file )
	{
		final Loaded key = Loaded.of( file, null );
		final Loaded last = LAST.get();
		if ( last != null && last.sameFile( key ) )
			return last.model;
		final MaModel model = MaModel.load( file );
		LAST.set( Loaded.of( file, model ) );
		return model;
	}

	/** How to get a model, for messages: the menu command, the CLI command, the environment variables. */
	public String installInstructions()
	{
		return "Ma et al.'s metric (and PI, which uses it) needs the authors' trained model, model.mat of their sr-metric release"
				+ " (github.com/chaoma99/sr-metric), which PD Plane does not include. Install it once: in Fiji with " + MENU_COMMAND
				+ "; on the command line with '" + CLI_COMMAND + " model.mat', or '" + CLI_COMMAND + " --download' to fetch it from the authors'"
				+ " repository. It is installed in " + folder + " (set " + FOLDER_VARIABLE + " for another folder), or set " + FILE_VARIABLE
				+ " to a model file to use it where it is.";
	}

	/**
	 * Checks {@code source} and copies it into the model folder, replacing the installed model only once
	 * the copy is complete.
	 *
	 * @return the installed file
	 * @throws PdPlaneException
	 *             where the file is not a Ma et al. model (nothing is installed then) or cannot be copied
	 */
	public Path install( final Path source )
	{
		if ( !Files.isRegularFile( source ) )
			throw new PdPlaneException( "Cannot install the Ma et al. model '" + source + "': " + ( Files.isDirectory( source ) ? "it is a folder"
					: "it does not exist" ) + "." );
		final MaModel model = MaModel.load( source );
		final Path temporary = temporaryFile();
		try
		{
			Files.copy( source, temporary, StandardCopyOption.REPLACE_EXISTING );
			return moveIntoPlace( temporary, model );
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( "Cannot install the Ma et al. model into " + folder + ": " + e, e );
		}
		finally
		{
			deleteQuietly( temporary );
		}
	}

	/** Progress of a download; the bytes so far and the total ({@code -1} where the server does not say). */
	public interface Progress
	{
		void update( long bytes, long total );

		/** Checked between chunks: {@code true} stops the download. */
		default boolean cancelled()
		{
			return false;
		}
	}

	/** {@link #download(URL, Progress)} from the authors' repository. */
	public Path download( final Progress progress )
	{
		try
		{
			return download( new URL( DOWNLOAD_URL ), progress );
		}
		catch ( final IOException e )
		{
			throw new IllegalStateException( e );
		}
	}

	/**
	 * Downloads a model, checks it as {@link #install} does and puts it into place. Only called when the
	 * user asks for it.
	 *
	 * @return the installed file
	 * @throws PdPlaneException
	 *             where the download fails or is cancelled, or the file is not a Ma et al. model (nothing is
	 *             installed then)
	 */
	public Path download( final URL url, final Progress progress )
	{
		final Path temporary = temporaryFile();
		try
		{
			fetch( url, temporary, progress );
			final MaModel model;
			try
			{
				model = MaModel.load( temporary );
			}
			catch ( final PdPlaneException e )
			{
				throw new PdPlaneException( "The file downloaded from " + url + " is not a usable Ma et al. model, so nothing was installed"
						+ gitLfsHint( temporary ) + ". " + e.getMessage(), e );
			}
			return moveIntoPlace( temporary, model );
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( "Cannot download the Ma et al. model from " + url + ": " + describe( e ) + ". Download model.mat in a"
					+ " browser and install the file: in ImageJ or Fiji with " + MENU_COMMAND + ", on the command line with '" + CLI_COMMAND
					+ " model.mat'.", e );
		}
		finally
		{
			deleteQuietly( temporary );
		}
	}

	private static void fetch( final URL url, final Path target, final Progress progress ) throws IOException
	{
		final URLConnection connection = url.openConnection();
		connection.setConnectTimeout( CONNECT_TIMEOUT_MS );
		connection.setReadTimeout( READ_TIMEOUT_MS );
		connection.setRequestProperty( "User-Agent", "PD-Plane" );
		if ( connection instanceof HttpURLConnection )
		{
			final HttpURLConnection http = ( HttpURLConnection ) connection;
			http.setInstanceFollowRedirects( true );
			final int status = http.getResponseCode();
			if ( status != HttpURLConnection.HTTP_OK )
				throw new IOException( "the server answered " + status + ( http.getResponseMessage() == null ? "" : " " + http.getResponseMessage() ) );
		}
		final long total = connection.getContentLengthLong();
		try (InputStream in = connection.getInputStream(); OutputStream out = Files.newOutputStream( target ))
		{
			final byte[] buffer = new byte[ 1 << 16 ];
			long bytes = 0;
			progress.update( 0, total );
			int n;
			while ( ( n = in.read( buffer ) ) > 0 )
			{
				if ( progress.cancelled() )
					throw new PdPlaneException( "The download of the Ma et al. model was cancelled; nothing was installed." );
				out.write( buffer, 0, n );
				bytes += n;
				progress.update( bytes, total );
			}
			if ( total >= 0 && bytes != total )
				throw new IOException( "the connection closed after " + bytes + " of " + total + " bytes" );
		}
	}

	/** What went wrong, in words: the exceptions' own messages are terse ("github.com" for an unknown host). */
	private static String describe( final IOException e )
	{
		if ( e instanceof UnknownHostException )
			return "the host " + e.getMessage() + " is unknown (is the computer offline, or behind a proxy?)";
		if ( e instanceof SocketTimeoutException )
			return "the server did not answer in time";
		if ( e instanceof ConnectException )
			return "the connection was refused";
		return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
	}

	/** A note for a downloaded file that is a Git LFS pointer or a web page rather than the model. */
	private static String gitLfsHint( final Path file )
	{
		try
		{
			final byte[] start = new byte[ 64 ];
			final int n;
			try (InputStream in = Files.newInputStream( file ))
			{
				n = Math.max( 0, in.read( start ) );
			}
			final String text = new String( start, 0, n, StandardCharsets.ISO_8859_1 ).trim().toLowerCase( java.util.Locale.ROOT );
			if ( text.startsWith( "version https://git-lfs" ) )
				return " (the server sent a Git LFS pointer instead of the file)";
			if ( text.startsWith( "<!doctype html" ) || text.startsWith( "<html" ) )
				return " (the server sent a web page instead of the file)";
		}
		catch ( final IOException e )
		{
			// only a hint
		}
		return "";
	}

	private Path temporaryFile()
	{
		try
		{
			Files.createDirectories( folder );
			return Files.createTempFile( folder, "." + FILE_NAME, ".part" );
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( "Cannot install the Ma et al. model: the folder " + folder + " cannot be created or written (" + e
					+ "). Set " + FOLDER_VARIABLE + " to a folder you can write.", e );
		}
	}

	/**
	 * The checked temporary file becomes {@code model.mat} in one step where the file system allows it;
	 * its model is kept as the installed file's.
	 */
	private Path moveIntoPlace( final Path temporary, final MaModel model ) throws IOException
	{
		final Path target = installedFile();
		try
		{
			Files.move( temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING );
		}
		catch ( final AtomicMoveNotSupportedException e )
		{
			Files.move( temporary, target, StandardCopyOption.REPLACE_EXISTING );
		}
		LAST.set( Loaded.of( target, model ) );
		return target;
	}

	private static void deleteQuietly( final Path file )
	{
		try
		{
			Files.deleteIfExists( file );
		}
		catch ( final IOException e )
		{
			// a leftover temporary file is harmless: it is not named model.mat
		}
	}

	/** A model and the file state it was read from. */
	private static final class Loaded
	{
		final Path file;

		final long size, modified;

		final MaModel model;

		private Loaded( final Path file, final long size, final long modified, final MaModel model )
		{
			this.file = file;
			this.size = size;
			this.modified = modified;
			this.model = model;
		}

		static Loaded of( final Path file, final MaModel model )
		{
			try
			{
				return new Loaded( file.toAbsolutePath().normalize(), Files.size( file ), Files.getLastModifiedTime( file ).toMillis(), model );
			}
			catch ( final IOException e )
			{
				return new Loaded( file.toAbsolutePath().normalize(), -1, -1, model );
			}
		}

		boolean sameFile( final Loaded other )
		{
			return size >= 0 && file.equals( other.file ) && size == other.size && modified == other.modified;
		}
	}
}
