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
import io.github.pdplane.batch.ImageSet;
import io.github.pdplane.image.Plane;
import io.github.pdplane.io.ImageFileReader;
import io.github.pdplane.io.OutputFiles;

/**
 * The batch benchmark: {@code n} seeded 8-bit grey pairs written as image files to a temporary folder,
 * then evaluated by {@link EvaluationJob} (the evaluation's default axes and bootstrap) with 1 and with
 * 2 threads, after a warm-up evaluation of a few pairs. It shows how the batch scales with threads and,
 * run with a small heap ({@code -Xmx256m}), that memory stays bounded: the job holds about one
 * reference and one output per worker, never the set.
 * <p>
 * The thread counts alternate for a few rounds and each is reported by its median, and the process's
 * CPU time is measured beside the wall time: on a shared virtual machine a neighbour can take a core
 * for seconds, which moves one run's speed-up by 0.2 or more. The CPU time tells the two apart: where
 * two threads did the work of one in the same CPU seconds, the batch itself scaled, whatever the
 * wall clock says.
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

	/** Rounds of every thread count, by default. */
	public static final int DEFAULT_ROUNDS = 3;

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

		private final double[] cpuSeconds;

		private final long peakHeapBytes;

		private final double generationSeconds;

		Result( final int pairs, final int size, final List< Timing.Result > timings, final double[] cpuSeconds, final long peakHeapBytes,
				final double generationSeconds )
		{
			this.pairs = pairs;
			this.size = size;
			this.timings = timings;
			this.cpuSeconds = cpuSeconds;
			this.peakHeapBytes = peakHeapBytes;
			this.generationSeconds = generationSeconds;
		}

		/**
		 * One per entry of {@link #THREADS}: median and fastest wall time of its rounds; the value is the
		 * set RMSE, the same for every thread count.
		 */
		public List< Timing.Result > timings()
		{
			return timings;
		}

		/** The median CPU seconds of the process per round, one per entry of {@link #THREADS}; NaN where the JVM does not tell. */
		public double cpuSeconds( final int index )
		{
			return cpuSeconds[ index ];
		}

		/** Median seconds with 1 thread divided by median seconds with 2. */
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
	public static Result run( final int pairs, final int size, final long seed, final int rounds, final ImageWriter writer,
			final ImageFileReader reader )
	{
		if ( pairs < 1 || size < 1 || rounds < 1 )
			throw new PdPlaneException( "The batch benchmark needs at least 1 pair of at least 1x1 pixels and 1 round, not " + pairs + " of "
					+ size + "x" + size + " in " + rounds + "." );
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
			final double[][] wall = new double[ THREADS.length ][ rounds ], cpu = new double[ THREADS.length ][ rounds ];
			final double[] value = new double[ THREADS.length ];
			long peak = 0;
			for ( int round = 0; round < rounds; round++ )
				for ( int t = 0; t < THREADS.length; t++ )
				{
					System.gc();
					resetPeaks();
					final double cpuStart = processCpuSeconds();
					final long wallStart = System.nanoTime();
					value[ t ] = evaluate( timed, THREADS[ t ], reader );
					wall[ t ][ round ] = ( System.nanoTime() - wallStart ) / 1e6;
					cpu[ t ][ round ] = processCpuSeconds() - cpuStart;
					peak = Math.max( peak, peakHeap() );
				}
			final List< Timing.Result > timings = new ArrayList<>();
			final double[] cpuMedians = new double[ THREADS.length ];
			for ( int t = 0; t < THREADS.length; t++ )
			{
				final int threads = THREADS[ t ];
				timings.add( Timing.summary( threads + ( threads == 1 ? " thread" : " threads" ), value[ t ], wall[ t ] ) );
				cpuMedians[ t ] = Timing.median( cpu[ t ] );
			}
			return new Result( pairs, size, timings, cpuMedians, peak, generation );
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

	/** The CPU time of the whole process (workers, collector, compiler), or NaN where the JVM does not tell. */
	private static double processCpuSeconds()
	{
		final java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
		if ( os instanceof com.sun.management.OperatingSystemMXBean )
		{
			final long nanos = ( ( com.sun.management.OperatingSystemMXBean ) os ).getProcessCpuTime();
			if ( nanos >= 0 )
				return nanos / 1e9;
		}
		return Double.NaN;
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

	static void delete( final Path folder )
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
	 * The JVM's garbage collectors: they matter here, since a collector's concurrent work runs on the
	 * idle core of a one-thread run but takes time from the workers of a two-thread run.
	 */
	private static String collectors()
	{
		final List< String > names = new ArrayList<>();
		ManagementFactory.getGarbageCollectorMXBeans().forEach( gc -> names.add( gc.getName() ) );
		return String.join( ", ", names );
	}

	/** The table: threads, median and fastest seconds, pairs per second, speed-up, CPU seconds and busy cores; then the heap. */
	public static void print( final Result r, final PrintStream out )
	{
		out.printf( Locale.ROOT, "Batch evaluation of %d generated %dx%d 8-bit grey pairs (PNG files, written in %.1f s), default axes and"
				+ " bootstrap, after a warm-up of %d pairs; %d round(s) of each thread count, alternating; max heap %d MB%n", r.pairs, r.size, r.size,
				r.generationSeconds, Math.min( r.pairs, WARM_UP_PAIRS ), r.timings.get( 0 ).repeats(), Runtime.getRuntime().maxMemory() >> 20 );
		out.printf( Locale.ROOT, "%-10s %10s %10s %10s %10s %10s %10s %14s%n", "threads", "median s", "min s", "pairs/s", "speed-up", "CPU s",
				"cores busy", "set RMSE" );
		final double base = r.timings.get( 0 ).medianMs();
		for ( int t = 0; t < r.timings.size(); t++ )
		{
			final Timing.Result timing = r.timings.get( t );
			final double seconds = timing.medianMs() / 1000;
			out.printf( Locale.ROOT, "%-10s %10.2f %10.2f %10.1f %10.2f %10.2f %10.2f %14.6f%n", timing.label(), seconds, timing.minMs() / 1000,
					r.pairs / seconds, base / timing.medianMs(), r.cpuSeconds[ t ], r.cpuSeconds[ t ] / seconds, timing.value() );
		}
		out.printf( Locale.ROOT, "Peak heap in use during the timed runs: %d MB (sum of the heap pools' peaks, an upper bound); collectors:"
				+ " %s.%n", r.peakHeapBytes >> 20, collectors() );
	}
}
