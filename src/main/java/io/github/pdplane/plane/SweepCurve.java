package io.github.pdplane.plane;

/**
 * The trade-off sweep drawn on the plane: the set values of pixel-wise blends
 * {@code (1 - alpha) * lowDistortion + alpha * highPerception} at each alpha.
 */
public final class SweepCurve
{
	private final String label;

	private final double[] alphas;

	private final double[] x;

	private final double[] y;

	public SweepCurve( final String label, final double[] alphas, final double[] x, final double[] y )
	{
		if ( alphas.length != x.length || alphas.length != y.length )
			throw new IllegalArgumentException( "a sweep needs one x and one y per alpha: " + alphas.length + " alphas, " + x.length
					+ " x, " + y.length + " y" );
		this.label = label;
		this.alphas = alphas.clone();
		this.x = x.clone();
		this.y = y.clone();
	}

	/** For the legend, for example {@code "EDSR to ESRGAN blend"}. */
	public String label()
	{
		return label;
	}

	public int size()
	{
		return alphas.length;
	}

	public double alpha( final int k )
	{
		return alphas[ k ];
	}

	public double x( final int k )
	{
		return x[ k ];
	}

	public double y( final int k )
	{
		return y[ k ];
	}
}
