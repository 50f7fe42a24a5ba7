package io.github.pdplane.plane;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import io.github.pdplane.PdPlaneException;

/**
 * Everything a perception-distortion chart shows, computed and immutable: the two metrics, one
 * {@link PlanePoint} per algorithm (set values, bootstrap intervals, per-image cloud, frontier
 * membership and distance), the {@link Frontier}, and any {@link SweepCurve}s.
 */
public final class PlaneModel
{
	private final PlaneMetric xMetric;

	private final PlaneMetric yMetric;

	private final List< PlanePoint > points;

	private final Frontier frontier;

	private final Bootstrap bootstrap;

	private final List< SweepCurve > sweeps;

	private PlaneModel( final PlaneMetric xMetric, final PlaneMetric yMetric, final List< PlanePoint > points, final Frontier frontier,
			final Bootstrap bootstrap, final List< SweepCurve > sweeps )
	{
		this.xMetric = xMetric;
		this.yMetric = yMetric;
		this.points = points;
		this.frontier = frontier;
		this.bootstrap = bootstrap;
		this.sweeps = sweeps;
	}

	/** The plane with {@link Bootstrap#standard()} intervals. */
	public static PlaneModel of( final Evaluation evaluation, final String xId, final String yId )
	{
		return of( evaluation, xId, yId, Bootstrap.standard() );
	}

	/**
	 * @param bootstrap
	 *            null for no intervals
	 * @throws PdPlaneException
	 *             where an axis metric was not evaluated, or both axes are the same metric
	 */
	public static PlaneModel of( final Evaluation evaluation, final String xId, final String yId, final Bootstrap bootstrap )
	{
		final PlaneMetric x = evaluation.metric( xId );
		final PlaneMetric y = evaluation.metric( yId );
		if ( x.id().equals( y.id() ) )
			throw new PdPlaneException( "The plane needs two different metrics; '" + xId + "' was given for both axes." );
		final List< String > algorithms = evaluation.algorithms();
		final int n = algorithms.size();
		final MetricSummary[] xs = new MetricSummary[ n ];
		final MetricSummary[] ys = new MetricSummary[ n ];
		final double[] xValues = new double[ n ];
		final double[] yValues = new double[ n ];
		for ( int i = 0; i < n; i++ )
		{
			final AlgorithmSummary s = evaluation.summary( algorithms.get( i ) );
			xs[ i ] = s.metric( x.id() );
			ys[ i ] = s.metric( y.id() );
			xValues[ i ] = xs[ i ].value();
			yValues[ i ] = ys[ i ].value();
		}
		final Frontier frontier = Frontier.of( x, y, xValues, yValues );
		final List< PlanePoint > points = new ArrayList<>();
		for ( int i = 0; i < n; i++ )
		{
			final String a = algorithms.get( i );
			final Interval[] intervals = bootstrap == null ? new Interval[] { Interval.NONE, Interval.NONE }
					: bootstrap.intervals( evaluation, a, x.id(), y.id() );
			final double[] perImageX = evaluation.values( a, x.id() );
			final double[] perImageY = evaluation.values( a, y.id() );
			final List< String > images = evaluation.images( a );
			final List< String > cloudImages = new ArrayList<>();
			final double[] cloudX = new double[ perImageX.length ];
			final double[] cloudY = new double[ perImageX.length ];
			int c = 0;
			for ( int j = 0; j < perImageX.length; j++ )
				if ( Double.isFinite( perImageX[ j ] ) && Double.isFinite( perImageY[ j ] ) )
				{
					cloudImages.add( images.get( j ) );
					cloudX[ c ] = perImageX[ j ];
					cloudY[ c ] = perImageY[ j ];
					c++;
				}
			points.add( new PlanePoint( a, xs[ i ], ys[ i ], intervals[ 0 ], intervals[ 1 ], cloudImages, Arrays.copyOf( cloudX, c ),
					Arrays.copyOf( cloudY, c ), frontier.onFrontier( i ), frontier.distance( i ), frontier.verticalGap( i ) ) );
		}
		return new PlaneModel( x, y, Collections.unmodifiableList( points ), frontier, bootstrap, Collections.emptyList() );
	}

	/** This model with {@code sweep} added. */
	public PlaneModel withSweep( final SweepCurve sweep )
	{
		final List< SweepCurve > more = new ArrayList<>( sweeps );
		more.add( sweep );
		return new PlaneModel( xMetric, yMetric, points, frontier, bootstrap, Collections.unmodifiableList( more ) );
	}

	public PlaneMetric xMetric()
	{
		return xMetric;
	}

	public PlaneMetric yMetric()
	{
		return yMetric;
	}

	/** One per algorithm, in the evaluation's algorithm order. */
	public List< PlanePoint > points()
	{
		return points;
	}

	public PlanePoint point( final String algorithm )
	{
		for ( final PlanePoint p : points )
			if ( p.algorithm().equals( algorithm ) )
				return p;
		throw new IllegalArgumentException( "no algorithm '" + algorithm + "' on this plane" );
	}

	/** The frontier over {@link #points()}, indexed like them. */
	public Frontier frontier()
	{
		return frontier;
	}

	/** The algorithms on the frontier, from the best in x to the best in y; ties and points on a segment included. */
	public List< String > frontierAlgorithms()
	{
		final List< PlanePoint > on = new ArrayList<>();
		for ( final PlanePoint p : points )
			if ( p.onFrontier() )
				on.add( p );
		on.sort( ( p, q ) -> Double.compare( xMetric.oriented( p.x() ), xMetric.oriented( q.x() ) ) );
		final List< String > names = new ArrayList<>();
		for ( final PlanePoint p : on )
			names.add( p.algorithm() );
		return names;
	}

	/** The bootstrap behind the intervals, or null where there are none. */
	public Bootstrap bootstrap()
	{
		return bootstrap;
	}

	public List< SweepCurve > sweeps()
	{
		return sweeps;
	}
}
