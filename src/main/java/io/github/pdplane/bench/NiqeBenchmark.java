package io.github.pdplane.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import io.github.pdplane.image.Plane;
import io.github.pdplane.nr.Niqe;
import io.github.pdplane.nr.NiqeModel;
import io.github.pdplane.nr.NiqeTraining;
import io.github.pdplane.nr.SetDistances;

/**
 * Timings of NIQE on one core: scoring a 512x384 grey image (MATLAB's release takes about 0.2 s),
 * training a model on 20 images of 512x512, and the set distances on 20 images against 20. The images
 * are synthetic, seeded 8-bit scenes with a natural 1/f spectrum, so the benchmark needs no files.
 * Every figure is the median of repeated runs on the calling thread after a warm-up of at least
 * {@value #WARM_UP_SECONDS} seconds (the JIT compiles the inner loops after some dozens of images); the
 * first, cold call is reported too.
 */
public final class NiqeBenchmark
{
	/** The budgets of the issue, in milliseconds. */
	public static final double NIQE_BUDGET_MS = 25, TRAINING_BUDGET_MS = 2000;

	private static final double WARM_UP_SECONDS = 3;

	private NiqeBenchmark()
	{}

	/** Median times in milliseconds. */
	public static final class Result
	{
		/** The first NIQE call of the process, before the JIT has compiled anything. */
		public final double coldNiqeMillis;

		public final double niqeMillis;

		public final double trainingMillis;

		public final double setDistancesMillis;

		Result( final double coldNiqeMillis, final double niqeMillis, final double trainingMillis, final double setDistancesMillis )
		{
			this.coldNiqeMillis = coldNiqeMillis;
			this.niqeMillis = niqeMillis;
			this.trainingMillis = trainingMillis;
			this.setDistancesMillis = setDistancesMillis;
		}

		/** Lines for a terminal or a log. */
		public List< String > report()
		{
			return Arrays.asList(
					String.format( Locale.ROOT, "NIQE, one 512x384 grey image:        %8.1f ms (budget %.0f ms; MATLAB release about 200 ms)", niqeMillis,
							NIQE_BUDGET_MS ),
					String.format( Locale.ROOT, "NIQE, first call of the process:     %8.1f ms (before JIT compilation)", coldNiqeMillis ),
					String.format( Locale.ROOT, "NIQE training, 20 images of 512x512: %8.1f ms (budget %.0f ms)", trainingMillis, TRAINING_BUDGET_MS ),
					String.format( Locale.ROOT, "niqe-ref and nss-fd, 20 against 20 images of 512x384: %8.1f ms", setDistancesMillis ) );
		}

		public boolean withinBudgets()
		{
			return niqeMillis <= NIQE_BUDGET_MS && trainingMillis <= TRAINING_BUDGET_MS;
		}
	}

	/**
	 * @param repetitions
	 *            timed runs of each task (the median is reported), after at least as many untimed ones
	 */
	public static Result run( final int repetitions )
	{
		final Niqe niqe = new Niqe( NiqeModel.live() );
		final Plane image = scene( 512, 384, 1 );
		final long coldStart = System.nanoTime();
		niqe.score( "benchmark", image, 255 );
		final double coldMillis = ( System.nanoTime() - coldStart ) / 1e6;
		final double niqeMillis = median( repetitions, () -> niqe.score( "benchmark", image, 255 ) );

		final Plane[] training = new Plane[ 20 ];
		for ( int i = 0; i < training.length; i++ )
			training[ i ] = scene( 512, 512, 100 + i );
		final double trainingMillis = median( Math.max( 1, repetitions / 5 ), () -> {
			final NiqeTraining t = new NiqeTraining();
			for ( int i = 0; i < training.length; i++ )
				t.add( "scene " + i, training[ i ], 255 );
			t.model();
		} );

		final Plane[] reference = new Plane[ 20 ], restored = new Plane[ 20 ];
		for ( int i = 0; i < reference.length; i++ )
		{
			reference[ i ] = scene( 512, 384, 200 + i );
			restored[ i ] = scene( 512, 384, 300 + i );
		}
		final double setMillis = median( Math.max( 1, repetitions / 5 ), () -> {
			final SetDistances.FeatureSet r = new SetDistances.FeatureSet( "reference set" ), d = new SetDistances.FeatureSet( "restored set" );
			for ( int i = 0; i < reference.length; i++ )
			{
				r.add( "reference " + i, reference[ i ], 255 );
				d.add( "restored " + i, restored[ i ], 255 );
			}
			SetDistances.Distance.NIQE_REF.between( r, d );
			SetDistances.Distance.NSS_FD.between( r, d );
		} );
		return new Result( coldMillis, niqeMillis, trainingMillis, setMillis );
	}

	private static double median( final int repetitions, final Runnable task )
	{
		final long warmUpEnd = System.nanoTime() + ( long ) ( WARM_UP_SECONDS * 1e9 );
		for ( int i = 0; i < repetitions || System.nanoTime() < warmUpEnd; i++ )
			task.run();
		final double[] ms = new double[ repetitions ];
		for ( int i = 0; i < repetitions; i++ )
		{
			final long start = System.nanoTime();
			task.run();
			ms[ i ] = ( System.nanoTime() - start ) / 1e6;
		}
		Arrays.sort( ms );
		return ms[ repetitions / 2 ];
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
		for ( int y = 0; y < height; y++ )
			for ( int x = 0; x < width; x++ )
			{
				double s = 128;
				for ( final double[] w : waves )
					s += w[ 3 ] * Math.sin( w[ 0 ] * x + w[ 1 ] * y + w[ 2 ] );
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
		for ( final String line : run( repetitions ).report() )
			System.out.println( line );
	}
}
