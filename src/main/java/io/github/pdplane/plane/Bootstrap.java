package io.github.pdplane.plane;

import java.util.Arrays;
import java.util.SplittableRandom;

import io.github.pdplane.PdPlaneException;

/**
 * Percentile bootstrap intervals over images (Efron and Tibshirani, "An Introduction to the Bootstrap",
 * 1993, ch. 13): the algorithm's images are resampled with replacement, the set value of each metric is
 * recomputed by the metric's own {@link SetRule} (so RMSE stays the root of the mean MSE and PI comes
 * from the resample's mean Ma and NIQE), and the interval is the central {@code confidence} part of the
 * resampled values.
 * <p>
 * Reproducible by construction: each algorithm draws its resamples from its own generator started from
 * the same seed, over its images in name order, so an algorithm's interval does not depend on the other
 * algorithms, their order, the thread count or the order in which results arrived; algorithms with the
 * same images get the same resamples (a paired bootstrap). Every metric of an algorithm is recomputed
 * from the same resamples, so the x and y intervals come from one joint resampling.
 * <p>
 * Percentiles interpolate linearly between order statistics (Hyndman and Fan's definition 7, the
 * default of R and NumPy). Resamples in which no image has a value are left out.
 */
public final class Bootstrap
{
	public static final int DEFAULT_RESAMPLES = 1000;

	public static final long DEFAULT_SEED = 2018;

	public static final double DEFAULT_CONFIDENCE = 0.95;

	/**
	 * The most resamples a run takes: 16 MB of resampled values per algorithm and seconds of work. Far beyond
	 * what an interval's precision needs (1000 give it to about a percent), and it stops a mistyped count from
	 * failing on memory after all the scoring.
	 */
	public static final int MAXIMUM_RESAMPLES = 1_000_000;

	private final int resamples;

	private final long seed;

	private final double confidence;

	public Bootstrap( final int resamples, final long seed, final double confidence )
	{
		if ( resamples < 2 )
			throw new PdPlaneException( "A bootstrap needs at least 2 resamples, not " + resamples + "." );
		if ( resamples > MAXIMUM_RESAMPLES )
			throw new PdPlaneException( "A bootstrap of " + resamples + " resamples is more than the " + MAXIMUM_RESAMPLES
					+ " PD Plane takes (1000 give the intervals to about a percent)." );
		if ( !( confidence > 0 && confidence < 1 ) )
			throw new IllegalArgumentException( "the confidence must lie strictly between 0 and 1, not " + confidence );
		this.resamples = resamples;
		this.seed = seed;
		this.confidence = confidence;
	}

	/** 1000 resamples, seed {@value #DEFAULT_SEED}, 95%. */
	public static Bootstrap standard()
	{
		return new Bootstrap( DEFAULT_RESAMPLES, DEFAULT_SEED, DEFAULT_CONFIDENCE );
	}

	public int resamples()
	{
		return resamples;
	}

	public long seed()
	{
		return seed;
	}

	public double confidence()
	{
		return confidence;
	}

	/** For captions: {@code "95% bootstrap intervals over images (1000 resamples, seed 2018)"}. */
	public String describe()
	{
		return formatPercent( confidence ) + " bootstrap intervals over images (" + resamples + " resamples, seed " + seed + ")";
	}

	/**
	 * The interval of each metric in {@code metricIds}, in that order, from one joint resampling of the
	 * algorithm's images.
	 */
	public Interval[] intervals( final Evaluation evaluation, final String algorithm, final String... metricIds )
	{
		final int[] columns = new int[ metricIds.length ];
		for ( int k = 0; k < columns.length; k++ )
			columns[ k ] = evaluation.requireColumn( metricIds[ k ] );
		final Interval[] out = new Interval[ columns.length ];
		final int n = evaluation.imageCount( algorithm );
		if ( n == 0 )
		{
			Arrays.fill( out, Interval.NONE );
			return out;
		}
		final double[][] values = new double[ columns.length ][ resamples ];
		final SplittableRandom random = new SplittableRandom( seed );
		final int[] sample = new int[ n ];
		for ( int b = 0; b < resamples; b++ )
		{
			for ( int i = 0; i < n; i++ )
				sample[ i ] = random.nextInt( n );
			for ( int k = 0; k < columns.length; k++ )
				values[ k ][ b ] = evaluation.setValue( algorithm, columns[ k ], sample );
		}
		final double tail = ( 1 - confidence ) / 2;
		for ( int k = 0; k < columns.length; k++ )
		{
			final double[] sorted = Arrays.stream( values[ k ] ).filter( v -> !Double.isNaN( v ) ).sorted().toArray();
			out[ k ] = sorted.length == 0 ? Interval.NONE : new Interval( percentile( sorted, tail ), percentile( sorted, 1 - tail ) );
		}
		return out;
	}

	/** Hyndman and Fan definition 7 on sorted, non-empty values. */
	static double percentile( final double[] sorted, final double p )
	{
		final double h = ( sorted.length - 1 ) * p;
		final int below = ( int ) Math.floor( h );
		if ( below >= sorted.length - 1 )
			return sorted[ sorted.length - 1 ];
		final double a = sorted[ below ];
		final double b = sorted[ below + 1 ];
		return a == b ? a : a + ( h - below ) * ( b - a );
	}

	private static String formatPercent( final double fraction )
	{
		final double percent = fraction * 100;
		return ( percent == Math.rint( percent ) ? Long.toString( Math.round( percent ) ) : Double.toString( percent ) ) + "%";
	}
}
