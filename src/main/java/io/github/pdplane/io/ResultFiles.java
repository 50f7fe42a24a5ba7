package io.github.pdplane.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import io.github.pdplane.PdPlaneException;

/**
 * Writes the files of one result (an evaluation's {@code per-image.csv}, {@code summary.csv},
 * {@code plane.png}, {@code plane.svg}) as a set: all of them appear, or none does, and with overwrite the
 * files of an earlier run are replaced as a whole, never mixed with the new ones.
 * <p>
 * <b>How.</b> Every file is first written, flushed and forced to the disk in a hidden staging folder inside
 * the output folder ({@code .pdplane-staging-<random>/new/}: the same file system, so that the files can be
 * renamed into place). Only when all are complete does the commit start: a marker file {@code COMMIT} in
 * the staging folder (forced to the disk), then the earlier run's files of the set are moved aside into the
 * staging folder, then the new files are moved into the output folder, then the staging folder is removed.
 * Files of the output folder that are not in the set are never touched.
 * <p>
 * <b>The guarantee, stated honestly.</b> A cancel, a signal, a failure or a full disk before the commit
 * leaves the earlier files untouched and removes the staging folder. POSIX has no rename of several files at
 * once, so during the commit itself (a few renames, well under a millisecond) another program listing the
 * folder may see part of the set missing; it never sees old and new files side by side, because every old
 * file is moved aside before the first new one is moved in. A failure during the commit puts the old files
 * back. A process killed during the commit (SIGKILL, power loss) leaves the staging folder with its marker;
 * the next write into the folder, or {@link #recover}, completes the commit (the new set is complete and on
 * disk by then), and a staging folder without a marker (killed before the commit) is removed. A staging folder
 * in use by a running process is recognised by the file lock it holds and left alone.
 */
public final class ResultFiles implements AutoCloseable
{
	/** The name of the staging folders start with this; hidden on Unix. */
	public static final String STAGING_PREFIX = ".pdplane-staging-";

	private static final String NEW = "new", OLD = "old", COMMIT = "COMMIT", LOCK = "lock";

	/** Thrown where the run was canceled before the commit: nothing was replaced, the staging folder is removed. */
	public static final class CanceledException extends PdPlaneException
	{
		private static final long serialVersionUID = 1L;

		CanceledException()
		{
			super( "Canceled while the result files were written: the earlier files are unchanged." );
		}
	}

	/**
	 * A test seam: what happens before each file is staged and before the commit. The command line installs one
	 * only when its test properties are set, to pause before the commit (so that a test can send a signal then)
	 * or to fail a write with a full disk's own {@link IOException}.
	 */
	public interface Seam
	{
		/** Before {@code file} (its final path) is written into the staging folder. */
		void beforeWrite( Path file ) throws IOException;

		/** After every file is staged, before the commit; {@code canceled} tells whether to stop waiting. */
		void beforeCommit( BooleanSupplier canceled );

		/** No test: nothing happens. */
		Seam NONE = new Seam()
		{
			@Override
			public void beforeWrite( final Path file )
			{}

			@Override
			public void beforeCommit( final BooleanSupplier canceled )
			{}
		};
	}

	private static volatile Seam seam = Seam.NONE;

	/** Installs a test seam ({@link Seam#NONE} to remove it). */
	public static void useSeam( final Seam testSeam )
	{
		seam = testSeam;
	}

	private final Path folder;

	private final List< String > names;

	private final boolean overwrite;

	private final String howToReplace;

	private final BooleanSupplier canceled;

	private final Path staging;

	private final FileChannel lockChannel;

	private final List< String > staged = new ArrayList<>();

	private boolean committed;

	private ResultFiles( final Path folder, final List< String > names, final boolean overwrite, final String howToReplace,
			final BooleanSupplier canceled ) throws IOException
	{
		this.folder = folder;
		this.names = Collections.unmodifiableList( new ArrayList<>( names ) );
		this.overwrite = overwrite;
		this.howToReplace = howToReplace;
		this.canceled = canceled;
		staging = Files.createDirectory( folder.resolve( STAGING_PREFIX + Long.toHexString( ThreadLocalRandom.current().nextLong() ) ) );
		FileChannel lock = null;
		try
		{
			lock = FileChannel.open( staging.resolve( LOCK ), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE );
			lock.lock();
			Files.createDirectory( staging.resolve( NEW ) );
			Files.createDirectory( staging.resolve( OLD ) );
		}
		catch ( final IOException e )
		{
			if ( lock != null )
				lock.close();
			deleteQuietly( staging );
			throw e;
		}
		lockChannel = lock;
	}

	/** What a caller writes into the staging folder, one file at a time through {@link ResultFiles#write}. */
	public interface Stage
	{
		void write( ResultFiles files );
	}

	/**
	 * Writes the set {@code names} into {@code folder}: {@code stage} writes each file with {@link #write}, then
	 * the set is committed.
	 *
	 * @param folderMustExist
	 *            true where the folder existed when the run started: then it is not made again (it may have been
	 *            removed on purpose, or be an unmounted drive's mount point), and its absence is an error
	 * @param canceled
	 *            checked before each file and before the commit; true there stops the writing
	 * @throws CanceledException
	 *             where {@code canceled} became true before the commit (any failure after a cancel counts as the
	 *             cancel: it may come from the JVM's shutdown); the earlier files are unchanged
	 * @throws OutputFiles.ExistsException
	 *             where a file of the set appeared meanwhile and {@code overwrite} is false
	 * @throws PdPlaneException
	 *             where a file cannot be written (the file, the reason and the free space), or the folder is gone
	 */
	public static void write( final Path folder, final List< String > names, final boolean overwrite, final String howToReplace,
			final boolean folderMustExist, final BooleanSupplier canceled, final Stage stage )
	{
		if ( folderMustExist && !Files.isDirectory( folder ) )
			throw folderGone( folder );
		OutputFiles.createFolder( folder );
		recover( folder );
		final ResultFiles files;
		try
		{
			files = new ResultFiles( folder, names, overwrite, howToReplace, canceled );
		}
		catch ( final IOException e )
		{
			if ( !Files.isDirectory( folder ) )
				throw folderGone( folder );
			throw new PdPlaneException( "Cannot write into the folder '" + folder + "': " + OutputFiles.reason( e ) + ".", e );
		}
		try
		{
			stage.write( files );
			files.commit();
		}
		catch ( final RuntimeException | Error e )
		{
			if ( !files.committed && canceled.getAsBoolean() && !( e instanceof CanceledException ) )
				throw new CanceledException();
			throw e;
		}
		finally
		{
			files.close();
		}
	}

	private static PdPlaneException folderGone( final Path folder )
	{
		return new PdPlaneException( "The output folder '" + folder + "' is gone: it was removed or moved while the run went on (or its"
				+ " drive was unmounted). Nothing was written; make the folder again, or choose another, and rerun." );
	}

	/**
	 * Writes one file of the set into the staging folder, flushed and forced to the disk.
	 *
	 * @throws PdPlaneException
	 *             naming the file, the reason and the free space on its file system
	 */
	public void write( final String name, final OutputFiles.Content content )
	{
		if ( !names.contains( name ) )
			throw new IllegalArgumentException( name + " is not one of " + names );
		stopIfCanceled();
		final Path target = folder.resolve( name );
		final Path file = staging.resolve( NEW ).resolve( name );
		try
		{
			seam.beforeWrite( target );
			try (FileChannel channel = FileChannel.open( file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE ))
			{
				final OutputStream out = new BufferedOutputStream( Channels.newOutputStream( channel ), 1 << 16 );
				content.write( out );
				out.flush();
				channel.force( true );
			}
			staged.add( name );
		}
		catch ( final IOException e )
		{
			if ( !Files.isDirectory( folder ) )
				throw folderGone( folder );
			throw new PdPlaneException( "Cannot write '" + target + "': " + OutputFiles.reason( e ) + "; " + freeSpace( folder )
					+ ". Nothing was replaced: the earlier files are unchanged.", e );
		}
	}

	/** {@code "1.2 MB free on its file system"}, or why that is unknown. */
	static String freeSpace( final Path folder )
	{
		try
		{
			final long bytes = Files.getFileStore( folder ).getUsableSpace();
			return bytes + " bytes (" + human( bytes ) + ") free on the file system of '" + folder + "'";
		}
		catch ( final IOException | SecurityException e )
		{
			return "the free space on the file system of '" + folder + "' is unknown";
		}
	}

	private static String human( final long bytes )
	{
		final String[] units = { "bytes", "KB", "MB", "GB", "TB" };
		double v = bytes;
		int u = 0;
		while ( v >= 1024 && u < units.length - 1 )
		{
			v /= 1024;
			u++;
		}
		return u == 0 ? bytes + " bytes" : String.format( Locale.ROOT, "%.1f %s", v, units[ u ] );
	}

	private void stopIfCanceled()
	{
		if ( canceled.getAsBoolean() )
			throw new CanceledException();
	}

	/** Moves the staged set into place: see the class comment. */
	private void commit()
	{
		if ( !staged.containsAll( names ) )
			throw new IllegalStateException( "not staged: " + names + " (staged " + staged + ")" );
		stopIfCanceled();
		seam.beforeCommit( canceled );
		stopIfCanceled();
		if ( !overwrite )
			for ( final String name : names )
				if ( Files.exists( folder.resolve( name ) ) )
					throw new OutputFiles.ExistsException( folder.resolve( name ), howToReplace );
		try
		{
			force( staging.resolve( NEW ) );
			try (FileChannel marker = FileChannel.open( staging.resolve( COMMIT ), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE ))
			{
				marker.write( ByteBuffer.wrap( ( String.join( "\n", names ) + "\n" ).getBytes( StandardCharsets.UTF_8 ) ) );
				marker.force( true );
			}
			force( staging );
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( "Cannot write into the folder '" + folder + "': " + OutputFiles.reason( e ) + "; " + freeSpace( folder )
					+ ". Nothing was replaced: the earlier files are unchanged.", e );
		}
		committed = true;
		try
		{
			swap( folder, staging, names );
		}
		catch ( final IOException e )
		{
			try
			{
				rollBack( folder, staging, names );
			}
			catch ( final IOException rollBackFailed )
			{
				// the marker stays: the next write into the folder completes the commit
				throw new PdPlaneException( "Cannot move the new result files into '" + folder + "': " + OutputFiles.reason( e ) + ", and the"
						+ " earlier files could not all be put back (" + OutputFiles.reason( rollBackFailed ) + "). The complete new set is in '"
						+ staging + "'; the next run into this folder completes the replacement.", e );
			}
			throw new PdPlaneException( "Cannot move the new result files into '" + folder + "': " + OutputFiles.reason( e )
					+ ". The earlier files were put back.", e );
		}
	}

	/** Moves every old file of the set aside, then every new one in, then forces the folder's entries to the disk. */
	private static void swap( final Path folder, final Path staging, final List< String > names ) throws IOException
	{
		for ( final String name : names )
			if ( Files.exists( folder.resolve( name ) ) && Files.exists( staging.resolve( NEW ).resolve( name ) ) )
				move( folder.resolve( name ), staging.resolve( OLD ).resolve( name ) );
		for ( final String name : names )
			if ( Files.exists( staging.resolve( NEW ).resolve( name ) ) )
				move( staging.resolve( NEW ).resolve( name ), folder.resolve( name ) );
		force( folder );
	}

	/** Undoes a partial {@link #swap}: new files back into the staging folder, old ones back into place. */
	private static void rollBack( final Path folder, final Path staging, final List< String > names ) throws IOException
	{
		for ( final String name : names )
			if ( !Files.exists( staging.resolve( NEW ).resolve( name ) ) && Files.exists( folder.resolve( name ) ) )
				move( folder.resolve( name ), staging.resolve( NEW ).resolve( name ) );
		for ( final String name : names )
			if ( Files.exists( staging.resolve( OLD ).resolve( name ) ) )
				move( staging.resolve( OLD ).resolve( name ), folder.resolve( name ) );
		Files.delete( staging.resolve( COMMIT ) );
	}

	/** A rename that never replaces a file. */
	private static void move( final Path from, final Path to ) throws IOException
	{
		if ( Files.exists( to ) )
			throw new FileAlreadyExistsException( to.toString() );
		try
		{
			Files.move( from, to, StandardCopyOption.ATOMIC_MOVE );
		}
		catch ( final AtomicMoveNotSupportedException e )
		{
			Files.move( from, to );
		}
	}

	/** Forces a folder's entries to the disk where the system allows it (Linux, macOS; not Windows). */
	private static void force( final Path folder )
	{
		try (FileChannel channel = FileChannel.open( folder, StandardOpenOption.READ ))
		{
			channel.force( true );
		}
		catch ( final IOException e )
		{
			// folders cannot be opened on every system; their entries reach the disk with the file system's next flush
		}
	}

	/** Removes the staging folder (and with it every temporary file), committed or not. */
	@Override
	public void close()
	{
		try
		{
			lockChannel.close();
		}
		catch ( final IOException e )
		{
			// closing releases the lock in any case
		}
		deleteQuietly( staging );
	}

	/**
	 * Finishes what runs killed while writing into {@code folder} left behind: a staging folder whose commit had
	 * started is completed (its new set is complete), one whose commit had not started is removed. Staging
	 * folders of running processes (their lock held) are left alone.
	 *
	 * @return what was done, one sentence a folder; empty where nothing was left behind
	 */
	public static List< String > recover( final Path folder )
	{
		final List< String > done = new ArrayList<>();
		if ( !Files.isDirectory( folder ) )
			return done;
		try (DirectoryStream< Path > entries = Files.newDirectoryStream( folder, STAGING_PREFIX + "*" ))
		{
			for ( final Path staging : entries )
				if ( Files.isDirectory( staging ) )
				{
					final String what = recoverOne( folder, staging );
					if ( what != null )
						done.add( what );
				}
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( "Cannot list the folder '" + folder + "': " + OutputFiles.reason( e ) + ".", e );
		}
		return done;
	}

	private static String recoverOne( final Path folder, final Path staging )
	{
		try (FileChannel lock = FileChannel.open( staging.resolve( LOCK ), StandardOpenOption.CREATE, StandardOpenOption.WRITE ))
		{
			final FileLock held;
			try
			{
				held = lock.tryLock();
			}
			catch ( final OverlappingFileLockException e )
			{
				return null; // this JVM is writing there
			}
			if ( held == null )
				return null; // another process is writing there
			final Path marker = staging.resolve( COMMIT );
			if ( !Files.exists( marker ) )
			{
				lock.close();
				deleteQuietly( staging );
				return "Removed the unfinished files of an interrupted run ('" + staging + "').";
			}
			final List< String > names = new ArrayList<>();
			for ( final String line : new String( Files.readAllBytes( marker ), StandardCharsets.UTF_8 ).split( "\n" ) )
				if ( !line.isEmpty() && !line.contains( "/" ) && !line.contains( "\\" ) && !line.startsWith( "." ) )
					names.add( line );
			swap( folder, staging, names );
			lock.close();
			deleteQuietly( staging );
			return "Completed the replacement of " + String.join( ", ", names ) + " in '" + folder + "' that a run killed while moving its files"
					+ " into place had begun.";
		}
		catch ( final NoSuchFileException e )
		{
			return null; // removed meanwhile by its own process
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( "Cannot clean up '" + staging + "', left by an interrupted run: " + OutputFiles.reason( e )
					+ "; remove it by hand once no run writes into '" + folder + "'.", e );
		}
	}

	private static void deleteQuietly( final Path path )
	{
		try
		{
			if ( Files.isDirectory( path ) && !Files.isSymbolicLink( path ) )
				try (DirectoryStream< Path > entries = Files.newDirectoryStream( path ))
				{
					for ( final Path entry : entries )
						deleteQuietly( entry );
				}
			Files.deleteIfExists( path );
		}
		catch ( final IOException e )
		{
			// what stays is removed by the next run's recover
		}
	}
}
