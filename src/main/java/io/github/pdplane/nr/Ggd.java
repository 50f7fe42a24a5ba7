package io.github.pdplane.nr;

import io.github.pdplane.math.Gamma;

/**
 * Moment-matching fit of the shape of a generalized Gaussian distribution as Ma et al.'s
 * {@code gama_gen_gauss.m} does it: with {@code rho = var(x) / (mean(|x - mean(x)|)^2 + 1e-7)}
 * ({@code var} normalised by N - 1), the shape is the point of the grid {@code 0.03:0.001:10} whose ratio
 * {@code r(g) = Gamma(1/g) Gamma(3/g) / Gamma(2/g)^2} is nearest, {@code [~, i] = min(abs(r - rho))}
 * with MATLAB's tie rule (the first index). (The BLIINDS-II original of the function took the lower end
 * of the bracket {@code r(j) >= rho > r(j + 1)} and 11 outside the grid; Ma et al.'s release replaced that
 * search, and their published features agree only with the nearest point.) The grid and its ratios are
 * computed once. Thread-safe.
 */
public final class Ggd
{
	/** Added to the squared mean absolute deviation, as in the release. */
	static final double EPSILON = 1e-7;

	private static final double[] SHAPES = Aggd.colon( 0.03, 0.001, 10 );

	/** Gamma(1/g) Gamma(3/g) / Gamma(2/g)^2 for each shape, falling along the grid. */
	private static final double[] RATIOS = new double[ SHAPES.length ];

	/** Whether the ratios fall strictly, which lets {@link #nearest} bisect. */
	private static final boolean DECREASING;

	static
	{
		boolean decreasing = true;
		for ( int i = 0; i < SHAPES.length; i++ )
		{
			final double g = SHAPES[ i ];
			final double g2 = Gamma.gamma( 2 / g );
			RATIOS[ i ] = Gamma.gamma( 1 / g ) * Gamma.gamma( 3 / g ) / ( g2 * g2 );
			decreasing &= i == 0 || RATIOS[ i ] < RATIOS[ i - 1 ];
		}
		DECREASING = decreasing;
	}

	private Ggd()
	{}

	/** The shape of {@code values[from .. from + length - 1]}. */
	public static double shape( final double[] values, final int from, final int length )
	{
		return shapeOfRatio( ratio( values, from, length ) );
	}

	/** The shape of one vector. */
	public static double shape( final double[] values )
	{
		return shape( values, 0, values.length );
	}

	/** The shape of the concatenation of the vectors, {@code [a; b; ...]} in MATLAB. */
	public static double shape( final double[]... parts )
	{
		long n = 0;
		double sum = 0;
		for ( final double[] p : parts )
		{
			for ( final double v : p )
				sum += v;
			n += p.length;
		}
		final double mean = sum / n;
		double squares = 0, absolute = 0;
		for ( final double[] p : parts )
			for ( final double v : p )
			{
				final double d = v - mean;
				squares += d * d;
				absolute += Math.abs( d );
			}
		return shapeOfRatio( ratio( squares, absolute, n ) );
	}

	/** {@code var(x) / (mean(|x - mean(x)|)^2 + 1e-7)}: two passes, as MATLAB's {@code mean} and {@code var}. */
	public static double ratio( final double[] values, final int from, final int length )
	{
		double sum = 0;
		for ( int i = from; i < from + length; i++ )
			sum += values[ i ];
		final double mean = sum / length;
		double squares = 0, absolute = 0;
		for ( int i = from; i < from + length; i++ )
		{
			final double d = values[ i ] - mean;
			squares += d * d;
			absolute += Math.abs( d );
		}
		return ratio( squares, absolute, length );
	}

	private static double ratio( final double squares, final double absolute, final long n )
	{
		final double meanAbsolute = absolute / n;
		return squares / ( n - 1 ) / ( meanAbsolute * meanAbsolute + EPSILON );
	}

	/** The grid shape nearest in ratio: {@code g(i)} for {@code [~, i] = min(abs(r - rho))}. */
	public static double shapeOfRatio( final double rho )
	{
		return SHAPES[ nearest( rho ) ];
	}

	/**
	 * MATLAB's {@code [~, i] = min(abs(r - rho))}, 0-based. Along the strictly falling ratios the distances
	 * fall, then rise, so the minimum sits at the crossing that bisection finds; an equal distance just
	 * before it is MATLAB's choice (the first index). NaN gives index 0, as MATLAB's {@code min} over
	 * NaNs. Without that order (never for these Gamma values, but checked) it scans.
	 */
	static int nearest( final double rho )
	{
		if ( Double.isNaN( rho ) )
			return 0;
		if ( !DECREASING )
			return scan( rho );
		int lo = 0, hi = RATIOS.length; // the first index whose ratio is below rho
		while ( lo < hi )
		{
			final int mid = ( lo + hi ) >>> 1;
			if ( RATIOS[ mid ] < rho )
				hi = mid;
			else
				lo = mid + 1;
		}
		int best = Math.min( lo, RATIOS.length - 1 );
		if ( lo > 0 && distance( lo - 1, rho ) <= distance( best, rho ) )
			best = lo - 1;
		while ( best > 0 && distance( best - 1, rho ) == distance( best, rho ) )
			best--;
		return best;
	}

	static int scan( final double rho )
	{
		int best = 0;
		for ( int i = 1; i < RATIOS.length; i++ )
			if ( distance( i, rho ) < distance( best, rho ) )
				best = i;
		return best;
	}

	private static double distance( final int i, final double rho )
	{
		return Math.abs( RATIOS[ i ] - rho );
	}

	/** The number of grid shapes (9971). */
	public static int gridSize()
	{
		return SHAPES.length;
	}

	public static double gridShape( final int i )
	{
		return SHAPES[ i ];
	}

	public static double gridRatio( final int i )
	{
		return RATIOS[ i ];
	}
}
