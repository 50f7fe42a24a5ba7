package io.github.pdplane.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;

import io.github.pdplane.PdPlaneException;

/**
 * The one timing loop of the benchmarks: a task runs at least {@code warmup} times and, unless
 * {@code warmup} is 0, for at least a minimum time, so that the JIT has compiled it (on one core the
 * compiler threads share the CPU with the benchmark, and counts alone leave some paths half compiled);
 * then {@code repeats} timed runs give the median and the fastest time. Single-threaded: the task runs
 * on the calling thread.
 */
public final class Timing
{
	/** Keeps the JIT from discarding results nobody reads. */
	private static volatile double sink;

	private Timing()
	{}

	/** One timed task. */
	public static final class Result
	{
		private final String label;

		private final double value;

		private final double medianMs;

		private final double minMs;

		private final int repeats;

		Result( final String label, final double value, final double medianMs, final double minMs, final int repeats )
		{
			this.label = label;
			this.value = value;
			this.medianMs = medianMs;
			this.minMs = minMs;
			this.repeats = repeats;
		}

		/** What was timed ({@code "ssim (downsample)"}, {@code "niqe 512x384"}). */
		public String label()
		{
			return label;
		}

		/** The task's result (a metric's value), to show that the same thing was timed. */
		public double value()
		{
			return value;
		}

		public double medianMs()
		{
			return medianMs;
		}

		public double minMs()
		{
			return minMs;
		}

		public int repeats()
		{
			return repeats;
		}
	}

	/**
	 * Times {@code task}.
	 *
	 * @param minimumWarmupMs
	 *            the shortest warm-up in milliseconds (none when {@code warmup} is 0)
	 * @throws PdPlaneException
	 *             for a negative warm-up or fewer than one timed run
	 */
	public static Result time( final String label, final int warmup, final long minimumWarmupMs, final int repeats, final DoubleSupplier task )
	{
		checkCounts( warmup, repeats );
		double value = 0;
		final long warmupEnd = System.nanoTime() + minimumWarmupMs * 1_000_000;
		for ( int i = 0; i < warmup || ( warmup > 0 && System.nanoTime() < warmupEnd ); i++ )
			value += task.getAsDouble();
		final double[] ms = new double[ repeats ];
		for ( int i = 0; i < repeats; i++ )
		{
			final long start = System.nanoTime();
			value = task.getAsDouble();
			ms[ i ] = ( System.nanoTime() - start ) / 1e6;
		}
		sink += value;
		return summary( label, value, ms );
	}

	/** The result of timed runs of {@code ms} milliseconds each (sorted here): their median and the fastest. */
	static Result summary( final String label, final double value, final double[] ms )
	{
		final double median = median( ms );
		return new Result( label, value, median, ms[ 0 ], ms.length );
	}

	/** The median of {@code values}, which it sorts. */
	static double median( final double[] values )
	{
		Arrays.sort( values );
		final int n = values.length;
		return n % 2 == 1 ? values[ n / 2 ] : ( values[ n / 2 - 1 ] + values[ n / 2 ] ) / 2;
	}

	/** Refuses a negative warm-up or fewer than one timed run, before anything is timed. */
	public static void checkCounts( final int warmup, final int repeats )
	{
		if ( warmup < 0 || repeats < 1 )
			throw new PdPlaneException( "The benchmark needs 0 or more warm-up runs and at least 1 timed run, not " + warmup + " and " + repeats
					+ "." );
	}

	/** A single run, as it comes (the first call of a process, before the JIT has compiled anything). */
	public static Result once( final String label, final DoubleSupplier task )
	{
		final long start = System.nanoTime();
		final double value = task.getAsDouble();
		final double ms = ( System.nanoTime() - start ) / 1e6;
		sink += value;
		return new Result( label, value, ms, ms, 1 );
	}

	/** A plain-text table: task, value, median and fastest milliseconds. */
	public static void printTable( final List< Result > results, final PrintStream out )
	{
		out.printf( Locale.ROOT, "%-36s %14s %12s %12s%n", "metric", "value", "median ms", "min ms" );
		for ( final Result r : results )
			out.printf( Locale.ROOT, "%-36s %14.6f %12.3f %12.3f%n", r.label(), r.value(), r.medianMs(), r.minMs() );
	}

	/** The CSV header of {@link #printCsvRows}. */
	public static final String CSV_HEADER = "metric,value,median_ms,min_ms";

	/** CSV rows {@code label,value,median_ms,min_ms}, without the header. */
	public static void printCsvRows( final List< Result > results, final PrintStream out )
	{
		for ( final Result r : results )
			out.printf( Locale.ROOT, "%s,%.8f,%.4f,%.4f%n", r.label(), r.value(), r.medianMs(), r.minMs() );
	}
}
