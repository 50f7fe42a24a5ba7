package io.github.pdplane.plane;

/**
 * One metric of one algorithm over its images: the set value by the metric's {@link SetRule} (the value
 * the plane plots), the plain mean and the sample standard deviation of the per-image values, and how
 * many images had a value.
 */
public final class MetricSummary
{
	private final PlaneMetric metric;

	private final double value;

	private final double mean;

	private final double standardDeviation;

	private final int count;

	private final int missing;

	private final String rule;

	private MetricSummary( final PlaneMetric metric, final double value, final double mean, final double standardDeviation,
			final int count, final int missing, final String rule )
	{
		this.metric = metric;
		this.value = value;
		this.mean = mean;
		this.standardDeviation = standardDeviation;
		this.count = count;
		this.missing = missing;
		this.rule = rule;
	}

	static MetricSummary of( final PlaneMetric metric, final double[] perImage, final double setValue, final String rule )
	{
		double sum = 0;
		int count = 0;
		for ( final double v : perImage )
			if ( !Double.isNaN( v ) )
			{
				sum += v;
				count++;
			}
		final double mean = count == 0 ? Double.NaN : sum / count;
		double squares = 0;
		for ( final double v : perImage )
			if ( !Double.isNaN( v ) )
				squares += ( v - mean ) * ( v - mean );
		// MATLAB's std: normalised by N - 1, and 0 (not NaN) for a single value.
		final double sd = count == 0 ? Double.NaN : count == 1 ? 0 : Math.sqrt( squares / ( count - 1 ) );
		return new MetricSummary( metric, setValue, mean, sd, count, perImage.length - count, rule );
	}

	public PlaneMetric metric()
	{
		return metric;
	}

	/** The set value: the mean, or the metric's PIRM aggregate (RMSE from the mean MSE, PI from mean Ma and NIQE). */
	public double value()
	{
		return value;
	}

	/** The arithmetic mean of the per-image values. */
	public double mean()
	{
		return mean;
	}

	/** The sample standard deviation (N - 1) of the per-image values; 0 for one image, NaN for none. */
	public double standardDeviation()
	{
		return standardDeviation;
	}

	/** Images with a value. */
	public int count()
	{
		return count;
	}

	/** Images without a value (NaN: the image failed), left out of every statistic. */
	public int missing()
	{
		return missing;
	}

	/** How {@link #value()} was computed. */
	public String rule()
	{
		return rule;
	}

	@Override
	public String toString()
	{
		return metric.id() + " " + value + " (mean " + mean + ", sd " + standardDeviation + ", n " + count + ", missing " + missing + ")";
	}
}
