package io.github.pdplane.image;

/**
 * MATLAB's colour conversions with MATLAB's rounding (algorithms spec, section 0).
 */
public final class ColourConversion
{
	/**
	 * Row 1 of {@code inv([1 .956 .621; 1 -.272 -.647; 1 -1.106 1.703])}, the weights MATLAB's
	 * {@code rgb2gray} uses (not the rounded 0.2989/0.5870/0.1140 of its documentation).
	 */
	static final double GRAY_R = 0.298936021293775, GRAY_G = 0.587043074451121, GRAY_B = 0.114020904255103;

	/** ITU-R BT.601 Y row of MATLAB {@code rgb2ycbcr} for 8-bit data, and its offset. */
	static final double Y_R = 65.481, Y_G = 128.553, Y_B = 24.966, Y_OFFSET = 16;

	private ColourConversion()
	{}

	/**
	 * MATLAB {@code rgb2gray}. For integer classes ({@code max} = 255 or 65535) the result is rounded
	 * half away from zero and saturated to [0, max], as MATLAB does for {@code uint8}/{@code uint16};
	 * pass {@code NaN} as {@code max} for floating-point data, which MATLAB leaves unrounded.
	 */
	public static double[] rgb2gray( final double[] r, final double[] g, final double[] b, final double max )
	{
		final double[] out = new double[ r.length ];
		final boolean integer = !Double.isNaN( max );
		for ( int i = 0; i < out.length; i++ )
		{
			final double v = GRAY_R * r[ i ] + GRAY_G * g[ i ] + GRAY_B * b[ i ];
			out[ i ] = integer ? roundAndSaturate( v, max ) : v;
		}
		return out;
	}

	/**
	 * The Y channel of MATLAB {@code rgb2ycbcr} for {@code uint8} input: round(16 + (65.481 R + 128.553 G
	 * + 24.966 B) / 255), range 16..235.
	 */
	public static double[] rgb2ycbcrY( final double[] r, final double[] g, final double[] b )
	{
		final double[] out = new double[ r.length ];
		for ( int i = 0; i < out.length; i++ )
			out[ i ] = roundAndSaturate( Y_OFFSET + ( Y_R * r[ i ] + Y_G * g[ i ] + Y_B * b[ i ] ) / 255, 255 );
		return out;
	}

	/** MATLAB's conversion of a double to an unsigned integer class: round half away from zero, saturate. */
	public static double roundAndSaturate( final double v, final double max )
	{
		if ( !( v > 0 ) )
			return 0; // also maps NaN to 0, as MATLAB does
		final double rounded = Math.floor( v + 0.5 );
		return rounded > max ? max : rounded;
	}
}
