package io.github.pdplane.plane;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * How one metric's set value is computed: either an {@link Aggregation} of its own per-image values, or
 * (a derived rule) a combination of the set values of other metrics when all of them were evaluated,
 * as PIRM 2018 computes the Perceptual Index from the mean Ma and the mean NIQE. Where a derived rule's
 * inputs are not all present, its own per-image values are aggregated instead.
 * <p>
 * The rules themselves are declared once, in {@link AggregationRules}.
 */
public final class SetRule
{
	private final Aggregation aggregation;

	private final List< String > inputs;

	private final ToDoubleFunction< double[] > combination;

	private final String description;

	private SetRule( final Aggregation aggregation, final List< String > inputs, final ToDoubleFunction< double[] > combination,
			final String description )
	{
		this.aggregation = aggregation;
		this.inputs = inputs;
		this.combination = combination;
		this.description = description;
	}

	/** A rule that aggregates the metric's own per-image values. */
	public static SetRule aggregating( final Aggregation aggregation )
	{
		return new SetRule( Objects.requireNonNull( aggregation ), Collections.emptyList(), null, aggregation.description() );
	}

	/**
	 * A rule that combines the set values of {@code inputs} (each aggregated by its own rule, over the
	 * images where every input has a value, so that a linear combination equals the mean of the
	 * per-image combination) and otherwise falls back to the {@code fallback} aggregation of the
	 * metric's own values.
	 *
	 * @param combination
	 *            receives the inputs' set values in the order of {@code inputs}
	 */
	public static SetRule derived( final Aggregation fallback, final String description, final ToDoubleFunction< double[] > combination,
			final String... inputs )
	{
		if ( inputs.length == 0 )
			throw new IllegalArgumentException( "a derived rule needs inputs" );
		return new SetRule( Objects.requireNonNull( fallback ), Collections.unmodifiableList( Arrays.asList( inputs.clone() ) ),
				Objects.requireNonNull( combination ), description );
	}

	/** The aggregation of the metric's own per-image values (a derived rule's fallback). */
	public Aggregation aggregation()
	{
		return aggregation;
	}

	/** The metrics a derived rule combines; empty for an aggregating rule. */
	public List< String > inputs()
	{
		return inputs;
	}

	public boolean isDerived()
	{
		return !inputs.isEmpty();
	}

	public String description()
	{
		return description;
	}

	/** Whether this rule derives its value from other metrics when evaluated alongside {@code metrics}. */
	public boolean derivesFrom( final List< PlaneMetric > metrics )
	{
		return isDerived() && indicesOf( metrics ) != null;
	}

	/** The statistic for column {@code column} of an evaluation with these {@code metrics}. */
	ColumnStatistic bind( final List< PlaneMetric > metrics, final int column )
	{
		final int[] inputColumns = isDerived() ? indicesOf( metrics ) : null;
		if ( inputColumns == null )
			return new Aggregated( aggregation, column );
		final Aggregation[] inputAggregations = new Aggregation[ inputs.size() ];
		for ( int k = 0; k < inputAggregations.length; k++ )
			inputAggregations[ k ] = AggregationRules.forMetric( inputs.get( k ) ).aggregation();
		return new Derived( inputColumns, inputAggregations, combination, description );
	}

	/** Column indices of the inputs, or null where one is missing. */
	private int[] indicesOf( final List< PlaneMetric > metrics )
	{
		final List< String > ids = new ArrayList<>();
		for ( final PlaneMetric m : metrics )
			ids.add( m.id() );
		final int[] columns = new int[ inputs.size() ];
		for ( int k = 0; k < columns.length; k++ )
		{
			columns[ k ] = ids.indexOf( inputs.get( k ) );
			if ( columns[ k ] < 0 )
				return null;
		}
		return columns;
	}

	private static final class Aggregated implements ColumnStatistic
	{
		private final Aggregation aggregation;

		private final int column;

		Aggregated( final Aggregation aggregation, final int column )
		{
			this.aggregation = aggregation;
			this.column = column;
		}

		@Override
		public double evaluate( final double[][] columns, final int[] sample )
		{
			return aggregation.over( columns[ column ], sample );
		}

		@Override
		public String description()
		{
			return aggregation.description();
		}
	}

	private static final class Derived implements ColumnStatistic
	{
		private final int[] inputColumns;

		private final Aggregation[] inputAggregations;

		private final ToDoubleFunction< double[] > combination;

		private final String description;

		Derived( final int[] inputColumns, final Aggregation[] inputAggregations, final ToDoubleFunction< double[] > combination,
				final String description )
		{
			this.inputColumns = inputColumns;
			this.inputAggregations = inputAggregations;
			this.combination = combination;
			this.description = description;
		}

		@Override
		public double evaluate( final double[][] columns, final int[] sample )
		{
			final int n = inputColumns.length;
			final double[] sums = new double[ n ];
			int count = 0;
			for ( final int i : sample )
			{
				if ( !complete( columns, i ) )
					continue;
				for ( int k = 0; k < n; k++ )
					sums[ k ] += inputAggregations[ k ].accumulated( columns[ inputColumns[ k ] ][ i ] );
				count++;
			}
			if ( count == 0 )
				return Double.NaN;
			for ( int k = 0; k < n; k++ )
				sums[ k ] = inputAggregations[ k ].finished( sums[ k ] / count );
			return combination.applyAsDouble( sums );
		}

		private boolean complete( final double[][] columns, final int image )
		{
			for ( final int c : inputColumns )
				if ( Double.isNaN( columns[ c ][ image ] ) )
					return false;
			return true;
		}

		@Override
		public String description()
		{
			return description;
		}
	}
}
