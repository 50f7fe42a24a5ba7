package io.github.pdplane.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.github.pdplane.bench.MetricBenchmark;
import io.github.pdplane.bench.NiqeBenchmark;
import io.github.pdplane.nr.Niqe;

/** What the benchmark runs and reports; its timings are not asserted. */
class BenchSubcommandTest
{
	private static final Path TID = Paths.get( "src/test/resources/reference-data/tid2013-pairs" );

	@Test
	void tableOfTheChosenMetrics()
	{
		final CliRun run = CliRun.of( "bench", "--size", "64", "--warmup", "0", "--repeats", "3", "--metrics", "rmse,ssim" );
		assertEquals( Main.OK, run.exit, run::toString );
		final List< String > lines = run.outLines();
		assertTrue( lines.get( 0 ).startsWith( "64 x 64 grey pair, one thread, 3 timed runs" ), run.out );
		assertEquals( 5, lines.size(), run.out );
		assertTrue( lines.get( 2 ).startsWith( "rmse " ) && lines.get( 3 ).startsWith( "ssim " )
				&& lines.get( 4 ).startsWith( "ssim (downsample) " ), run.out );
	}

	/** The timed value is the metric of the files, as 'score' computes it. */
	@Test
	void filesAreScoredAsScoreScoresThem()
	{
		final String ref = TID.resolve( "ref/I08.bmp" ).toString(), dist = TID.resolve( "dist/I08.bmp" ).toString();
		final Map< Path, String > before = CliRun.checksums( TID );
		final CliRun bench = CliRun.of( "bench", "--reference", ref, "--restored", dist, "--metrics", "psnr,ms-ssim", "--warmup", "0",
				"--repeats", "1", "--csv" );
		assertEquals( Main.OK, bench.exit, bench::toString );
		assertEquals( "metric,value,median_ms,min_ms", bench.outLines().get( 0 ) );
		final String[] scores = CliRun.of( "score", "--metrics", "psnr,ms-ssim", "--reference", ref, dist ).outLines().get( 1 ).split( "," );
		for ( int m = 0; m < 2; m++ )
		{
			final String[] row = bench.outLines().get( 1 + m ).split( "," );
			assertEquals( Double.parseDouble( scores[ 1 + m ] ), Double.parseDouble( row[ 1 ] ), 1e-8, row[ 0 ] );
		}
		assertEquals( before, CliRun.checksums( TID ) );
	}

	/**
	 * niqe (or a set-level id) adds the NIQE tasks of {@link NiqeBenchmark}: NIQE per 512x384 image (its
	 * value that of the benchmark scene), training on 20 images and the set distances.
	 */
	@Test
	void niqeTimingsFollowTheFullReferenceOnes()
	{
		final CliRun run = CliRun.of( "bench", "--size", "32", "--warmup", "0", "--repeats", "1", "--metrics", "rmse,niqe" );
		assertEquals( Main.OK, run.exit, run::toString );
		final List< String > lines = run.outLines();
		assertEquals( 14, lines.size(), run.out );
		assertTrue( lines.get( 2 ).startsWith( "rmse " ), run.out );
		assertEquals( "", lines.get( 3 ) );
		assertTrue( lines.get( 4 ).startsWith( "NIQE on synthetic 8-bit scenes" ), run.out );
		assertTrue( lines.get( 6 ).startsWith( "niqe 512x384, first call " ), run.out );
		assertTrue( lines.get( 7 ).startsWith( "niqe 512x384 " ), run.out );
		final double niqe = new Niqe().score( "scene", NiqeBenchmark.scene( 512, 384, 1 ), 255 );
		assertEquals( niqe, Double.parseDouble( lines.get( 7 ).substring( "niqe 512x384".length() ).trim().split( "\\s+" )[ 0 ] ), 1e-6, run.out );
		assertTrue( lines.get( 8 ).startsWith( "train-niqe 20 images 512x512 " ), run.out );
		assertTrue( lines.get( 9 ).startsWith( "niqe-ref + nss-fd 20 vs 20 512x384 " ), run.out );
		assertTrue( lines.get( 10 ).startsWith( "NIQE, one 512x384 grey image:" ) && lines.get( 10 ).contains( "budget 8 ms" )
				&& lines.get( 10 ).contains( "MATLAB" ), run.out );
		assertTrue( lines.get( 12 ).startsWith( "NIQE training, 20 images of 512x512:" ) && lines.get( 12 ).contains( "budget 2000 ms" ), run.out );
	}

	/** brisque or piqe add BRISQUE and PIQE on the 512x384 scene, each valued with its score of the scene. */
	@Test
	void brisqueAndPiqeTimings()
	{
		final CliRun run = CliRun.of( "bench", "--warmup", "0", "--repeats", "1", "--metrics", "piqe", "--csv" );
		assertEquals( Main.OK, run.exit, run::toString );
		final List< String > lines = run.outLines();
		assertEquals( Arrays.asList( "metric", "brisque 512x384 (first call)", "brisque 512x384",
				"piqe 512x384 (first call)", "piqe 512x384 (with masks)" ), lines.stream().map( l -> l.split( "," )[ 0 ] ).collect( Collectors.toList() ) );
		final io.github.pdplane.image.Plane scene = NiqeBenchmark.scene( 512, 384, 1 );
		assertEquals( new io.github.pdplane.nr.Brisque().score( "scene", scene, 255 ), Double.parseDouble( lines.get( 2 ).split( "," )[ 1 ] ), 1e-6 );
		assertEquals( new io.github.pdplane.nr.Piqe().score( "scene", scene, 255 ), Double.parseDouble( lines.get( 4 ).split( "," )[ 1 ] ), 1e-6 );
	}

	/** The batch benchmark evaluates the same generated pairs with each thread count, and cleans up. */
	@Test
	void batchBenchmarkComparesThreadCounts() throws IOException
	{
		final List< Path > before = temporaryFolders();
		final CliRun run = CliRun.of( "bench", "--evaluate", "3", "--size", "192", "--repeats", "2" );
		assertEquals( Main.OK, run.exit, run::toString );
		assertEquals( Collections.singletonList( "note: writing 3 pairs to a temporary folder, then evaluating them with 1 and 2 threads..." ),
				run.errLines() );
		final List< String > lines = run.outLines();
		assertTrue( lines.get( 0 ).startsWith( "Batch evaluation of 3 generated 192x192 8-bit grey pairs (PNG files, written in " ), run.out );
		assertTrue( lines.get( 0 ).contains( "; 2 round(s) of each thread count, alternating;" ), run.out );
		assertTrue( lines.get( 1 ).matches( "threads +median s +min s +pairs/s +speed-up +CPU s +cores busy +set RMSE" ), run.out );
		final String[] one = lines.get( 2 ).split( " +" ), two = lines.get( 3 ).split( " +" );
		assertEquals( "1 thread", one[ 0 ] + " " + one[ 1 ] );
		assertEquals( "2 threads", two[ 0 ] + " " + two[ 1 ] );
		for ( final String[] row : Arrays.asList( one, two ) )
		{
			final double median = Double.parseDouble( row[ 2 ] ), min = Double.parseDouble( row[ 3 ] );
			assertTrue( min <= median && min > 0, "the fastest round is no slower than the median: " + String.join( " ", row ) );
			final double cpu = Double.parseDouble( row[ 6 ] ), busy = Double.parseDouble( row[ 7 ] );
			assertTrue( cpu > 0, "the process's CPU time is measured: " + String.join( " ", row ) );
			// CPU seconds over median wall seconds, both printed to 0.01 s
			final double low = ( cpu - 0.005 ) / ( median + 0.005 ), high = median > 0.005 ? ( cpu + 0.005 ) / ( median - 0.005 ) : Double.POSITIVE_INFINITY;
			assertTrue( busy >= low - 0.005 && busy <= high + 0.005, "cores busy: " + String.join( " ", row ) );
		}
		assertEquals( "1.00", one[ 5 ] );
		assertEquals( one[ 8 ], two[ 8 ], "the same set RMSE with either thread count" );
		final double rmse = Double.parseDouble( one[ 8 ] );
		assertTrue( rmse > 4 && rmse < 5.1, "noise of sigma 5, rounded and clipped: " + rmse );
		assertTrue( lines.get( 4 ).startsWith( "Peak heap in use during the timed runs: " ), run.out );
		assertEquals( before, temporaryFolders(), "the generated images are deleted" );

		CliRun.of( "bench", "--evaluate", "0" ).assertOneError( Main.USAGE, "--evaluate needs 1 or more pairs" );
		CliRun.of( "bench", "--evaluate", "2", "--size", "100" ).assertOneError( Main.USAGE, "--size must be at least 192" );
		CliRun.of( "bench", "--evaluate", "2", "--metrics", "ssim" ).assertOneError( Main.USAGE, "--metrics does not apply to it" );
		CliRun.of( "bench", "--evaluate", "2", "--repeats", "0" ).assertOneError( Main.USAGE, "--repeats needs 1 or more rounds with --evaluate" );
	}

	/** --pirm runs alone, with rounds only (the run itself is PirmBenchmarkTest's: it takes child JVMs and minutes). */
	@Test
	void thePirmRunTakesOnlyItsRounds()
	{
		CliRun.of( "bench", "--pirm", "--repeats", "0" ).assertOneError( Main.USAGE, "--repeats needs 1 or more rounds with --pirm, not 0" );
		for ( final String[] other : new String[][] { { "--metrics", "ssim" }, { "--size", "256" }, { "--warmup", "2" }, { "--csv" }, {
				"--evaluate", "3" }, { "--reference", "a.png" } } )
		{
			final String[] args = new String[ 2 + other.length ];
			args[ 0 ] = "bench";
			args[ 1 ] = "--pirm";
			System.arraycopy( other, 0, args, 2, other.length );
			CliRun.of( args ).assertOneError( Main.USAGE, "--pirm runs the PIRM-size benchmark alone, on its own images; " + other[ 0 ]
					+ " does not apply to it." );
		}
		final CliRun help = CliRun.of( "bench", "--help" );
		assertTrue( help.out.contains( "--pirm" ) && help.out.contains( "100 RGB pairs of 512x384" ), help.out );
	}

	private static List< Path > temporaryFolders() throws IOException
	{
		try (Stream< Path > files = Files.list( Paths.get( System.getProperty( "java.io.tmpdir" ) ) ))
		{
			return files.filter( p -> p.getFileName().toString().startsWith( "pdplane-bench-" ) ).sorted().collect( Collectors.toList() );
		}
	}

	@Test
	void badOptions()
	{
		final String ref = TID.resolve( "ref/I08.bmp" ).toString();
		CliRun.of( "bench", "--reference", ref ).assertOneError( Main.USAGE, "both --reference and --restored" );
		CliRun.of( "bench", "--reference", ref, "--restored", ref, "--size", "64" ).assertOneError( Main.USAGE, "--size" );
		CliRun.of( "bench", "--size", "0" ).assertOneError( Main.USAGE, "--size must be 1 or more" );
		CliRun.of( "bench", "--size", "64", "--repeats", "0", "--metrics", "rmse" ).assertOneError( Main.USAGE, "at least 1 timed run" );
		CliRun.of( "bench", "--metrics", "nope" ).assertOneError( Main.USAGE, "Unknown metric 'nope'" );
		CliRun.of( "bench", "--reference", ref, "--restored", ref, "--metrics", "niqe" ).assertOneError( Main.USAGE,
				"names none (NIQE is timed on synthetic scenes)" );
		CliRun.of( "bench", "--size", "100", "--metrics", "ms-ssim" ).assertOneError( Main.INPUT_FAILED, "is 100x100",
				"MS-SSIM needs at least 176x176" );
		final String help = CliRun.of( "bench", "--help" ).out.replaceAll( "\\s+", " " );
		assertTrue( help.contains( "noisy copy) (default: " + MetricBenchmark.DEFAULT_SIZE + ")" ), help );
		assertTrue( help.contains( "(default: " + MetricBenchmark.DEFAULT_REPEATS + ")" ), help );
	}
}
