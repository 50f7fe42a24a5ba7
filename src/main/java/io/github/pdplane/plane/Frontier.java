package io.github.pdplane.plane;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The empirical perception-distortion frontier of a set of algorithms' points, and where each point lies
 * relative to it.
 * <p>
 * <b>Orientation.</b> Both axes are first {@linkplain PlaneMetric#oriented(double) oriented} so that
 * smaller is better (a higher-is-better metric such as SSIM is negated; negation is affine, so nothing
 * below depends on that choice). Better is then towards the lower left.
 * <p>
 * <b>The frontier</b> is the lower-left convex boundary of the points: the part of their lower convex
 * hull that runs from the best point in x (ties: the better in y) to the best point in y (ties: the
 * better in x). It is the subset of the lower hull that is Pareto-optimal, a polyline that is convex
 * and strictly decreasing, as Blau and Michaeli's theorem requires of the true perception-distortion
 * function (CVPR 2018, Theorem 1); a Pareto-optimal point that lies above the hull (a non-convex dent) is
 * not on it, since a mixture of its neighbours does better. Points exactly on a segment are on the
 * frontier without being vertices.
 * <p>
 * <b>The unattained region</b> is everything strictly below-left of the frontier extended by a vertical
 * ray above its first vertex and a horizontal ray to the right of its last (a worse value in one metric
 * is always attainable by giving something up). {@link #distance(int)} is the Euclidean distance from a
 * point to that extended boundary, in normalised units: each oriented axis is divided by the range of
 * the algorithms' points along it (1 where all are equal), so that 1 means "the whole spread of the
 * evaluated algorithms" on either axis and neither metric's units dominate. {@link #verticalGap(int)} is
 * the same gap measured straight down, in the y metric's own units. A weakly dominated point that ties
 * the frontier's end on one axis lies on a ray: distance 0, yet not on the frontier.
 * <p>
 * Points with a NaN or infinite coordinate take no part; they are not on the frontier and have NaN
 * distances.
 */
public final class Frontier
{
	/** Distance (normalised units) within which a point counts as lying on the frontier polyline. */
	public static final double ON_FRONTIER_TOLERANCE = 1e-9;

	private final PlaneMetric xMetric;

	private final PlaneMetric yMetric;

	private final double[] vertexX;

	private final double[] vertexY;

	private final int[] vertexPoints;

	private final boolean[] onFrontier;

	private final double[] distance;

	private final double[] verticalGap;

	private final double xScale;

	private final double yScale;

	private Frontier( final PlaneMetric xMetric, final PlaneMetric yMetric, final int[] vertexPoints, final double[] x, final double[] y,
			final boolean[] onFrontier, final double[] distance, final double[] verticalGap, final double xScale, final double yScale )
	{
		this.xMetric = xMetric;
		this.yMetric = yMetric;
		this.vertexPoints = vertexPoints;
		vertexX = new double[ vertexPoints.length ];
		vertexY = new double[ vertexPoints.length ];
		for ( int k = 0; k < vertexPoints.length; k++ )
		{
			vertexX[ k ] = x[ vertexPoints[ k ] ];
			vertexY[ k ] = y[ vertexPoints[ k ] ];
		}
		this.onFrontier = onFrontier;
		this.distance = distance;
		this.verticalGap = verticalGap;
		this.xScale = xScale;
		this.yScale = yScale;
	}

	/**
	 * The frontier of the points {@code (x[i], y[i])}, in the metrics' own units.
	 */
	public static Frontier of( final PlaneMetric xMetric, final PlaneMetric yMetric, final double[] x, final double[] y )
	{
		if ( x.length != y.length )
			throw new IllegalArgumentException( x.length + " x values but " + y.length + " y values" );
		final int n = x.length;
		final double[] u = new double[ n ];
		final double[] v = new double[ n ];
		final List< Integer > finite = new ArrayList<>();
		for ( int i = 0; i < n; i++ )
		{
			u[ i ] = xMetric.oriented( x[ i ] );
			v[ i ] = yMetric.oriented( y[ i ] );
			if ( Double.isFinite( u[ i ] ) && Double.isFinite( v[ i ] ) )
				finite.add( i );
		}
		final boolean[] on = new boolean[ n ];
		final double[] distance = new double[ n ];
		final double[] gap = new double[ n ];
		Arrays.fill( distance, Double.NaN );
		Arrays.fill( gap, Double.NaN );
		if ( finite.isEmpty() )
			return new Frontier( xMetric, yMetric, new int[ 0 ], x, y, on, distance, gap, 1, 1 );

		final double xScale = range( u, finite );
		final double yScale = range( v, finite );
		final double uMin = minimum( u, finite );
		final double vMin = minimum( v, finite );
		final double[] a = new double[ n ];
		final double[] b = new double[ n ];
		for ( final int i : finite )
		{
			a[ i ] = ( u[ i ] - uMin ) / xScale;
			b[ i ] = ( v[ i ] - vMin ) / yScale;
		}

		final int[] vertices = lowerLeftHull( a, b, finite );
		for ( final int i : finite )
		{
			on[ i ] = distanceToPolyline( a, b, vertices, a[ i ], b[ i ] ) <= ON_FRONTIER_TOLERANCE;
			distance[ i ] = on[ i ] ? 0 : distanceToExtendedBoundary( a, b, vertices, a[ i ], b[ i ] );
			gap[ i ] = Math.max( 0, v[ i ] - boundaryAt( u, v, vertices, u[ i ] ) );
		}
		return new Frontier( xMetric, yMetric, vertices, x, y, on, distance, gap, xScale, yScale );
	}

	/**
	 * Indices of the frontier's vertices, ordered from the best point in x to the best point in y:
	 * Andrew's monotone chain for the lower hull (collinear points dropped), cut at the first point
	 * with the smallest y.
	 */
	private static int[] lowerLeftHull( final double[] a, final double[] b, final List< Integer > points )
	{
		final List< Integer > sorted = new ArrayList<>( points );
		sorted.sort( Comparator.< Integer > comparingDouble( i -> a[ i ] ).thenComparingDouble( i -> b[ i ] ).thenComparingInt( i -> i ) );
		final List< Integer > hull = new ArrayList<>();
		for ( final int p : sorted )
		{
			if ( !hull.isEmpty() && same( a, b, hull.get( hull.size() - 1 ), p ) )
				continue;
			while ( hull.size() >= 2 && cross( a, b, hull.get( hull.size() - 2 ), hull.get( hull.size() - 1 ), p ) <= 0 )
				hull.remove( hull.size() - 1 );
			hull.add( p );
		}
		int last = 0;
		for ( int k = 1; k < hull.size(); k++ )
			if ( b[ hull.get( k ) ] < b[ hull.get( last ) ] )
				last = k;
		final int[] out = new int[ last + 1 ];
		for ( int k = 0; k <= last; k++ )
			out[ k ] = hull.get( k );
		return out;
	}

	private static boolean same( final double[] a, final double[] b, final int i, final int j )
	{
		return a[ i ] == a[ j ] && b[ i ] == b[ j ];
	}

	/** Positive where o -> p -> q turns counter-clockwise. */
	private static double cross( final double[] a, final double[] b, final int o, final int p, final int q )
	{
		return ( a[ p ] - a[ o ] ) * ( b[ q ] - b[ o ] ) - ( b[ p ] - b[ o ] ) * ( a[ q ] - a[ o ] );
	}

	private static double distanceToPolyline( final double[] a, final double[] b, final int[] vertices, final double pa, final double pb )
	{
		double best = Math.hypot( pa - a[ vertices[ 0 ] ], pb - b[ vertices[ 0 ] ] );
		for ( int k = 1; k < vertices.length; k++ )
			best = Math.min( best, distanceToSegment( a[ vertices[ k - 1 ] ], b[ vertices[ k - 1 ] ], a[ vertices[ k ] ], b[ vertices[ k ] ], pa, pb ) );
		return best;
	}

	private static double distanceToExtendedBoundary( final double[] a, final double[] b, final int[] vertices, final double pa,
			final double pb )
	{
		final int first = vertices[ 0 ];
		final int last = vertices[ vertices.length - 1 ];
		// The vertical ray above the first vertex and the horizontal ray right of the last one.
		final double up = Math.hypot( pa - a[ first ], Math.max( 0, b[ first ] - pb ) );
		final double right = Math.hypot( Math.max( 0, a[ last ] - pa ), pb - b[ last ] );
		return Math.min( distanceToPolyline( a, b, vertices, pa, pb ), Math.min( up, right ) );
	}

	private static double distanceToSegment( final double a0, final double b0, final double a1, final double b1, final double pa,
			final double pb )
	{
		final double da = a1 - a0;
		final double db = b1 - b0;
		final double t = Math.max( 0, Math.min( 1, ( ( pa - a0 ) * da + ( pb - b0 ) * db ) / ( da * da + db * db ) ) );
		return Math.hypot( pa - ( a0 + t * da ), pb - ( b0 + t * db ) );
	}

	/** The extended boundary's oriented y at oriented x {@code at} (never left of the first vertex). */
	private static double boundaryAt( final double[] u, final double[] v, final int[] vertices, final double at )
	{
		if ( at <= u[ vertices[ 0 ] ] )
			return v[ vertices[ 0 ] ];
		for ( int k = 1; k < vertices.length; k++ )
		{
			final int p = vertices[ k - 1 ];
			final int q = vertices[ k ];
			if ( at <= u[ q ] )
				return v[ p ] + ( at - u[ p ] ) / ( u[ q ] - u[ p ] ) * ( v[ q ] - v[ p ] );
		}
		return v[ vertices[ vertices.length - 1 ] ];
	}

	private static double range( final double[] values, final List< Integer > points )
	{
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for ( final int i : points )
		{
			min = Math.min( min, values[ i ] );
			max = Math.max( max, values[ i ] );
		}
		return max > min ? max - min : 1;
	}

	private static double minimum( final double[] values, final List< Integer > points )
	{
		double min = Double.POSITIVE_INFINITY;
		for ( final int i : points )
			min = Math.min( min, values[ i ] );
		return min;
	}

	public PlaneMetric xMetric()
	{
		return xMetric;
	}

	public PlaneMetric yMetric()
	{
		return yMetric;
	}

	/** No point had two finite coordinates. */
	public boolean isEmpty()
	{
		return vertexPoints.length == 0;
	}

	/** The points at the frontier's vertices (indices into the input), from the best in x to the best in y. */
	public int[] vertexPoints()
	{
		return vertexPoints.clone();
	}

	/** Vertex x values in the x metric's units, in {@link #vertexPoints()} order. */
	public double[] vertexX()
	{
		return vertexX.clone();
	}

	/** Vertex y values in the y metric's units, in {@link #vertexPoints()} order. */
	public double[] vertexY()
	{
		return vertexY.clone();
	}

	/** Whether point {@code i} lies on the frontier polyline (a vertex, or on a segment). */
	public boolean onFrontier( final int i )
	{
		return onFrontier[ i ];
	}

	/** Normalised Euclidean distance from point {@code i} to the extended frontier; 0 on it, NaN without coordinates. */
	public double distance( final int i )
	{
		return distance[ i ];
	}

	/** How much worse point {@code i} is in y than the extended frontier at its x, in the y metric's units. */
	public double verticalGap( final int i )
	{
		return verticalGap[ i ];
	}

	/** The x range of the points (oriented), the unit of normalised x; 1 where all are equal. */
	public double xScale()
	{
		return xScale;
	}

	/** The y range of the points (oriented), the unit of normalised y; 1 where all are equal. */
	public double yScale()
	{
		return yScale;
	}

	/**
	 * The unattained region inside the rectangle spanned by {@code x0..x1} and {@code y0..y1} (metric
	 * units, either order), as a closed polygon {@code {x0, y0, x1, y1, ...}} in metric units, for a
	 * chart; the rectangle should contain the frontier. Empty for an empty frontier.
	 */
	public double[] unattainedRegion( final double x0, final double x1, final double y0, final double y1 )
	{
		if ( isEmpty() )
			return new double[ 0 ];
		final double uLow = Math.min( xMetric.oriented( x0 ), xMetric.oriented( x1 ) );
		final double uHigh = Math.max( xMetric.oriented( x0 ), xMetric.oriented( x1 ) );
		final double vLow = Math.min( yMetric.oriented( y0 ), yMetric.oriented( y1 ) );
		final double vHigh = Math.max( yMetric.oriented( y0 ), yMetric.oriented( y1 ) );
		final int k = vertexX.length;
		final double[] polygon = new double[ 2 * ( k + 5 ) ];
		int p = 0;
		p = corner( polygon, p, uLow, vHigh );
		p = corner( polygon, p, clamp( xMetric.oriented( vertexX[ 0 ] ), uLow, uHigh ), vHigh );
		for ( int j = 0; j < k; j++ )
			p = corner( polygon, p, clamp( xMetric.oriented( vertexX[ j ] ), uLow, uHigh ), clamp( yMetric.oriented( vertexY[ j ] ), vLow, vHigh ) );
		p = corner( polygon, p, uHigh, clamp( yMetric.oriented( vertexY[ k - 1 ] ), vLow, vHigh ) );
		p = corner( polygon, p, uHigh, vLow );
		corner( polygon, p, uLow, vLow );
		return polygon;
	}

	private int corner( final double[] polygon, final int p, final double u, final double v )
	{
		polygon[ p ] = xMetric.fromOriented( u );
		polygon[ p + 1 ] = yMetric.fromOriented( v );
		return p + 2;
	}

	private static double clamp( final double value, final double low, final double high )
	{
		return Math.max( low, Math.min( high, value ) );
	}
}
