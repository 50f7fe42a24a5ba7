package io.github.pdplane.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class DownsampleTest
{
	@Test
	void everyKeepsOddMatlabIndices()
	{
		final Plane p = new Plane( 5, 3, new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 } );
		final Plane out = Downsample.every( p, 2 );
		assertEquals( 3, out.width() );
		assertEquals( 2, out.height() );
		assertArrayEquals( new double[] { 1, 3, 5, 11, 13, 15 }, out.values(), 0 );
	}

	/*
	 * msssim.m's step on a 3x3 image: imfilter(ones(2)/4, 'symmetric') then (1:2:end, 1:2:end). The last
	 * row and column average with their own mirror image.
	 */
	@Test
	void boxOfOddImageWithSymmetricBorder()
	{
		final Plane p = new Plane( 3, 3, new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 } );
		final Plane out = Downsample.box( p, 2, BorderMode.SYMMETRIC, OutputShape.SAME );
		assertArrayEquals( new double[] { 3, 4.5, 7.5, 9 }, out.values(), 1e-15 );
		// ssim_mscale_new.m: filter2 'valid' then (1:2:M-1, 1:2:N-1) drops the odd row and column
		assertArrayEquals( new double[] { 3 }, Downsample.box( p, 2, BorderMode.ZERO, OutputShape.VALID ).values(), 1e-15 );
	}

	@Test
	void boxIsFilterThenEveryBitForBit()
	{
		final Random random = new Random( 3 );
		for ( final int[] size : new int[][] { { 1, 1 }, { 2, 7 }, { 9, 4 }, { 16, 16 }, { 13, 11 } } )
		{
			final double[] v = new double[ size[ 0 ] * size[ 1 ] ];
			for ( int i = 0; i < v.length; i++ )
				v[ i ] = random.nextInt( 256 );
			final Plane p = new Plane( size[ 0 ], size[ 1 ], v );
			for ( int f = 1; f <= 4; f++ )
				for ( final BorderMode border : BorderMode.values() )
					for ( final OutputShape shape : OutputShape.values() )
					{
						final Plane expected = Downsample.every( Correlation.correlate( p, Kernels.box( f, f ), border, shape ), f );
						final Plane actual = Downsample.box( p, f, border, shape );
						assertEquals( expected.width(), actual.width() );
						assertEquals( expected.height(), actual.height() );
						assertArrayEquals( expected.values(), actual.values(), 0, size[ 0 ] + "x" + size[ 1 ] + " f " + f + " " + border + " " + shape );
					}
		}
	}
}
