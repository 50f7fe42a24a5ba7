package io.github.pdplane.image;

/**
 * MATLAB's pattern "average, then keep every f-th pixel": {@code Y = imfilter(X, ones(f)/f^2, border,
 * shape); Y = Y(1:f:end, 1:f:end)}, which the 2009 {@code ssim.m} (automatic downsampling) and both
 * MS-SSIM releases use (algorithms spec, 6.2 and 6.3). Only the kept pixels are computed.
 */
public final class Downsample
{
	private Downsample()
	{}

	/** {@code X(1:step:end, 1:step:end)}: every {@code step}-th pixel in both directions from the first. */
	public static Plane every( final Plane image, final int step )
	{
		checkFactor( step );
		final int w = ( image.width() + step - 1 ) / step, h = ( image.height() + step - 1 ) / step;
		final double[] in = image.values(), out = new double[ w * h ];
		for ( int y = 0; y < h; y++ )
			for ( int x = 0; x < w; x++ )
				out[ y * w + x ] = in[ y * step * image.width() + x * step ];
		return new Plane( w, h, out );
	}

	/**
	 * {@code every(correlate(image, Kernels.box(f, f), border, shape), f)}, with the same products summed in
	 * the same order, so the result is bit for bit that of the two steps.
	 */
	public static Plane box( final Plane image, final int factor, final BorderMode border, final OutputShape shape )
	{
		checkFactor( factor );
		final int filteredW = shape.outputLength( image.width(), factor ), filteredH = shape.outputLength( image.height(), factor );
		final int w = ( filteredW + factor - 1 ) / factor, h = ( filteredH + factor - 1 ) / factor;
		final double[] out = new double[ w * h ];
		if ( out.length == 0 )
			return new Plane( w, h, out );
		final int[] columns = taps( w, factor, shape, border, image.width() );
		final int[] rows = taps( h, factor, shape, border, image.height() );
		final double weight = Kernels.box( factor, factor )[ 0 ][ 0 ];
		final double[] in = image.values();
		for ( int y = 0; y < h; y++ )
			for ( int x = 0; x < w; x++ )
			{
				double sum = 0;
				for ( int a = 0; a < factor; a++ )
				{
					final int sy = rows[ y * factor + a ];
					for ( int b = 0; b < factor; b++ )
					{
						final int sx = columns[ x * factor + b ];
						sum += weight * ( sy == BorderMode.OUTSIDE || sx == BorderMode.OUTSIDE ? 0 : in[ sy * image.width() + sx ] );
					}
				}
				out[ y * w + x ] = sum;
			}
		return new Plane( w, h, out );
	}

	/** The input index of tap {@code t} of kept output {@code i}, at {@code [i * factor + t]}. */
	private static int[] taps( final int kept, final int factor, final OutputShape shape, final BorderMode border, final int length )
	{
		final int[] taps = new int[ kept * factor ];
		for ( int i = 0; i < kept; i++ )
			for ( int t = 0; t < factor; t++ )
				taps[ i * factor + t ] = border.sourceIndex( i * factor + shape.firstInput( factor ) + t, length );
		return taps;
	}

	private static void checkFactor( final int factor )
	{
		if ( factor < 1 )
			throw new IllegalArgumentException( "a downsampling factor must be at least 1, not " + factor );
	}
}
