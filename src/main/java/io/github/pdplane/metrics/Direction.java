package io.github.pdplane.metrics;

/** Which way a metric improves; the plane and its axis labels read it. */
public enum Direction
{
	LOWER_IS_BETTER( "lower is better" ),
	HIGHER_IS_BETTER( "higher is better" );

	private final String label;

	Direction( final String label )
	{
		this.label = label;
	}

	public String label()
	{
		return label;
	}
}
