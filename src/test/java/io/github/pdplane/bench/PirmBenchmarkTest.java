package io.github.pdplane.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.cli.Main;
import io.github.pdplane.demo.RgbFiles;
import io.github.pdplane.image.ArrayImage;
import io.github.pdplane.image.Plane;

/** The PIRM-size benchmark's images, child processes and report; its timings are not asserted. */
class PirmBenchmarkTest
{
	@Test
	void theImagesAreSeededRgbPairsOfPirmsSize( @TempDir final Path folder ) throws IOException
	{
		final List< Plane > a = PirmBenchmark.writeImages( folder.resolve( "a" ), 3, 11 );
		PirmBenchmark.writeImages( folder.resolve( "b" ), 3, 11 );
		assertEquals( 3, a.size() );
		for ( final String set : new String[] { PirmBenchmark.REFERENCE, PirmBenchmark.RESTORED } )
			for ( final String name : new String[] { "000.png", "001.png", "002.png" } )
			{
				final Path file = folder.resolve( "a" ).resolve( set ).resolve( name );
				assertArrayEquals( Files.readAllBytes( file ), Files.readAllBytes( folder.resolve( "b" ).resolve( set ).resolve( name ) ), set
						+ "/" + name + " is the same for the same seed" );
				final ArrayImage image = RgbFiles.read( file );
				assertTrue( image.isRgb() && image.width() == 512 && image.height() == 384, image.describe() );
			}
		final ArrayImage reference = RgbFiles.read( folder.resolve( "a/reference/000.png" ) ), restored = RgbFiles.read( folder.resolve(
				"a/restored/000.png" ) );
		assertTrue( !Arrays.equals( reference.read( 0, 1 ), restored.read( 0, 1 ) ), "the output is not the reference" );
	}

	@Test
	void theRestoredImageIsABlurredNoisyCopy()
	{
		final Plane reference = NiqeBenchmark.scene( 64, 48, 2 );
		final Plane restored = PirmBenchmark.restored( reference, new Random( 1 ) );
		assertEquals( 64, restored.width() );
		double error = 0;
		for ( int i = 0; i < reference.size(); i++ )
		{
			final double d = restored.values()[ i ] - reference.values()[ i ];
			error += d * d;
			assertTrue( restored.values()[ i ] >= 0 && restored.values()[ i ] <= 255 && restored.values()[ i ] == Math.rint( restored.values()[ i ] ) );
		}
		final double rmse = Math.sqrt( error / reference.size() );
		assertTrue( rmse > 1 && rmse < 30, "rmse " + rmse );
	}

	@Test
	void readsTheSummaryAndTheChildrensCpuTime( @TempDir final Path folder ) throws IOException
	{
		final Path summary = folder.resolve( "summary.csv" );
		Files.write( summary, Arrays.asList( "algorithm,n,failed,rmse,rmse_mean,pi", "SR,3,0,7.5,7.4,4.25" ), StandardCharsets.UTF_8 );
		assertArrayEquals( new double[] { 7.5, 4.25 }, PirmBenchmark.summaryValues( summary, "rmse", "pi" ), 0 );
		final double cpu = PirmBenchmark.childrenCpuSeconds();
		assertTrue( Double.isNaN( cpu ) || cpu >= 0, "cpu " + cpu );
		assertTrue( PirmBenchmark.javaCommand().get( 0 ).endsWith( "java" ) );
	}

	/** A small run end to end: two pairs, a model of 3 trees a forest, one round, one first call each, all in child JVMs. */
	@Test
	void runsTheEvaluationAndTheFirstCallsInChildJvms()
	{
		final List< String > progress = new ArrayList<>();
		final PirmBenchmark.Result r = PirmBenchmark.run( Main.class.getName(), 2, 3, 1, 1, 4, progress::add );
		assertEquals( 1, r.wallSeconds.length );
		assertTrue( r.wallSeconds[ 0 ] > 0 && r.rmse > 0 && Double.isFinite( r.pi ), r.rmse + " " + r.pi );
		assertTrue( r.firstNiqeMs[ 0 ] > 0 && r.firstMaMs[ 0 ] > 0 && r.modelLoadMs[ 0 ] > 0 );
		assertTrue( progress.get( 0 ).startsWith( "writing 2 RGB pairs of 512x384 and a synthetic Ma et al. model of 3 x 3 trees" ), progress
				.toString() );
		final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PirmBenchmark.print( r, new PrintStream( bytes, true ) );
		final String text = new String( bytes.toByteArray(), StandardCharsets.UTF_8 );
		assertTrue( text.contains( "PIRM-size run: 2 RGB pairs of 512x384" ) && text.contains( "model of 3 x 3 trees" ) && text.contains(
				"median wall time" ) && text.contains( "budget 10 s on 2 cores" ) && text.contains( "First call of a process (median of 1 child JVMs)" ),
				text );
	}
}
