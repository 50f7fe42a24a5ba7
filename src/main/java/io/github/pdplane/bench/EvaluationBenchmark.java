package io.github.pdplane.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.batch.EvaluationJob;
import io.github.pdplane.batch.EvaluationResult;
import io.github.pdplane.batch.ImageFileReader;
import io.github.pdplane.batch.ImageSet;
import io.github.pdplane.batch.OutputFiles;
import io.github.pdplane.image.Plane;

/**
 * The batch benchmark: {@code n} seeded 8-bit grey pairs written as image files to a temporary folder,
 * then evaluated by {@link EvaluationJob} (the evaluation's default axes and bootstrap) with 1 and with
 * 2 threads, timed with {@link Timing#once} after a warm-up evaluation of a few pairs. It shows how the
 * batch scales with threads and, run with a small heap ({@code -Xmx256m}), that memory stays bounded:
 * the job holds about one reference and one output per worker, never the set.
 * <p>
 * The references are crops of a few large synthetic scenes with a natural 1/f spectrum
 * ({@link NiqeBenchmark#scene}), at seeded offsets; each output is its reference with seeded Gaussian
 * noise, rounded to 8 bits. Files are written by the front end's {@link ImageWriter} (PNG through
 * ImageJ in the CLI) and read back through its {@link ImageFileReader}, so decoding is part of the time.
 */
public final class EvaluationBenchmark
{
	/** The thread counts compared. */
	public static final int[] THREADS = { 1, 2 };

	/** Pairs of the untimed warm-up evaluation. */
	public static final int WARM_UP_PAIRS = 24;

	static final String REFERENCE = "reference", RESTORED = "restored";

	private static final int SCENES = 4, NOISE_SIGMA = 5;

	private EvaluationBenchmark()
	{}

	/** Writes one 8-bit grey image. */
	@FunctionalInterface
	public interface ImageWriter
	{
		void write( Path file, Plane image );
	}

	/** The timings of a run. */
	public static final class Result
	{
		private final int pairs;

		private final int size;

		private final List< Timing.Result > timings;

		private final long peakHeapBytes;

		private final double generationSeconds;

		Result( final int pairs, final int size, final List< Timing.Result > timings, final long peakHeapBytes, final double generationSeconds )
		{
			this.pairs = pairs;
			this.size = size;
			this.timings = timings;
			this.peakHeapBytes = peakHeapBytes;
			this.generationSeconds = generationSeconds;
		}

		/** One per entry of {@link #THREADS}; the value is the set RMSE, the same for every thread count. */
		public List< Timing.Result > timings()
		{
			return timings;
		}

		/** Seconds with 1 thread divided by seconds with 2. */
		public double speedUp()
		{
			return timings.get( 0 ).medianMs() / timings.get( timings.size() - 1 ).medianMs();
		}

		/** The sum of the heap pools' peak use during the timed runs: an upper bound of the heap's peak. */
		public long peakHeapBytes()
		{
			return peakHeapBytes;
		}

		public int pairs()
		{
			return pairs;
		}

		public int size()
		{
			return size;
		}

		public double generationSeconds()
		{
			return generationSeconds;
		}
	}

	/**
	 * Generates the pairs in a temporary folder, evaluates them, and deletes the folder.
	 *
	 * @throws PdPlaneException
	 *             where the files cannot be written or an evaluation fails
	 */
	public static Result run( final int pairs, final int size, final long seed, final ImageWriter writer, final ImageFileReader reader )
	{
		if ( pairs < 1 || size < 1 )
			throw new PdPlaneException( "The batch benchmark needs at least 1 pair of at least 1x1 pixels, not " + pairs + " of " + size + "x"
					+ size + "." );
		Path folder = null;
		try
		{
			folder = Files.createTempDirectory( "pdplane-bench-" );
			final long start = System.nanoTime();
			final Path warmUp = folder.resolve( "warm-up" );
			final Path timed = folder.resolve( "timed" );
			generate( warmUp, Math.min( pairs, WARM_UP_PAIRS ), size, seed + 1, writer );
			generate( timed, pairs, size, seed, writer );
			final double generation = ( System.nanoTime() - start ) / 1e9;
			evaluate( warmUp, THREADS[ THREADS.length - 1 ], reader );
			final List< Timing.Result > timings = new ArrayList<>();
			long peak = 0;
			for ( final int threads : THREADS )
			{
				System.gc();
				resetPeaks();
				timings.add( Timing.once( threads + ( threads == 1 ? " thread" : " threads" ), () -> evaluate( timed, threads, reader ) ) );
				peak = Math.max( peak, peakHeap() );
			}
			return new Result( pairs, size, timings, peak, generation );
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( "Cannot write the benchmark's images: " + OutputFiles.reason( e ) + ".", e );
		}
		finally
		{
			if ( folder != null )
				delete( folder );
		}
	}

	/** Evaluates the pairs of {@code folder}; the set RMSE, to show that each run computed the same. */
	private static double evaluate( final Path folder, final int threads, final ImageFileReader reader )
	{
		final EvaluationJob job = EvaluationJob.builder( reader ).reference( ImageSet.folder( folder.resolve( REFERENCE ) ) )
				.algorithm( ImageSet.folder( folder.resolve( RESTORED ) ) ).threads( threads ).build();
		if ( !job.process() )
			throw new PdPlaneException( "The benchmark's evaluation failed: " + job.getErrorMessage() );
		final EvaluationResult result = job.result();
		if ( result.hasFailures() )
			throw new PdPlaneException( "The benchmark's evaluation failed on an image: " + result.failures().get( 0 ).message() );
		return result.summaries().get( 0 ).metric( job.xMetric().id() ).value();
	}

	/**
	 * Writes {@code folder/reference/NNNNN.png} and {@code folder/restored/NNNNN.png}, {@code pairs} of
	 * each, {@code size} square, the same for the same seed.
	 */
	static void generate( final Path folder, final int pairs, final int size, final long seed, final ImageWriter writer ) throws IOException
	{
		Files.createDirectories( folder.resolve( REFERENCE ) );
		Files.createDirectories( folder.resolve( RESTORED ) );
		final int sceneSize = 2 * size;
		final Plane[] scenes = new Plane[ SCENES ];
		for ( int s = 0; s < SCENES; s++ )
			scenes[ s ] = NiqeBenchmark.scene( sceneSize, sceneSize, seed * 31 + s );
		final Random random = new Random( seed );
		for ( int i = 0; i < pairs; i++ )
		{
			final Plane reference = scenes[ i % SCENES ].crop( random.nextInt( sceneSize - size + 1 ), random.nextInt( sceneSize - size + 1 ), size,
					size );
			final double[] noisy = reference.values().clone();
			for ( int p = 0; p < noisy.length; p++ )
				noisy[ p ] = Math.min( 255, Math.max( 0, Math.rint( noisy[ p ] + NOISE_SIGMA * random.nextGaussian() ) ) );
			final String name = String.format( Locale.ROOT, "%05d.png", i );
			writer.write( folder.resolve( REFERENCE ).resolve( name ), reference );
			writer.write( folder.resolve( RESTORED ).resolve( name ), new Plane( size, size, noisy ) );
		}
	}

	private static void resetPeaks()
	{
		for ( final MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans() )
			if ( pool.getType() == MemoryType.HEAP )
				pool.resetPeakUsage();
	}

	private static long peakHeap()
	{
		long sum = 0;
		for ( final MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans() )
			if ( pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null )
				sum += pool.getPeakUsage().getUsed();
		return sum;
	}

	private static void delete( final Path folder )
	{
		try (Stream< Path > files = Files.walk( folder ))
		{
			files.sorted( Comparator.reverseOrder() ).forEach( p -> p.toFile().delete() );
		}
		catch ( final IOException e )
		{
			// a temporary folder left behind; the results stand
		}
	}

	/**
	 * The JVM's garbage collectors: they matter here, since with a small heap G1 (the default) runs
	 * concurrent cycles for the megabyte-sized image arrays on the core a second worker would use.
	 */
	private static String collectors()
	{
		final List< String > names = new ArrayList<>();
		ManagementFactory.getGarbageCollectorMXBeans().forEach( gc -> names.add( gc.getName() ) );
		return String.join( ", ", names );
	}

	/** The table: threads, seconds, pairs per second, speed-up; then the heap. */
	public static void print( final Result r, final PrintStream out )
	{
		out.printf( Locale.ROOT, "Batch evaluation of %d generated %dx%d 8-bit grey pairs (PNG files, written in %.1f s), default axes and"
				+ " bootstrap, after a warm-up of %d pairs; max heap %d MB%n", r.pairs, r.size, r.size, r.generationSeconds,
				Math.min( r.pairs, WARM_UP_PAIRS ), Runtime.getRuntime().maxMemory() >> 20 );
		out.printf( Locale.ROOT, "%-10s %12s %10s %10s %14s%n", "threads", "seconds", "pairs/s", "speed-up", "set RMSE" );
		final double base = r.timings.get( 0 ).medianMs();
		for ( final Timing.Result t : r.timings )
			out.printf( Locale.ROOT, "%-10s %12.2f %10.1f %10.2f %14.6f%n", t.label(), t.medianMs() / 1000, r.pairs / ( t.medianMs() / 1000 ),
					base / t.medianMs(), t.value() );
		out.printf( Locale.ROOT, "Peak heap in use during the timed runs: %d MB (sum of the heap pools' peaks, an upper bound); collectors:"
				+ " %s.%n", r.peakHeapBytes >> 20, collectors() );
	}
}
