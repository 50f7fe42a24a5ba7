package io.github.pdplane.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleSupplier;

import io.github.pdplane.image.Plane;
import io.github.pdplane.vgg.Convolution;
import io.github.pdplane.vgg.Vgg22;
import io.github.pdplane.vgg.VggLayer;
import io.github.pdplane.vgg.VggWeights;

/**
 * Timings of VGG2,2 on one core, with {@link Timing}: one 512x512 RGB pair, both images' phi_{2,2} and the
 * distance (budget 3 s), and the first call of the process. The cost does not depend on the weights' values,
 * so without installed weights the benchmark runs on random weights in VGG19's shapes and says so.
 * A pair takes seconds, so the counts are capped ({@link #MAXIMUM_REPEATS}, one warm-up run after
 * {@link #WARM_UP_MS}).
 */
public final class VggBenchmark
{
	/** The budget of the issue for one 512x512 RGB pair on one core, in milliseconds. */
	public static final double PAIR_BUDGET_MS = 3000;

	public static final int SIZE = 512;

	/** At most this many timed pairs, whatever the command line asks for. */
	public static final int MAXIMUM_REPEATS = 5;

	/** The shortest warm-up, in milliseconds (none when the warm-up count is 0). */
	public static final long WARM_UP_MS = 3000;

	static final String COLD = "vgg22 512x512 RGB pair, first call", PAIR = "vgg22 512x512 RGB pair";

	private VggBenchmark()
	{}

	/** The timed tasks and the weights they ran with. */
	public static final class Result
	{
		private final Timing.Result cold, pair;

		private final String weights;

		Result( final Timing.Result cold, final Timing.Result pair, final String weights )
		{
			this.cold = cold;
			this.pair = pair;
			this.weights = weights;
		}

		public List< Timing.Result > timings()
		{
			return Arrays.asList( cold, pair );
		}

		public double pairMillis()
		{
			return pair.medianMs();
		}

		public boolean withinBudget()
		{
			return pair.medianMs() <= PAIR_BUDGET_MS;
		}

		public List< String > report()
		{
			return Arrays.asList( String.format( Locale.ROOT, "VGG2,2, one %dx%d RGB pair (both images' features and the distance): %8.1f ms"
					+ " (budget %.0f ms)", SIZE, SIZE, pair.medianMs(), PAIR_BUDGET_MS ), "VGG2,2 weights: " + weights );
		}
	}

	/**
	 * @param weights
	 *            the weights to run with, or {@code null} for random weights in VGG19's shapes
	 */
	public static Result run( final VggWeights weights, final int warmup, final int repeats )
	{
		Timing.checkCounts( warmup, repeats );
		final VggWeights used = weights != null ? weights : randomWeights( 1 );
		final Vgg22 metric = new Vgg22( used, 1 );
		final Plane[][] pair = rgbPair( SIZE, 2 );
		// both images' features every time: score() would remember the reference's from the previous run
		final DoubleSupplier bothImages = () -> metric.features( pair[ 0 ], 255 ).meanSquaredDifference( metric.features( pair[ 1 ], 255 ) );
		final Timing.Result cold = Timing.once( COLD, bothImages );
		final Timing.Result timed = Timing.time( PAIR, Math.min( warmup, 1 ), WARM_UP_MS, Math.min( repeats, MAXIMUM_REPEATS ), bothImages );
		return new Result( cold, timed, weights != null ? used.description() : "random, in VGG19's shapes (none installed; the time does not"
				+ " depend on the values, the distance does)" );
	}

	public static void print( final Result result, final PrintStream out )
	{
		out.printf( Locale.ROOT, "VGG2,2 on a synthetic 8-bit RGB scene and a noisy copy, one thread, %d timed runs after warm-up%n",
				result.pair.repeats() );
		Timing.printTable( result.timings(), out );
		for ( final String line : result.report() )
			out.println( line );
	}

	/** {@link #randomLayers} with torchvision's normalisation. */
	public static VggWeights randomWeights( final long seed )
	{
		return VggWeights.torchvision( "random weights in VGG19's shapes", randomLayers( seed ) );
	}

	/**
	 * Convolutions in VGG19's shapes with Gaussian weights, He-scaled so that activations keep their order of
	 * magnitude through the layers, and Gaussian biases of deviation 0.1.
	 */
	public static Map< VggLayer, Convolution > randomLayers( final long seed )
	{
		final Random random = new Random( seed );
		final Map< VggLayer, Convolution > layers = new EnumMap<>( VggLayer.class );
		for ( final VggLayer layer : VggLayer.values() )
		{
			final float[] weights = new float[ layer.weightCount() ], bias = new float[ layer.outputs() ];
			final double deviation = Math.sqrt( 2.0 / ( VggLayer.KERNEL * VggLayer.KERNEL * layer.inputs() ) );
			for ( int i = 0; i < weights.length; i++ )
				weights[ i ] = ( float ) ( random.nextGaussian() * deviation );
			for ( int i = 0; i < bias.length; i++ )
				bias[ i ] = ( float ) ( random.nextGaussian() * 0.1 );
			layers.put( layer, new Convolution( layer, weights, bias, "random weights" ) );
		}
		return layers;
	}

	/** A synthetic RGB scene (one {@link NiqeBenchmark#scene} per channel) and a copy with noise of sigma 10, rounded to 0..255. */
	static Plane[][] rgbPair( final int size, final long seed )
	{
		final Random random = new Random( seed );
		final Plane[] reference = new Plane[ 3 ], restored = new Plane[ 3 ];
		for ( int c = 0; c < 3; c++ )
		{
			reference[ c ] = NiqeBenchmark.scene( size, size, seed + c );
			final double[] v = reference[ c ].values().clone();
			for ( int i = 0; i < v.length; i++ )
				v[ i ] = Math.min( 255, Math.max( 0, Math.rint( v[ i ] + 10 * random.nextGaussian() ) ) );
			restored[ c ] = new Plane( size, size, v );
		}
		return new Plane[][] { reference, restored };
	}
}
