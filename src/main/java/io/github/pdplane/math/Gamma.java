package io.github.pdplane.math;

/**
 * The Gamma function for positive arguments by W. J. Cody's rational minimax approximations ("An
 * overview of software development for special functions", Lecture Notes in Mathematics 506, 1976;
 * coefficients from Hart et al., "Computer Approximations", 1968), the algorithm MATLAB's
 * {@code gamma} documents. Arguments are reduced to (1, 2) by the recurrence below 12; above, Stirling's
 * series with Hart's coefficients. Relative error about 1e-16; {@link StrictMath} makes it the same
 * number on every platform.
 */
public final class Gamma
{
	/** Numerator of the approximation of Gamma(1 + z) on [0, 1]. */
	private static final double[] P = { -1.71618513886549492533811e+0, 2.47656508055759199108314e+1, -3.79804256470945635097577e+2,
			6.29331155312818442661052e+2, 8.66966202790413211295064e+2, -3.14512729688483675254357e+4, -3.61444134186911729807069e+4,
			6.64561438202405440627855e+4 };

	/** Denominator of the same. */
	private static final double[] Q = { -3.08402300119738975254353e+1, 3.15350626979604161529144e+2, -1.01515636749021914166146e+3,
			-3.10777167157231109440444e+3, 2.25381184209801510330112e+4, 4.75584627752788110767815e+3, -1.34659959864969306392456e+5,
			-1.15132259675553483497211e+5 };

	/** Stirling's series for log Gamma above 12: the last one is the leading term. */
	private static final double[] C = { -1.910444077728e-03, 8.4171387781295e-04, -5.952379913043012e-04, 7.93650793500350248e-04,
			-2.777777777777681622553e-03, 8.333333333333333331554247e-02, 5.7083835261e-03 };

	/** log(sqrt(2 pi)). */
	private static final double LOG_SQRT_2PI = 0.9189385332046727417803297;

	/** Beyond this Gamma overflows a double. */
	private static final double OVERFLOW = 171.624;

	private Gamma()
	{}

	/** Gamma(x) for x > 0; {@code NaN} otherwise, {@code +Infinity} where it overflows. */
	public static double gamma( final double x )
	{
		if ( !( x > 0 ) )
			return Double.NaN;
		if ( x < Math.ulp( 1.0 ) )
			return 1 / x;
		if ( x >= 12 )
		{
			if ( x > OVERFLOW )
				return Double.POSITIVE_INFINITY;
			final double square = x * x;
			double sum = C[ 6 ];
			for ( int i = 0; i < 6; i++ )
				sum = sum / square + C[ i ];
			sum = sum / x - x + LOG_SQRT_2PI + ( x - 0.5 ) * StrictMath.log( x );
			return StrictMath.exp( sum );
		}
		final boolean below1 = x < 1;
		final int shifts = below1 ? 0 : ( int ) Math.floor( x ) - 1;
		double y = below1 ? x + 1 : x - shifts;
		final double z = below1 ? x : y - 1;
		double numerator = 0, denominator = 1;
		for ( int i = 0; i < 8; i++ )
		{
			numerator = ( numerator + P[ i ] ) * z;
			denominator = denominator * z + Q[ i ];
		}
		double result = numerator / denominator + 1;
		if ( below1 )
			return result / x;
		for ( int i = 0; i < shifts; i++ )
		{
			result *= y;
			y += 1;
		}
		return result;
	}
}
