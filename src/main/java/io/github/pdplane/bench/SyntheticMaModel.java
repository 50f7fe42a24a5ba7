package io.github.pdplane.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.github.pdplane.io.mat.MatWriter;
import io.github.pdplane.nr.ma.MaFeatures;
import io.github.pdplane.nr.ma.MaModel;

/**
 * A stand-in for the authors' {@code model.mat} of Ma et al.'s metric, of its size and shape, written as
 * a MAT-file that the product's own loader ({@link MaModel#load}) reads, so that a benchmark can time a
 * whole run (the model's loading included) without the authors' file. Each of the three forests has
 * {@value MaBenchmark#TREES} trees grown as randomforest-matlab's {@code regRF_train} grows them on the
 * authors' training set: a bootstrap sample of {@value MaBenchmark#TRAINING_VECTORS} vectors per tree,
 * nodes of up to {@value MaBenchmark#NODE_SIZE} vectors left unsplit, at most {@link #NODES} nodes per
 * tree ({@code nrnodes = 2 floor(N / nodesize) + 1}), nodes numbered breadth-first, so that the trees
 * have the authors' depth. Only the splits are random (seeded): a random feature and the value of a
 * random member of the node, where regRF takes the best of a few candidates. The training vectors are
 * drawn uniformly from the value range each feature takes on the benchmark's own images ({@link Ranges}),
 * so the images' paths run through the whole tree as through a trained one.
 */
public final class SyntheticMaModel
{
	/** regRF's {@code nrnodes}, the rows of the node arrays: {@code 2 floor(1440 / 5) + 1}. */
	public static final int NODES = 2 * ( MaBenchmark.TRAINING_VECTORS / MaBenchmark.NODE_SIZE ) + 1;

	/** The linear map {@code [intercept w1 w2 w3]}: weights of the size robustfit gives three forests of scores in 0..10. */
	private static final double[] LINEAR = { -0.8, 0.45, 0.35, 0.3 };

	/** How far the training vectors reach beyond the range seen on the images, as a fraction of it. */
	private static final double MARGIN = 0.25;

	private SyntheticMaModel()
	{}

	/** The value range of each feature of each group, from the features of some images. */
	public static final class Ranges
	{
		final double[][] low = new double[ MaModel.FORESTS ][], high = new double[ MaModel.FORESTS ][];

		/** The ranges {@code features} span, widened by a quarter of their width on either side. */
		public static Ranges of( final List< MaFeatures > features )
		{
			if ( features.isEmpty() )
				throw new IllegalArgumentException( "no features to take the ranges from" );
			final Ranges r = new Ranges();
			for ( int g = 0; g < MaModel.FORESTS; g++ )
			{
				final int d = group( features.get( 0 ), g ).length;
				r.low[ g ] = new double[ d ];
				r.high[ g ] = new double[ d ];
				for ( int j = 0; j < d; j++ )
				{
					double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
					for ( final MaFeatures f : features )
					{
						lo = Math.min( lo, group( f, g )[ j ] );
						hi = Math.max( hi, group( f, g )[ j ] );
					}
					// a feature constant over the images still gets a range, of its own scale
					final double margin = hi > lo ? MARGIN * ( hi - lo ) : MARGIN * Math.abs( lo ) + 1e-3;
					r.low[ g ][ j ] = lo - margin;
					r.high[ g ][ j ] = hi + margin;
				}
			}
			return r;
		}

		static double[] group( final MaFeatures f, final int g )
		{
			return g == 0 ? f.f1() : g == 1 ? f.f2() : f.f3();
		}
	}

	/**
	 * Writes a model of three forests of {@code trees} trees (the authors' {@value MaBenchmark#TREES} for a
	 * realistic one; fewer for tests), the same file for the same ranges and seed.
	 */
	public static void write( final Path file, final Ranges ranges, final int trees, final long seed )
	{
		if ( trees < 1 )
			throw new IllegalArgumentException( "trees: " + trees );
		final Random random = new Random( seed );
		final MatWriter.Value[] forests = new MatWriter.Value[ MaModel.FORESTS ];
		for ( int g = 0; g < MaModel.FORESTS; g++ )
			forests[ g ] = forest( ranges.low[ g ], ranges.high[ g ], trees, random );
		final Map< String, MatWriter.Value > model = new LinkedHashMap<>();
		model.put( "rf", MatWriter.cell( 1, MaModel.FORESTS, forests ) );
		model.put( "linear", MatWriter.doubles( MaModel.LINEAR, 1, LINEAR ) );
		new MatWriter( "synthetic Ma et al. model (PD Plane bench)" ).compressed().add( "model", MatWriter.struct( model ) ).write( file );
	}

	/** One forest as randomforest-matlab stores it: {@code nrnodes x ntree} node arrays, column by column. */
	private static MatWriter.Value forest( final double[] low, final double[] high, final int trees, final Random random )
	{
		final int d = low.length, n = MaBenchmark.TRAINING_VECTORS;
		final double[][] vectors = new double[ n ][ d ];
		final double[] targets = new double[ n ];
		for ( int i = 0; i < n; i++ )
		{
			for ( int j = 0; j < d; j++ )
				vectors[ i ][ j ] = low[ j ] + ( high[ j ] - low[ j ] ) * random.nextDouble();
			// opinion scores in 0..10 that follow one feature, as real scores follow the features
			targets[ i ] = 7 * ( vectors[ i ][ 0 ] - low[ 0 ] ) / ( high[ 0 ] - low[ 0 ] ) + 3 * random.nextDouble();
		}
		final int[] lDau = new int[ NODES * trees ], rDau = new int[ NODES * trees ], mbest = new int[ NODES * trees ];
		final double[] upper = new double[ NODES * trees ], avnode = new double[ NODES * trees ], ndtree = new double[ trees ];
		final Tree tree = new Tree( n );
		for ( int t = 0; t < trees; t++ )
		{
			tree.grow( vectors, targets, random );
			System.arraycopy( tree.left, 0, lDau, t * NODES, tree.nodes );
			System.arraycopy( tree.right, 0, rDau, t * NODES, tree.nodes );
			System.arraycopy( tree.variable, 0, mbest, t * NODES, tree.nodes );
			System.arraycopy( tree.split, 0, upper, t * NODES, tree.nodes );
			System.arraycopy( tree.prediction, 0, avnode, t * NODES, tree.nodes );
			ndtree[ t ] = tree.nodes;
		}
		final Map< String, MatWriter.Value > f = new LinkedHashMap<>();
		f.put( "lDau", MatWriter.int32s( NODES, trees, lDau ) );
		f.put( "rDau", MatWriter.int32s( NODES, trees, rDau ) );
		f.put( "upper", MatWriter.doubles( NODES, trees, upper ) );
		f.put( "avnode", MatWriter.doubles( NODES, trees, avnode ) );
		f.put( "mbest", MatWriter.int32s( NODES, trees, mbest ) );
		f.put( "ndtree", MatWriter.doubles( 1, trees, ndtree ) );
		f.put( "ntree", MatWriter.doubles( 1, 1, new double[] { trees } ) );
		f.put( "nrnodes", MatWriter.doubles( 1, 1, new double[] { NODES } ) );
		return MatWriter.struct( f );
	}

	/**
	 * One tree, grown as regTree grows it: the bootstrap sample kept in one array, each node a range of it
	 * that its split partitions in place; daughters numbered after all nodes so far, left then right
	 * (1-based, 0 for a leaf, as randomforest-matlab stores them).
	 */
	static final class Tree
	{
		final int[] left = new int[ NODES ], right = new int[ NODES ], variable = new int[ NODES ];

		final double[] split = new double[ NODES ], prediction = new double[ NODES ];

		/** The training vectors each node holds: {@code sample[start[k] .. end[k] - 1]}. */
		private final int[] sample, start = new int[ NODES ], end = new int[ NODES ];

		int nodes;

		Tree( final int vectors )
		{
			sample = new int[ vectors ];
		}

		/** The number of training vectors node {@code k} holds. */
		int members( final int k )
		{
			return end[ k ] - start[ k ];
		}

		void grow( final double[][] vectors, final double[] targets, final Random random )
		{
			final int d = vectors[ 0 ].length;
			for ( int i = 0; i < sample.length; i++ )
				sample[ i ] = random.nextInt( vectors.length );
			Arrays.fill( left, 0 );
			Arrays.fill( right, 0 );
			Arrays.fill( variable, 0 );
			Arrays.fill( split, 0 );
			nodes = 0;
			add( 0, sample.length, targets );
			for ( int k = 0; k < nodes; k++ )
			{
				// regRF: a node of nodesize or fewer is terminal, and growth stops when the node arrays are full
				if ( members( k ) <= MaBenchmark.NODE_SIZE )
					continue;
				if ( nodes + 2 > NODES )
					break;
				final int v = random.nextInt( d );
				final double threshold = vectors[ sample[ start[ k ] + random.nextInt( members( k ) ) ] ][ v ];
				int mid = start[ k ];
				for ( int i = start[ k ]; i < end[ k ]; i++ )
					if ( vectors[ sample[ i ] ][ v ] <= threshold )
					{
						final int s = sample[ i ];
						sample[ i ] = sample[ mid ];
						sample[ mid++ ] = s;
					}
				if ( mid == end[ k ] )
					continue; // the largest value: no vector goes right, so the node stays a leaf
				left[ k ] = nodes + 1;
				right[ k ] = nodes + 2;
				variable[ k ] = v + 1;
				split[ k ] = threshold;
				final int e = end[ k ];
				add( start[ k ], mid, targets );
				add( mid, e, targets );
			}
		}

		private void add( final int from, final int to, final double[] targets )
		{
			double sum = 0;
			for ( int i = from; i < to; i++ )
				sum += targets[ sample[ i ] ];
			start[ nodes ] = from;
			end[ nodes ] = to;
			prediction[ nodes ] = sum / ( to - from );
			nodes++;
		}
	}
}
