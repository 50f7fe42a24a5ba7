package io.github.pdplane.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The reference's patch covariance against refparams_vecgsm.m's definition. */
class GsmChannelEstimatesTest
{
	/**
	 * Every overlapping 3x3 patch as a 9-vector (column offset outer, row offset inner), its mean removed,
	 * the products averaged over the patches: on bands of the smallest size and of odd sizes, with a mean far
	 * from zero so that the raw sums would cancel.
	 */
	@Test
	void patchCovarianceIsTheDefinition()
	{
		final Random random = new Random( 31 );
		for ( final int[] size : new int[][] { { 9, 9 }, { 12, 15 }, { 30, 21 }, { 18, 96 } } )
		{
			final double[][] band = new double[ size[ 0 ] ][ size[ 1 ] ];
			for ( final double[] row : band )
				for ( int c = 0; c < row.length; c++ )
					row[ c ] = 40 + 10 * random.nextGaussian();
			final double[][] expected = definition( band ), actual = GsmChannelEstimates.patchCovariance( band );
			for ( int e = 0; e < 9; e++ )
				for ( int f = 0; f < 9; f++ )
					assertEquals( expected[ e ][ f ], actual[ e ][ f ], 1e-10 * Math.abs( expected[ e ][ e ] ),
							size[ 0 ] + "x" + size[ 1 ] + " element " + e + "," + f );
		}
	}

	private static double[][] definition( final double[][] y )
	{
		final int rows = y.length - 2, columns = y[ 0 ].length - 2, n = rows * columns;
		final double[][] u = new double[ 9 ][ n ];
		for ( int j = 0; j < 3; j++ )
			for ( int k = 0; k < 3; k++ )
				for ( int c = 0, i = 0; c < columns; c++ )
					for ( int r = 0; r < rows; r++ )
						u[ 3 * j + k ][ i++ ] = y[ r + k ][ c + j ];
		final double[] mean = new double[ 9 ];
		for ( int e = 0; e < 9; e++ )
		{
			for ( final double v : u[ e ] )
				mean[ e ] += v;
			mean[ e ] /= n;
		}
		final double[][] cu = new double[ 9 ][ 9 ];
		for ( int e = 0; e < 9; e++ )
			for ( int f = 0; f < 9; f++ )
			{
				for ( int i = 0; i < n; i++ )
					cu[ e ][ f ] += ( u[ e ][ i ] - mean[ e ] ) * ( u[ f ][ i ] - mean[ f ] );
				cu[ e ][ f ] /= n;
			}
		return cu;
	}
}
