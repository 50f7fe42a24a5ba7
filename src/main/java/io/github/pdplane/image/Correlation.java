package io.github.pdplane.image;

/**
 * 2-D correlation as MATLAB's {@code filter2} and {@code imfilter} compute it (algorithms spec, section
 * 0): the kernel is not flipped ({@code conv2} flips it), {@code out(i, j) = sum h(r, c) X(i + r - a, j + c
 * - b)} with the anchor {@code (a, b)} of {@link OutputShape}. {@code filter2(h, X, shape)} is
 * {@code correlate(X, h, BorderMode.ZERO, shape)}; {@code imfilter(X, h, border, shape)} is
 * {@code correlate(X, h, border, shape)}.
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
		return correlate( image, kernel, border, shape, 1 );
	}

	/**
	 * Every {@code step}-th output of {@link #correlate(Plane, double[][], BorderMode, OutputShape)} in both
	 * directions, from the first ({@code Y(1:step:end, 1:step:end)}), computing only those: with
	 * {@link BorderMode#REFLECT1} and {@link OutputShape#SAME} this is matlabPyrTools'
	 * {@code corrDn(X, h, 'reflect1', [step step], [1 1])} for kernels of odd size. The products are summed
	 * in the same order, so the result is bit for bit that of filtering and then subsampling.
	 */
	public static Plane correlate( final Plane image, final double[][] kernel, final BorderMode border, final OutputShape shape,
			final int step )
	{
		final int kh = kernel.length;
		final int kw = kh == 0 ? 0 : kernel[ 0 ].length;
		for ( final double[] row : kernel )
			if ( row.length != kw || kw == 0 )
				throw new IllegalArgumentException( "a kernel needs equal, non-empty rows" );
		checkStep( step );
		final int outW = kept( shape.outputLength( image.width(), kw ), step ), outH = kept( shape.outputLength( image.height(), kh ), step );
		final double[] out = new double[ outW * outH ];
		if ( out.length == 0 )
			return new Plane( outW, outH, out );
		final double[][][] phases = phases( pad( image, ( outW - 1 ) * step + kw, ( outH - 1 ) * step + kh, shape.firstInput( kw ),
				shape.firstInput( kh ), border ), step );
		for ( int oy = 0; oy < outH; oy++ )
		{
			final int o = oy * outW;
			for ( int ky = 0; ky < kh; ky++ )
			{
				final double[][] row = phases[ oy * step + ky ];
				for ( int kx = 0; kx < kw; kx++ )
				{
					final double w = kernel[ ky ][ kx ];
					final double[] phase = row[ kx % step ];
					final int first = kx / step;
					for ( int ox = 0; ox < outW; ox++ )
						out[ o + ox ] += w * phase[ first + ox ];
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
		return correlateSeparable( image, vertical, horizontal, border, shape, 1 );
	}

	/**
	 * Every {@code step}-th output of {@link #correlateSeparable(Plane, double[], double[], BorderMode,
	 * OutputShape)} in both directions, from the first, computing only those (the column pass on the kept
	 * rows, the row pass at the kept columns), bit for bit as filtering and then subsampling.
	 */
	public static Plane correlateSeparable( final Plane image, final double[] vertical, final double[] horizontal,
			final BorderMode border, final OutputShape shape, final int step )
	{
		final int kh = vertical.length, kw = horizontal.length;
		if ( kh == 0 || kw == 0 )
			throw new IllegalArgumentException( "a kernel needs at least one element" );
		checkStep( step );
		final int outW = kept( shape.outputLength( image.width(), kw ), step ), outH = kept( shape.outputLength( image.height(), kh ), step );
		final double[] out = new double[ outW * outH ];
		if ( out.length == 0 )
			return new Plane( outW, outH, out );
		final int pw = ( outW - 1 ) * step + kw;
		final double[][] padded = pad( image, pw, ( outH - 1 ) * step + kh, shape.firstInput( kw ), shape.firstInput( kh ), border );
		final double[] columns = new double[ pw ];
		final double[][] phases = new double[ step ][];
		for ( int oy = 0; oy < outH; oy++ )
		{
			java.util.Arrays.fill( columns, 0 );
			for ( int ky = 0; ky < kh; ky++ )
			{
				// one row at one index: a loop the JIT vectorises
				final double w = vertical[ ky ];
				final double[] row = padded[ oy * step + ky ];
				for ( int x = 0; x < pw; x++ )
					columns[ x ] += w * row[ x ];
			}
			split( columns, step, phases );
			final int o = oy * outW;
			for ( int kx = 0; kx < kw; kx++ )
			{
				final double w = horizontal[ kx ];
				final double[] phase = phases[ kx % step ];
				final int first = kx / step;
				for ( int ox = 0; ox < outW; ox++ )
					out[ o + ox ] += w * phase[ first + ox ];
			}
		}
		return new Plane( outW, outH, out );
	}

	/** How many of {@code n} outputs every {@code step}-th one from the first keeps. */
	private static int kept( final int n, final int step )
	{
		return ( n + step - 1 ) / step;
	}

	private static void checkStep( final int step )
	{
		if ( step < 1 )
			throw new IllegalArgumentException( "a subsampling step must be at least 1, not " + step );
	}

	/**
	 * Each row split into its {@code step} phases, {@code [row][p][j] = row[p + j * step]}, so that the
	 * subsampled loops read consecutive elements; a step of 1 keeps the rows as they are.
	 */
	private static double[][][] phases( final double[][] rows, final int step )
	{
		final double[][][] phases = new double[ rows.length ][ step ][];
		for ( int r = 0; r < rows.length; r++ )
			split( rows[ r ], step, phases[ r ] );
		return phases;
	}

	private static void split( final double[] row, final int step, final double[][] into )
	{
		if ( step == 1 )
		{
			into[ 0 ] = row;
			return;
		}
		for ( int p = 0; p < step; p++ )
		{
			final double[] phase = into[ p ] != null && into[ p ].length == ( row.length - p + step - 1 ) / step ? into[ p ]
					: new double[ ( row.length - p + step - 1 ) / step ];
			for ( int j = 0; j < phase.length; j++ )
				phase[ j ] = row[ p + j * step ];
			into[ p ] = phase;
		}
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
