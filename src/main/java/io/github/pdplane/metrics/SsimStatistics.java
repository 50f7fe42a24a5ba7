package io.github.pdplane.metrics;

import io.github.pdplane.image.Kernels;

/**
 * The fused inner loop of {@link Ssim} and {@link MsSsim}: the five local statistics mu_x, mu_y,
 * E[x^2], E[y^2], E[xy] under the 11x11 Gaussian window ({@code filter2(w, ., 'valid')}), the SSIM and
 * contrast-structure maps, and their means, in one streaming pass over the images.
 * <p>
 * The window is separable ({@link Kernels#gaussianFactor}) and symmetric. Each input row enters a ring
 * of the last 11 rows once, together with its products x^2, y^2 and xy. Each output row is then a
 * vertical pass over the ring (taps {@code k} and {@code 10 - k} share a multiplication) into five row
 * buffers, a horizontal pass over those, and the maps. The vertical loops read whole rows at one index
 * and are short enough for HotSpot's C2 compiler to unroll and vectorise them (its unrolling limit
 * rules out one loop over all 11 taps); the horizontal loops read one row at 11 offsets, which C2 does
 * not vectorise, so they are written as one expression per output. No image-sized scratch memory: the
 * ring and a few rows per call. The sums differ from MATLAB's 2-D {@code filter2} only in their order,
 * by about 1e-13 on 8-bit data.
 */
final class SsimStatistics
{
	static final int WINDOW = 11;

	private static final int RADIUS = WINDOW / 2;

	private static final double[] G = Kernels.gaussianFactor( WINDOW, 1.5 );

	/** The five quantities the window averages, in ring order. */
	private static final int X = 0, Y = 1, XX = 2, YY = 3, XY = 4, QUANTITIES = 5;

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
		final double[][][] ring = new double[ QUANTITIES ][ WINDOW ][ width ];
		final double[][] window = new double[ WINDOW ][];
		final double[][] vertical = new double[ QUANTITIES ][ width ];
		final double[][] local = new double[ QUANTITIES ][ outW ];
		final double[] ssimRow = map == null ? new double[ outW ] : null;
		final double[] csRow = new double[ outW ];
		final boolean guarded = !( c1 > 0 && c2 > 0 );
		for ( int r = 0; r < WINDOW - 1; r++ )
			enter( x, y, width, r, ring );
		double ssimSum = 0, csSum = 0;
		for ( int oy = 0; oy < outH; oy++ )
		{
			enter( x, y, width, oy + WINDOW - 1, ring );
			for ( int q = 0; q < QUANTITIES; q++ )
			{
				for ( int k = 0; k < WINDOW; k++ )
					window[ k ] = ring[ q ][ ( oy + k ) % WINDOW ];
				vertical( window, vertical[ q ], width );
				horizontal( vertical[ q ], local[ q ], 0, outW );
			}
			final double[] ssimOut = map == null ? ssimRow : map;
			final int offset = map == null ? 0 : oy * outW;
			if ( guarded )
				guardedMaps( local, c1, c2, ssimOut, offset, csRow, outW );
			else
				maps( local, c1, c2, ssimOut, offset, csRow, outW );
			ssimSum += sum( ssimOut, offset, outW );
			csSum += sum( csRow, 0, outW );
		}
		final double n = ( double ) outW * outH;
		return new double[] { ssimSum / n, csSum / n };
	}

	/**
	 * The window's local means of one quantity, {@code a} or (with {@code b}) the product {@code a b}, over
	 * the 'valid' positions: the same operations in the same order as the fused pass of {@link #means}, so
	 * the values are bit for bit those it uses.
	 *
	 * @param b
	 *            the second factor, or {@code null} for {@code a} itself
	 * @param out
	 *            receives the {@code (width - 10) x (height - 10)} means, row-major
	 */
	static void localMeans( final double[] a, final double[] b, final int width, final int height, final double[] out )
	{
		final RowFilter filter = new RowFilter( a, b, width );
		final int outW = width - WINDOW + 1, outH = height - WINDOW + 1;
		for ( int oy = 0; oy < outH; oy++ )
			filter.next( out, oy * outW );
	}

	/**
	 * The mean contrast-structure term of two images from their local means and mean squares
	 * ({@link #localMeans}): only the cross moment is filtered here, row by row. Bit for bit the second
	 * value of {@link #means}.
	 */
	static double meanContrastStructure( final double[] x, final double[] y, final int width, final int height, final double[] meanX,
			final double[] meanY, final double[] squareX, final double[] squareY, final double c1, final double c2 )
	{
		final int outW = width - WINDOW + 1, outH = height - WINDOW + 1;
		final RowFilter filter = new RowFilter( x, y, width );
		final double[] exy = new double[ outW ], cs = new double[ outW ];
		final boolean guarded = !( c1 > 0 && c2 > 0 );
		double csSum = 0;
		for ( int oy = 0; oy < outH; oy++ )
		{
			filter.next( exy, 0 );
			final int o = oy * outW;
			for ( int i = 0; i < outW; i++ )
			{
				final double mx = meanX[ o + i ], my = meanY[ o + i ];
				final double num2 = 2 * ( exy[ i ] - mx * my ) + c2;
				final double den2 = ( squareX[ o + i ] - mx * mx ) + ( squareY[ o + i ] - my * my ) + c2;
				cs[ i ] = guarded && !( den2 > 0 ) ? 1 : num2 / den2;
			}
			csSum += sum( cs, 0, outW );
		}
		return csSum / ( ( double ) outW * outH );
	}

	/** The window over one quantity ({@code a} or {@code a b}), one output row per call, with a ring of the last 11 input rows. */
	private static final class RowFilter
	{
		private final double[] a, b;

		private final int width;

		private final double[][] ring = new double[ WINDOW ][], window = new double[ WINDOW ][];

		private final double[] vertical;

		private int next;

		RowFilter( final double[] a, final double[] b, final int width )
		{
			this.a = a;
			this.b = b;
			this.width = width;
			for ( int k = 0; k < WINDOW; k++ )
				ring[ k ] = new double[ width ];
			vertical = new double[ width ];
			for ( int r = 0; r < WINDOW - 1; r++ )
				enter( r );
		}

		private void enter( final int r )
		{
			final double[] row = ring[ r % WINDOW ];
			if ( b == null )
				System.arraycopy( a, r * width, row, 0, width );
			else
				multiply( a, b, r * width, row, width );
		}

		/** The next output row into {@code out} from {@code offset}. */
		void next( final double[] out, final int offset )
		{
			final int oy = next++;
			enter( oy + WINDOW - 1 );
			for ( int k = 0; k < WINDOW; k++ )
				window[ k ] = ring[ ( oy + k ) % WINDOW ];
			SsimStatistics.vertical( window, vertical, width );
			horizontal( vertical, out, offset, width - WINDOW + 1 );
		}
	}

	/** {@code out[i] = a[from + i] b[from + i]}. */
	private static void multiply( final double[] a, final double[] b, final int from, final double[] out, final int n )
	{
		for ( int i = 0; i < n; i++ )
			out[ i ] = a[ from + i ] * b[ from + i ];
	}

	/** Puts input row {@code r} and its products into the ring. */
	private static void enter( final double[] x, final double[] y, final int width, final int r, final double[][][] ring )
	{
		final int slot = r % WINDOW;
		final double[] rx = ring[ X ][ slot ], ry = ring[ Y ][ slot ];
		System.arraycopy( x, r * width, rx, 0, width );
		System.arraycopy( y, r * width, ry, 0, width );
		multiply( rx, rx, 0, ring[ XX ][ slot ], width );
		multiply( ry, ry, 0, ring[ YY ][ slot ], width );
		multiply( rx, ry, 0, ring[ XY ][ slot ], width );
	}

	/** {@code out[c] = sum_k g[k] rows[k][c]}, as three short loops that C2 vectorises. */
	private static void vertical( final double[][] rows, final double[] out, final int n )
	{
		centre( rows[ RADIUS ], rows[ RADIUS - 1 ], rows[ RADIUS + 1 ], out, n, G[ RADIUS ], G[ RADIUS - 1 ] );
		addTwoPairs( rows[ 3 ], rows[ 7 ], rows[ 2 ], rows[ 8 ], out, n, G[ 3 ], G[ 2 ] );
		addTwoPairs( rows[ 1 ], rows[ 9 ], rows[ 0 ], rows[ 10 ], out, n, G[ 1 ], G[ 0 ] );
	}

	private static void centre( final double[] middle, final double[] before, final double[] after, final double[] out, final int n,
			final double gMiddle, final double gNext )
	{
		for ( int i = 0; i < n; i++ )
			out[ i ] = gMiddle * middle[ i ] + gNext * ( before[ i ] + after[ i ] );
	}

	private static void addTwoPairs( final double[] a1, final double[] a2, final double[] b1, final double[] b2, final double[] out,
			final int n, final double ga, final double gb )
	{
		for ( int i = 0; i < n; i++ )
			out[ i ] += ga * ( a1[ i ] + a2[ i ] ) + gb * ( b1[ i ] + b2[ i ] );
	}

	/** Windowed sums along one row buffer: {@code out[offset + i] = sum_k g[k] in[i + k]}. */
	private static void horizontal( final double[] in, final double[] out, final int offset, final int outW )
	{
		final double g0 = G[ 0 ], g1 = G[ 1 ], g2 = G[ 2 ], g3 = G[ 3 ], g4 = G[ 4 ], g5 = G[ 5 ];
		for ( int i = 0; i < outW; i++ )
			out[ offset + i ] = g0 * ( in[ i ] + in[ i + 10 ] ) + g1 * ( in[ i + 1 ] + in[ i + 9 ] ) + g2 * ( in[ i + 2 ] + in[ i + 8 ] )
					+ g3 * ( in[ i + 3 ] + in[ i + 7 ] ) + g4 * ( in[ i + 4 ] + in[ i + 6 ] ) + g5 * in[ i + 5 ];
	}

	/** SSIM and cs of one row, in the arithmetic of {@code ssim_index.m} (C1, C2 > 0). */
	private static void maps( final double[][] local, final double c1, final double c2, final double[] ssim, final int offset,
			final double[] cs, final int n )
	{
		final double[] mx = local[ X ], my = local[ Y ], exx = local[ XX ], eyy = local[ YY ], exy = local[ XY ];
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
	private static void guardedMaps( final double[][] local, final double c1, final double c2, final double[] ssim, final int offset,
			final double[] cs, final int n )
	{
		final double[] mx = local[ X ], my = local[ Y ], exx = local[ XX ], eyy = local[ YY ], exy = local[ XY ];
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

	/** A sum in four interleaved parts, so the additions do not wait on each other. */
	private static double sum( final double[] values, final int offset, final int n )
	{
		double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
		int i = 0;
		for ( ; i + 3 < n; i += 4 )
		{
			s0 += values[ offset + i ];
			s1 += values[ offset + i + 1 ];
			s2 += values[ offset + i + 2 ];
			s3 += values[ offset + i + 3 ];
		}
		for ( ; i < n; i++ )
			s0 += values[ offset + i ];
		return ( s0 + s1 ) + ( s2 + s3 );
	}
}
