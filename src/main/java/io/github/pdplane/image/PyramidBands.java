package io.github.pdplane.image;

/**
 * The sub-bands of one image in a steerable pyramid, in the layout of matlabPyrTools (E. P. Simoncelli): a
 * high-pass residual, then at each scale, finest first, one band per orientation, then a low-pass residual.
 * Both of PD Plane's pyramids give their bands this way: the Fourier-domain one of Ma et al.'s features
 * ({@code buildSFpyr}) and the spatial one of VIF and IFC ({@link SpatialSteerablePyramid}, {@code buildSpyr}).
 * A pyramid built for a metric may leave out what the metric does not use; asking for it is then an error.
 * Immutable.
 */
public final class PyramidBands
{
	private final Plane highpass;

	private final Plane[][] bands;

	private final Plane lowpass;

	/**
	 * @param highpass
	 *            the high-pass residual, or {@code null} where it was not built
	 * @param bands
	 *            {@code bands[scale][orientation]}, finest scale first; an element is {@code null} where that
	 *            band was not built
	 * @param lowpass
	 *            the low-pass residual, or {@code null} where it was not built
	 */
	public PyramidBands( final Plane highpass, final Plane[][] bands, final Plane lowpass )
	{
		if ( bands.length == 0 )
			throw new IllegalArgumentException( "a pyramid needs at least one scale" );
		this.highpass = highpass;
		this.bands = new Plane[ bands.length ][];
		for ( int s = 0; s < bands.length; s++ )
		{
			if ( bands[ s ].length != bands[ 0 ].length )
				throw new IllegalArgumentException( "every scale needs the same number of orientations" );
			this.bands[ s ] = bands[ s ].clone();
		}
		this.lowpass = lowpass;
	}

	/** The high-pass residual, full size. */
	public Plane highpass()
	{
		return built( highpass, "high-pass residual" );
	}

	/** Orientation {@code orientation} of scale {@code scale}, both 0-based, scale 0 the finest. */
	public Plane band( final int scale, final int orientation )
	{
		return built( bands[ scale ][ orientation ], "band of orientation " + orientation + " at scale " + scale );
	}

	public int scales()
	{
		return bands.length;
	}

	public int orientations()
	{
		return bands[ 0 ].length;
	}

	/** The low-pass residual below the coarsest scale. */
	public Plane lowpass()
	{
		return built( lowpass, "low-pass residual" );
	}

	private static Plane built( final Plane band, final String what )
	{
		if ( band == null )
			throw new IllegalStateException( "the " + what + " was not built" );
		return band;
	}
}
