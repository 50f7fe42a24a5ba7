package io.github.pdplane.plane;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import io.github.pdplane.nr.ma.PerceptualIndex;

/**
 * The one table of set-aggregation rules, by metric id. A metric not listed here is averaged.
 * <p>
 * The PIRM 2018 challenge (its {@code evaluate_results.m}) defines the two set values that differ from
 * the mean: RMSE is the root of the mean per-image MSE, and the Perceptual Index is computed from the
 * mean Ma score and the mean NIQE.
 */
public final class AggregationRules
{
	/** The top of the Ma et al. score's range, the {@code 10} in the Perceptual Index. */
	public static final double MA_MAXIMUM = PerceptualIndex.MA_SCALE;

	private static final Map< String, SetRule > RULES;

	static
	{
		final Map< String, SetRule > rules = new HashMap<>();
		rules.put( "rmse", SetRule.aggregating( Aggregation.ROOT_MEAN_SQUARE ) );
		rules.put( "pi", SetRule.derived( Aggregation.MEAN, "((10 - mean Ma) + mean NIQE) / 2 over the images with both",
				inputs -> perceptualIndex( inputs[ 0 ], inputs[ 1 ] ), "ma", "niqe" ) );
		RULES = Collections.unmodifiableMap( rules );
	}

	private static final SetRule DEFAULT = SetRule.aggregating( Aggregation.MEAN );

	private AggregationRules()
	{}

	public static SetRule forMetric( final String id )
	{
		return RULES.getOrDefault( id, DEFAULT );
	}

	/**
	 * The Perceptual Index of Blau et al. (PIRM 2018), {@code ((10 - Ma) + NIQE) / 2}: per image, or for
	 * a set from the set's mean Ma and mean NIQE.
	 */
	public static double perceptualIndex( final double ma, final double niqe )
	{
		return PerceptualIndex.of( ma, niqe );
	}
}
