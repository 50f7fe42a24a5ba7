package io.github.pdplane.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.PdPlaneException;

class ResultFilesTest
{
	private static final List< String > SET = Arrays.asList( "a.csv", "b.csv", "c.png" );

	private static final String HOW = "pass --overwrite to replace it";

	@AfterEach
	void noSeam()
	{
		ResultFiles.useSeam( ResultFiles.Seam.NONE );
	}

	/** Writes the set with each file holding {@code text} and its name. */
	private static void writeSet( final Path folder, final boolean overwrite, final String text )
	{
		ResultFiles.write( folder, SET, overwrite, HOW, false, () -> false, files -> {
			for ( final String name : SET )
				files.write( name, out -> out.write( ( text + " " + name ).getBytes( StandardCharsets.UTF_8 ) ) );
		} );
	}

	/** Every file below {@code folder} (hidden ones too) with its content. */
	private static Map< String, String > contents( final Path folder ) throws IOException
	{
		final Map< String, String > map = new TreeMap<>();
		try (Stream< Path > files = Files.walk( folder ))
		{
			for ( final Path p : files.filter( Files::isRegularFile ).collect( Collectors.toList() ) )
				map.put( folder.relativize( p ).toString(), new String( Files.readAllBytes( p ), StandardCharsets.UTF_8 ) );
		}
		return map;
	}

	private static Map< String, String > set( final String text, final String... others )
	{
		final Map< String, String > map = new TreeMap<>();
		for ( final String name : SET )
			map.put( name, text + " " + name );
		for ( int i = 0; i < others.length; i += 2 )
			map.put( others[ i ], others[ i + 1 ] );
		return map;
	}

	@Test
	void theSetAppearsInAFolderOfOtherFilesWhichStayUntouched( @TempDir final Path dir ) throws IOException
	{
		Files.write( dir.resolve( "notes.txt" ), "mine".getBytes( StandardCharsets.UTF_8 ) );
		writeSet( dir, false, "new" );
		assertEquals( set( "new", "notes.txt", "mine" ), contents( dir ) );
		final Path missing = dir.resolve( "made/deeper" );
		writeSet( missing, false, "new" );
		assertEquals( set( "new" ), contents( missing ) );
	}

	@Test
	void overwriteReplacesTheWholeSetAndWithoutItNothingChanges( @TempDir final Path dir ) throws IOException
	{
		writeSet( dir, false, "old" );
		final OutputFiles.ExistsException e = assertThrows( OutputFiles.ExistsException.class, () -> writeSet( dir, false, "new" ) );
		assertEquals( "'" + dir.resolve( "a.csv" ) + "' already exists; " + HOW + ".", e.getMessage() );
		assertEquals( set( "old" ), contents( dir ) );
		writeSet( dir, true, "new" );
		assertEquals( set( "new" ), contents( dir ) );
	}

	/** A full disk while staging: the file named, the reason and the free space; the old set whole, no staging left. */
	@Test
	void aFailedWriteNamesTheFileAndTheFreeSpaceAndLeavesTheOldSet( @TempDir final Path dir ) throws IOException
	{
		writeSet( dir, false, "old" );
		ResultFiles.useSeam( new ResultFiles.Seam()
		{
			@Override
			public void beforeWrite( final Path file ) throws IOException
			{
				if ( file.getFileName().toString().equals( "c.png" ) )
					throw new IOException( "No space left on device" );
			}

			@Override
			public void beforeCommit( final java.util.function.BooleanSupplier canceled )
			{}
		} );
		final PdPlaneException e = assertThrows( PdPlaneException.class, () -> writeSet( dir, true, "new" ) );
		assertTrue( e.getMessage().startsWith( "Cannot write '" + dir.resolve( "c.png" ) + "': No space left on device; " ), e.getMessage() );
		assertTrue( e.getMessage().contains( " free on the file system of '" + dir + "'. Nothing was replaced" ), e.getMessage() );
		assertTrue( e.getMessage().matches( "(?s).*; \\d+ bytes \\(.*\\) free on .*" ), e.getMessage() );
		assertEquals( set( "old" ), contents( dir ) );
	}

	@Test
	void aCancelBeforeTheCommitLeavesTheOldSet( @TempDir final Path dir ) throws IOException
	{
		writeSet( dir, false, "old" );
		final AtomicBoolean canceled = new AtomicBoolean();
		assertThrows( ResultFiles.CanceledException.class, () -> ResultFiles.write( dir, SET, true, HOW, true, canceled::get, files -> {
			files.write( "a.csv", out -> out.write( 1 ) );
			canceled.set( true );
			files.write( "b.csv", out -> out.write( 2 ) );
		} ) );
		assertEquals( set( "old" ), contents( dir ) );
		// any failure after a cancel is the cancel (the JVM's shutdown throws from odd places)
		assertThrows( ResultFiles.CanceledException.class, () -> ResultFiles.write( dir, SET, true, HOW, true, canceled::get, files -> {
			throw new IllegalStateException( "Shutdown in progress" );
		} ) );
		assertEquals( set( "old" ), contents( dir ) );
	}

	@Test
	void aFolderRemovedDuringTheRunIsAnErrorAndNotMadeAgain( @TempDir final Path dir )
	{
		final Path gone = dir.resolve( "results" );
		final PdPlaneException e = assertThrows( PdPlaneException.class, () -> ResultFiles.write( gone, SET, false, HOW, true, () -> false,
				files -> {} ) );
		assertTrue( e.getMessage().startsWith( "The output folder '" + gone + "' is gone: it was removed or moved while the run went on" ),
				e.getMessage() );
		assertFalse( Files.exists( gone ) );
	}

	/**
	 * A run killed at each moment of its commit leaves a staging folder that the next write (or recover)
	 * completes: the folder then holds the complete new set, and nothing else of the run.
	 */
	@Test
	void aCommitKilledAtAnyStepIsCompletedByRecover( @TempDir final Path dir ) throws IOException
	{
		// the states on disk a kill can leave: k old files moved aside, then j new files moved in
		for ( int step = 0; step <= 2 * SET.size(); step++ )
		{
			final Path folder = Files.createDirectories( dir.resolve( "step" + step ) );
			Files.write( folder.resolve( "notes.txt" ), "mine".getBytes( StandardCharsets.UTF_8 ) );
			for ( final String name : SET )
				Files.write( folder.resolve( name ), ( "old " + name ).getBytes( StandardCharsets.UTF_8 ) );
			final Path staging = Files.createDirectories( folder.resolve( ResultFiles.STAGING_PREFIX + "killed" ) );
			Files.createDirectories( staging.resolve( "new" ) );
			Files.createDirectories( staging.resolve( "old" ) );
			Files.write( staging.resolve( "lock" ), new byte[ 0 ] );
			for ( final String name : SET )
				Files.write( staging.resolve( "new" ).resolve( name ), ( "new " + name ).getBytes( StandardCharsets.UTF_8 ) );
			Files.write( staging.resolve( "COMMIT" ), ( String.join( "\n", SET ) + "\n" ).getBytes( StandardCharsets.UTF_8 ) );
			for ( int k = 0; k < Math.min( step, SET.size() ); k++ )
				Files.move( folder.resolve( SET.get( k ) ), staging.resolve( "old" ).resolve( SET.get( k ) ) );
			for ( int j = 0; j < step - SET.size(); j++ )
				Files.move( staging.resolve( "new" ).resolve( SET.get( j ) ), folder.resolve( SET.get( j ) ) );
			final List< String > done = ResultFiles.recover( folder );
			assertEquals( 1, done.size() );
			assertTrue( done.get( 0 ).startsWith( "Completed the replacement of a.csv, b.csv, c.png in '" + folder + "'" ), done.get( 0 ) );
			assertEquals( set( "new", "notes.txt", "mine" ), contents( folder ), "step " + step );
		}
	}

	/** A run killed before its commit: the staging folder goes, the old set stays. */
	@Test
	void stagingWithoutCommitIsRemovedByRecover( @TempDir final Path dir ) throws IOException
	{
		writeSet( dir, false, "old" );
		final Path staging = Files.createDirectories( dir.resolve( ResultFiles.STAGING_PREFIX + "killed/new" ) );
		Files.write( staging.resolve( "a.csv" ), "half".getBytes( StandardCharsets.UTF_8 ) );
		assertEquals( 1, ResultFiles.recover( dir ).size() );
		assertEquals( set( "old" ), contents( dir ) );
		assertEquals( Arrays.asList(), ResultFiles.recover( dir ) );
	}

	/** The staging folder of a run in progress (its lock held) is left alone. */
	@Test
	void recoverLeavesARunningWriterAlone( @TempDir final Path dir ) throws IOException
	{
		final Map< String, String >[] during = new Map[ 1 ];
		ResultFiles.write( dir, SET, false, HOW, false, () -> false, files -> {
			for ( final String name : SET )
				files.write( name, out -> out.write( ( "new " + name ).getBytes( StandardCharsets.UTF_8 ) ) );
			assertEquals( Arrays.asList(), ResultFiles.recover( dir ) );
			try
			{
				during[ 0 ] = contents( dir );
			}
			catch ( final IOException e )
			{
				throw new AssertionError( e );
			}
		} );
		assertEquals( 4 + 0, during[ 0 ].size() ); // the three staged files and the lock, none in place yet
		assertTrue( during[ 0 ].keySet().stream().allMatch( k -> k.startsWith( ResultFiles.STAGING_PREFIX ) ), during[ 0 ].toString() );
		assertEquals( set( "new" ), contents( dir ) );
	}
}
