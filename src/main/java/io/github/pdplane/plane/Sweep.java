package io.github.pdplane.plane;

import java.math.BigDecimal;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Plane;

/**
 * The trade-off sweep: blends of a low-distortion and a high-perception output of the same image,
 * {@code (1 - alpha) * a + alpha * b} pixel by pixel, at alpha = 0, 0.1, ..., 1. Evaluated like
 * algorithms (one per alpha, named by {@link #algorithmName(double)}), they show how close simple
 * interpolation comes to the frontier.
 */
public final class Sweep
{
	/** Intervals between alpha = 0 and alpha = 1. */
	public static final int STEPS = 10;

	/**
	 * The most intervals a sweep takes: each is an evaluation of every image, and a count near
	 * {@code Integer.MAX_VALUE} would overflow the number of alphas.
	 */
	public static final int MAXIMUM_STEPS = 1000;

	private Sweep()
	{}

	/** 0, 0.1, ..., 1, each computed as {@code k / STEPS} so that no rounding accumulates and the ends are exact. */
	public static double[] alphas()
	{
		return alphas( STEPS );
	}

	/**
	 * 0, 1/steps, ..., 1, each computed as {@code k / steps}.
	 *
	 * @throws PdPlaneException
	 *             for fewer than 1 or more than {@link #MAXIMUM_STEPS} steps
	 */
	public static double[] alphas( final int steps )
	{
		if ( steps < 1 || steps > MAXIMUM_STEPS )
			throw new PdPlaneException( "A sweep takes 1.." + MAXIMUM_STEPS + " steps between its two outputs, not " + steps + "." );
		final double[] alphas = new double[ steps + 1 ];
		for ( int k = 0; k <= steps; k++ )
			alphas[ k ] = ( double ) k / steps;
		return alphas;
	}

	/** The name under which the blend at {@code alpha} is evaluated: {@code "alpha=0.3"}. */
	public static String algorithmName( final double alpha )
	{
		return "alpha=" + BigDecimal.valueOf( alpha ).stripTrailingZeros().toPlainString();
	}

	/**
	 * {@code (1 - alpha) * a + alpha * b}, in double, not rounded to the images' sample type: alpha = 0
	 * gives {@code a} and alpha = 1 gives {@code b} exactly.
	 *
	 * @throws PdPlaneException
	 *             where the planes differ in size
	 */
	public static Plane blend( final Plane a, final Plane b, final double alpha )
	{
		checkAlpha( alpha );
		if ( !a.sameSize( b ) )
			throw new PdPlaneException( "Cannot blend a " + a.width() + "x" + a.height() + " image with a " + b.width() + "x" + b.height()
					+ " image: the two outputs of a sweep must have the same size." );
		final double[] va = a.values();
		final double[] vb = b.values();
		final double[] out = new double[ va.length ];
		final double keep = 1 - alpha;
		for ( int i = 0; i < out.length; i++ )
			out[ i ] = keep * va[ i ] + alpha * vb[ i ];
		return new Plane( a.width(), a.height(), out );
	}

	/** {@link #blend(Plane, Plane, double)} channel by channel. */
	public static Plane[] blend( final Plane[] a, final Plane[] b, final double alpha )
	{
		if ( a.length != b.length )
			throw new PdPlaneException( "Cannot blend an image of " + a.length + " channel(s) with one of " + b.length
					+ ": the two outputs of a sweep must both be grey or both be colour." );
		final Plane[] out = new Plane[ a.length ];
		for ( int c = 0; c < a.length; c++ )
			out[ c ] = blend( a[ c ], b[ c ], alpha );
		return out;
	}

	/**
	 * The curve through the set values of the blends in {@code blends}, whose algorithms are named by
	 * {@link #algorithmName(double)}, at each of {@code alphas}.
	 */
	public static SweepCurve curve( final String label, final Evaluation blends, final String xId, final String yId, final double[] alphas )
	{
		final double[] x = new double[ alphas.length ];
		final double[] y = new double[ alphas.length ];
		for ( int k = 0; k < alphas.length; k++ )
		{
			final String name = algorithmName( alphas[ k ] );
			if ( !blends.algorithms().contains( name ) )
				throw new IllegalArgumentException( "the sweep evaluation has no '" + name + "'; it has " + blends.algorithms() );
			final AlgorithmSummary s = blends.summary( name );
			x[ k ] = s.metric( blends.metric( xId ).id() ).value();
			y[ k ] = s.metric( blends.metric( yId ).id() ).value();
		}
		return new SweepCurve( label, alphas, x, y );
	}

	private static void checkAlpha( final double alpha )
	{
		if ( !( alpha >= 0 && alpha <= 1 ) )
			throw new IllegalArgumentException( "alpha must lie in [0, 1], not " + alpha );
	}
}
