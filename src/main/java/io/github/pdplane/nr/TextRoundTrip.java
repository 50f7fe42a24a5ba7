package io.github.pdplane.nr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * What a number becomes when a program prints it with C's {@code printf} and another reads it back with
 * {@code strtod}: the BRISQUE release passes its features and its score through text files this way
 * ({@link BrisqueModel}), and the rounding of that text is part of its result.
 * <p>
 * The printed decimal is the exact binary value rounded to the format's precision, ties to even (as glibc
 * does; a tie needs a binary value exactly halfway, which for six decimals means an odd multiple of 1/128
 * such as 0.0078125, and practically never occurs in features), and reading it back gives the
 * double nearest that decimal ({@link Double#parseDouble} rounds correctly, as {@code strtod} does). The
 * sign of a zero is not kept ({@code -0.000000} reads as a zero either way, which no later step tells
 * apart). {@code NaN} and infinities are returned unchanged.
 */
final class TextRoundTrip
{
	/** The precision of {@code %f} and {@code %g} without an explicit one. */
	static final int DEFAULT_PRECISION = 6;

	private static final MathContext SIGNIFICANT = new MathContext( DEFAULT_PRECISION, RoundingMode.HALF_EVEN );

	private TextRoundTrip()
	{}

	/** {@code %f}: six decimals after the point (MATLAB's {@code fprintf('%f')}). */
	static double fixed( final double value )
	{
		if ( !Double.isFinite( value ) )
			return value;
		return Double.parseDouble( new BigDecimal( value ).setScale( DEFAULT_PRECISION, RoundingMode.HALF_EVEN ).toString() );
	}

	/**
	 * {@code %g}: six significant digits (LIBSVM's {@code svm-scale} and {@code svm-predict}). Whether the
	 * text takes the exponent form changes its look, not its digits.
	 */
	static double general( final double value )
	{
		if ( !Double.isFinite( value ) || value == 0 )
			return value;
		return Double.parseDouble( new BigDecimal( value ).round( SIGNIFICANT ).toString() );
	}
}
