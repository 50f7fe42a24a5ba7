package io.github.pdplane.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.pdplane.image.BorderMode;
import io.github.pdplane.image.Correlation;
import io.github.pdplane.image.Downsample;
import io.github.pdplane.image.Kernels;
import io.github.pdplane.image.OutputShape;
import io.github.pdplane.image.Plane;

/** {@code filter2(fspecial('gaussian', N, N/5), X, 'valid')}, then every step-th pixel, transposed. */
class TransposingWindowFilterTest
{
	@Test
	void equalsTwoDimensionalValidFilteringTransposed()
	{
		final Random random = new Random( 17 );
		for ( final int n : new int[] { 3, 5, 9, 17 } )
			for ( final int[] size : new int[][] { { 40, 31 }, { 17, 60 }, { 55, 17 } } )
				for ( int step = 1; step <= 2; step++ )
				{
					final double[] v = new double[ size[ 0 ] * size[ 1 ] ];
					for ( int i = 0; i < v.length; i++ )
						v[ i ] = random.nextInt( 256 );
					final Plane image = new Plane( size[ 0 ], size[ 1 ], v );
					final Plane expected = Downsample.every(
							Correlation.correlate( image, Kernels.gaussian( n, n / 5.0 ), BorderMode.ZERO, OutputShape.VALID ), step );
					final double[][] rows = new double[ size[ 1 ] ][];
					for ( int r = 0; r < rows.length; r++ )
						rows[ r ] = java.util.Arrays.copyOfRange( v, r * size[ 0 ], ( r + 1 ) * size[ 0 ] );
					final TransposingWindowFilter filter = new TransposingWindowFilter( Kernels.gaussianFactor( n, n / 5.0 ) );
					final double[][] actual = filter.apply( rows, step );
					final String what = n + "-tap window, " + size[ 0 ] + "x" + size[ 1 ] + ", step " + step;
					assertEquals( expected.width(), actual.length, what );
					assertEquals( filter.outputs( size[ 0 ], step ), actual.length, what );
					for ( int j = 0; j < actual.length; j++ )
					{
						assertEquals( expected.height(), actual[ j ].length, what );
						for ( int i = 0; i < actual[ j ].length; i++ )
							// separable against fspecial's 2-D kernel: rounding of 8-bit sums
							assertEquals( expected.get( j, i ), actual[ j ][ i ], 1e-11, what + " at " + j + "," + i );
					}
				}
	}

	@Test
	void asymmetricOrEvenWindowsAreRefused()
	{
		assertThrows( IllegalArgumentException.class, () -> new TransposingWindowFilter( new double[] { 1, 2, 3 } ) );
		assertThrows( IllegalArgumentException.class, () -> new TransposingWindowFilter( new double[] { 1, 1 } ) );
	}
}
