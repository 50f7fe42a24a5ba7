package io.github.pdplane.plane;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.pdplane.PdPlaneException;

/**
 * The per-image results of a perception-distortion evaluation: for each algorithm, each of its images,
 * and each metric, one value (NaN where the image could not be scored).
 * <p>
 * Algorithms keep the order in which they were first named (their order in tables, legends and
 * colours). Each algorithm's images are kept sorted by name, so that every statistic, including the
 * bootstrap, depends only on the values and not on the order in which a thread pool delivered them.
 * Instances are immutable.
 */
public final class Evaluation
{
	private final List< PlaneMetric > metrics;

	private final Map< String, AlgorithmScores > algorithms;

	private final ColumnStatistic[] statistics;

	private Evaluation( final List< PlaneMetric > metrics, final Map< String, AlgorithmScores > algorithms )
	{
		this.metrics = metrics;
		this.algorithms = algorithms;
		statistics = new ColumnStatistic[ metrics.size() ];
		for ( int m = 0; m < statistics.length; m++ )
			statistics[ m ] = AggregationRules.forMetric( metrics.get( m ).id() ).bind( metrics, m );
	}

	public static Builder builder( final PlaneMetric... metrics )
	{
		return new Builder( Arrays.asList( metrics ) );
	}

	public static Builder builder( final List< PlaneMetric > metrics )
	{
		return new Builder( metrics );
	}

	public List< PlaneMetric > metrics()
	{
		return metrics;
	}

	public boolean hasMetric( final String id )
	{
		return column( id ) >= 0;
	}

	/**
	 * @throws PdPlaneException
	 *             naming the evaluated metrics, where {@code id} is not one of them
	 */
	public PlaneMetric metric( final String id )
	{
		return metrics.get( requireColumn( id ) );
	}

	public List< String > algorithms()
	{
		return Collections.unmodifiableList( new ArrayList<>( algorithms.keySet() ) );
	}

	/** The algorithm's image names, sorted. */
	public List< String > images( final String algorithm )
	{
		return Collections.unmodifiableList( Arrays.asList( scores( algorithm ).images.clone() ) );
	}

	/** The per-image values of one metric, in the order of {@link #images(String)}. */
	public double[] values( final String algorithm, final String metricId )
	{
		return scores( algorithm ).columns[ requireColumn( metricId ) ].clone();
	}

	public double value( final String algorithm, final String image, final String metricId )
	{
		final AlgorithmScores s = scores( algorithm );
		final int i = Arrays.binarySearch( s.images, image );
		if ( i < 0 )
			throw new IllegalArgumentException( "algorithm '" + algorithm + "' has no image '" + image + "'" );
		return s.columns[ requireColumn( metricId ) ][ i ];
	}

	/** Mean, standard deviation, set value and counts of every metric for one algorithm. */
	public AlgorithmSummary summary( final String algorithm )
	{
		final AlgorithmScores s = scores( algorithm );
		final int[] all = s.allImages();
		final Map< String, MetricSummary > byMetric = new LinkedHashMap<>();
		for ( int m = 0; m < metrics.size(); m++ )
			byMetric.put( metrics.get( m ).id(), MetricSummary.of( metrics.get( m ), s.columns[ m ],
					statistics[ m ].evaluate( s.columns, all ), statistics[ m ].description() ) );
		return new AlgorithmSummary( algorithm, s.images.length, byMetric );
	}

	public List< AlgorithmSummary > summaries()
	{
		final List< AlgorithmSummary > out = new ArrayList<>();
		for ( final String a : algorithms.keySet() )
			out.add( summary( a ) );
		return out;
	}

	/** The set value of one metric over a sample of the algorithm's image indices (the bootstrap's step). */
	double setValue( final String algorithm, final int column, final int[] sample )
	{
		return statistics[ column ].evaluate( scores( algorithm ).columns, sample );
	}

	int imageCount( final String algorithm )
	{
		return scores( algorithm ).images.length;
	}

	int requireColumn( final String id )
	{
		final int c = column( id );
		if ( c < 0 )
			throw new PdPlaneException( "The metric '" + id + "' was not evaluated; the evaluated metrics are "
					+ String.join( ", ", ids( metrics ) ) + "." );
		return c;
	}

	private int column( final String id )
	{
		for ( int m = 0; m < metrics.size(); m++ )
			if ( metrics.get( m ).id().equals( id ) )
				return m;
		return -1;
	}

	private AlgorithmScores scores( final String algorithm )
	{
		final AlgorithmScores s = algorithms.get( algorithm );
		if ( s == null )
			throw new IllegalArgumentException( "no algorithm '" + algorithm + "' in this evaluation; it has " + algorithms.keySet() );
		return s;
	}

	private static List< String > ids( final List< PlaneMetric > metrics )
	{
		final List< String > ids = new ArrayList<>();
		for ( final PlaneMetric m : metrics )
			ids.add( m.id() );
		return ids;
	}

	/** One algorithm's values, {@code columns[metric][image]}, images sorted by name. */
	private static final class AlgorithmScores
	{
		final String[] images;

		final double[][] columns;

		AlgorithmScores( final String[] images, final double[][] columns )
		{
			this.images = images;
			this.columns = columns;
		}

		int[] allImages()
		{
			final int[] all = new int[ images.length ];
			for ( int i = 0; i < all.length; i++ )
				all[ i ] = i;
			return all;
		}
	}

	/**
	 * Collects values one at a time. Not thread-safe: collect rows from worker threads first, or
	 * synchronise on the builder. A value never put stays NaN (missing).
	 */
	public static final class Builder
	{
		private final List< PlaneMetric > metrics;

		private final Map< String, Map< String, double[] > > rows = new LinkedHashMap<>();

		private Builder( final List< PlaneMetric > metrics )
		{
			if ( metrics.isEmpty() )
				throw new IllegalArgumentException( "an evaluation needs at least one metric" );
			final List< String > ids = ids( metrics );
			for ( final String id : ids )
				if ( ids.indexOf( id ) != ids.lastIndexOf( id ) )
					throw new IllegalArgumentException( "metric '" + id + "' listed twice" );
			this.metrics = Collections.unmodifiableList( new ArrayList<>( metrics ) );
		}

		/**
		 * Names an algorithm before its first value, to fix its place in the order (for example the
		 * order the user gave, when values arrive from a thread pool).
		 *
		 * @throws PdPlaneException
		 *             for an empty name
		 */
		public Builder algorithm( final String name )
		{
			imagesOf( name );
			return this;
		}

		/**
		 * @throws IllegalArgumentException
		 *             for an unknown metric, or a value put twice
		 */
		public Builder put( final String algorithm, final String image, final String metricId, final double value )
		{
			final int c = columnOf( metricId );
			final double[] row = rowOf( algorithm, image );
			if ( !Double.isNaN( row[ c ] ) )
				throw new IllegalArgumentException( algorithm + " / " + image + " / " + metricId + " was already given" );
			row[ c ] = value;
			return this;
		}

		/** All of an image's values at once, in the order of the evaluation's metrics. */
		public Builder putAll( final String algorithm, final String image, final double[] valuesInMetricOrder )
		{
			if ( valuesInMetricOrder.length != metrics.size() )
				throw new IllegalArgumentException( "expected " + metrics.size() + " values, got " + valuesInMetricOrder.length );
			for ( int m = 0; m < valuesInMetricOrder.length; m++ )
				put( algorithm, image, metrics.get( m ).id(), valuesInMetricOrder[ m ] );
			return this;
		}

		/**
		 * @throws PdPlaneException
		 *             where no algorithm was given
		 */
		public Evaluation build()
		{
			if ( rows.isEmpty() )
				throw new PdPlaneException( "There is nothing to put on the plane: no algorithm was evaluated." );
			final Map< String, AlgorithmScores > algorithms = new LinkedHashMap<>();
			for ( final Map.Entry< String, Map< String, double[] > > e : rows.entrySet() )
			{
				final String[] images = e.getValue().keySet().toArray( new String[ 0 ] );
				final double[][] columns = new double[ metrics.size() ][ images.length ];
				for ( int i = 0; i < images.length; i++ )
				{
					final double[] row = e.getValue().get( images[ i ] );
					for ( int m = 0; m < columns.length; m++ )
						columns[ m ][ i ] = row[ m ];
				}
				algorithms.put( e.getKey(), new AlgorithmScores( images, columns ) );
			}
			return new Evaluation( metrics, algorithms );
		}

		private int columnOf( final String id )
		{
			for ( int m = 0; m < metrics.size(); m++ )
				if ( metrics.get( m ).id().equals( id ) )
					return m;
			throw new IllegalArgumentException( "metric '" + id + "' is not one of " + ids( metrics ) );
		}

		private Map< String, double[] > imagesOf( final String algorithm )
		{
			if ( algorithm == null || algorithm.trim().isEmpty() )
				throw new PdPlaneException( "An algorithm needs a name; an empty name was given." );
			return rows.computeIfAbsent( algorithm, a -> new TreeMap<>() );
		}

		private double[] rowOf( final String algorithm, final String image )
		{
			return imagesOf( algorithm ).computeIfAbsent( image, i -> {
				final double[] row = new double[ metrics.size() ];
				Arrays.fill( row, Double.NaN );
				return row;
			} );
		}
	}
}
