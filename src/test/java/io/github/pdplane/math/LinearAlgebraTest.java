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

	/**
	 * Two columns of a 36x36 NIQE covariance (from a synthetic 256x256 image) that one-sided Jacobi rotated for
	 * ever at the strict tolerance: their cosine stayed at 1.27 EPS, each rotation flipping its sign. They are
	 * decomposed, and exactly.
	 */
	@Test
	void svdOfColumnsThatCycleAtTheStrictTolerance()
	{
		final double[] first = {
			1.6873367541016344E-7, -1.308832445659826E-6, 5.163370728062639E-6, 1.2742168138076913E-5, 1.1597522400855995E-5,
			-1.3417615061404977E-5, -3.4753708638805044E-6, -1.0616128985484223E-5, -7.3172114649097465E-6,
			1.0323098569641138E-5, -6.550739217186855E-7, 5.355315373496414E-6, 5.342336979434607E-6, -1.0650821195151277E-5,
			1.8236120681315166E-6, -1.2570461676941702E-5, -1.0746291181171458E-5, 1.2238439307078862E-5, 7.092033124157653E-8,
			-1.438728441484507E-6, -7.779855687677716E-7, -1.774405922610832E-6, 3.241600011576586E-7, 9.211160331070448E-8,
			-2.6453361617098874E-6, 1.8561688499262035E-6, 4.262883339537004E-6, 7.99536073462263E-6, 1.886686272601116E-6,
			7.720432434620012E-6, 9.057465666528636E-6, -1.234038477948691E-5, -5.549585245017602E-7, -1.3690495557633372E-5,
			-1.838284220314283E-5, 1.5268751057755183E-5 };
		final double[] second = {
			-1.382644738310513E-7, 6.024535466720626E-8, -1.2502686441266705E-6, -5.44342334158067E-6, -6.2193950838304635E-6,
			7.167434430456555E-6, 1.3862554679239066E-6, 3.502655584952983E-7, -2.065011127818902E-6, -2.2016224404370723E-6,
			-7.737435682415671E-7, 4.3334216454032523E-7, 2.330960156791483E-6, 2.2347307960580335E-6, -5.776728024236334E-7,
			-8.6384025741191E-7, -1.3302510653481274E-6, 1.7785663910214528E-6, 5.188164750543138E-8, 5.356965255147787E-7,
			-1.4443211803424224E-7, 6.114479773778609E-6, 7.572836839034454E-6, -5.314153577778965E-6, 1.1224763514975164E-6,
			-1.9756409015201945E-6, -4.389776990598078E-6, 8.086027846195914E-7, -6.688702406810477E-7, 4.7062833510491216E-6,
			6.261128972683557E-6, -5.578258263948547E-6, 4.421894649178055E-7, -1.797798045497262E-6, -2.7405544761377022E-6,
			1.0532768540679721E-6 };
		final double[][] a = new double[ first.length ][];
		for ( int i = 0; i < a.length; i++ )
			a[ i ] = new double[] { first[ i ], second[ i ] };
		final LinearAlgebra.Svd s = LinearAlgebra.svd( a );
		final double[][] rebuilt = new double[ a.length ][ 2 ];
		for ( int i = 0; i < a.length; i++ )
			for ( int j = 0; j < 2; j++ )
				for ( int k = 0; k < 2; k++ )
					rebuilt[ i ][ j ] += s.u[ i ][ k ] * s.values[ k ] * s.v[ j ][ k ];
		assertMatrixEquals( a, rebuilt, 1e-15 * s.values[ 0 ] );
		// the columns are orthogonal to rounding already: their norms are the singular values
		assertEquals( Math.sqrt( dot( first, first ) ), s.values[ 0 ], 1e-15 * s.values[ 0 ] );
		assertEquals( Math.sqrt( dot( second, second ) ), s.values[ 1 ], 1e-15 * s.values[ 0 ] );
	}

	private static double dot( final double[] a, final double[] b )
	{
		double sum = 0;
		for ( int i = 0; i < a.length; i++ )
			sum += a[ i ] * b[ i ];
		return sum;
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
