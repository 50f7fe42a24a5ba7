package io.github.pdplane.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.net.URLConnection;
import java.net.UnknownHostException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import io.github.pdplane.PdPlaneException;

/**
 * Where the user's copy of a trained model lives, and how it gets there: for the models PD Plane cannot
 * include (Ma et al.'s regression forests, VGG19's weights), which the user installs once, from a file or,
 * when asked and only then, by downloading it, and which every front end then finds the same way:
 * <ul>
 * <li>an environment variable ({@link Kind}'s file variable) names a model file to use where it is; it wins
 * over the installed one;</li>
 * <li>otherwise the installed file in the model folder: the folder variable's if set, else
 * {@code ~/.pdplane/models/<name>} (under the user's home folder on every platform).</li>
 * </ul>
 * Installing checks the file first (with the kind's reader), has the subclass write the installed file
 * ({@link #writeInstalled}: a copy, or what of the model is worth keeping) into a temporary file in the
 * folder and moves that into place atomically, so a bad or interrupted file never replaces a good one.
 * Loaded models are kept, per kind, for the last file read (identified by path, size and modification
 * time), so a batch reads its model once. One subclass a kind of model, holding its {@link Kind} in a
 * constant; thread-safe.
 *
 * @param <M>
 *            the model read from a file
 */
public abstract class ModelStore< M >
{
	private static final int CONNECT_TIMEOUT_MS = 30_000, READ_TIMEOUT_MS = 120_000;

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

	/**
	 * What one kind of model is called, where it goes, how a file of it is read, and the last one read.
	 * Held in a constant of its store's class, so the last model read lives as long as the program.
	 */
	public static final class Kind< M >
	{
		private final String model;

		private final Function< Path, M > reader;

		private final String fileVariable, folderVariable, folderName, fileName;

		private final String menuCommand, cliCommand, downloadUrl;

		/** The last model read, with the file state it was read from. */
		private final AtomicReference< Loaded< M > > last = new AtomicReference<>();

		/**
		 * @param model
		 *            what messages call one model, after "the", "a usable" and "No" ({@code "Ma et al. model"})
		 * @param reader
		 *            reads and checks a model file, or throws a {@link PdPlaneException} naming the file
		 * @param fileVariable
		 *            the environment variable naming a model file to use where it is
		 * @param folderVariable
		 *            the environment variable naming the model folder
		 * @param folderName
		 *            the default folder's name under {@code ~/.pdplane/models}
		 * @param fileName
		 *            the installed file's name in the folder
		 * @param menuCommand
		 *            the menu path of the front end's install command, for messages
		 * @param cliCommand
		 *            the command line's install command, for messages
		 * @param downloadUrl
		 *            where {@link ModelStore#download(Progress)} fetches the model; its last part names the file
		 *            in messages
		 */
		public Kind( final String model, final Function< Path, M > reader, final String fileVariable, final String folderVariable,
				final String folderName, final String fileName, final String menuCommand, final String cliCommand, final String downloadUrl )
		{
			this.model = model;
			this.reader = reader;
			this.fileVariable = fileVariable;
			this.folderVariable = folderVariable;
			this.folderName = folderName;
			this.fileName = fileName;
			this.menuCommand = menuCommand;
			this.cliCommand = cliCommand;
			this.downloadUrl = downloadUrl;
		}

		/**
		 * A model file, read once per path, size and modification time (the model installed last is already
		 * read).
		 *
		 * @throws PdPlaneException
		 *             as the reader
		 */
		public M load( final Path file )
		{
			final Loaded< M > key = Loaded.of( file, null );
			final Loaded< M > previous = last.get();
			if ( previous != null && previous.sameFile( key ) )
				return previous.model;
			final M read = reader.apply( file );
			last.set( Loaded.of( file, read ) );
			return read;
		}

		/** {@code ~/.pdplane/models/<name>}. */
		public Path defaultFolder( final Path home )
		{
			return home.resolve( ".pdplane" ).resolve( "models" ).resolve( folderName );
		}

		/** The model folder an environment names, else the default one under {@code home}. */
		public Path folder( final Map< String, String > environment, final Path home )
		{
			final String value = environment.get( folderVariable );
			return isSet( value ) ? path( value, folderVariable ) : defaultFolder( home );
		}

		/** The model file an environment names, or {@code null}. */
		public Path namedFile( final Map< String, String > environment )
		{
			final String value = environment.get( fileVariable );
			return isSet( value ) ? path( value, fileVariable ) : null;
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
				throw new PdPlaneException( "The environment variable " + variable + " is '" + value + "', which is not a valid path: "
						+ e.getReason() + "." );
			}
		}

		/** The downloaded file's name: the last part of the download address ({@code model.mat}). */
		String downloadName()
		{
			return downloadUrl.substring( downloadUrl.lastIndexOf( '/' ) + 1 );
		}
	}

	private final Kind< M > kind;

	private final Path folder;

	private final Path namedFile;

	/**
	 * @param folder
	 *            the folder models are installed in
	 * @param namedFile
	 *            a model file to use instead of the installed one, or {@code null}
	 */
	protected ModelStore( final Kind< M > kind, final Path folder, final Path namedFile )
	{
		this.kind = kind;
		this.folder = folder;
		this.namedFile = namedFile;
	}

	/** The user's home folder, where the default model folders are. */
	protected static Path home()
	{
		return Paths.get( System.getProperty( "user.home" ) );
	}

	/**
	 * How to get a model, for messages: where the files are, the menu command, the command line, the folder
	 * and the environment variables.
	 */
	public abstract String installInstructions();

	/**
	 * Writes the installed file for a checked model.
	 *
	 * @param source
	 *            the file the model was read from (the user's file, or a finished download)
	 * @param target
	 *            a temporary file in the model folder, moved into place afterwards
	 */
	protected abstract void writeInstalled( Path source, M model, Path target ) throws IOException;

	/** The folder models are installed in. */
	public Path folder()
	{
		return folder;
	}

	/** Where an installed model lives, in {@link #folder()}. */
	public Path installedFile()
	{
		return folder.resolve( kind.fileName );
	}

	/** The file of the kind's file variable, or {@code null} where it is not set. */
	public Path namedFile()
	{
		return namedFile;
	}

	/** The file the metrics read: the file variable's, else the installed one. */
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
	public M require()
	{
		final Path file = modelFile();
		if ( !Files.isRegularFile( file ) )
			throw new PdPlaneException( ( namedFile != null ? "The environment variable " + kind.fileVariable + " names '" + namedFile
					+ "', which does not exist. " : "No " + kind.model + " is installed (looked for '" + file + "'). " ) + installInstructions() );
		return kind.load( file );
	}

	/**
	 * The model in {@code file} (an installed one, or any file of this kind), read once per path, size and
	 * modification time.
	 *
	 * @throws PdPlaneException
	 *             as the kind's reader
	 */
	public M model( final Path file )
	{
		return kind.load( file );
	}

	/**
	 * Checks {@code source} and installs it, replacing the installed model only once the new file is
	 * complete.
	 *
	 * @return the installed file
	 * @throws PdPlaneException
	 *             where the file is not a usable model (nothing is installed then) or cannot be installed
	 */
	public Path install( final Path source )
	{
		if ( !Files.isRegularFile( source ) )
			throw new PdPlaneException( "Cannot install the " + kind.model + " '" + source + "': " + ( Files.isDirectory( source )
					? "it is a folder" : "it does not exist" ) + "." );
		return putInPlace( source, kind.reader.apply( source ) );
	}

	/** {@link #download(URL, Progress)} from the kind's download address. */
	public Path download( final Progress progress )
	{
		try
		{
			return download( new URL( kind.downloadUrl ), progress );
		}
		catch ( final MalformedURLException e )
		{
			throw new IllegalStateException( e );
		}
	}

	/**
	 * Downloads a model to a temporary file, checks it as {@link #install} does and installs it; the
	 * download is deleted. Only called when the user asks for it.
	 *
	 * @return the installed file
	 * @throws PdPlaneException
	 *             where the download fails or is cancelled, or the file is not a usable model (nothing is
	 *             installed then)
	 */
	public Path download( final URL url, final Progress progress )
	{
		final Path downloads = temporary( true );
		final Path downloaded = downloads.resolve( downloadName( url ) );
		try
		{
			fetch( url, downloaded, progress );
			final M model;
			try
			{
				model = kind.reader.apply( downloaded );
			}
			catch ( final PdPlaneException e )
			{
				final String standIn = StandInFiles.describe( downloaded );
				throw new PdPlaneException( "The file downloaded from " + url + " is not a usable " + kind.model + ", so nothing was installed"
						+ ( standIn == null ? "" : " (the server sent " + standIn + " instead of the file)" ) + ". " + e.getMessage(), e );
			}
			return putInPlace( downloaded, model );
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( "Cannot download the " + kind.model + " from " + url + ": " + describe( e ) + ". Download "
					+ kind.downloadName() + " in a browser and install the file: in ImageJ or Fiji with " + kind.menuCommand
					+ ", on the command line with '" + kind.cliCommand + " " + kind.downloadName() + "'.", e );
		}
		finally
		{
			deleteQuietly( downloaded );
			deleteQuietly( downloads );
		}
	}

	/**
	 * The name a download is saved under, in a temporary folder of its own: the address's, since readers
	 * describe a model by its file's name ({@code vgg19-dcbb9e9d.pth}); the kind's where the address has
	 * none that is safe as a file name.
	 */
	private String downloadName( final URL url )
	{
		final String path = url.getPath();
		final String name = path.substring( path.lastIndexOf( '/' ) + 1 );
		return name.matches( "[A-Za-z0-9][A-Za-z0-9._-]{0,127}" ) ? name : kind.downloadName();
	}

	private void fetch( final URL url, final Path target, final Progress progress ) throws IOException
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
			while ( ( n = readUnlessCut( in, buffer, bytes, total ) ) > 0 )
			{
				if ( progress.cancelled() )
					throw new PdPlaneException( "The download of the " + kind.model + " was cancelled; nothing was installed." );
				out.write( buffer, 0, n );
				bytes += n;
				progress.update( bytes, total );
			}
			if ( total >= 0 && bytes != total )
				throw new IOException( "the connection closed after " + bytes + " of " + total + " bytes" );
		}
	}

	/**
	 * {@code in.read(buffer)}, or -1 where the server closed the connection before the length it announced:
	 * Java 17 ends the stream there, Java 25 throws "Premature EOF"; either way the caller names the
	 * bytes received. A timeout keeps its own message.
	 */
	private static int readUnlessCut( final InputStream in, final byte[] buffer, final long bytes, final long total ) throws IOException
	{
		try
		{
			return in.read( buffer );
		}
		catch ( final IOException e )
		{
			if ( total >= 0 && bytes < total && !( e instanceof SocketTimeoutException ) )
				return -1;
			throw e;
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

	/** Writes the installed file for a checked model through a temporary file, and keeps the model as the installed file's. */
	private Path putInPlace( final Path source, final M model )
	{
		final Path temporary = temporary( false );
		try
		{
			writeInstalled( source, model, temporary );
			final Path target = installedFile();
			try
			{
				Files.move( temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING );
			}
			catch ( final AtomicMoveNotSupportedException e )
			{
				Files.move( temporary, target, StandardCopyOption.REPLACE_EXISTING );
			}
			kind.last.set( Loaded.of( target, model ) );
			return target;
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( "Cannot install the " + kind.model + " into " + folder + ": " + e, e );
		}
		finally
		{
			deleteQuietly( temporary );
		}
	}

	/**
	 * A new temporary file in the model folder, or a folder there for a download; hidden, and never named
	 * as the installed file, so an interrupted run leaves nothing that is read as a model.
	 */
	private Path temporary( final boolean forDownload )
	{
		try
		{
			Files.createDirectories( folder );
			return forDownload ? Files.createTempDirectory( folder, ".download" ) : Files.createTempFile( folder, "." + kind.fileName, ".part" );
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( "Cannot install the " + kind.model + ": the folder " + folder + " cannot be created or written (" + e
					+ "). Set " + kind.folderVariable + " to a folder you can write.", e );
		}
	}

	private static void deleteQuietly( final Path file )
	{
		try
		{
			Files.deleteIfExists( file );
		}
		catch ( final IOException e )
		{
			// a leftover temporary file or folder is harmless: it does not have the installed file's name
		}
	}

	/** A model and the file state it was read from. */
	private static final class Loaded< M >
	{
		final Path file;

		final long size, modified;

		final M model;

		private Loaded( final Path file, final long size, final long modified, final M model )
		{
			this.file = file;
			this.size = size;
			this.modified = modified;
			this.model = model;
		}

		static < M > Loaded< M > of( final Path file, final M model )
		{
			try
			{
				return new Loaded<>( file.toAbsolutePath().normalize(), Files.size( file ), Files.getLastModifiedTime( file ).toMillis(), model );
			}
			catch ( final IOException e )
			{
				return new Loaded<>( file.toAbsolutePath().normalize(), -1, -1, model );
			}
		}

		boolean sameFile( final Loaded< M > other )
		{
			return size >= 0 && file.equals( other.file ) && size == other.size && modified == other.modified;
		}
	}
}
