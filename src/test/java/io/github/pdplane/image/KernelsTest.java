package io.github.pdplane.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KernelsTest
{
	/* fspecial('gaussian', 3, 0.5): exp(-2) on the edges, exp(-4) in the corners, over their sum. */
	@Test
	void threeByThreeHalfSigma()
	{
		final double[][] h = Kernels.gaussian( 3, 0.5 );
		final double sum = 1 + 4 * Math.exp( -2 ) + 4 * Math.exp( -4 );
		assertEquals( 1 / sum, h[ 1 ][ 1 ], 1e-15 );
		assertEquals( Math.exp( -2 ) / sum, h[ 0 ][ 1 ], 1e-15 );
		assertEquals( Math.exp( -4 ) / sum, h[ 2 ][ 2 ], 1e-15 );
		// MATLAB prints 0.0113 0.0838 0.0113 / 0.0838 0.6193 0.0838 / ...
		assertEquals( 0.6193, h[ 1 ][ 1 ], 5e-5 );
		assertEquals( 0.0838, h[ 1 ][ 0 ], 5e-5 );
		assertEquals( 0.0113, h[ 0 ][ 0 ], 5e-5 );
		assertSymmetricAndNormalised( h );
	}

	@Test
	void ssimWindowSumsToOneAndPeaksInTheCentre()
	{
		final double[][] h = Kernels.gaussian( 11, 1.5 );
		assertSymmetricAndNormalised( h );
		for ( int r = 0; r < 11; r++ )
			for ( int c = 0; c < 11; c++ )
				assertEquals( Math.exp( -( ( r - 5 ) * ( r - 5 ) + ( c - 5 ) * ( c - 5 ) ) / 4.5 ), h[ r ][ c ] / h[ 5 ][ 5 ], 1e-15 );
	}

	/*
	 * 11x11 with sigma 0.5: an entry is exp(-2 (x^2 + y^2)), cut where below eps = 2.2204e-16. exp(-36) =
	 * 2.3195e-16 survives at (3, 3); exp(-40) at (4, 2) and exp(-50) at (5, 0) do not.
	 */
	@Test
	void entriesBelowEpsAreCut()
	{
		final double[][] h = Kernels.gaussian( 11, 0.5 );
		assertTrue( h[ 5 + 3 ][ 5 + 3 ] > 0 );
		assertEquals( 0, h[ 5 + 4 ][ 5 + 2 ], 0 );
		assertEquals( 0, h[ 5 ][ 10 ], 0 );
		assertTrue( h[ 5 ][ 9 ] > 0 ); // exp(-32)
		assertSymmetricAndNormalised( h );
		assertFalse( Kernels.gaussianIsSeparable( 11, 0.5 ) );
		assertThrows( IllegalArgumentException.class, () -> Kernels.gaussianFactor( 11, 0.5 ) );
		assertTrue( Kernels.gaussianIsSeparable( 11, 0.84 ) );
		assertFalse( Kernels.gaussianIsSeparable( 11, 0.83 ) );
	}

	/* An even size has no centre pixel: fspecial('gaussian', 2, 1) is 0.25 everywhere. */
	@Test
	void evenSize()
	{
		final double[][] h = Kernels.gaussian( 2, 1 );
		for ( final double[] row : h )
			for ( final double v : row )
				assertEquals( 0.25, v, 1e-17 );
	}

	@Test
	void factorTimesFactorIsTheKernel()
	{
		for ( final double[] sizeSigma : new double[][] { { 11, 1.5 }, { 7, 7.0 / 6 }, { 3, 0.5 }, { 17, 17 / 5.0 }, { 4, 1 } } )
		{
			final int n = ( int ) sizeSigma[ 0 ];
			final double[][] h = Kernels.gaussian( n, sizeSigma[ 1 ] );
			final double[] g = Kernels.gaussianFactor( n, sizeSigma[ 1 ] );
			double sum = 0;
			for ( final double v : g )
				sum += v;
			assertEquals( 1, sum, 1e-15 );
			final double[][] outer = Kernels.outer( g, g );
			for ( int r = 0; r < n; r++ )
				for ( int c = 0; c < n; c++ )
					assertEquals( h[ r ][ c ], outer[ r ][ c ], 1e-15 * h[ r ][ c ] );
		}
	}

	@Test
	void rectangularKernelIsTheOuterProductOfItsRowAndColumn()
	{
		final double[][] h = Kernels.gaussian( 3, 5, 1 );
		final double[][] column = Kernels.gaussian( 3, 1, 1 ), row = Kernels.gaussian( 1, 5, 1 );
		assertSymmetricAndNormalised( h );
		for ( int r = 0; r < 3; r++ )
			for ( int c = 0; c < 5; c++ )
				assertEquals( column[ r ][ 0 ] * row[ 0 ][ c ], h[ r ][ c ], 1e-16 );
	}

	@Test
	void box()
	{
		final double[][] h = Kernels.box( 2, 3 );
		for ( final double[] row : h )
			for ( final double v : row )
				assertEquals( 1.0 / 6, v, 0 );
	}

	@Test
	void badArguments()
	{
		assertThrows( IllegalArgumentException.class, () -> Kernels.gaussian( 0, 1 ) );
		assertThrows( IllegalArgumentException.class, () -> Kernels.gaussian( 3, 0 ) );
		assertThrows( IllegalArgumentException.class, () -> Kernels.gaussian( 3, Double.NaN ) );
	}

	private static void assertSymmetricAndNormalised( final double[][] h )
	{
		double sum = 0;
		final int rows = h.length, columns = h[ 0 ].length;
		for ( int r = 0; r < rows; r++ )
			for ( int c = 0; c < columns; c++ )
			{
				sum += h[ r ][ c ];
				assertEquals( h[ r ][ c ], h[ rows - 1 - r ][ c ], 0 );
				assertEquals( h[ r ][ c ], h[ r ][ columns - 1 - c ], 0 );
			}
		assertEquals( 1, sum, 1e-15 );
	}
}
