package io.github.pdplane.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.demo.DemoAlgorithm;
import io.github.pdplane.image.Plane;

/**
 * The packaged {@code target/pdplane-cli.jar} in its own JVM, as users run it (failsafe, {@code mvn verify}):
 * the manifest, the shading, and standard output that holds only results even where ImageJ prints.
 */
class MainIT
{
	private static final Path REFERENCE = Paths.get( "src/test/resources/reference-data/tid2013-pairs/ref/I03.bmp" );

	private static final class Result
	{
		int exit;

		String out, err;
	}

	private static Result java( final Path workingDirectory, final String... args ) throws IOException, InterruptedException
	{
		final List< String > command = javaCommand( args );
		final Path out = Files.createTempFile( "pdplane-cli", ".out" ), err = Files.createTempFile( "pdplane-cli", ".err" );
		try
		{
			final Process p = new ProcessBuilder( command ).directory( workingDirectory.toFile() ).redirectOutput( out.toFile() )
					.redirectError( err.toFile() ).start();
			assertTrue( p.waitFor( 120, TimeUnit.SECONDS ), "timed out: " + command );
			final Result r = new Result();
			r.exit = p.exitValue();
			r.out = new String( Files.readAllBytes( out ), StandardCharsets.UTF_8 );
			r.err = new String( Files.readAllBytes( err ), StandardCharsets.UTF_8 );
			return r;
		}
		finally
		{
			Files.delete( out );
			Files.delete( err );
		}
	}

	private static List< String > javaCommand( final String... args )
	{
		final String jar = System.getProperty( "pdplane.cliJar" );
		assertTrue( jar != null && new File( jar ).isFile(), "the CLI jar (system property pdplane.cliJar) is missing: " + jar );
		final List< String > command = new ArrayList<>( Arrays.asList(
				Paths.get( System.getProperty( "java.home" ), "bin", "java" ).toString(), "-jar", new File( jar ).getAbsolutePath() ) );
		command.addAll( Arrays.asList( args ) );
		return command;
	}

	@Test
	void damagedFilesLeaveStandardOutputToTheCsv( @TempDir final Path dir ) throws Exception
	{
		final byte[] bmp = Files.readAllBytes( REFERENCE );
		final Path damaged = dir.resolve( "damaged.bmp" );
		Files.write( damaged, Arrays.copyOf( bmp, bmp.length / 3 ) );
		final Result r = java( Paths.get( "" ).toAbsolutePath(), "score", "--metrics", "rmse,psnr", "--reference", REFERENCE.toString(),
				REFERENCE.toString(), damaged.toString() );
		assertEquals( Main.INPUT_FAILED, r.exit, r.err );
		assertEquals( "image,rmse,psnr\n" + REFERENCE + ",0.0,Infinity\n", r.out.replace( "\r\n", "\n" ) );
		assertTrue( r.err.contains( "error: '" + damaged + "' could not be read" ), r.err );
		assertTrue( !r.err.contains( "\tat " ), r.err );
		for ( final String line : r.err.split( "\r?\n" ) )
			assertTrue( line.startsWith( "error: " ) || line.startsWith( "warning: " ) || line.startsWith( Main.NOTE ), line );
	}

	@Test
	void demoRunsFromTheProjectRootAndExplainsElsewhere( @TempDir final Path dir ) throws Exception
	{
		final Path out = dir.resolve( "from-root" );
		final Result r = java( Paths.get( "" ).toAbsolutePath(), "demo", "--out", out.toString() );
		assertEquals( Main.OK, r.exit, r.err );
		for ( final DemoAlgorithm a : DemoAlgorithm.values() )
			assertTrue( r.out.contains( "\n" + a.folder() + " " ), r.out );
		assertEquals( Arrays.asList( "per-image.csv", "plane.png", "plane.svg", "summary.csv" ), ImageFilesOnDisk.names( out ) );
		final Result elsewhere = java( dir, "demo" );
		assertEquals( Main.INPUT_FAILED, elsewhere.exit );
		assertEquals( "", elsewhere.out );
		assertTrue( elsewhere.err.startsWith( "error: " ) && elsewhere.err.contains( "run from the project root" ), elsewhere.err );
	}

	/** The README's command writes ./pd-demo; a second run says clearly what to do, and changes nothing. */
	@Test
	void demoWritesPdDemoInTheWorkingFolderOnceUnlessToldToOverwrite( @TempDir final Path dir ) throws Exception
	{
		final String images = Paths.get( "test-images" ).toAbsolutePath().toString();
		final Result first = java( dir, "demo", "--images", images );
		assertEquals( Main.OK, first.exit, first.err );
		final Path out = dir.resolve( "pd-demo" );
		assertEquals( Arrays.asList( "per-image.csv", "plane.png", "plane.svg", "summary.csv" ), ImageFilesOnDisk.names( out ) );
		final Map< Path, String > written = CliRun.checksums( out );
		final Result second = java( dir, "demo", "--images", images );
		assertEquals( Main.USAGE, second.exit );
		assertEquals( "", second.out );
		assertEquals( "error: 'pd-demo' already holds the results of an earlier run (per-image.csv, summary.csv, plane.png, plane.svg): pass"
				+ " --overwrite to replace them, or --out DIR to write elsewhere.\n", second.err.replace( "\r\n", "\n" ) );
		assertEquals( written, CliRun.checksums( out ) );
		assertEquals( Main.OK, java( dir, "demo", "--images", images, "--overwrite" ).exit );
	}

	/**
	 * A SLURM array in small: two shards of the jar, with relative paths, each in its own JVM, and merge in the same
	 * folder, give the files of one evaluate byte for byte.
	 */
	@Test
	void shardsAndMergeGiveTheFilesOfOneRun( @TempDir final Path dir ) throws Exception
	{
		ImageFilesOnDisk.algorithmFolders( dir.resolve( "data" ), 5, 200 );
		final String[] evaluate = { "evaluate", "--reference", "data/ref", "--restored", "data/close", "--restored", "data/far", "--y", "niqe",
				"--metrics", "nss-fd", "--threads", "1" };
		for ( final String shard : new String[] { "1/2", "2/2" } )
		{
			final List< String > args = new ArrayList<>( Arrays.asList( evaluate ) );
			args.addAll( Arrays.asList( "--shard", shard, "--out", "parts" ) );
			final Result r = java( dir, args.toArray( new String[ 0 ] ) );
			assertEquals( Main.OK, r.exit, r.err );
		}
		final Result merged = java( dir, "merge", "parts/partial-2-of-2.pdpartial", "parts/partial-1-of-2.pdpartial", "--out", "merged" );
		assertEquals( Main.OK, merged.exit, merged.err );
		final List< String > args = new ArrayList<>( Arrays.asList( evaluate ) );
		args.addAll( Arrays.asList( "--out", "single" ) );
		final Result single = java( dir, args.toArray( new String[ 0 ] ) );
		assertEquals( Main.OK, single.exit, single.err );
		assertEquals( single.out.replace( "single", "merged" ), merged.out );
		for ( final String file : PlaneOutput.EVALUATION_FILES )
			assertArrayEquals( Files.readAllBytes( dir.resolve( "single" ).resolve( file ) ), Files.readAllBytes( dir.resolve( "merged" ).resolve(
					file ) ), file );
	}

	/** SIGTERM (as Ctrl-C's SIGINT) cancels through the shutdown hook: the run stops and leaves no file. */
	@Test
	void aSignalStopsTheRunAndLeavesNoFile( @TempDir final Path dir ) throws Exception
	{
		final Plane[] scenes = new Plane[ 8 ];
		for ( int k = 0; k < scenes.length; k++ )
			scenes[ k ] = ImageFilesOnDisk.scene( 256, k );
		for ( int i = 0; i < 400; i++ )
		{
			ImageFilesOnDisk.tiff( dir.resolve( "ref/" + i + ".tif" ), scenes[ i % scenes.length ] );
			ImageFilesOnDisk.tiff( dir.resolve( "out/" + i + ".tif" ), ImageFilesOnDisk.offset( scenes[ i % scenes.length ], 1 + i % 3 ) );
		}
		final Path results = dir.resolve( "results" );
		final List< String > command = javaCommand( "evaluate", "--reference", dir.resolve( "ref" ).toString(), "--restored",
				dir.resolve( "out" ).toString(), "--metrics", "ssim,ms-ssim", "--threads", "1", "--out", results.toString() );
		final Path err = dir.resolve( "stderr.txt" );
		final Process p = new ProcessBuilder( command ).redirectOutput( dir.resolve( "stdout.txt" ).toFile() ).redirectError( err.toFile() )
				.start();
		Thread.sleep( 3000 );
		assertTrue( p.isAlive(), "the run should take longer than 3 s; it ended with " + ( p.isAlive() ? "" : p.exitValue() ) );
		p.destroy();
		assertTrue( p.waitFor( 60, TimeUnit.SECONDS ) );
		final String errors = new String( Files.readAllBytes( err ), StandardCharsets.UTF_8 );
		assertTrue( errors.contains( "error: Canceled: no result file was written." ), errors );
		assertEquals( 0, Files.size( dir.resolve( "stdout.txt" ) ) );
		assertEquals( Collections.emptyList(), ImageFilesOnDisk.names( results ) );
	}

	@Test
	void usageErrorsExitWithTwo() throws Exception
	{
		final Result r = java( Paths.get( "" ).toAbsolutePath() );
		assertEquals( Main.USAGE, r.exit );
		assertTrue( r.err.contains( "Commands:" ), r.err );
	}
}
