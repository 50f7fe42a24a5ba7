package io.github.pdplane.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import io.github.pdplane.image.Plane;
import io.github.pdplane.nr.ma.MaFeatures;
import io.github.pdplane.nr.ma.MaModel;
import io.github.pdplane.nr.ma.RegressionForest;

/**
 * Timings of Ma et al.'s metric on one core, with {@link Timing}: the 138 features of a 512x384 grey
 * image (MATLAB's release takes about 10 s; the budget is 1 s) and the prediction of three forests of
 * 2000 trees (budget 20 ms). The authors' model is not needed: the forests are synthetic, grown like
 * randomforest-matlab's regression trees (1440 training vectors scattered around the image's own
 * features, a random variable and split per node, nodes of up to 5 vectors left unsplit), so their
 * depth and the paths the image takes through them are those of a trained forest. The image is
 * {@link NiqeBenchmark#scene}, seeded. The first, cold call of the features is reported too.
 */
public final class MaBenchmark
{
	/** The budgets of the issue, in milliseconds. */
	public static final double FEATURES_BUDGET_MS = 1000, FOREST_BUDGET_MS = 20;

	/** MATLAB's release on one 512x384 image, for comparison (pyiqa's calibration). */
	public static final double MATLAB_MS = 10_000;

	/** The shortest warm-up of each task, in milliseconds (none when the warm-up count is 0). */
	public static final long WARM_UP_MS = 3000;

	/** randomforest-matlab as the authors trained it: 2000 trees, 1440 images, nodes of 5. */
	static final int TREES = 2000, TRAINING_VECTORS = 1440, NODE_SIZE = 5;

	static final String COLD = "ma features 512x384, first call", FEATURES = "ma features 512x384", FORESTS = "ma forests 3 x 2000 trees";

	private MaBenchmark()
	{}

	/** The timed tasks, and the comparison with the budgets. */
	public static final class Result
	{
		private final Timing.Result cold, features, forests;

		private final double meanDepth;

		Result( final Timing.Result cold, final Timing.Result features, final Timing.Result forests, final double meanDepth )
		{
			this.cold = cold;
			this.features = features;
			this.forests = forests;
			this.meanDepth = meanDepth;
		}

		/** The rows of the benchmark table: the first call (value f1_1), the features (value f1_1), the forests (value: the score). */
		public List< Timing.Result > timings()
		{
			return Arrays.asList( cold, features, forests );
		}

		public double featuresMillis()
		{
			return features.medianMs();
		}

		public double forestsMillis()
		{
			return forests.medianMs();
		}

		/** Lines for a terminal or a log: the medians against the budgets and MATLAB. */
		public List< String > report()
		{
			return Arrays.asList(
					String.format( Locale.ROOT, "Ma et al., 138 features of one 512x384 image: %8.1f ms (budget %.0f ms; MATLAB release about %.0f ms)",
							features.medianMs(), FEATURES_BUDGET_MS, MATLAB_MS ),
					String.format( Locale.ROOT, "Ma et al., first call of the process:          %8.1f ms (before JIT compilation)", cold.medianMs() ),
					String.format( Locale.ROOT, "Ma et al., 3 forests of %d trees:            %8.3f ms (budget %.0f ms; paths of %.1f nodes on average)",
							TREES, forests.medianMs(), FOREST_BUDGET_MS, meanDepth ) );
		}

		public boolean withinBudgets()
		{
			return features.medianMs() <= FEATURES_BUDGET_MS && forests.medianMs() <= FOREST_BUDGET_MS;
		}
	}

	/**
	 * @param warmup
	 *            untimed runs of each task before the timed ones (and at least {@link #WARM_UP_MS}; 0 for none)
	 * @param repeats
	 *            timed runs of each task; the median is reported
	 */
	public static Result run( final int warmup, final int repeats )
	{
		Timing.checkCounts( warmup, repeats );
		final Plane image = NiqeBenchmark.scene( 512, 384, 1 );
		final Timing.Result cold = Timing.once( COLD, () -> MaFeatures.compute( "benchmark", image, 255 ).f1()[ 0 ] );
		final Timing.Result features = Timing.time( FEATURES, warmup, WARM_UP_MS, repeats,
				() -> MaFeatures.compute( "benchmark", image, 255 ).f1()[ 0 ] );
		final MaFeatures x = MaFeatures.compute( "benchmark", image, 255 );
		final MaModel model = syntheticModel( x, 7 );
		final Timing.Result forests = Timing.time( FORESTS, warmup, WARM_UP_MS, repeats, () -> model.score( x ) );
		return new Result( cold, features, forests, meanPathLength( model, x ) );
	}

	/** A plain-text table of the timings, with a caption. */
	public static void print( final Result result, final PrintStream out )
	{
		out.printf( Locale.ROOT, "Ma et al. on a synthetic 8-bit scene (1/f spectrum) with synthetic forests, one thread, %d timed runs after"
				+ " warm-up%n", result.features.repeats() );
		Timing.printTable( result.timings(), out );
		for ( final String line : result.report() )
			out.println( line );
	}

	/** A model of three synthetic forests (2000 trees each) grown around the features {@code x}, and the linear map of the release's shape. */
	static MaModel syntheticModel( final MaFeatures x, final long seed )
	{
		final Random random = new Random( seed );
		final double[][] groups = { x.f1(), x.f2(), x.f3() };
		final RegressionForest[] forests = new RegressionForest[ MaModel.FORESTS ];
		for ( int i = 0; i < forests.length; i++ )
			forests[ i ] = forest( groups[ i ], random );
		return MaModel.of( forests, new double[] { -1, 0.5, 0.4, 0.3 }, "synthetic benchmark model" );
	}

	/** One forest of {@link #TREES} trees on vectors scattered around {@code center}. */
	static RegressionForest forest( final double[] center, final Random random )
	{
		final int d = center.length;
		final double[][] vectors = new double[ TRAINING_VECTORS ][ d ];
		final double[] targets = new double[ TRAINING_VECTORS ];
		for ( int n = 0; n < TRAINING_VECTORS; n++ )
		{
			for ( int j = 0; j < d; j++ )
				vectors[ n ][ j ] = center[ j ] * ( 1 + 0.3 * random.nextGaussian() ) + 1e-3 * random.nextGaussian();
			targets[ n ] = 10 * random.nextDouble();
		}
		final int[][] lDau = new int[ TREES ][], rDau = new int[ TREES ][], mbest = new int[ TREES ][];
		final double[][] upper = new double[ TREES ][], avnode = new double[ TREES ][];
		final int[] ndtree = new int[ TREES ];
		for ( int t = 0; t < TREES; t++ )
		{
			// a bootstrap sample, as regRF draws it
			final int[] sample = new int[ TRAINING_VECTORS ];
			for ( int n = 0; n < sample.length; n++ )
				sample[ n ] = random.nextInt( TRAINING_VECTORS );
			final Tree tree = new Tree();
			tree.grow( vectors, targets, sample, random );
			lDau[ t ] = tree.left.stream().mapToInt( Integer::intValue ).toArray();
			rDau[ t ] = tree.right.stream().mapToInt( Integer::intValue ).toArray();
			mbest[ t ] = tree.variable.stream().mapToInt( Integer::intValue ).toArray();
			upper[ t ] = tree.split.stream().mapToDouble( Double::doubleValue ).toArray();
			avnode[ t ] = tree.prediction.stream().mapToDouble( Double::doubleValue ).toArray();
			ndtree[ t ] = lDau[ t ].length;
		}
		return RegressionForest.of( d, lDau, rDau, upper, avnode, mbest, ndtree, null, "synthetic forest" );
	}

	/** A tree grown breadth-first as regTree numbers its nodes: daughters after their mother, left then right. */
	private static final class Tree
	{
		final List< Integer > left = new ArrayList<>(), right = new ArrayList<>(), variable = new ArrayList<>();

		final List< Double > split = new ArrayList<>(), prediction = new ArrayList<>();

		void grow( final double[][] vectors, final double[] targets, final int[] root, final Random random )
		{
			final List< int[] > members = new ArrayList<>();
			add( members, root, targets );
			for ( int k = 0; k < members.size(); k++ )
			{
				final int[] node = members.get( k );
				if ( node.length <= NODE_SIZE )
					continue;
				final int v = random.nextInt( vectors[ 0 ].length );
				// the value of a random member: splits of every balance, as the best splits of a noisy target fall
				final double threshold = vectors[ node[ random.nextInt( node.length ) ] ][ v ];
				final int[] l = Arrays.stream( node ).filter( n -> vectors[ n ][ v ] <= threshold ).toArray();
				final int[] r = Arrays.stream( node ).filter( n -> vectors[ n ][ v ] > threshold ).toArray();
				if ( l.length == 0 || r.length == 0 )
					continue;
				left.set( k, members.size() + 1 );
				right.set( k, members.size() + 2 );
				variable.set( k, v + 1 );
				split.set( k, threshold );
				add( members, l, targets );
				add( members, r, targets );
			}
		}

		private void add( final List< int[] > members, final int[] node, final double[] targets )
		{
			members.add( node );
			double sum = 0;
			for ( final int n : node )
				sum += targets[ n ];
			left.add( 0 );
			right.add( 0 );
			variable.add( 0 );
			split.add( 0.0 );
			prediction.add( sum / node.length );
		}
	}

	/** The mean number of nodes on the image's paths through the model's trees (what the prediction walks). */
	static double meanPathLength( final MaModel model, final MaFeatures x )
	{
		final double[][] groups = { x.f1(), x.f2(), x.f3() };
		long nodes = 0, trees = 0;
		for ( int i = 0; i < MaModel.FORESTS; i++ )
		{
			nodes += model.forest( i ).pathNodes( groups[ i ] );
			trees += model.forest( i ).trees();
		}
		return ( double ) nodes / trees;
	}

	/** Prints the timings; the optional arguments are the warm-up and timed run counts (default 20 and 20). */
	public static void main( final String[] args )
	{
		final int warmup = args.length > 0 ? Integer.parseInt( args[ 0 ] ) : 20;
		final int repeats = args.length > 1 ? Integer.parseInt( args[ 1 ] ) : 20;
		System.out.println( "PD Plane Ma et al. benchmark: " + Runtime.getRuntime().availableProcessors() + " processor(s), Java "
				+ System.getProperty( "java.version" ) + ", " + System.getProperty( "os.arch" ) );
		print( run( warmup, repeats ), System.out );
	}
}
