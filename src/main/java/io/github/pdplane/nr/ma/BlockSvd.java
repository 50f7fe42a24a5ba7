package io.github.pdplane.nr.ma;

import io.github.pdplane.image.Plane;
import io.github.pdplane.math.LinearAlgebra;

/**
 * One scale of Ma et al.'s f3 (algorithms spec 3.5): {@code svd(im2col(I, [5 5], 'distinct'))}, the 25
 * singular values, in descending order, of the matrix whose columns are the image's 5x5 blocks (the image
 * zero-padded at the bottom and right to multiples of 5).
 * <p>
 * The matrix is 25 x (number of blocks), so its singular values are those of the 25x25 triangle R of a
 * Householder QR factorisation of its transpose, which one-sided Jacobi rotations then give to high
 * relative accuracy. (The normal matrix {@code A A^T} would square the condition number and lose the
 * small singular values of smooth images.) The order of the blocks and of the pixels inside a block does
 * not change the singular values. Stateless.
 */
final class BlockSvd
{
	static final int BLOCK = 5;

	static final int FEATURES = BLOCK * BLOCK;

	private BlockSvd()
	{}

	/** The 25 singular values, largest first. */
	static double[] singularValues( final Plane image )
	{
		final double[][] columns = blockMatrixTransposed( image );
		return LinearAlgebra.svd( triangle( columns ) ).values;
	}

	/**
	 * {@code im2col(I, [5 5], 'distinct')'} stored by columns: {@code [p][b]} is pixel p (column-major in
	 * its block) of block b.
	 */
	static double[][] blockMatrixTransposed( final Plane image )
	{
		final int w = image.width(), h = image.height();
		final int rows = ( h + BLOCK - 1 ) / BLOCK, columns = ( w + BLOCK - 1 ) / BLOCK;
		final double[][] a = new double[ FEATURES ][ rows * columns ];
		final double[] v = image.values();
		for ( int bx = 0; bx < columns; bx++ )
			for ( int by = 0; by < rows; by++ )
			{
				final int b = bx * rows + by;
				for ( int c = 0; c < BLOCK; c++ )
					for ( int r = 0; r < BLOCK; r++ )
					{
						final int y = by * BLOCK + r, x = bx * BLOCK + c;
						a[ c * BLOCK + r ][ b ] = y < h && x < w ? v[ y * w + x ] : 0;
					}
			}
		return a;
	}

	/**
	 * The upper triangle R (25x25) of the Householder QR factorisation {@code M = Q R} of the tall matrix M
	 * whose columns are given; M's columns are overwritten.
	 */
	static double[][] triangle( final double[][] columns )
	{
		final int n = columns.length, m = columns[ 0 ].length;
		final double[][] r = new double[ n ][ n ];
		for ( int k = 0; k < n; k++ )
		{
			final double[] x = columns[ k ];
			if ( k < m )
			{
				double scale = 0;
				for ( int i = k; i < m; i++ )
					scale = Math.max( scale, Math.abs( x[ i ] ) );
				double alpha = 0;
				if ( scale > 0 )
				{
					double norm2 = 0;
					for ( int i = k; i < m; i++ )
					{
						final double t = x[ i ] / scale;
						norm2 += t * t;
					}
					final double norm = scale * Math.sqrt( norm2 );
					alpha = x[ k ] > 0 ? -norm : norm;
					// v = x - alpha e_k, stored in x[k..]; H = I - 2 v v^T / (v^T v)
					x[ k ] -= alpha;
					final double vv = -alpha * x[ k ]; // v^T v / 2
					if ( vv != 0 )
						for ( int j = k + 1; j < n; j++ )
						{
							final double[] y = columns[ j ];
							double dot = 0;
							for ( int i = k; i < m; i++ )
								dot += x[ i ] * y[ i ];
							final double f = dot / vv;
							for ( int i = k; i < m; i++ )
								y[ i ] -= f * x[ i ];
						}
				}
				r[ k ][ k ] = alpha;
			}
			for ( int j = k + 1; j < n; j++ )
				r[ k ][ j ] = k < m ? columns[ j ][ k ] : 0;
		}
		return r;
	}
}
