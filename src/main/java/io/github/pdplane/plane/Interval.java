package io.github.pdplane.plane;

/** A closed interval {@code [lower, upper]} in a metric's own units; NaN bounds where there is none. */
public final class Interval
{
	/** No interval (bootstrap switched off, or no image had a value). */
	public static final Interval NONE = new Interval( Double.NaN, Double.NaN );

	private final double lower;

	private final double upper;

	public Interval( final double lower, final double upper )
	{
		if ( lower > upper )
			throw new IllegalArgumentException( "interval [" + lower + ", " + upper + "] is reversed" );
		this.lower = lower;
		this.upper = upper;
	}

	public double lower()
	{
		return lower;
	}

	public double upper()
	{
		return upper;
	}

	public boolean isDefined()
	{
		return !Double.isNaN( lower ) && !Double.isNaN( upper );
	}

	public boolean contains( final double value )
	{
		return lower <= value && value <= upper;
	}

	@Override
	public String toString()
	{
		return "[" + lower + ", " + upper + "]";
	}
}
