package io.github.pdplane.metrics;

/**
 * {@code filter2(w' * w, X, 'valid')} for a symmetric 1-D window {@code w} of odd length, keeping every
 * {@code step}-th output in both directions from the first, with the result <em>transposed</em>: the window
 * runs down the columns, the intermediate rows are transposed, and the window runs down the columns again.
 * Every loop then reads its arrays at one index, the only loops HotSpot's C2 compiler vectorises (a pass along
 * a row reads it at as many offsets as the window has taps, and stays scalar). For a square window the
 * transposition costs nothing downstream where the caller only needs values position by position (VIFp sums
 * over all positions), and a second filtering undoes it. Equal to the 2-D filtering up to rounding: the
 * separable window is {@code fspecial}'s 2-D kernel up to rounding, and mirrored taps are added before they
 * are weighted. Images are {@code double[row][column]}.
 */
final class TransposingWindowFilter
{
	/** Rows of a transposition block: enough to reuse each cache line of the source while writing. */
	private static final int TILE = 16;

	private final double[] window;

	private final int half;

	/**
	 * @param window
	 *            symmetric ({@code w[k] = w[n - 1 - k]}), of odd length
	 */
	TransposingWindowFilter( final double[] window )
	{
		if ( window.length % 2 == 0 )
			throw new IllegalArgumentException( "a window of odd length is needed, not " + window.length );
		for ( int k = 0; k < window.length; k++ )
			if ( window[ k ] != window[ window.length - 1 - k ] )
				throw new IllegalArgumentException( "a symmetric window is needed" );
		this.window = window.clone();
		this.half = window.length / 2;
	}

	/** The outputs along a side of {@code n} pixels: {@code ceil((n - N + 1) / step)}, at least 0. */
	int outputs( final int n, final int step )
	{
		return Math.max( 0, ( n - window.length + step ) / step );
	}

	/**
	 * The filtered image, transposed: element {@code [j][i]} is output {@code (i step, j step)} (row, column)
	 * of the valid filtering.
	 */
	double[][] apply( final double[][] image, final int step )
	{
		return down( transpose( down( image, step ) ), step );
	}

	/** The window down the columns at every {@code step}-th valid row: {@code out[i][c] = sum_k w[k] in[i step + k][c]}. */
	private double[][] down( final double[][] in, final int step )
	{
		final int rows = outputs( in.length, step );
		final double[][] out = new double[ rows ][];
		for ( int i = 0; i < rows; i++ )
		{
			final int top = i * step;
			final double[] o = new double[ in[ 0 ].length ];
			final double centre = window[ half ];
			final double[] middle = in[ top + half ];
			for ( int c = 0; c < o.length; c++ )
				o[ c ] = centre * middle[ c ];
			int k = 0;
			for ( ; k + 1 < half; k += 2 )
				addTwoPairs( o, in[ top + k ], in[ top + window.length - 1 - k ], window[ k ], in[ top + k + 1 ],
						in[ top + window.length - 2 - k ], window[ k + 1 ] );
			if ( k < half )
				addPair( o, in[ top + k ], in[ top + window.length - 1 - k ], window[ k ] );
			out[ i ] = o;
		}
		return out;
	}

	private static void addPair( final double[] o, final double[] a, final double[] b, final double w )
	{
		for ( int c = 0; c < o.length; c++ )
			o[ c ] += w * ( a[ c ] + b[ c ] );
	}

	private static void addTwoPairs( final double[] o, final double[] a1, final double[] b1, final double w1, final double[] a2,
			final double[] b2, final double w2 )
	{
		for ( int c = 0; c < o.length; c++ )
			o[ c ] += w1 * ( a1[ c ] + b1[ c ] ) + w2 * ( a2[ c ] + b2[ c ] );
	}

	/** {@code out[c][r] = in[r][c]}, in tiles of rows so that the source's cache lines are read once. */
	static double[][] transpose( final double[][] in )
	{
		final int rows = in.length, columns = rows == 0 ? 0 : in[ 0 ].length;
		final double[][] out = new double[ columns ][ rows ];
		for ( int r0 = 0; r0 < rows; r0 += TILE )
		{
			final int r1 = Math.min( rows, r0 + TILE );
			for ( int c = 0; c < columns; c++ )
			{
				final double[] o = out[ c ];
				for ( int r = r0; r < r1; r++ )
					o[ r ] = in[ r ][ c ];
			}
		}
		return out;
	}
}
