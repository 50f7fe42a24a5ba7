package io.github.pdplane.image;

/**
 * 2-D correlation as MATLAB's {@code filter2} and {@code imfilter} compute it (algorithms spec, section
 * 0): the kernel is not flipped ({@code conv2} flips it), {@code out(i, j) = sum h(r, c) X(i + r - a, j + c
 * - b)} with the anchor {@code (a, b)} of {@link OutputShape}. {@code filter2(h, X, shape)} is
 * {@code correlate(X, h, BorderMode.ZERO, shape)}; {@code imfilter(X, h, border, shape)} is
 * {@code correlate(X, h, border, shape)}; matlabPyrTools' {@code corrDn(X, h, 'reflect1')} is {@code
 * correlate(X, h, BorderMode.REFLECT1, OutputShape.SAME)} for kernels of odd size.
 * <p>
 * Both versions pad the image by the border rule into separate rows first and then filter without
 * branches over contiguous rows. Kernels of any size work, including kernels larger than the image.
 */
public final class Correlation
{
	private Correlation()
	{}

	/**
	 * Correlation with a 2-D kernel {@code h[row][column]}.
	 *
	 * @param border
	 *            what lies outside the image (irrelevant for {@link OutputShape#VALID})
	 */
	public static Plane correlate( final Plane image, final double[][] kernel, final BorderMode border, final OutputShape shape )
	{
		final int kh = kernel.length;
		final int kw = kh == 0 ? 0 : kernel[ 0 ].length;
		for ( final double[] row : kernel )
			if ( row.length != kw || kw == 0 )
				throw new IllegalArgumentException( "a kernel needs equal, non-empty rows" );
		final int outW = shape.outputLength( image.width(), kw ), outH = shape.outputLength( image.height(), kh );
		final double[] out = new double[ outW * outH ];
		if ( out.length == 0 )
			return new Plane( outW, outH, out );
		final double[][] padded = pad( image, outW + kw - 1, outH + kh - 1, shape.firstInput( kw ), shape.firstInput( kh ), border );
		for ( int oy = 0; oy < outH; oy++ )
		{
			final int o = oy * outW;
			for ( int ky = 0; ky < kh; ky++ )
			{
				final double[] row = padded[ oy + ky ];
				for ( int kx = 0; kx < kw; kx++ )
				{
					final double w = kernel[ ky ][ kx ];
					for ( int ox = 0; ox < outW; ox++ )
						out[ o + ox ] += w * row[ kx + ox ];
				}
			}
		}
		return new Plane( outW, outH, out );
	}

	/**
	 * Correlation with the separable kernel {@code h[r][c] = vertical[r] * horizontal[c]}, down the columns
	 * first and then along the rows. Equal to {@link #correlate} with {@link Kernels#outer} up to rounding
	 * (the products are summed in another order), at {@code kh + kw} instead of {@code kh * kw}
	 * multiplications per pixel.
	 */
	public static Plane correlateSeparable( final Plane image, final double[] vertical, final double[] horizontal,
			final BorderMode border, final OutputShape shape )
	{
		final int kh = vertical.length, kw = horizontal.length;
		if ( kh == 0 || kw == 0 )
			throw new IllegalArgumentException( "a kernel needs at least one element" );
		final int outW = shape.outputLength( image.width(), kw ), outH = shape.outputLength( image.height(), kh );
		final double[] out = new double[ outW * outH ];
		if ( out.length == 0 )
			return new Plane( outW, outH, out );
		final int pw = outW + kw - 1;
		final double[][] padded = pad( image, pw, outH + kh - 1, shape.firstInput( kw ), shape.firstInput( kh ), border );
		final double[] columns = new double[ pw ];
		for ( int oy = 0; oy < outH; oy++ )
		{
			java.util.Arrays.fill( columns, 0 );
			for ( int ky = 0; ky < kh; ky++ )
			{
				// one row at one index: a loop the JIT vectorises
				final double w = vertical[ ky ];
				final double[] row = padded[ oy + ky ];
				for ( int x = 0; x < pw; x++ )
					columns[ x ] += w * row[ x ];
			}
			final int o = oy * outW;
			for ( int kx = 0; kx < kw; kx++ )
			{
				final double w = horizontal[ kx ];
				for ( int ox = 0; ox < outW; ox++ )
					out[ o + ox ] += w * columns[ ox + kx ];
			}
		}
		return new Plane( outW, outH, out );
	}

	/**
	 * The {@code width x height} window of the image extended by {@code border} whose top-left corner is
	 * at image position {@code (x0, y0)}, as separate rows.
	 */
	static double[][] pad( final Plane image, final int width, final int height, final int x0, final int y0, final BorderMode border )
	{
		final int w = image.width(), h = image.height();
		final double[] values = image.values();
		final int[] columns = new int[ width ];
		// by position, not by index: OUTSIDE is -1, the index a zero border gives position -1
		final boolean inside = x0 >= 0 && x0 + width <= w;
		for ( int x = 0; x < width; x++ )
			columns[ x ] = border.sourceIndex( x + x0, w );
		final double[][] padded = new double[ height ][ width ];
		for ( int y = 0; y < height; y++ )
		{
			final int sy = border.sourceIndex( y + y0, h );
			if ( sy == BorderMode.OUTSIDE )
				continue;
			final double[] row = padded[ y ];
			final int s = sy * w;
			if ( inside )
				System.arraycopy( values, s + x0, row, 0, width );
			else
				for ( int x = 0; x < width; x++ )
					if ( columns[ x ] != BorderMode.OUTSIDE )
						row[ x ] = values[ s + columns[ x ] ];
		}
		return padded;
	}
}
