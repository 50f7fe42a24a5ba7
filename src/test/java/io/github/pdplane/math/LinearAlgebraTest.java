package io.github.pdplane.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

class LinearAlgebraTest
{
	private static double[][] randomSymmetric( final int n, final long seed )
	{
		final Random random = new Random( seed );
		final double[][] a = new double[ n ][ n ];
		for ( int i = 0; i < n; i++ )
			for ( int j = i; j < n; j++ )
				a[ i ][ j ] = a[ j ][ i ] = random.nextGaussian();
		return a;
	}

	/** B B^T for a random n x k matrix B: positive semi-definite of rank k. */
	private static double[][] randomCovariance( final int n, final int k, final long seed )
	{
		final Random random = new Random( seed );
		final double[][] b = new double[ n ][ k ];
		for ( int i = 0; i < n; i++ )
			for ( int j = 0; j < k; j++ )
				b[ i ][ j ] = random.nextGaussian();
		return LinearAlgebra.multiply( b, LinearAlgebra.transpose( b ) );
	}

	private static void assertMatrixEquals( final double[][] expected, final double[][] actual, final double tolerance )
	{
		assertEquals( expected.length, actual.length );
		for ( int i = 0; i < expected.length; i++ )
			assertArrayEquals( expected[ i ], actual[ i ], tolerance, "row " + i );
	}

	@Test
	void eigenOfKnownMatrices()
	{
		final LinearAlgebra.Eigen e = LinearAlgebra.symmetricEigen( new double[][] { { 2, 1 }, { 1, 2 } } );
		assertArrayEquals( new double[] { 3, 1 }, e.values, 1e-15 );
		final double r = Math.sqrt( 0.5 );
		assertEquals( r, Math.abs( e.vectors[ 0 ][ 0 ] ), 1e-15 );
		assertEquals( e.vectors[ 0 ][ 0 ], e.vectors[ 1 ][ 0 ], 1e-15 );
		assertEquals( -e.vectors[ 0 ][ 1 ], e.vectors[ 1 ][ 1 ], 1e-15 );
		// tridiagonal 4, 1: eigenvalues 4 + sqrt(2), 4, 4 - sqrt(2)
		final LinearAlgebra.Eigen t = LinearAlgebra.symmetricEigen( new double[][] { { 4, 1, 0 }, { 1, 4, 1 }, { 0, 1, 4 } } );
		assertArrayEquals( new double[] { 4 + Math.sqrt( 2 ), 4, 4 - Math.sqrt( 2 ) }, t.values, 1e-14 );
	}

	@Test
	void eigenReconstructsA36x36Matrix()
	{
		final double[][] a = randomSymmetric( 36, 1 );
		final LinearAlgebra.Eigen e = LinearAlgebra.symmetricEigen( a );
		final int n = a.length;
		final double[][] rebuilt = new double[ n ][ n ], gram = new double[ n ][ n ];
		for ( int i = 0; i < n; i++ )
			for ( int j = 0; j < n; j++ )
				for ( int k = 0; k < n; k++ )
				{
					rebuilt[ i ][ j ] += e.vectors[ i ][ k ] * e.values[ k ] * e.vectors[ j ][ k ];
					gram[ i ][ j ] += e.vectors[ k ][ i ] * e.vectors[ k ][ j ];
				}
		assertMatrixEquals( a, rebuilt, 1e-13 );
		assertMatrixEquals( LinearAlgebra.identity( n ), gram, 1e-14 );
		for ( int k = 1; k < n; k++ )
			assertEquals( true, e.values[ k ] <= e.values[ k - 1 ] );
	}

	@Test
	void singularValuesOfKnownMatrices()
	{
		// [3 0; 4 5]: A^T A = [25 20; 20 25], eigenvalues 45 and 5
		assertArrayEquals( new double[] { Math.sqrt( 45 ), Math.sqrt( 5 ) }, LinearAlgebra.svd( new double[][] { { 3, 0 }, { 4, 5 } } ).values,
				1e-14 );
		// [1 2; 3 4; 5 6]: singular values from the roots of s^4 - 91 s^2 + 24
		final double big = Math.sqrt( ( 91 + Math.sqrt( 91 * 91 - 4 * 24 ) ) / 2 ), small = Math.sqrt( 24 ) / big;
		assertArrayEquals( new double[] { big, small }, LinearAlgebra.svd( new double[][] { { 1, 2 }, { 3, 4 }, { 5, 6 } } ).values, 1e-14 );
		assertArrayEquals( new double[] { big, small }, LinearAlgebra.svd( new double[][] { { 1, 3, 5 }, { 2, 4, 6 } } ).values, 1e-14 );
	}

	@Test
	void svdReconstructsTallAndWideMatrices()
	{
		final Random random = new Random( 5 );
		for ( final int[] shape : new int[][] { { 36, 20 }, { 20, 36 }, { 36, 36 } } )
		{
			final double[][] a = new double[ shape[ 0 ] ][ shape[ 1 ] ];
			for ( final double[] row : a )
				for ( int j = 0; j < row.length; j++ )
					row[ j ] = random.nextGaussian();
			final LinearAlgebra.Svd s = LinearAlgebra.svd( a );
			final double[][] rebuilt = new double[ shape[ 0 ] ][ shape[ 1 ] ];
			for ( int i = 0; i < shape[ 0 ]; i++ )
				for ( int j = 0; j < shape[ 1 ]; j++ )
					for ( int k = 0; k < s.values.length; k++ )
						rebuilt[ i ][ j ] += s.u[ i ][ k ] * s.values[ k ] * s.v[ j ][ k ];
			assertMatrixEquals( a, rebuilt, 1e-13 );
		}
	}

	@Test
	void pinvInvertsFullRankMatrices()
	{
		final double[][] a = randomCovariance( 36, 60, 2 );
		final double[][] product = LinearAlgebra.multiply( LinearAlgebra.pinv( a ), a );
		assertMatrixEquals( LinearAlgebra.identity( 36 ), product, 1e-10 );
		assertMatrixEquals( new double[][] { { 0.5, 0 }, { 0, -0.25 } }, LinearAlgebra.pinv( new double[][] { { 2, 0 }, { 0, -4 } } ), 1e-16 );
	}

	@Test
	void pinvOfRankOneAndMatlabsTolerance()
	{
		// u v^T has pseudo-inverse v u^T / (|u|^2 |v|^2)
		final double[] u = { 1, 2, 2 }, v = { 3, 4 };
		final double[][] a = new double[ 3 ][ 2 ], expected = new double[ 2 ][ 3 ];
		for ( int i = 0; i < 3; i++ )
			for ( int j = 0; j < 2; j++ )
			{
				a[ i ][ j ] = u[ i ] * v[ j ];
				expected[ j ][ i ] = v[ j ] * u[ i ] / ( 9.0 * 25 );
			}
		assertMatrixEquals( expected, LinearAlgebra.pinv( a ), 1e-16 );
		// tolerance max(size) eps(norm) = 2 eps(1) = 4.4e-16: 1e-17 is dropped, 1e-15 kept
		assertMatrixEquals( new double[][] { { 1, 0 }, { 0, 0 } }, LinearAlgebra.pinv( new double[][] { { 1, 0 }, { 0, 1e-17 } } ), 0 );
		assertEquals( 1e15, LinearAlgebra.pinv( new double[][] { { 1, 0 }, { 0, 1e-15 } } )[ 1 ][ 1 ], 1 );
	}

	/** inv(hilb(4)) is the integer matrix of the Hilbert inverse; LU needs its pivoting on a zero diagonal. */
	@Test
	void inverseOfKnownMatrices()
	{
		final double[][] hilbert = new double[ 4 ][ 4 ];
		for ( int i = 0; i < 4; i++ )
			for ( int j = 0; j < 4; j++ )
				hilbert[ i ][ j ] = 1.0 / ( i + j + 1 );
		assertMatrixEquals( new double[][] { { 16, -120, 240, -140 }, { -120, 1200, -2700, 1680 }, { 240, -2700, 6480, -4200 },
				{ -140, 1680, -4200, 2800 } }, LinearAlgebra.inverse( hilbert ), 1e-9 );
		assertMatrixEquals( new double[][] { { 0, 1 }, { 1, 0 } }, LinearAlgebra.inverse( new double[][] { { 0, 1 }, { 1, 0 } } ), 0 );
		assertMatrixEquals( new double[][] { { -2, 1 }, { 1.5, -0.5 } }, LinearAlgebra.inverse( new double[][] { { 1, 2 }, { 3, 4 } } ),
				1e-15 );
	}

	@Test
	void inverseOfA9x9Covariance()
	{
		final double[][] a = randomCovariance( 9, 40, 4 );
		final double[][] before = { a[ 0 ].clone(), a[ 8 ].clone() };
		final double[][] product = LinearAlgebra.multiply( a, LinearAlgebra.inverse( a ) );
		for ( int i = 0; i < 9; i++ )
			for ( int j = 0; j < 9; j++ )
				assertEquals( i == j ? 1 : 0, product[ i ][ j ], 1e-12 );
		assertArrayEquals( before[ 0 ], a[ 0 ], 0 );
		assertArrayEquals( before[ 1 ], a[ 8 ], 0 );
	}

	@Test
	void singularMatricesAreRefused()
	{
		assertThrows( ArithmeticException.class, () -> LinearAlgebra.inverse( new double[ 9 ][ 9 ] ) );
		assertThrows( ArithmeticException.class, () -> LinearAlgebra.inverse( new double[][] { { 1, 2 }, { 2, 4 } } ) );
		assertThrows( ArithmeticException.class, () -> LinearAlgebra.inverse( new double[][] { { 1, Double.NaN }, { 0, 1 } } ) );
	}

	@Test
	void squareRootOfPositiveSemiDefiniteMatrices()
	{
		assertMatrixEquals( new double[][] { { 2, 0 }, { 0, 3 } }, LinearAlgebra.sqrtPsd( new double[][] { { 4, 0 }, { 0, 9 } } ), 1e-15 );
		final double[][] c = randomCovariance( 36, 10, 4 ); // rank 10: 26 zero eigenvalues, some computed slightly negative
		final double[][] s = LinearAlgebra.sqrtPsd( c );
		assertMatrixEquals( c, LinearAlgebra.multiply( s, s ), 1e-12 );
		for ( final double[] row : s )
			for ( final double x : row )
				assertEquals( false, Double.isNaN( x ) );
	}

	@Test
	void nuclearNormIsTheSumOfSingularValues()
	{
		assertEquals( Math.sqrt( 45 ) + Math.sqrt( 5 ), LinearAlgebra.nuclearNorm( new double[][] { { 3, 0 }, { 4, 5 } } ), 1e-14 );
		final double[][] c = randomCovariance( 12, 30, 9 );
		assertEquals( LinearAlgebra.trace( c ), LinearAlgebra.nuclearNorm( c ), 1e-12 ); // PSD: singular values are the eigenvalues
	}

	@Test
	void singularValuesOfRankDeficientMatricesConverge()
	{
		// 25x25 of rank 20 (as a QR triangle of 20 blocks of 25 pixels): Jacobi must stop at the rounding-level columns
		final Random random = new Random( 11 );
		final double[][] a = new double[ 25 ][ 25 ];
		for ( int i = 0; i < 20; i++ )
			for ( int j = 0; j < 25; j++ )
				a[ i ][ j ] = 255 * random.nextDouble();
		final double[] s = LinearAlgebra.svd( a ).values;
		final LinearAlgebra.Eigen gram = LinearAlgebra.symmetricEigen( LinearAlgebra.multiply( a, LinearAlgebra.transpose( a ) ) );
		for ( int k = 0; k < 25; k++ )
			assertEquals( Math.sqrt( Math.max( 0, gram.values[ k ] ) ), s[ k ], k < 20 ? 1e-10 * s[ 0 ] : 1e-6 * s[ 0 ], "singular value " + k );
		for ( int k = 20; k < 25; k++ )
			assertEquals( 0, s[ k ], 1e-12 * s[ 0 ] );
	}
}
