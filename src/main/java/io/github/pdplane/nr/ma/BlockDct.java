package io.github.pdplane.nr.ma;

import java.util.Arrays;

import io.github.pdplane.image.Plane;
import io.github.pdplane.nr.Ggd;

/**
 * The six block-DCT statistics of one scale of Ma et al.'s f1 (algorithms spec 3.3), the BLIINDS-II
 * features of M. A. Saad, A. C. Bovik and C. Charrier ("Blind image quality assessment: a natural scene
 * statistics approach in the DCT domain", IEEE TIP 21(8), 2012) as Ma et al.'s {@code block_dct} pools
 * them: {@code blkproc(I, [3 3], [2 2], f)} calls {@code f} on 7x7 windows stepping by 3 pixels (zero
 * outside the image), each window's orthonormal {@code dct2} gives
 * <ol>
 * <li>the generalized Gaussian shape of its 48 AC coefficients ({@link Ggd#MA});</li>
 * <li>their coefficient of variation {@code std(|AC|) / (mean(|AC|) + 1e-7)};</li>
 * <li>the variance of the coefficients of variation ({@code + 1e-8}) of three oriented coefficient
 * sets;</li>
 * </ol>
 * and the scale's features are {@code [mean of the lowest ceil(0.1 n) shapes, mean shape, mean of the
 * sorted coefficients of variation from index fix(0.9 n) (1-based) on, their mean, the same two for the
 * orientation variances]} over the n windows. Stateless.
 */
final class BlockDct
{
	/** The window side: a 3x3 cell and a border of 2. */
	static final int WINDOW = 7;

	static final int STEP = 3, BORDER = 2;

	static final int FEATURES = 6;

	private static final int AC = WINDOW * WINDOW - 1;

	/** dct2's basis: {@code C[k][n] = a_k cos(pi (2n + 1) k / 14)}, a_0 = sqrt(1/7), else sqrt(2/7). */
	private static final double[] BASIS = new double[ WINDOW * WINDOW ];

	static
	{
		for ( int k = 0; k < WINDOW; k++ )
			for ( int n = 0; n < WINDOW; n++ )
				BASIS[ k * WINDOW + n ] = Math.sqrt( ( k == 0 ? 1.0 : 2.0 ) / WINDOW ) * Math.cos( Math.PI * ( 2 * n + 1 ) * k / ( 2 * WINDOW ) );
	}

	/**
	 * The three oriented sets of BLIINDS-II, as 0-based (row, column) of the 7x7 DCT: from the horizontal
	 * frequencies through the diagonal to the vertical ones, 16 coefficients each.
	 */
	private static final int[][] ORIENTED = { cells( new int[][] { { 0, 1, 6 }, { 1, 2, 6 }, { 2, 4, 6 }, { 3, 5, 6 } }, false ),
			cells( new int[][] { { 1, 1, 1 }, { 2, 2, 3 }, { 3, 2, 4 }, { 4, 3, 6 }, { 5, 4, 6 }, { 6, 4, 6 } }, false ),
			cells( new int[][] { { 0, 1, 6 }, { 1, 2, 6 }, { 2, 4, 6 }, { 3, 5, 6 } }, true ) };

	private BlockDct()
	{}

	/**
	 * Indices {@code row * 7 + column} of runs {@code {row, first column, last column}}, or with
	 * {@code transposed} of the mirrored runs {@code {column, first row, last row}}, in MATLAB's
	 * column-major order of {@code D(mask)}.
	 */
	private static int[] cells( final int[][] runs, final boolean transposed )
	{
		final boolean[] in = new boolean[ WINDOW * WINDOW ];
		for ( final int[] run : runs )
			for ( int c = run[ 1 ]; c <= run[ 2 ]; c++ )
				in[ transposed ? c * WINDOW + run[ 0 ] : run[ 0 ] * WINDOW + c ] = true;
		int count = 0;
		for ( final boolean b : in )
			if ( b )
				count++;
		final int[] out = new int[ count ];
		int k = 0;
		for ( int col = 0; col < WINDOW; col++ )
			for ( int row = 0; row < WINDOW; row++ )
				if ( in[ row * WINDOW + col ] )
					out[ k++ ] = row * WINDOW + col;
		return out;
	}

	/** The number of windows of a scale: {@code ceil(H / 3) * ceil(W / 3)}. */
	static int windows( final int width, final int height )
	{
		return ( ( height + STEP - 1 ) / STEP ) * ( ( width + STEP - 1 ) / STEP );
	}

	/** The six features of one scale (values in 0..1). */
	static double[] features( final Plane image )
	{
		final int w = image.width(), h = image.height();
		final int rows = ( h + STEP - 1 ) / STEP, columns = ( w + STEP - 1 ) / STEP;
		final int n = rows * columns;
		final double[] shapes = new double[ n ], variation = new double[ n ], orientation = new double[ n ];
		final double[] window = new double[ WINDOW * WINDOW ], half = new double[ WINDOW * WINDOW ], dct = new double[ WINDOW * WINDOW ];
		final double[] ac = new double[ AC ], oriented = new double[ ORIENTED[ 0 ].length ], g = new double[ ORIENTED.length ];
		final double[] values = image.values();
		int block = 0;
		// blkproc's blocks run down the columns; the order does not change the pooled statistics
		for ( int by = 0; by < rows; by++ )
			for ( int bx = 0; bx < columns; bx++, block++ )
			{
				gather( values, w, h, by * STEP - BORDER, bx * STEP - BORDER, window );
				dct2( window, half, dct );
				// column-major, without the DC coefficient
				int k = 0;
				for ( int col = 0; col < WINDOW; col++ )
					for ( int row = 0; row < WINDOW; row++ )
						if ( row != 0 || col != 0 )
							ac[ k++ ] = dct[ row * WINDOW + col ];
				shapes[ block ] = Ggd.MA.shape( ac, 0, AC );
				variation[ block ] = variationOfMagnitudes( ac, AC, 1e-7 );
				for ( int o = 0; o < ORIENTED.length; o++ )
				{
					for ( int i = 0; i < oriented.length; i++ )
						oriented[ i ] = dct[ ORIENTED[ o ][ i ] ];
					g[ o ] = variationOfMagnitudes( oriented, oriented.length, 1e-8 );
				}
				orientation[ block ] = variance3( g[ 0 ], g[ 1 ], g[ 2 ] );
			}
		Arrays.sort( shapes );
		Arrays.sort( variation );
		Arrays.sort( orientation );
		final int lowest = ( int ) Math.ceil( 0.1 * n );
		final int topFrom = ( int ) ( 0.9 * n ) - 1; // fix(0.9 n), 1-based
		return new double[] { mean( shapes, 0, lowest ), mean( shapes, 0, n ), mean( variation, Math.max( 0, topFrom ), n ),
				mean( variation, 0, n ), mean( orientation, Math.max( 0, topFrom ), n ), mean( orientation, 0, n ) };
	}

	/** The 7x7 window whose top-left pixel is (x0, y0), zero outside the image. */
	private static void gather( final double[] values, final int w, final int h, final int y0, final int x0, final double[] window )
	{
		if ( y0 >= 0 && x0 >= 0 && y0 + WINDOW <= h && x0 + WINDOW <= w )
		{
			// inside the image, as most windows are: whole rows at once
			for ( int r = 0; r < WINDOW; r++ )
				System.arraycopy( values, ( y0 + r ) * w + x0, window, r * WINDOW, WINDOW );
			return;
		}
		for ( int r = 0; r < WINDOW; r++ )
		{
			final int y = y0 + r;
			for ( int c = 0; c < WINDOW; c++ )
			{
				final int x = x0 + c;
				window[ r * WINDOW + c ] = y >= 0 && y < h && x >= 0 && x < w ? values[ y * w + x ] : 0;
			}
		}
	}

	/** {@code dct2}: C X C^T, down the columns first, then along the rows. */
	static void dct2( final double[] x, final double[] half, final double[] out )
	{
		for ( int k = 0; k < WINDOW; k++ )
			for ( int c = 0; c < WINDOW; c++ )
			{
				double s = 0;
				for ( int n = 0; n < WINDOW; n++ )
					s += BASIS[ k * WINDOW + n ] * x[ n * WINDOW + c ];
				half[ k * WINDOW + c ] = s;
			}
		for ( int r = 0; r < WINDOW; r++ )
			for ( int k = 0; k < WINDOW; k++ )
			{
				double s = 0;
				for ( int n = 0; n < WINDOW; n++ )
					s += half[ r * WINDOW + n ] * BASIS[ k * WINDOW + n ];
				out[ r * WINDOW + k ] = s;
			}
	}

	/** {@code std(|v|) / (mean(|v|) + eps)} of the first {@code n} values, std normalised by n - 1. */
	static double variationOfMagnitudes( final double[] v, final int n, final double eps )
	{
		double sum = 0;
		for ( int i = 0; i < n; i++ )
			sum += Math.abs( v[ i ] );
		final double mean = sum / n;
		double squares = 0;
		for ( int i = 0; i < n; i++ )
		{
			final double d = Math.abs( v[ i ] ) - mean;
			squares += d * d;
		}
		return Math.sqrt( squares / ( n - 1 ) ) / ( mean + eps );
	}

	/** {@code var([a b c])}: normalised by 2. */
	private static double variance3( final double a, final double b, final double c )
	{
		final double mean = ( a + b + c ) / 3;
		return ( ( a - mean ) * ( a - mean ) + ( b - mean ) * ( b - mean ) + ( c - mean ) * ( c - mean ) ) / 2;
	}

	private static double mean( final double[] sorted, final int from, final int to )
	{
		double sum = 0;
		for ( int i = from; i < to; i++ )
			sum += sorted[ i ];
		return sum / ( to - from );
	}
}
