package io.github.pdplane.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import io.github.pdplane.image.ImageSource;
import io.github.pdplane.io.ImageFileReader;
import io.github.pdplane.io.ResultFiles;

/**
 * Test seams of the plane commands, read only here and only from system properties that the fault tests set
 * on the child JVM (never documented for users; without them nothing changes):
 * <ul>
 * <li>{@value #SLOW_READ}{@code =MS}: every image file takes MS milliseconds longer to open, so that a test can
 * kill a run while it scores;</li>
 * <li>{@value #PAUSE_BEFORE_COMMIT}{@code =MS}: once every result file is staged, the run says
 * {@value #STAGED_LINE} on standard error and waits MS milliseconds (or until canceled) before the commit, so
 * that a test can send a signal while the files are written;</li>
 * <li>{@value #DISK_FULL}{@code =NAME}: staging the result file NAME fails with the {@link IOException} a full
 * disk gives ("No space left on device"), for machines where no small file system can be mounted.</li>
 * </ul>
 */
final class TestSeams
{
	static final String SLOW_READ = "pdplane.test.slowReadMillis", PAUSE_BEFORE_COMMIT = "pdplane.test.pauseBeforeCommitMillis",
			DISK_FULL = "pdplane.test.diskFull";

	/** What the pause before the commit prints on standard error, for the test to wait for. */
	static final String STAGED_LINE = "test seam: the result files are staged; pausing before the commit";

	/** The message of the IOException of a write to a full disk, as Linux gives it. */
	static final String NO_SPACE = "No space left on device";

	private TestSeams()
	{}

	/** Installs the seams of the result files where their properties are set. */
	static void installResultFileSeams( final Consumer< String > stderr )
	{
		final long pause = Long.getLong( PAUSE_BEFORE_COMMIT, 0 );
		final String diskFull = System.getProperty( DISK_FULL );
		if ( pause <= 0 && diskFull == null )
			return;
		ResultFiles.useSeam( new ResultFiles.Seam()
		{
			@Override
			public void beforeWrite( final Path file ) throws IOException
			{
				if ( file.getFileName().toString().equals( diskFull ) )
					throw new IOException( NO_SPACE );
			}

			@Override
			public void beforeCommit( final BooleanSupplier canceled )
			{
				if ( pause <= 0 )
					return;
				stderr.accept( STAGED_LINE );
				final long end = System.nanoTime() + pause * 1_000_000L;
				while ( System.nanoTime() < end && !canceled.getAsBoolean() )
					sleep( 20 );
			}
		} );
	}

	/** {@code reader}, slowed down where {@value #SLOW_READ} is set. */
	static ImageFileReader reader( final ImageFileReader reader )
	{
		final long slow = Long.getLong( SLOW_READ, 0 );
		if ( slow <= 0 )
			return reader;
		return new ImageFileReader()
		{
			@Override
			public List< Path > imagesIn( final Path folder, final Consumer< Path > skipped )
			{
				return reader.imagesIn( folder, skipped );
			}

			@Override
			public ImageSource open( final Path file )
			{
				sleep( slow );
				return reader.open( file );
			}
		};
	}

	private static void sleep( final long millis )
	{
		try
		{
			Thread.sleep( millis );
		}
		catch ( final InterruptedException e )
		{
			Thread.currentThread().interrupt();
		}
	}
}
