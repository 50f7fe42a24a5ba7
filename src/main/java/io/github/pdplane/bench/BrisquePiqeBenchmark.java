package io.github.pdplane.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.github.pdplane.image.Plane;
import io.github.pdplane.nr.Brisque;
import io.github.pdplane.nr.Piqe;

/**
 * Timings of BRISQUE and PIQE on one core, with {@link Timing}: each scores one 512x384 grey image, the
 * seeded 1/f scene of {@link NiqeBenchmark#scene} (budgets: BRISQUE 15 ms, PIQE 10 ms). Every figure is the
 * median of repeated runs on the calling thread after a warm-up of at least {@value #WARM_UP_MS} ms; the
 * first, cold call of each is reported too. PIQE is timed with its masks, as {@link Piqe#evaluate} returns
 * them. Pin the process to one core to measure one core: {@code taskset -c 0 java -cp pdplane-cli.jar
 * io.github.pdplane.bench.BrisquePiqeBenchmark}.
 */
public final class BrisquePiqeBenchmark
{
	/** The budgets of the issue, in milliseconds. */
	public static final double BRISQUE_BUDGET_MS = 15, PIQE_BUDGET_MS = 10;

	/** The shortest warm-up of each task, in milliseconds (none when the warm-up count is 0). */
	public static final long WARM_UP_MS = 3000;

	static final String BRISQUE_COLD = "brisque 512x384 (first call)", BRISQUE = "brisque 512x384", PIQE_COLD = "piqe 512x384 (first call)",
			PIQE = "piqe 512x384 (with masks)";

	private BrisquePiqeBenchmark()
	{}

	/** The timed tasks (each valued with the score of the scene), and the comparison with the budgets. */
	public static final class Result
	{
		/** The first call and the timed runs of BRISQUE, then of PIQE. */
		private final List< Timing.Result > timings;

		Result( final Timing.Result... timings )
		{
			this.timings = Arrays.asList( timings );
		}

		/** The rows of the benchmark table: BRISQUE's first call and timed runs, then PIQE's. */
		public List< Timing.Result > timings()
		{
			return timings;
		}

		public double brisqueMillis()
		{
			return timings.get( 1 ).medianMs();
		}

		public double piqeMillis()
		{
			return timings.get( 3 ).medianMs();
		}

		/** Lines for a terminal or a log: the medians against the budgets. */
		public List< String > report()
		{
			return Arrays.asList( line( "BRISQUE", 0, BRISQUE_BUDGET_MS ), line( "PIQE", 2, PIQE_BUDGET_MS ) );
		}

		private String line( final String metric, final int first, final double budget )
		{
			return String.format( Locale.ROOT, "%s, one 512x384 grey image: %8.2f ms (budget %.0f ms; first call %.0f ms)", metric,
					timings.get( first + 1 ).medianMs(), budget, timings.get( first ).medianMs() );
		}

		public boolean withinBudgets()
		{
			return brisqueMillis() <= BRISQUE_BUDGET_MS && piqeMillis() <= PIQE_BUDGET_MS;
		}
	}

	/**
	 * @param warmup
	 *            untimed runs of each metric before the timed ones (and at least {@link #WARM_UP_MS}; 0 for none)
	 * @param repeats
	 *            timed runs of each metric; the median is reported
	 */
	public static Result run( final int warmup, final int repeats )
	{
		Timing.checkCounts( warmup, repeats );
		final Plane image = NiqeBenchmark.scene( 512, 384, 1 );
		final Brisque brisque = new Brisque();
		final Timing.Result brisqueCold = Timing.once( BRISQUE_COLD, () -> brisque.score( "benchmark", image, 255 ) );
		final Timing.Result brisqueTimed = Timing.time( BRISQUE, warmup, WARM_UP_MS, repeats, () -> brisque.score( "benchmark", image, 255 ) );
		final Timing.Result piqeCold = Timing.once( PIQE_COLD, () -> Piqe.evaluate( "benchmark", image, 255 ).score() );
		final Timing.Result piqeTimed = Timing.time( PIQE, warmup, WARM_UP_MS, repeats, () -> Piqe.evaluate( "benchmark", image, 255 ).score() );
		return new Result( brisqueCold, brisqueTimed, piqeCold, piqeTimed );
	}

	/** A plain-text table of the timings, with a caption. */
	public static void print( final Result result, final PrintStream out )
	{
		out.printf( Locale.ROOT, "BRISQUE and PIQE on a synthetic 8-bit scene (1/f spectrum), one thread, %d timed runs after warm-up%n",
				result.timings().get( 1 ).repeats() );
		Timing.printTable( result.timings(), out );
		for ( final String line : result.report() )
			out.println( line );
	}

	/** Prints the timings; the optional argument is the number of timed runs (default 100). */
	public static void main( final String[] args )
	{
		final int repetitions = args.length > 0 ? Integer.parseInt( args[ 0 ] ) : 100;
		System.out.println( "PD Plane BRISQUE and PIQE benchmark: " + Runtime.getRuntime().availableProcessors() + " processor(s), Java "
				+ System.getProperty( "java.version" ) + ", " + System.getProperty( "os.arch" ) );
		print( run( repetitions, repetitions ), System.out );
	}
}
