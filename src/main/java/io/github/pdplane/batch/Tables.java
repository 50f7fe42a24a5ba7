package io.github.pdplane.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.pdplane.plane.Aggregation;
import io.github.pdplane.plane.AggregationRules;
import io.github.pdplane.plane.AlgorithmSummary;
import io.github.pdplane.plane.Evaluation;
import io.github.pdplane.plane.MetricSummary;
import io.github.pdplane.plane.PlaneMetric;
import io.github.pdplane.plane.PlaneModel;
import io.github.pdplane.plane.PlanePoint;
import io.github.pdplane.plane.SetRule;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.score.ScoreRow;
import io.github.pdplane.table.ResultTable;

/** The column layout of the summary tables, written once for the evaluation and the sweep. */
final class Tables
{
	static final String N = "n", FAILED = "failed", MEAN = "_mean", STD = "_std", CI_LOW = "_ci_low", CI_HIGH = "_ci_high",
			ON_FRONTIER = "on_frontier", FRONTIER_DISTANCE = "frontier_distance";

	private Tables()
	{}

	/**
	 * One row per algorithm of {@code evaluation}: {@code first} (its name, or the sweep's alpha), the
	 * images scored and failed, then per metric the set value (the metric's id: RMSE from the mean MSE, PI
	 * from mean Ma and NIQE, else the mean), mean and standard deviation, with the bootstrap interval of
	 * the plane's axes where {@code plane} has one; then the set-level metrics; then, with {@code plane},
	 * whether the algorithm is on the frontier and its distance to it.
	 *
	 * @param plane
	 *            the plane of these algorithms, or null for no interval and frontier columns
	 * @param provenance
	 *            the last columns: what metrics were computed with (VGG2,2's weights), the same on every row
	 */
	static ResultTable summary( final String firstColumn, final List< Object > first, final Evaluation evaluation, final int[] scored,
			final int[] failed, final List< MetricDescriptor > setMetrics, final double[][] setValues, final PlaneModel plane,
			final Map< String, String > provenance )
	{
		final boolean intervals = plane != null && plane.bootstrap() != null;
		final List< String > columns = new ArrayList<>();
		columns.add( firstColumn );
		columns.add( N );
		columns.add( FAILED );
		for ( final PlaneMetric m : evaluation.metrics() )
		{
			columns.add( m.id() );
			columns.add( m.id() + MEAN );
			columns.add( m.id() + STD );
			if ( intervals && isAxis( m, plane ) )
			{
				columns.add( m.id() + CI_LOW );
				columns.add( m.id() + CI_HIGH );
			}
		}
		for ( final MetricDescriptor d : setMetrics )
			columns.add( d.id() );
		if ( plane != null )
		{
			columns.add( ON_FRONTIER );
			columns.add( FRONTIER_DISTANCE );
		}
		columns.addAll( provenance.keySet() );
		final ResultTable.Builder table = ResultTable.builder( columns );
		final List< String > algorithms = evaluation.algorithms();
		for ( int a = 0; a < algorithms.size(); a++ )
		{
			final AlgorithmSummary s = evaluation.summary( algorithms.get( a ) );
			final PlanePoint point = plane == null ? null : plane.point( algorithms.get( a ) );
			final List< Object > cells = new ArrayList<>();
			cells.add( first.get( a ) );
			cells.add( scored[ a ] );
			cells.add( failed[ a ] );
			for ( final PlaneMetric m : evaluation.metrics() )
			{
				final MetricSummary ms = s.metric( m.id() );
				cells.add( ms.value() );
				cells.add( ms.mean() );
				cells.add( ms.standardDeviation() );
				if ( intervals && isAxis( m, plane ) )
				{
					final boolean x = m.id().equals( plane.xMetric().id() );
					cells.add( x ? point.xInterval().lower() : point.yInterval().lower() );
					cells.add( x ? point.xInterval().upper() : point.yInterval().upper() );
				}
			}
			for ( int k = 0; k < setMetrics.size(); k++ )
				cells.add( setValues[ a ][ k ] );
			if ( plane != null )
			{
				cells.add( point.onFrontier() );
				cells.add( point.distance() );
			}
			cells.addAll( provenance.values() );
			table.row( cells );
		}
		return table.build();
	}

	/**
	 * {@code summary} (made by {@link #summary}) as a person reads it in a window: the first column, the set
	 * values of the plane's axes {@code x} and {@code y}, of the other per-image metrics and of the set-level
	 * metrics, the frontier columns; then the counts {@code n} and {@code failed}, the {@code _mean} of the metrics
	 * whose set value is not their mean (RMSE, PI from Ma and NIQE), every {@code _std}, the intervals and the
	 * provenance. The {@code _mean} of a metric whose set value is the mean is left out: it repeats the set value.
	 */
	static ResultTable keyColumnsFirst( final ResultTable summary, final Evaluation evaluation, final List< MetricDescriptor > setMetrics,
			final String x, final String y, final Map< String, String > provenance )
	{
		final List< PlaneMetric > metrics = new ArrayList<>();
		metrics.add( evaluation.metric( x ) );
		metrics.add( evaluation.metric( y ) );
		for ( final PlaneMetric m : evaluation.metrics() )
			if ( !metrics.contains( m ) )
				metrics.add( m );
		final List< String > columns = new ArrayList<>();
		columns.add( summary.columns().get( 0 ) );
		metrics.forEach( m -> columns.add( m.id() ) );
		setMetrics.forEach( d -> columns.add( d.id() ) );
		columns.add( ON_FRONTIER );
		columns.add( FRONTIER_DISTANCE );
		columns.add( N );
		columns.add( FAILED );
		for ( final PlaneMetric m : metrics )
			if ( !setValueIsTheMean( m, evaluation.metrics() ) )
				columns.add( m.id() + MEAN );
		metrics.forEach( m -> columns.add( m.id() + STD ) );
		for ( final PlaneMetric m : metrics )
		{
			columns.add( m.id() + CI_LOW );
			columns.add( m.id() + CI_HIGH );
		}
		columns.addAll( provenance.keySet() );
		columns.retainAll( summary.columns() );
		final ResultTable.Builder table = ResultTable.builder( columns );
		for ( int r = 0; r < summary.rowCount(); r++ )
		{
			final List< Object > cells = new ArrayList<>();
			for ( final String column : columns )
				cells.add( summary.cell( r, column ) );
			table.row( cells );
		}
		return table.build();
	}

	/** Whether the set value of {@code metric} is the mean of its per-image values (not RMSE, nor PI from Ma and NIQE). */
	private static boolean setValueIsTheMean( final PlaneMetric metric, final List< PlaneMetric > metrics )
	{
		final SetRule rule = AggregationRules.forMetric( metric.id() );
		return rule.aggregation() == Aggregation.MEAN && !rule.derivesFrom( metrics );
	}

	private static boolean isAxis( final PlaneMetric m, final PlaneModel plane )
	{
		return m.id().equals( plane.xMetric().id() ) || m.id().equals( plane.yMetric().id() );
	}

	/**
	 * {@code algorithm,image,<per-image metric ids>}: every scored image; then the {@code provenance} columns
	 * (VGG2,2's weights), the same text on every row.
	 */
	static ResultTable perImage( final List< PlaneMetric > metrics, final List< ScoreRow > rows, final Map< String, String > provenance )
	{
		final List< String > columns = new ArrayList<>();
		columns.add( "algorithm" );
		columns.add( "image" );
		for ( final PlaneMetric m : metrics )
			columns.add( m.id() );
		columns.addAll( provenance.keySet() );
		final ResultTable.Builder table = ResultTable.builder( columns );
		for ( final ScoreRow r : rows )
		{
			final List< Object > cells = new ArrayList<>();
			cells.add( r.algorithm() );
			cells.add( r.image() );
			for ( final double v : r.values() )
				cells.add( v );
			cells.addAll( provenance.values() );
			table.row( cells );
		}
		return table.build();
	}
}
