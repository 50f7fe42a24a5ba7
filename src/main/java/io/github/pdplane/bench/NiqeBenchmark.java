package io.github.pdplane.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import io.github.pdplane.image.Plane;
import io.github.pdplane.nr.Niqe;
import io.github.pdplane.nr.NiqeModel;
import io.github.pdplane.nr.NiqeTraining;
import io.github.pdplane.setlevel.SetDistances;

/**
 * Timings of NIQE on one core, with {@link Timing}: scoring a 512x384 grey image (MATLAB's release takes
 * about 0.2 s), training a model on 20 images of 512x512, and the set distances on 20 images against 20.
 * The images are synthetic, seeded 8-bit scenes with a natural 1/f spectrum, so the benchmark needs no
 * files. Every figure is the median of repeated runs on the calling thread after a warm-up of at least
 * {@value #WARM_UP_MS} ms (the JIT compiles the inner loops after some dozens of images); the first,
 * cold call is reported too. Training and the set distances, each some dozens of images, run a fifth
 * as often as the single-image score.
 */
public final class NiqeBenchmark
{
	/** The budgets of the issues (NIQE: 8 ms since issue 15, 25 ms before), in milliseconds. */
	public static final double NIQE_BUDGET_MS = 8, TRAINING_BUDGET_MS = 2000;

	/** MATLAB's release on one 512x384 image, for comparison. */
	public static final double MATLAB_NIQE_MS = 200;

	/** The shortest warm-up of each task, in milliseconds (none when the warm-up count is 0). */
	public static final long WARM_UP_MS = 3000;

	static final String COLD = "niqe 512x384, first call", NIQE = "niqe 512x384", TRAINING = "train-niqe 20 images 512x512",
			SETS = "niqe-ref + nss-fd 20 vs 20 512x384";

	private NiqeBenchmark()
	{}

	/** The timed tasks, and the comparison with the budgets. */
	public static final class Result
	{
		private final Timing.Result cold, niqe, training, sets;

		Result( final Timing.Result cold, final Timing.Result niqe, final Timing.Result training, final Timing.Result sets )
		{
			this.cold = cold;
			this.niqe = niqe;
			this.training = training;
			this.sets = sets;
		}

		/**
		 * The rows of the benchmark table: the first call, NIQE per image (value: its NIQE), training
		 * (value: the blocks the model rests on), the set distances (value: nss-fd).
		 */
		public List< Timing.Result > timings()
		{
			return Arrays.asList( cold, niqe, training, sets );
		}

		public double niqeMillis()
		{
			return niqe.medianMs();
		}

		public double trainingMillis()
		{
			return training.medianMs();
		}

		/** Lines for a terminal or a log: the medians against the budgets and MATLAB. */
		public List< String > report()
		{
			return Arrays.asList(
					String.format( Locale.ROOT, "NIQE, one 512x384 grey image:        %8.1f ms (budget %.0f ms; MATLAB release about %.0f ms)",
							niqe.medianMs(), NIQE_BUDGET_MS, MATLAB_NIQE_MS ),
					String.format( Locale.ROOT, "NIQE, first call of the process:     %8.1f ms (before JIT compilation)", cold.medianMs() ),
					String.format( Locale.ROOT, "NIQE training, 20 images of 512x512: %8.1f ms (budget %.0f ms)", training.medianMs(),
							TRAINING_BUDGET_MS ),
					String.format( Locale.ROOT, "niqe-ref and nss-fd, 20 against 20 images of 512x384: %8.1f ms", sets.medianMs() ) );
		}

		public boolean withinBudgets()
		{
			return niqe.medianMs() <= NIQE_BUDGET_MS && training.medianMs() <= TRAINING_BUDGET_MS;
		}
	}

	/** {@code repetitions} untimed and timed runs of NIQE (a fifth as many of training and of the set distances). */
	public static Result run( final int repetitions )
	{
		return run( repetitions, repetitions );
	}

	/**
	 * @param warmup
	 *            untimed runs of NIQE before the timed ones (and at least {@link #WARM_UP_MS}; 0 for none)
	 * @param repeats
	 *            timed runs of NIQE; the median is reported
	 */
	public static Result run( final int warmup, final int repeats )
	{
		Timing.checkCounts( warmup, repeats );
		final Niqe niqe = new Niqe( NiqeModel.live() );
		final Plane image = scene( 512, 384, 1 );
		final Timing.Result cold = Timing.once( COLD, () -> niqe.score( "benchmark", image, 255 ) );
		final Timing.Result single = Timing.time( NIQE, warmup, WARM_UP_MS, repeats, () -> niqe.score( "benchmark", image, 255 ) );

		final int fewerWarmup = warmup == 0 ? 0 : Math.max( 1, warmup / 5 ), fewerRepeats = Math.max( 1, repeats / 5 );
		final Plane[] training = new Plane[ 20 ];
		for ( int i = 0; i < training.length; i++ )
			training[ i ] = scene( 512, 512, 100 + i );
		final Timing.Result trained = Timing.time( TRAINING, fewerWarmup, WARM_UP_MS, fewerRepeats, () -> {
			final NiqeTraining t = new NiqeTraining();
			for ( int i = 0; i < training.length; i++ )
				t.add( "scene " + i, training[ i ], 255 );
			t.model();
			return t.usableBlockCount();
		} );

		final Plane[] reference = new Plane[ 20 ], restored = new Plane[ 20 ];
		for ( int i = 0; i < reference.length; i++ )
		{
			reference[ i ] = scene( 512, 384, 200 + i );
			restored[ i ] = scene( 512, 384, 300 + i );
		}
		final Timing.Result sets = Timing.time( SETS, fewerWarmup, WARM_UP_MS, fewerRepeats, () -> {
			final SetDistances.FeatureSet r = new SetDistances.FeatureSet( "reference set" ), d = new SetDistances.FeatureSet( "restored set" );
			for ( int i = 0; i < reference.length; i++ )
			{
				r.add( "reference " + i, reference[ i ], 255 );
				d.add( "restored " + i, restored[ i ], 255 );
			}
			SetDistances.Distance.NIQE_REF.between( r, d );
			return SetDistances.Distance.NSS_FD.between( r, d );
		} );
		return new Result( cold, single, trained, sets );
	}

	/** A plain-text table of the timings, with a caption. */
	public static void print( final Result result, final PrintStream out )
	{
		out.printf( Locale.ROOT, "NIQE on synthetic 8-bit scenes (1/f spectrum), one thread, %d timed runs after warm-up (%d of training"
				+ " and set distances)%n", result.niqe.repeats(), result.training.repeats() );
		Timing.printTable( result.timings(), out );
		for ( final String line : result.report() )
			out.println( line );
	}

	/**
	 * A seeded 8-bit scene: a sum of plane waves with amplitudes falling as 1/f (the spectrum of natural
	 * images), a few soft-edged discs, and light sensor noise.
	 */
	public static Plane scene( final int width, final int height, final long seed )
	{
		final Random random = new Random( seed );
		final double[] v = new double[ width * height ];
		final List< double[] > waves = new ArrayList<>();
		for ( int k = 0; k < 48; k++ )
		{
			final double f = 0.005 * Math.pow( 80, random.nextDouble() ); // 0.005 .. 0.4 cycles per pixel
			final double angle = Math.PI * random.nextDouble();
			waves.add( new double[] { 2 * Math.PI * f * Math.cos( angle ), 2 * Math.PI * f * Math.sin( angle ), 2 * Math.PI * random.nextDouble(),
					1.2 / f / 48 } );
		}
		final double[][] discs = new double[ 6 ][];
		for ( int d = 0; d < discs.length; d++ )
			discs[ d ] = new double[] { width * random.nextDouble(), height * random.nextDouble(), 20 + 60 * random.nextDouble(),
					80 * random.nextGaussian() };
		// sin(a x + b y + c) = sin(a x + c) cos(b y) + cos(a x + c) sin(b y): tables instead of a sine per pixel and wave
		final int n = waves.size();
		final double[][] sinX = new double[ n ][ width ], cosX = new double[ n ][ width ], sinY = new double[ n ][ height ],
				cosY = new double[ n ][ height ];
		for ( int k = 0; k < n; k++ )
		{
			final double[] w = waves.get( k );
			for ( int x = 0; x < width; x++ )
			{
				sinX[ k ][ x ] = w[ 3 ] * Math.sin( w[ 0 ] * x + w[ 2 ] );
				cosX[ k ][ x ] = w[ 3 ] * Math.cos( w[ 0 ] * x + w[ 2 ] );
			}
			for ( int y = 0; y < height; y++ )
			{
				sinY[ k ][ y ] = Math.sin( w[ 1 ] * y );
				cosY[ k ][ y ] = Math.cos( w[ 1 ] * y );
			}
		}
		for ( int y = 0; y < height; y++ )
			for ( int x = 0; x < width; x++ )
			{
				double s = 128;
				for ( int k = 0; k < n; k++ )
					s += sinX[ k ][ x ] * cosY[ k ][ y ] + cosX[ k ][ x ] * sinY[ k ][ y ];
				for ( final double[] d : discs )
				{
					final double r = Math.hypot( x - d[ 0 ], y - d[ 1 ] );
					s += d[ 3 ] / ( 1 + Math.exp( ( r - d[ 2 ] ) / 1.5 ) );
				}
				s += 2 * random.nextGaussian();
				v[ y * width + x ] = Math.min( 255, Math.max( 0, Math.rint( s ) ) );
			}
		return new Plane( width, height, v );
	}

	/** Prints the timings; the optional argument is the number of repetitions (default 100). */
	public static void main( final String[] args )
	{
		final int repetitions = args.length > 0 ? Integer.parseInt( args[ 0 ] ) : 100;
		System.out.println( "PD Plane NIQE benchmark: " + Runtime.getRuntime().availableProcessors() + " processor(s), Java "
				+ System.getProperty( "java.version" ) + ", " + System.getProperty( "os.arch" ) );
		print( run( repetitions ), System.out );
	}
}
