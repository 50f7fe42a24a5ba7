package io.github.pdplane.batch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.metrics.MetricKind;
import io.github.pdplane.plane.PlaneMetric;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricSettings;
import io.github.pdplane.score.ImageScorer;

/**
 * The metrics of a plane job: the two axes, which need a value per image (full-reference or
 * no-reference), then the extra metrics in the order given (set-level ones allowed), without repeats.
 */
final class AxisMetrics
{
	private final MetricDescriptor x;

	private final MetricDescriptor y;

	private final List< MetricDescriptor > all;

	AxisMetrics( final MetricDescriptor x, final MetricDescriptor y, final List< MetricDescriptor > extras )
	{
		this.x = Objects.requireNonNull( x, "x metric" );
		this.y = Objects.requireNonNull( y, "y metric" );
		checkAxis( x, "x" );
		checkAxis( y, "y" );
		if ( x.equals( y ) )
			throw new PdPlaneException( "The plane needs two different metrics; " + x.displayName() + " ('" + x.id()
					+ "') was given for both axes." );
		final List< MetricDescriptor > list = new ArrayList<>();
		list.add( x );
		list.add( y );
		for ( final MetricDescriptor d : extras )
			if ( !list.contains( d ) )
				list.add( d );
		all = Collections.unmodifiableList( list );
	}

	private static void checkAxis( final MetricDescriptor d, final String axis )
	{
		if ( d.kind() == MetricKind.SET_LEVEL )
			throw new PdPlaneException( d.displayName() + " ('" + d.id() + "') is a set-level metric, one value per algorithm, so it cannot be"
					+ " the " + axis + " axis of the plane, whose points and intervals come from per-image values; choose it as an extra"
					+ " metric to have it in the summary." );
	}

	MetricDescriptor x()
	{
		return x;
	}

	MetricDescriptor y()
	{
		return y;
	}

	/** x, y, then the extras. */
	List< MetricDescriptor > all()
	{
		return all;
	}

	ImageScorer scorer( final MetricSettings settings, final Preparation preparation )
	{
		return new ImageScorer( all, settings, preparation );
	}

	/** The per-image metrics of {@code scorer} as the plane sees them, in the order of its rows. */
	static List< PlaneMetric > planeMetrics( final ImageScorer scorer )
	{
		final List< PlaneMetric > metrics = new ArrayList<>();
		for ( final MetricDescriptor d : scorer.imageMetrics() )
			metrics.add( PlaneMetric.of( d ) );
		return metrics;
	}
}
