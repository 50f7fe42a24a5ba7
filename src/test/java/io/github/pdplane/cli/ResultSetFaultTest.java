package io.github.pdplane.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.chart.PlaneFiles;
import io.github.pdplane.image.Plane;
import io.github.pdplane.io.ResultFiles;

/**
 * Faults while {@code evaluate} runs, in a child JVM as users run it (the test's class path, {@link Main}):
 * SIGTERM (as Ctrl-C) and SIGKILL while scoring and while the result files are written, a full disk, and the
 * output folder removed during the run. After each, the output folder holds the earlier set or the complete new
 * set, and nothing else of the run (no staging folder once a run has passed, no temporary file of ImageIO in the
 * child's temporary folder), and {@code --resume} gives the files of an uninterrupted run byte for byte. The
 * timing points come from the CLI's test seams ({@link TestSeams}: slower image reads, a pause before the
 * commit, a write failing as on a full disk); none of these tests is skipped anywhere.
 */
class ResultSetFaultTest
{
	private static final int IMAGES = 24;

	@TempDir
	static Path images;

	/** DIR/ref and DIR/out: 64x64 scenes and the same brighter by 1 to 3. */
	@BeforeAll
	static void writeImages() throws IOException
	{
		for ( int i = 0; i < IMAGES; i++ )
		{
			final Plane scene = ImageFilesOnDisk.scene( 64, i );
			ImageFilesOnDisk.tiff( images.resolve( "ref/" + i + ".tif" ), scene );
			ImageFilesOnDisk.tiff( images.resolve( "out/" + i + ".tif" ), ImageFilesOnDisk.offset( scene, 1 + i % 3 ) );
		}
	}

	/** A child JVM running the CLI, its standard output and error in files, its temporary folder its own. */
	private static final class Child
	{
		final Process process;

		final Path err, tmp;

		Child( final Path dir, final List< String > properties, final String... args ) throws IOException
		{
			tmp = Files.createDirectories( dir.resolve( "child-tmp-" + System.nanoTime() ) );
			err = dir.resolve( "stderr-" + System.nanoTime() + ".txt" );
			final List< String > command = new ArrayList<>( Arrays.asList( Paths.get( System.getProperty( "java.home" ), "bin", "java" )
					.toString(), "-Xmx256m", "-Djava.awt.headless=true", "-Djava.io.tmpdir=" + tmp ) );
			command.addAll( properties );
			command.addAll( Arrays.asList( "-cp", System.getProperty( "surefire.test.class.path", System.getProperty( "java.class.path" ) ),
					Main.class.getName() ) );
			command.addAll( Arrays.asList( args ) );
			process = new ProcessBuilder( command ).redirectOutput( dir.resolve( "stdout-" + System.nanoTime() + ".txt" ).toFile() )
					.redirectError( err.toFile() ).start();
		}

		int waitFor() throws InterruptedException
		{
			assertTrue( process.waitFor( 120, TimeUnit.SECONDS ), "the child did not end" );
			return process.exitValue();
		}

		String err() throws IOException
		{
			return new String( Files.readAllBytes( err ), StandardCharsets.UTF_8 );
		}

		/** Waits until standard error holds {@code text}. */
		void awaitErr( final String text ) throws Exception
		{
			final long end = System.nanoTime() + TimeUnit.SECONDS.toNanos( 60 );
			while ( !err().contains( text ) )
			{
				assertTrue( process.isAlive(), "the child ended before saying '" + text + "': " + err() );
				assertTrue( System.nanoTime() < end, "timed out waiting for '" + text + "': " + err() );
				Thread.sleep( 20 );
			}
		}

		/** Nothing left in the child's temporary folder: no ImageIO cache file, no other. */
		void assertNoTemporaryFiles() throws IOException
		{
			try (Stream< Path > files = Files.list( tmp ))
			{
				assertEquals( Collections.emptyList(), files.filter( f -> !f.getFileName().toString().startsWith( "hsperfdata" ) ).collect(
						Collectors.toList() ) );
			}
		}
	}

	private static List< String > evaluate( final Path out, final String... more )
	{
		final List< String > args = new ArrayList<>( Arrays.asList( "evaluate", "--reference", images.resolve( "ref" ).toString(), "--restored",
				"A=" + images.resolve( "out" ), "--x", "rmse", "--y", "ssim", "--threads", "2", "--out", out.toString() ) );
		args.addAll( Arrays.asList( more ) );
		return args;
	}

	private static Child start( final Path dir, final List< String > properties, final List< String > args ) throws IOException
	{
		return new Child( dir, properties, args.toArray( new String[ 0 ] ) );
	}

	/** Runs the CLI to its end; its exit code must be {@link Main#OK}. */
	private static void run( final Path dir, final List< String > args ) throws Exception
	{
		final Child child = start( dir, Collections.emptyList(), args );
		assertEquals( Main.OK, child.waitFor(), child.err() );
	}

	/** Every file under {@code folder} (hidden ones too) by relative path, with its bytes as text. */
	private static Map< String, String > files( final Path folder ) throws IOException
	{
		final Map< String, String > map = new TreeMap<>();
		if ( !Files.exists( folder ) )
			return map;
		try (Stream< Path > all = Files.walk( folder ))
		{
			for ( final Path p : all.filter( Files::isRegularFile ).collect( Collectors.toList() ) )
				map.put( folder.relativize( p ).toString(), new String( Files.readAllBytes( p ), StandardCharsets.ISO_8859_1 ) );
		}
		return map;
	}

	private static int lines( final Path file ) throws IOException
	{
		if ( !Files.exists( file ) )
			return 0;
		int n = 0;
		for ( final byte b : Files.readAllBytes( file ) )
			if ( b == '\n' )
				n++;
		return n;
	}

	private static void awaitLines( final Child child, final Path journal, final int lines ) throws Exception
	{
		final long end = System.nanoTime() + TimeUnit.SECONDS.toNanos( 60 );
		while ( lines( journal ) < lines )
		{
			assertTrue( child.process.isAlive(), "the child ended early: " + child.err() );
			assertTrue( System.nanoTime() < end, "timed out: " + child.err() );
			Thread.sleep( 20 );
		}
	}

	private static final List< String > SLOW = Collections.singletonList( "-D" + TestSeams.SLOW_READ + "=150" );

	/** The files of an uninterrupted run, for comparison. */
	private static Map< String, String > uninterrupted( final Path dir, final String... more ) throws Exception
	{
		final Path out = dir.resolve( "uninterrupted" );
		run( dir, evaluate( out, more ) );
		final Map< String, String > files = files( out );
		assertEquals( PlaneFiles.EVALUATION_FILES.stream().sorted().collect( Collectors.toList() ), new ArrayList<>( files.keySet() ) );
		return files;
	}

	private static void killedWhileScoringResumesToTheSameFiles( final Path dir, final boolean sigkill ) throws Exception
	{
		final Map< String, String > expected = uninterrupted( dir );
		final Path out = dir.resolve( "results" ), journal = dir.resolve( "run.journal" );
		final Child child = start( dir, SLOW, evaluate( out, "--journal", journal.toString() ) );
		awaitLines( child, journal, 3 + 4 );
		if ( sigkill )
			child.process.destroyForcibly();
		else
			child.process.destroy();
		final int exit = child.waitFor();
		assertNotEquals( Main.OK, exit );
		if ( !sigkill )
		{
			assertTrue( child.err().contains( "error: Canceled: no result file was written." ), child.err() );
			assertFalse( child.err().contains( "bug" ) || child.err().contains( "Shutdown in progress" ), child.err() );
		}
		child.assertNoTemporaryFiles();
		assertEquals( Collections.emptyMap(), files( out ) );
		final int journaled = lines( journal ) - 3;
		assertTrue( journaled >= 4 && journaled < IMAGES, "journaled " + journaled );

		final Child resumed = start( dir, Collections.emptyList(), evaluate( out, "--journal", journal.toString(), "--resume" ) );
		assertEquals( Main.OK, resumed.waitFor(), resumed.err() );
		assertTrue( resumed.err().contains( "note: resuming from the journal '" + journal + "': " ), resumed.err() );
		assertEquals( expected, files( out ), "byte for byte the files of the uninterrupted run" );
		resumed.assertNoTemporaryFiles();
	}

	/** SIGTERM, then (in another folder) SIGKILL. */
	@Test
	void aSignalWhileScoringThenResumeGivesTheFilesOfAnUninterruptedRun( @TempDir final Path dir ) throws Exception
	{
		for ( final boolean sigkill : new boolean[] { false, true } )
			killedWhileScoringResumesToTheSameFiles( Files.createDirectories( dir.resolve( sigkill ? "sigkill" : "sigterm" ) ), sigkill );
	}

	/**
	 * A signal while the new set is staged (the run paused before the commit), with --overwrite over an earlier
	 * set in a folder that holds a file of the user's: the earlier set and the user's file stay as they were.
	 * SIGTERM leaves nothing of the run; after SIGKILL the staging folder stays until the next run into the
	 * folder removes it and writes its set.
	 */
	private static void signalWhileWriting( final Path dir, final boolean sigkill ) throws Exception
	{
		final Map< String, String > expected = uninterrupted( dir );
		final Path out = dir.resolve( "results" );
		run( dir, evaluate( out, "--bootstrap", "0" ) );
		Files.write( out.resolve( "notes.txt" ), "the user's".getBytes( StandardCharsets.UTF_8 ) );
		final Map< String, String > earlier = files( out );
		assertNotEquals( expected.get( PlaneFiles.SUMMARY ), earlier.get( PlaneFiles.SUMMARY ) );

		final Child child = start( dir, Collections.singletonList( "-D" + TestSeams.PAUSE_BEFORE_COMMIT + "=60000" ), evaluate( out,
				"--overwrite" ) );
		child.awaitErr( TestSeams.STAGED_LINE );
		if ( sigkill )
			child.process.destroyForcibly();
		else
			child.process.destroy();
		assertNotEquals( Main.OK, child.waitFor() );
		final Map< String, String > after = files( out );
		if ( sigkill )
			after.keySet().removeIf( f -> f.startsWith( ResultFiles.STAGING_PREFIX ) );
		assertEquals( earlier, after, "the earlier set, untouched" );
		if ( !sigkill )
		{
			assertTrue( child.err().contains( "error: Canceled: no result file was written." ), child.err() );
			assertFalse( child.err().contains( "bug" ) || child.err().contains( "Shutdown in progress" ), child.err() );
			assertEquals( earlier, files( out ), "no staging folder left" );
		}
		child.assertNoTemporaryFiles();

		final Child next = start( dir, Collections.emptyList(), evaluate( out, "--overwrite" ) );
		assertEquals( Main.OK, next.waitFor(), next.err() );
		assertEquals( sigkill, next.err().contains( "note: Removed the unfinished files of an interrupted run" ), next.err() );
		final Map< String, String > now = new TreeMap<>( expected );
		now.put( "notes.txt", "the user's" );
		assertEquals( now, files( out ), "the new set, the user's file, and nothing else" );
	}

	/** SIGTERM, then (in another folder) SIGKILL. */
	@Test
	void aSignalWhileTheFilesAreWrittenLeavesTheEarlierSet( @TempDir final Path dir ) throws Exception
	{
		for ( final boolean sigkill : new boolean[] { false, true } )
			signalWhileWriting( Files.createDirectories( dir.resolve( sigkill ? "sigkill" : "sigterm" ) ), sigkill );
	}

	/**
	 * A full disk while the new set is staged: the file and the free space are named, the earlier set stays,
	 * nothing of the run is left. Where this machine lets the test mount a small tmpfs (root, as CI runs), the
	 * disk is really full; the test says on standard output whether it was. The CLI's seam, which throws the
	 * IOException a full disk gives, is tried in any case ({@link #aFullDiskAsTheSeamGivesItIsReported}).
	 */
	@Test
	void aFullDiskIsReportedAndLeavesTheEarlierSet( @TempDir final Path dir ) throws Exception
	{
		final Path small = Files.createDirectories( dir.resolve( "small" ) );
		final boolean mounted = mount( small );
		System.out.println( mounted ? "full disk: a real tmpfs, filled" : "full disk: no tmpfs could be mounted; the CLI's seam instead" );
		try
		{
			fullDisk( dir, small, mounted );
		}
		finally
		{
			if ( mounted )
				assertEquals( 0, new ProcessBuilder( "umount", small.toString() ).inheritIO().start().waitFor() );
		}
	}

	@Test
	void aFullDiskAsTheSeamGivesItIsReported( @TempDir final Path dir ) throws Exception
	{
		fullDisk( dir, dir, false );
	}

	/** Fills the disk of {@code folder} (or has the seam fail) while an evaluation with --overwrite stages its files. */
	private static void fullDisk( final Path dir, final Path folder, final boolean realDisk ) throws Exception
	{
		final Path out = folder.resolve( "results" );
		run( dir, evaluate( out, "--bootstrap", "0" ) );
		final Map< String, String > earlier = files( out );
		final List< String > properties = new ArrayList<>();
		if ( realDisk )
			fill( folder, 16 * 1024 );
		else
			properties.add( "-D" + TestSeams.DISK_FULL + "=" + PlaneFiles.PNG );
		final Child child = start( dir, properties, evaluate( out, "--overwrite" ) );
		assertEquals( Main.INPUT_FAILED, child.waitFor(), child.err() );
		final String err = child.err();
		assertTrue( err.contains( "error: Cannot write '" + out ) && err.contains( "': No space left on device; " ), err );
		assertTrue( err.matches( "(?s).*; \\d+ bytes \\([^)]*\\) free on the file system of '" + out + "'\\. Nothing was replaced: the"
				+ " earlier files are unchanged\\..*" ), err );
		assertEquals( earlier, files( out ), "the earlier set, and no staging folder" );
		child.assertNoTemporaryFiles();
	}

	/** Mounts a 1 MB tmpfs on {@code folder} where the system allows it. */
	private static boolean mount( final Path folder ) throws InterruptedException
	{
		try
		{
			final Process p = new ProcessBuilder( "mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", folder.toString() ).redirectErrorStream( true )
					.start();
			return p.waitFor( 30, TimeUnit.SECONDS ) && p.exitValue() == 0;
		}
		catch ( final IOException e )
		{
			return false; // no mount command
		}
	}

	/** Fills the file system of {@code folder} until {@code left} bytes are free. */
	private static void fill( final Path folder, final long left ) throws IOException
	{
		final long free = Files.getFileStore( folder ).getUsableSpace();
		try (RandomAccessFile filler = new RandomAccessFile( folder.resolve( "filler" ).toFile(), "rw" ))
		{
			final byte[] block = new byte[ 4096 ];
			for ( long written = 0; written < free - left; written += block.length )
				filler.write( block );
		}
	}

	/** The output folder removed while the images are scored: a clear error; the folder is not made again. */
	@Test
	void anOutputFolderRemovedDuringTheRunIsAClearError( @TempDir final Path dir ) throws Exception
	{
		final Path out = Files.createDirectories( dir.resolve( "results" ) ), journal = dir.resolve( "run.journal" );
		final Child child = start( dir, SLOW, evaluate( out, "--journal", journal.toString() ) );
		awaitLines( child, journal, 3 + 1 );
		Files.delete( out );
		assertEquals( Main.INPUT_FAILED, child.waitFor(), child.err() );
		assertTrue( child.err().contains( "error: The output folder '" + out + "' is gone: it was removed or moved while the run went on (or its"
				+ " drive was unmounted). Nothing was written; make the folder again, or choose another, and rerun." ), child.err() );
		assertFalse( Files.exists( out ) );
		child.assertNoTemporaryFiles();
	}
}
