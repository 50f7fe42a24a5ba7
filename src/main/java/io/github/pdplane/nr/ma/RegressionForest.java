package io.github.pdplane.nr.ma;

import io.github.pdplane.PdPlaneException;

/**
 * A regression forest as randomforest-matlab stores it (A. Jaiantilal's MATLAB port of the
 * randomForest code of A. Liaw and M. Wiener, itself after L. Breiman, "Random forests", Machine Learning
 * 45, 2001), predicting as its {@code regRF_predict} does (algorithms spec 3.6): each tree is walked from
 * its root, going to the left daughter where {@code x(mbest) <= upper} and to the right one otherwise,
 * until a terminal node, whose {@code avnode} is the tree's prediction; the forest's is the sum over the
 * trees in order divided by their number, then {@code coef(1) + coef(2) y} if the bias correction
 * {@code coef} is not all zero. Only the file format is read here; no code of that (GPLv2) package is used.
 * <p>
 * A node is terminal when it has no left daughter: {@code regRF} gives daughters exactly to the nodes it
 * splits, which are also the ones it marks interior in {@code nodestatus}, so the daughters alone decide
 * the walk. (randomforest-matlab stores {@code nodestatus} as bytes packed into a MATLAB char array,
 * whose code units are pairs of nodes, so the daughters are also the portable way to read it.)
 * <p>
 * The trees are kept as one set of flat arrays (daughters as absolute indices, -1 for none), which makes
 * the walk a few array reads per level. Immutable and thread-safe.
 */
public final class RegressionForest
{
	private final int features;

	/** The first node of each tree. */
	private final int[] roots;

	private final int[] left, right;

	private final short[] variable;

	/** The split value of an interior node, the prediction of a terminal one. */
	private final double[] value;

	private final double[] coef;

	private RegressionForest( final int features, final int[] roots, final int[] left, final int[] right, final short[] variable,
			final double[] value, final double[] coef )
	{
		this.features = features;
		this.roots = roots;
		this.left = left;
		this.right = right;
		this.variable = variable;
		this.value = value;
		this.coef = coef;
	}

	/**
	 * A forest from randomforest-matlab's arrays, checked: every interior node's daughters lie after it in
	 * its tree, every split variable is one of the features, every value is finite.
	 *
	 * @param features
	 *            the length of the feature vectors the forest reads
	 * @param lDau
	 *            per tree, the 1-based left daughters of its nodes (0 for none); a tree's array may stop
	 *            before its last node, the rest being 0 (as the zeros of {@code nrnodes x ntree} arrays)
	 * @param rDau
	 *            the right daughters, alike
	 * @param upper
	 *            the split values, alike
	 * @param avnode
	 *            the node predictions, alike
	 * @param mbest
	 *            the 1-based split variables, alike
	 * @param ndtree
	 *            the number of nodes of each tree
	 * @param coef
	 *            the bias correction {@code [intercept slope]}, or {@code null} for none
	 * @param what
	 *            names the forest in messages ({@code "the Ma et al. model 'model.mat': model.rf{1}"})
	 * @throws PdPlaneException
	 *             naming the tree and node that break a rule
	 */
	public static RegressionForest of( final int features, final int[][] lDau, final int[][] rDau, final double[][] upper,
			final double[][] avnode, final int[][] mbest, final int[] ndtree, final double[] coef, final String what )
	{
		final int trees = ndtree.length;
		if ( trees < 1 )
			throw new PdPlaneException( what + " has no trees." );
		if ( features < 1 || features > Short.MAX_VALUE )
			throw new IllegalArgumentException( "features: " + features );
		if ( lDau.length != trees || rDau.length != trees || upper.length != trees || avnode.length != trees || mbest.length != trees )
			throw new IllegalArgumentException( "every node array needs one column per tree" );
		final int[] roots = new int[ trees ];
		long total = 0;
		for ( int t = 0; t < trees; t++ )
		{
			if ( ndtree[ t ] < 1 )
				throw new PdPlaneException( what + ": tree " + ( t + 1 ) + " has " + ndtree[ t ] + " nodes (ndtree); a tree has at least its root." );
			roots[ t ] = ( int ) total;
			total += ndtree[ t ];
			if ( total > Integer.MAX_VALUE - 8 )
				throw new PdPlaneException( what + " has more than 2^31 nodes." );
		}
		final int n = ( int ) total;
		final int[] left = new int[ n ], right = new int[ n ];
		final short[] variable = new short[ n ];
		final double[] value = new double[ n ];
		for ( int t = 0; t < trees; t++ )
		{
			final int size = ndtree[ t ];
			for ( int k = 0; k < size; k++ )
			{
				final int g = roots[ t ] + k;
				final int l = at( lDau[ t ], k ), r = at( rDau[ t ], k );
				final String node = what + ": tree " + ( t + 1 ) + ", node " + ( k + 1 );
				if ( l == 0 )
				{
					if ( r != 0 )
						throw new PdPlaneException( node + " has a right daughter (" + r + ") but no left one." );
					left[ g ] = right[ g ] = -1;
					value[ g ] = finite( at( avnode[ t ], k ), node, "prediction (avnode)" );
					continue;
				}
				// regRF numbers daughters after their mother, so every walk ends
				if ( l <= k + 1 || l > size || r <= k + 1 || r > size )
					throw new PdPlaneException( node + " has daughters " + l + " and " + r + "; they must lie after it and within the tree's " + size
							+ " nodes (ndtree)." );
				final int m = at( mbest[ t ], k );
				if ( m < 1 || m > features )
					throw new PdPlaneException( node + " splits on feature " + m + ", but the forest reads " + features + " features." );
				left[ g ] = roots[ t ] + l - 1;
				right[ g ] = roots[ t ] + r - 1;
				variable[ g ] = ( short ) ( m - 1 );
				value[ g ] = finite( at( upper[ t ], k ), node, "split value (upper)" );
			}
		}
		double[] correction = null;
		if ( coef != null )
		{
			if ( coef.length != 2 )
				throw new PdPlaneException( what + ": coef has " + coef.length + " values; the bias correction is [intercept slope]." );
			if ( coef[ 0 ] != 0 || coef[ 1 ] != 0 )
				correction = new double[] { finite( coef[ 0 ], what, "coef(1)" ), finite( coef[ 1 ], what, "coef(2)" ) };
		}
		return new RegressionForest( features, roots, left, right, variable, value, correction );
	}

	private static int at( final int[] column, final int k )
	{
		return k < column.length ? column[ k ] : 0;
	}

	private static double at( final double[] column, final int k )
	{
		return k < column.length ? column[ k ] : 0;
	}

	private static double finite( final double v, final String where, final String what )
	{
		if ( !Double.isFinite( v ) )
			throw new PdPlaneException( where + " has the " + what + " " + v + "; a forest needs finite values." );
		return v;
	}

	/** The forest's prediction for one feature vector. */
	public double predict( final double[] x )
	{
		if ( x.length != features )
			throw new IllegalArgumentException( "the forest reads " + features + " features, not " + x.length );
		double sum = 0;
		for ( final int root : roots )
		{
			int k = root;
			while ( left[ k ] >= 0 )
				k = x[ variable[ k ] ] <= value[ k ] ? left[ k ] : right[ k ];
			sum += value[ k ];
		}
		final double y = sum / roots.length;
		return coef == null ? y : coef[ 0 ] + coef[ 1 ] * y;
	}

	/** The nodes the walks of {@link #predict} visit for {@code x}, over all trees (for benchmarks). */
	public long pathNodes( final double[] x )
	{
		long visited = 0;
		for ( final int root : roots )
		{
			int k = root;
			visited++;
			while ( left[ k ] >= 0 )
			{
				k = x[ variable[ k ] ] <= value[ k ] ? left[ k ] : right[ k ];
				visited++;
			}
		}
		return visited;
	}

	/** The length of the feature vectors. */
	public int features()
	{
		return features;
	}

	public int trees()
	{
		return roots.length;
	}

	/** The nodes of all trees together. */
	public int nodes()
	{
		return value.length;
	}

	@Override
	public String toString()
	{
		return "regression forest of " + trees() + " trees (" + nodes() + " nodes) on " + features + " features";
	}
}
