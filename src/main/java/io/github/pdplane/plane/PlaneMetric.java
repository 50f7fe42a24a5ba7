package io.github.pdplane.plane;

import java.util.Objects;

import io.github.pdplane.metrics.Direction;
import io.github.pdplane.registry.MetricDescriptor;

/**
 * What the plane needs to know about a metric: its id (which selects its aggregation rule, see
 * {@link AggregationRules}), the name for axes and tables, and which way it improves.
 * <p>
 * Usually made from the registry with {@link #of(MetricDescriptor)}; the public constructor exists for
 * metrics that are not (or not yet) registry entries, such as values read back from a CSV file.
 */
public final class PlaneMetric
{
	private final String id;

	private final String displayName;

	private final Direction direction;

	public PlaneMetric( final String id, final String displayName, final Direction direction )
	{
		if ( id == null || id.trim().isEmpty() )
			throw new IllegalArgumentException( "a metric needs an id" );
		this.id = id;
		this.displayName = displayName == null || displayName.isEmpty() ? id : displayName;
		this.direction = Objects.requireNonNull( direction, "direction" );
	}

	public static PlaneMetric of( final MetricDescriptor descriptor )
	{
		return new PlaneMetric( descriptor.id(), descriptor.displayName(), descriptor.direction() );
	}

	public String id()
	{
		return id;
	}

	public String displayName()
	{
		return displayName;
	}

	public Direction direction()
	{
		return direction;
	}

	public boolean higherIsBetter()
	{
		return direction == Direction.HIGHER_IS_BETTER;
	}

	/**
	 * The value on an axis where smaller is always better: the value itself, or its negation for a
	 * higher-is-better metric. Negation is affine, so convex hulls, Pareto dominance and distances
	 * computed on oriented values carry over unchanged to the metric's own scale.
	 */
	public double oriented( final double value )
	{
		return higherIsBetter() ? -value : value;
	}

	/** The inverse of {@link #oriented(double)} (negation is its own inverse). */
	public double fromOriented( final double orientedValue )
	{
		return oriented( orientedValue );
	}

	/** {@code "RMSE (lower is better)"}. */
	public String axisLabel()
	{
		return displayName + " (" + direction.label() + ")";
	}

	@Override
	public boolean equals( final Object o )
	{
		if ( !( o instanceof PlaneMetric ) )
			return false;
		final PlaneMetric m = ( PlaneMetric ) o;
		return id.equals( m.id ) && displayName.equals( m.displayName ) && direction == m.direction;
	}

	@Override
	public int hashCode()
	{
		return Objects.hash( id, displayName, direction );
	}

	@Override
	public String toString()
	{
		return id;
	}
}
