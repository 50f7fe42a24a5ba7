package io.github.pdplane.metrics;

/**
 * A sum of natural logarithms {@code sum ln(x_i)}, taken as the logarithm of running products: one
 * {@code log} per many terms instead of one per term, which would be most of the time of VIF, IFC and VIFp
 * (the releases take {@code log2} or {@code log10} of each of a million terms per image pair). The product is
 * handed to {@code log} before it could overflow or underflow, and a term too large to multiply safely is
 * taken alone, so the result equals the sum of the logarithms up to rounding (a few units in the last place
 * of each product, far below the rounding of the sum itself). Non-positive and NaN terms give what the sum
 * of their logarithms gives: {@code -Infinity} for 0, NaN for a negative or NaN term. Not thread-safe: one
 * per sum.
 */
final class LogSum
{
	/** Products are logged once past this: a factor below {@link #LARGE} cannot take them past {@code 1e300}. */
	private static final double FLUSH_ABOVE = 1e200, FLUSH_BELOW = 1e-200;

	/** A term from here on is taken alone. */
	private static final double LARGE = 1e100;

	private double product = 1;

	private double sum = 0;

	/** Adds {@code ln(x)}. */
	void add( final double x )
	{
		if ( x >= LARGE )
		{
			sum += Math.log( x );
			return;
		}
		product *= x;
		if ( !( product <= FLUSH_ABOVE && product >= FLUSH_BELOW ) )
			flush();
	}

	/**
	 * Adds {@code sum_j ln(1 + scale values[j])}: a block's terms multiplied first, so that the running product
	 * takes one factor per block, where that factor is safely representable, and otherwise term by term.
	 */
	void addOnePlusScaled( final double scale, final double[] values )
	{
		double block = 1;
		for ( final double v : values )
			block *= 1 + scale * v;
		if ( block >= FLUSH_BELOW && block < LARGE )
			add( block );
		else
			for ( final double v : values )
				add( 1 + scale * v );
	}

	/** The sum of the logarithms of the terms added so far. */
	double sum()
	{
		flush();
		return sum;
	}

	private void flush()
	{
		sum += Math.log( product );
		product = 1;
	}
}
