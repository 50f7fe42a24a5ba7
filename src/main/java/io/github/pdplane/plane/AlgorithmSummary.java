package io.github.pdplane.plane;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Every metric's {@link MetricSummary} for one algorithm, in the evaluation's metric order. */
public final class AlgorithmSummary
{
	private final String algorithm;

	private final int imageCount;

	private final Map< String, MetricSummary > byMetric;

	AlgorithmSummary( final String algorithm, final int imageCount, final Map< String, MetricSummary > byMetric )
	{
		this.algorithm = algorithm;
		this.imageCount = imageCount;
		this.byMetric = byMetric;
	}

	public String algorithm()
	{
		return algorithm;
	}

	/** Images of this algorithm, with or without values. */
	public int imageCount()
	{
		return imageCount;
	}

	public MetricSummary metric( final String id )
	{
		final MetricSummary s = byMetric.get( id );
		if ( s == null )
			throw new IllegalArgumentException( "no metric '" + id + "' in the summary of " + algorithm );
		return s;
	}

	public List< MetricSummary > metrics()
	{
		return Collections.unmodifiableList( new ArrayList<>( byMetric.values() ) );
	}

	@Override
	public String toString()
	{
		return algorithm + " " + byMetric.values();
	}
}
