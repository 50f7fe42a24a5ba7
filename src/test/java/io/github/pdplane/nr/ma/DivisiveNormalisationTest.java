package io.github.pdplane.nr.ma;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The covariance of the neighbourhood vectors, summed across rows in tiles, against the row-by-row loop it replaced. */
class DivisiveNormalisationTest
{
	/** Sizes with every remainder of the interior width by 4, and interiors shorter than, equal to and longer than a chunk of rows. */
	private static final int[][] SIZES = { { 7, 5 }, { 8, 34 }, { 9, 35 }, { 10, 3 }, { 37, 70 }, { 66, 100 }, { 13, 2 * DivisiveNormalisation.ROW_CHUNK + 7 } };

	@Test
	void covarianceIsTheRowByRowSumBitForBit()
	{
		final Random random = new Random( 15 );
		for ( final int[] size : SIZES )
			for ( final boolean withParent : new boolean[] { false, true } )
			{
				final int w = size[ 0 ], h = size[ 1 ];
				final int dimension = 9 + ( withParent ? 1 : 0 ) + 5;
				final double[][] sources = new double[ dimension ][];
				final int[] rowShift = new int[ dimension ], columnShift = new int[ dimension ];
				final double[] band = values( random, w * h );
				int d = 0;
				for ( int dy = -1; dy <= 1; dy++ )
					for ( int dx = -1; dx <= 1; dx++ )
					{
						sources[ d ] = band;
						rowShift[ d ] = dy;
						columnShift[ d++ ] = dx;
					}
				for ( ; d < dimension; d++ )
					sources[ d ] = values( random, w * h );
				final double[][] expected = rowByRow( sources, rowShift, columnShift, w, h );
				final double[][] actual = DivisiveNormalisation.covariance( sources, rowShift, columnShift, w, h );
				for ( int i = 0; i < dimension; i++ )
					assertArrayEquals( expected[ i ], actual[ i ], w + "x" + h + ", row " + i );
			}
	}

	/** Values of mixed magnitudes and signs, whose sums depend on their order. */
	private static double[] values( final Random random, final int n )
	{
		final double[] v = new double[ n ];
		for ( int i = 0; i < n; i++ )
			v[ i ] = random.nextGaussian() * Math.pow( 10, random.nextInt( 7 ) - 3 );
		return v;
	}

	/** The sums as the release's port first computed them: each row's dot product in four interleaved parts, the rows in order. */
	private static double[][] rowByRow( final double[][] sources, final int[] rowShift, final int[] columnShift, final int w, final int h )
	{
		final int dimension = sources.length, iw = w - 2, ih = h - 2;
		final double[][] c = new double[ dimension ][ dimension ];
		for ( int r = 0; r < ih; r++ )
			for ( int i = 0; i < dimension; i++ )
				for ( int j = i; j < dimension; j++ )
				{
					final int ai = ( r + 1 + rowShift[ i ] ) * w + 1 + columnShift[ i ], bi = ( r + 1 + rowShift[ j ] ) * w + 1 + columnShift[ j ];
					final double[] a = sources[ i ], b = sources[ j ];
					double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
					int k = 0;
					for ( ; k + 3 < iw; k += 4 )
					{
						s0 += a[ ai + k ] * b[ bi + k ];
						s1 += a[ ai + k + 1 ] * b[ bi + k + 1 ];
						s2 += a[ ai + k + 2 ] * b[ bi + k + 2 ];
						s3 += a[ ai + k + 3 ] * b[ bi + k + 3 ];
					}
					for ( ; k < iw; k++ )
						s0 += a[ ai + k ] * b[ bi + k ];
					c[ i ][ j ] += ( s0 + s1 ) + ( s2 + s3 );
				}
		final double n = ( double ) iw * ih;
		for ( int i = 0; i < dimension; i++ )
			for ( int j = i; j < dimension; j++ )
				c[ j ][ i ] = c[ i ][ j ] /= n;
		return c;
	}
}
