package io.github.pdplane.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import io.github.pdplane.PdPlaneException;

/**
 * Writes result files (tables, models) so that a file either appears complete or not at all (a
 * temporary file in the same folder, then a rename), and never replaces an existing file unless asked
 * to. Every front end writes through here; each says in {@code howToReplace} how its user asks for a
 * replacement ({@code "pass --overwrite to replace it"}).
 */
public final class OutputFiles
{
	private OutputFiles()
	{}

	/** The target exists and replacing it was not asked for; nothing was written. */
	public static final class ExistsException extends PdPlaneException
	{
		private static final long serialVersionUID = 1L;

		ExistsException( final Path target, final String howToReplace )
		{
			super( "'" + target + "' already exists; " + howToReplace + "." );
		}
	}

	/**
	 * Checks, before any work is done, that {@code target} may be written.
	 *
	 * @throws ExistsException
	 *             where it exists and {@code overwrite} is false
	 * @throws PdPlaneException
	 *             where it is a folder or its folder does not exist
	 */
	public static void checkWritable( final Path target, final boolean overwrite, final String howToReplace )
	{
		if ( Files.isDirectory( target ) )
			throw new PdPlaneException( "'" + target + "' is a folder; give a file name to write." );
		if ( Files.exists( target ) && !overwrite )
			throw new ExistsException( target, howToReplace );
		final Path folder = folderOf( target );
		if ( !Files.isDirectory( folder ) )
			throw new PdPlaneException( "Cannot write '" + target + "': the folder '" + folder + "' does not exist." );
	}

	/**
	 * Checks, before any work is done, that files can be written into {@code folder}: it is a writable
	 * folder (tried by creating and deleting a hidden file in it), or it does not exist yet and its nearest
	 * existing parent is a writable folder, where {@link #createFolder} will make it.
	 *
	 * @throws PdPlaneException
	 *             naming the folder and what is wrong with it
	 */
	public static void checkFolder( final Path folder )
	{
		final Path absolute = folder.toAbsolutePath().normalize();
		if ( Files.isDirectory( absolute ) )
		{
			probe( folder, absolute );
			return;
		}
		if ( Files.exists( absolute ) )
			throw new PdPlaneException( "Cannot write into '" + folder + "': it is a file, not a folder." );
		Path parent = absolute.getParent();
		while ( parent != null && !Files.exists( parent ) )
			parent = parent.getParent();
		if ( parent == null )
			throw new PdPlaneException( "Cannot create the folder '" + folder + "': none of its parents exists." );
		if ( !Files.isDirectory( parent ) )
			throw new PdPlaneException( "Cannot create the folder '" + folder + "': '" + parent + "' is a file, not a folder." );
		// tried, not only asked: root may write anywhere by the permissions, yet not into /sys or a read-only file system
		if ( !Files.isWritable( parent ) || !canCreateIn( parent ) )
			throw new PdPlaneException( "Cannot create the folder '" + folder + "': '" + parent + "' is not writable." );
	}

	/** Whether a hidden file can be made (and is removed at once) in {@code folder}. */
	private static boolean canCreateIn( final Path folder )
	{
		try
		{
			probe( folder, folder );
			return true;
		}
		catch ( final PdPlaneException e )
		{
			return false;
		}
	}

	/** Tries a hidden file in the folder, so that read-only file systems and access rules are found before the work. */
	private static void probe( final Path folder, final Path absolute )
	{
		final Path probe = absolute.resolve( ".pdplane-write-test-" + Long.toHexString( ThreadLocalRandom.current().nextLong() ) );
		try
		{
			Files.createFile( probe );
			Files.delete( probe );
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( "Cannot write into the folder '" + folder + "': " + reason( e ) + ".", e );
		}
	}

	/**
	 * Makes {@code folder} and its missing parents.
	 *
	 * @throws PdPlaneException
	 *             naming the folder where it cannot be made
	 */
	public static void createFolder( final Path folder )
	{
		try
		{
			Files.createDirectories( folder );
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( "Cannot create the folder '" + folder + "': " + reason( e ) + ".", e );
		}
	}

	/** What goes into a file, written to the open stream of its temporary file. */
	public interface Content
	{
		void write( OutputStream out ) throws IOException;
	}

	/** Writes {@code content} to {@code target} atomically, after {@link #checkWritable}. */
	public static void write( final Path target, final boolean overwrite, final String howToReplace, final byte[] content )
	{
		write( target, overwrite, howToReplace, out -> out.write( content ) );
	}

	/**
	 * Writes what {@code content} produces to {@code target} atomically, after {@link #checkWritable}; the
	 * temporary file is created with the folder's default permissions (not {@code Files.createTempFile}'s
	 * owner-only ones, which would stay on the renamed file).
	 */
	public static void write( final Path target, final boolean overwrite, final String howToReplace, final Content content )
	{
		checkWritable( target, overwrite, howToReplace );
		final Path temporary = folderOf( target ).resolve( "." + target.getFileName() + "."
				+ Long.toHexString( ThreadLocalRandom.current().nextLong() ) + ".tmp" );
		try
		{
			try (OutputStream out = Files.newOutputStream( temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE ))
			{
				content.write( out );
			}
			if ( overwrite )
				moveReplacing( temporary, target );
			else
				Files.move( temporary, target ); // fails rather than replace a file that appeared meanwhile
		}
		catch ( final FileAlreadyExistsException e )
		{
			throw new ExistsException( target, howToReplace );
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( "Cannot write '" + target + "': " + reason( e ) + ".", e );
		}
		finally
		{
			try
			{
				Files.deleteIfExists( temporary );
			}
			catch ( final IOException e )
			{
				// the temporary file stays behind; nothing the user asked for is affected
			}
		}
	}

	private static void moveReplacing( final Path from, final Path to ) throws IOException
	{
		try
		{
			Files.move( from, to, StandardCopyOption.ATOMIC_MOVE );
		}
		catch ( final AtomicMoveNotSupportedException e )
		{
			Files.move( from, to, StandardCopyOption.REPLACE_EXISTING );
		}
	}

	private static Path folderOf( final Path target )
	{
		final Path parent = target.toAbsolutePath().getParent();
		return parent == null ? target.toAbsolutePath().getRoot() : parent;
	}

	/**
	 * Java's I/O exceptions often carry only a path; say what went wrong. A plain {@link IOException} carries
	 * the system's own words ("No space left on device"), which are said as they are.
	 */
	public static String reason( final IOException e )
	{
		if ( e.getClass() == IOException.class && e.getMessage() != null )
			return e.getMessage();
		final String kind = e.getClass().getSimpleName().replace( "Exception", "" ).replaceAll( "([a-z])([A-Z])", "$1 $2" ).toLowerCase( Locale.ROOT );
		return e.getMessage() == null ? kind : kind + " (" + e.getMessage() + ")";
	}
}
