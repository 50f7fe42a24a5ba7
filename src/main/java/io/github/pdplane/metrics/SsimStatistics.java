package io.github.pdplane.metrics;

import io.github.pdplane.image.Kernels;

/**
 * The fused inner loop of {@link Ssim} and {@link MsSsim}: the five local statistics mu_x, mu_y,
 * E[x^2], E[y^2], E[xy] under the 11x11 Gaussian window ({@code filter2(w, ., 'valid')}), the SSIM and
 * contrast-structure maps, and their means, in one pass over the images.
 * <p>
 * The window is separable ({@link Kernels#gaussianFactor}), so each output row is one vertical pass
 * over 11 input rows into five row buffers and one horizontal pass over those buffers; the products
 * x^2, y^2 and xy are formed from the loaded pixels, never stored as images. The window is symmetric,
 * so taps {@code k} and {@code 10 - k} share one multiplication. The loops run over contiguous arrays
 * with the taps unrolled, which the JIT turns into vector code. Scratch memory is six or seven rows
 * per call. The sums differ from MATLAB's 2-D {@code filter2} only in their order, by about 1e-13 on
 * 8-bit data.
 */
final class SsimStatistics
{
	static final int WINDOW = 11;

	private static final double[] G = Kernels.gaussianFactor( WINDOW, 1.5 );

	private SsimStatistics()
	{}

	/**
	 * @param x
	 *            the first image, row-major, at least 11x11
	 * @param y
	 *            the second image, same size
	 * @param c1
	 *            {@code (K1 L)^2}
	 * @param c2
	 *            {@code (K2 L)^2}
	 * @param map
	 *            receives the {@code (width - 10) x (height - 10)} SSIM map, or {@code null}
	 * @return {mean SSIM, mean contrast-structure}
	 */
	static double[] means( final double[] x, final double[] y, final int width, final int height, final double c1, final double c2,
			final double[] map )
	{
		final int outW = width - WINDOW + 1, outH = height - WINDOW + 1;
		final double[] vx = new double[ width ], vy = new double[ width ], vxx = new double[ width ], vyy = new double[ width ],
				vxy = new double[ width ];
		final double[] mx = new double[ outW ], my = new double[ outW ], exx = new double[ outW ], eyy = new double[ outW ],
				exy = new double[ outW ];
		final double[] ssimRow = map == null ? new double[ outW ] : null;
		final double[] csRow = new double[ outW ];
		final boolean guarded = !( c1 > 0 && c2 > 0 );
		// the 11 input rows under the window, as separate arrays: loads from distinct arrays at one index
		// compile to tighter code than loads at 11 offsets into one array
		final double[][] xRows = new double[ WINDOW ][ width ], yRows = new double[ WINDOW ][ width ];
		final double[][] xWindow = new double[ WINDOW ][], yWindow = new double[ WINDOW ][];
		for ( int r = 0; r < WINDOW - 1; r++ )
		{
			System.arraycopy( x, r * width, xRows[ r ], 0, width );
			System.arraycopy( y, r * width, yRows[ r ], 0, width );
		}
		double ssimSum = 0, csSum = 0;
		for ( int oy = 0; oy < outH; oy++ )
		{
			final int newest = oy + WINDOW - 1;
			System.arraycopy( x, newest * width, xRows[ newest % WINDOW ], 0, width );
			System.arraycopy( y, newest * width, yRows[ newest % WINDOW ], 0, width );
			for ( int k = 0; k < WINDOW; k++ )
			{
				xWindow[ k ] = xRows[ ( oy + k ) % WINDOW ];
				yWindow[ k ] = yRows[ ( oy + k ) % WINDOW ];
			}
			vertical( xWindow, yWindow, width, vx, vy, vxx, vyy, vxy );
			horizontal( vx, mx, outW );
			horizontal( vy, my, outW );
			horizontal( vxx, exx, outW );
			horizontal( vyy, eyy, outW );
			horizontal( vxy, exy, outW );
			final double[] ssimOut = map == null ? ssimRow : map;
			final int offset = map == null ? 0 : oy * outW;
			if ( guarded )
				guardedMaps( mx, my, exx, eyy, exy, c1, c2, ssimOut, offset, csRow, outW );
			else
				maps( mx, my, exx, eyy, exy, c1, c2, ssimOut, offset, csRow, outW );
			ssimSum += sum( ssimOut, offset, outW );
			csSum += sum( csRow, 0, outW );
		}
		final double n = ( double ) outW * outH;
		return new double[] { ssimSum / n, csSum / n };
	}

	/** Windowed sums down the 11 rows of the window, for every column. */
	private static void vertical( final double[][] xWindow, final double[][] yWindow, final int width, final double[] vx,
			final double[] vy, final double[] vxx, final double[] vyy, final double[] vxy )
	{
		final double g0 = G[ 0 ], g1 = G[ 1 ], g2 = G[ 2 ], g3 = G[ 3 ], g4 = G[ 4 ], g5 = G[ 5 ];
		final double[] x0 = xWindow[ 0 ], x1 = xWindow[ 1 ], x2 = xWindow[ 2 ], x3 = xWindow[ 3 ], x4 = xWindow[ 4 ], x5 = xWindow[ 5 ],
				x6 = xWindow[ 6 ], x7 = xWindow[ 7 ], x8 = xWindow[ 8 ], x9 = xWindow[ 9 ], x10 = xWindow[ 10 ];
		final double[] y0 = yWindow[ 0 ], y1 = yWindow[ 1 ], y2 = yWindow[ 2 ], y3 = yWindow[ 3 ], y4 = yWindow[ 4 ], y5 = yWindow[ 5 ],
				y6 = yWindow[ 6 ], y7 = yWindow[ 7 ], y8 = yWindow[ 8 ], y9 = yWindow[ 9 ], y10 = yWindow[ 10 ];
		for ( int c = 0; c < width; c++ )
		{
			final double a0 = x0[ c ], a1 = x1[ c ], a2 = x2[ c ], a3 = x3[ c ], a4 = x4[ c ], a5 = x5[ c ], a6 = x6[ c ], a7 = x7[ c ],
					a8 = x8[ c ], a9 = x9[ c ], a10 = x10[ c ];
			final double b0 = y0[ c ], b1 = y1[ c ], b2 = y2[ c ], b3 = y3[ c ], b4 = y4[ c ], b5 = y5[ c ], b6 = y6[ c ], b7 = y7[ c ],
					b8 = y8[ c ], b9 = y9[ c ], b10 = y10[ c ];
			vx[ c ] = g0 * ( a0 + a10 ) + g1 * ( a1 + a9 ) + g2 * ( a2 + a8 ) + g3 * ( a3 + a7 ) + g4 * ( a4 + a6 ) + g5 * a5;
			vy[ c ] = g0 * ( b0 + b10 ) + g1 * ( b1 + b9 ) + g2 * ( b2 + b8 ) + g3 * ( b3 + b7 ) + g4 * ( b4 + b6 ) + g5 * b5;
			vxx[ c ] = g0 * ( a0 * a0 + a10 * a10 ) + g1 * ( a1 * a1 + a9 * a9 ) + g2 * ( a2 * a2 + a8 * a8 ) + g3 * ( a3 * a3 + a7 * a7 )
					+ g4 * ( a4 * a4 + a6 * a6 ) + g5 * ( a5 * a5 );
			vyy[ c ] = g0 * ( b0 * b0 + b10 * b10 ) + g1 * ( b1 * b1 + b9 * b9 ) + g2 * ( b2 * b2 + b8 * b8 ) + g3 * ( b3 * b3 + b7 * b7 )
					+ g4 * ( b4 * b4 + b6 * b6 ) + g5 * ( b5 * b5 );
			vxy[ c ] = g0 * ( a0 * b0 + a10 * b10 ) + g1 * ( a1 * b1 + a9 * b9 ) + g2 * ( a2 * b2 + a8 * b8 ) + g3 * ( a3 * b3 + a7 * b7 )
					+ g4 * ( a4 * b4 + a6 * b6 ) + g5 * ( a5 * b5 );
		}
	}

	/** Windowed sums along one row buffer: {@code out[i] = sum_k g[k] in[i + k]}. */
	private static void horizontal( final double[] in, final double[] out, final int outW )
	{
		final double g0 = G[ 0 ], g1 = G[ 1 ], g2 = G[ 2 ], g3 = G[ 3 ], g4 = G[ 4 ], g5 = G[ 5 ];
		for ( int i = 0; i < outW; i++ )
			out[ i ] = g0 * ( in[ i ] + in[ i + 10 ] ) + g1 * ( in[ i + 1 ] + in[ i + 9 ] ) + g2 * ( in[ i + 2 ] + in[ i + 8 ] )
					+ g3 * ( in[ i + 3 ] + in[ i + 7 ] ) + g4 * ( in[ i + 4 ] + in[ i + 6 ] ) + g5 * in[ i + 5 ];
	}

	/** SSIM and cs of one row, in the arithmetic of {@code ssim_index.m} (C1, C2 > 0). */
	private static void maps( final double[] mx, final double[] my, final double[] exx, final double[] eyy, final double[] exy,
			final double c1, final double c2, final double[] ssim, final int offset, final double[] cs, final int n )
	{
		for ( int i = 0; i < n; i++ )
		{
			final double mxx = mx[ i ] * mx[ i ], myy = my[ i ] * my[ i ], mxy = mx[ i ] * my[ i ];
			final double num2 = 2 * ( exy[ i ] - mxy ) + c2;
			final double den2 = ( exx[ i ] - mxx ) + ( eyy[ i ] - myy ) + c2;
			ssim[ offset + i ] = ( ( 2 * mxy + c1 ) * num2 ) / ( ( mxx + myy + c1 ) * den2 );
			cs[ i ] = num2 / den2;
		}
	}

	/**
	 * The guarded formula of {@code ssim_index.m} for C1 or C2 = 0: the full ratio where the product of
	 * the denominators is positive, the luminance ratio where only the contrast-structure denominator is
	 * 0, else 1; cs is its ratio where its denominator is positive, else 1.
	 */
	private static void guardedMaps( final double[] mx, final double[] my, final double[] exx, final double[] eyy, final double[] exy,
			final double c1, final double c2, final double[] ssim, final int offset, final double[] cs, final int n )
	{
		for ( int i = 0; i < n; i++ )
		{
			final double mxx = mx[ i ] * mx[ i ], myy = my[ i ] * my[ i ], mxy = mx[ i ] * my[ i ];
			final double num1 = 2 * mxy + c1, den1 = mxx + myy + c1;
			final double num2 = 2 * ( exy[ i ] - mxy ) + c2;
			final double den2 = ( exx[ i ] - mxx ) + ( eyy[ i ] - myy ) + c2;
			if ( den1 * den2 > 0 )
				ssim[ offset + i ] = ( num1 * num2 ) / ( den1 * den2 );
			else if ( den1 != 0 && den2 == 0 )
				ssim[ offset + i ] = num1 / den1;
			else
				ssim[ offset + i ] = 1;
			cs[ i ] = den2 > 0 ? num2 / den2 : 1;
		}
	}

	private static double sum( final double[] values, final int offset, final int n )
	{
		double s = 0;
		for ( int i = 0; i < n; i++ )
			s += values[ offset + i ];
		return s;
	}
}
