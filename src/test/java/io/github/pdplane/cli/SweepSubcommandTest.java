package io.github.pdplane.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.batch.ImageSet;
import io.github.pdplane.batch.SweepJob;
import io.github.pdplane.image.Plane;
import io.github.pdplane.io.imagej.ImageJFileReader;

class SweepSubcommandTest
{
	private static Path data( final Path dir ) throws IOException
	{
		for ( int i = 0; i < 2; i++ )
		{
			final Plane scene = ImageFilesOnDisk.scene( 200, 20 + i );
			ImageFilesOnDisk.tiff( dir.resolve( "ref/" + i + ".tif" ), scene );
			ImageFilesOnDisk.tiff( dir.resolve( "smooth/" + i + ".tif" ), ImageFilesOnDisk.offset( scene, 1 ) );
			ImageFilesOnDisk.tiff( dir.resolve( "sharp/" + i + ".tif" ), ImageFilesOnDisk.scene( 200, 40 + i ) );
		}
		return dir;
	}

	@Test
	void writesTheEnginesSweepAndItsChart( @TempDir final Path dir ) throws IOException
	{
		final Path data = data( dir.resolve( "data" ) );
		final Map< Path, String > before = CliRun.checksums( data );
		final Path out = dir.resolve( "out" );
		final CliRun run = CliRun.of( "sweep", "--reference", data.resolve( "ref" ).toString(), "--low", "L=" + data.resolve( "smooth" ),
				"--high", data.resolve( "sharp" ).toString(), "--steps", "4", "--out", out.toString() );
		assertEquals( Main.OK, run.exit, run::toString );
		assertEquals( Arrays.asList( "plane.png", "plane.svg", "sweep.csv" ), ImageFilesOnDisk.names( out ) );

		final SweepJob job = SweepJob.builder( ImageJFileReader.INSTANCE ).reference( ImageSet.folder( data.resolve( "ref" ) ) )
				.low( ImageSet.folder( data.resolve( "smooth" ) ).named( "L" ) ).high( ImageSet.folder( data.resolve( "sharp" ) ) ).steps( 4 )
				.build();
		assertTrue( job.process(), job::getErrorMessage );
		final String csv = DemoSubcommandTest.read( out.resolve( "sweep.csv" ) );
		assertEquals( job.result().table().toCsv(), csv );
		assertTrue( csv.startsWith( "alpha,n,failed,rmse,rmse_mean,rmse_std,niqe,niqe_mean,niqe_std\n0.0,2,0,1.0,1.0,0.0," ), csv );
		DemoSubcommandTest.assertPng( out.resolve( "plane.png" ) );

		final List< String > lines = run.outLines();
		assertEquals( "Sweep from 'L' (alpha = 0) to 'sharp' (alpha = 1) over 2 images (gray):", lines.get( 0 ) );
		assertTrue( lines.get( 2 ).matches( "alpha +n +failed +RMSE +NIQE" ), lines.get( 2 ) );
		assertTrue( lines.get( 3 ).matches( "0 +2 +0 +1\\.0000 .*" ), lines.get( 3 ) );
		assertTrue( lines.get( 4 ).startsWith( "0.25 " ) && lines.get( 7 ).startsWith( "1 " ), run.out );
		assertEquals( before, CliRun.checksums( data ) );
	}

	/** An output without a reference is reported, and counted in every alpha's failed as evaluate counts it: exit 1. */
	@Test
	void anOutputWithoutReferenceIsCountedAsFailed( @TempDir final Path dir ) throws IOException
	{
		final Path data = data( dir.resolve( "data" ) );
		ImageFilesOnDisk.tiff( data.resolve( "sharp/stray.tif" ), ImageFilesOnDisk.scene( 200, 50 ) );
		final Path out = dir.resolve( "out" );
		final CliRun run = CliRun.of( "sweep", "--reference", data.resolve( "ref" ).toString(), "--low", data.resolve( "smooth" ).toString(),
				"--high", data.resolve( "sharp" ).toString(), "--steps", "2", "--x", "rmse", "--y", "brisque", "--bootstrap", "0", "--out", out
						.toString() );
		assertEquals( Main.INPUT_FAILED, run.exit, run::toString );
		assertTrue( run.errLines().stream().anyMatch( line -> line.startsWith( "error: " ) && line.contains( "stray.tif" ) && line.contains(
				"has no reference" ) ), run::toString );
		final List< String > csv = Files.readAllLines( out.resolve( "sweep.csv" ) );
		assertEquals( 4, csv.size(), csv::toString );
		for ( final String row : csv.subList( 1, csv.size() ) )
			assertTrue( row.matches( "[0-9.]+,2,1,.*" ), row );
	}

	@Test
	void refusesToReplaceAndChecksItsOptions( @TempDir final Path dir ) throws IOException
	{
		final Path data = data( dir.resolve( "data" ) );
		final Path out = Files.createDirectories( dir.resolve( "out" ) );
		Files.write( out.resolve( "sweep.csv" ), Arrays.asList( "precious" ) );
		final String[] base = { "sweep", "--reference", data.resolve( "ref" ).toString(), "--low", data.resolve( "smooth" ).toString(),
				"--high", data.resolve( "sharp" ).toString(), "--out", out.toString() };
		CliRun.of( base ).assertOneError( Main.USAGE, "'" + out.resolve( "sweep.csv" ) + "' already exists; pass --overwrite" );
		assertEquals( Arrays.asList( "precious" ), Files.readAllLines( out.resolve( "sweep.csv" ) ) );
		final String[] zeroSteps = Arrays.copyOf( base, base.length + 2 );
		zeroSteps[ base.length ] = "--steps";
		zeroSteps[ base.length + 1 ] = "0";
		CliRun.of( zeroSteps ).assertOneError( Main.USAGE, "--steps must lie in 1..1000, not 0." );
		CliRun.of( "sweep", "--reference", data.resolve( "ref" ).toString(), "--low", data.resolve( "smooth" ).toString(), "--out",
				out.toString() ).assertOneError( Main.USAGE, "sweep needs --high NAME=DIR|STACK" );
	}
}
