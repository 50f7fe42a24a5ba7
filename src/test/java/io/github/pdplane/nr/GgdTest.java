package io.github.pdplane.nr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class GgdTest
{
	/** Marsaglia and Tsang's Gamma(shape, 1) sampler, with the boost for shapes below 1. */
	private static double gamma( final double shape, final Random random )
	{
		if ( shape < 1 )
			return gamma( shape + 1, random ) * Math.pow( random.nextDouble(), 1 / shape );
		final double d = shape - 1.0 / 3, c = 1 / Math.sqrt( 9 * d );
		while ( true )
		{
			double x, v;
			do
			{
				x = random.nextGaussian();
				v = 1 + c * x;
			}
			while ( v <= 0 );
			v = v * v * v;
			final double u = random.nextDouble();
			if ( Math.log( u ) < 0.5 * x * x + d - d * v + d * Math.log( v ) )
				return d * v;
		}
	}

	/** Samples of density proportional to exp(-|x / scale|^shape): |x| = scale G^(1/shape), G ~ Gamma(1/shape). */
	private static double[] samples( final double shape, final double scale, final int n, final long seed )
	{
		final Random random = new Random( seed );
		final double[] x = new double[ n ];
		for ( int i = 0; i < n; i++ )
			x[ i ] = ( random.nextBoolean() ? 1 : -1 ) * scale * Math.pow( gamma( 1 / shape, random ), 1 / shape ) + 3;
		return x;
	}

	@Test
	void recoversTheShapeOfSyntheticGeneralizedGaussianSamples()
	{
		for ( final double shape : new double[] { 0.5, 0.8, 1, 1.5, 2, 3 } )
		{
			final double fitted = Ggd.MA.shape( samples( shape, 2.5, 400_000, ( long ) ( shape * 1000 ) ) );
			System.out.printf( "GGD shape %.2f fitted %.3f%n", shape, fitted );
			assertEquals( shape, fitted, 0.03 * shape, "shape " + shape );
		}
	}

	@Test
	void theGridIsMatlabsAndItsRatiosFall()
	{
		assertEquals( 9971, Ggd.MA.gridSize() );
		assertEquals( 0.03, Ggd.MA.gridShape( 0 ), 0 );
		assertEquals( 10, Ggd.MA.gridShape( Ggd.MA.gridSize() - 1 ), 0 );
		// r(1) = Gamma(1) Gamma(3) / Gamma(2)^2 = 2, r(2) = Gamma(1/2) Gamma(3/2) / Gamma(1)^2 = pi / 2
		assertEquals( 2, Ggd.MA.gridRatio( 970 ), 1e-14 );
		assertEquals( Math.PI / 2, Ggd.MA.gridRatio( 1970 ), 1e-14 );
		for ( int i = 1; i < Ggd.MA.gridSize(); i++ )
			assertTrue( Ggd.MA.gridRatio( i ) < Ggd.MA.gridRatio( i - 1 ) );
	}

	@Test
	void nearestRatioWithMatlabsTieRule()
	{
		for ( final int i : new int[] { 0, 1, 500, 970, 5000, 9970 } )
			assertEquals( Ggd.MA.gridShape( i ), Ggd.MA.shapeOfRatio( Ggd.MA.gridRatio( i ) ), 0 );
		// beyond either end: the end shapes
		assertEquals( 0.03, Ggd.MA.shapeOfRatio( 1e300 ), 0 );
		assertEquals( 10, Ggd.MA.shapeOfRatio( 0 ), 0 );
		// MATLAB's min over NaN distances returns the first index
		assertEquals( 0.03, Ggd.MA.shapeOfRatio( Double.NaN ), 0 );
		// the brute-force search agrees at random ratios
		final Random random = new Random( 3 );
		for ( int k = 0; k < 2000; k++ )
		{
			final double rho = 1 + 30 * random.nextDouble() * random.nextDouble();
			assertEquals( Ggd.MA.scan( rho ), Ggd.MA.nearest( rho ), "rho " + rho );
		}
		// exactly between two grid ratios, or as close as doubles get: the first (smaller shape) wins
		final double a = Ggd.MA.gridRatio( 1000 ), b = Ggd.MA.gridRatio( 1001 ), mid = a + ( b - a ) / 2;
		assertEquals( Ggd.MA.scan( mid ), Ggd.MA.nearest( mid ) );
	}

	/**
	 * The bisection against MATLAB's scan at every grid ratio, at the midpoint of every gap between two
	 * ratios and at the doubles on either side of it (where the two distances tie exactly, if anywhere), on
	 * both grids.
	 */
	@Test
	void bisectionFindsTheScansGridPointAtEveryGapAndTie()
	{
		for ( final Ggd grid : new Ggd[] { Ggd.MA, Ggd.BRISQUE } )
		{
			int ties = 0;
			for ( int i = 0; i + 1 < grid.gridSize(); i++ )
			{
				final double a = grid.gridRatio( i ), b = grid.gridRatio( i + 1 ), mid = b + ( a - b ) / 2;
				assertEquals( i, grid.nearest( a ), "grid ratio " + i );
				for ( final double rho : new double[] { Math.nextDown( mid ), mid, Math.nextUp( mid ) } )
				{
					assertEquals( grid.scan( rho ), grid.nearest( rho ), "rho " + rho + " between grid points " + i + " and " + ( i + 1 ) );
					if ( Math.abs( a - rho ) == Math.abs( b - rho ) )
						ties++;
				}
			}
			// exact ties occur, so the tie rule is exercised
			assertTrue( ties > 100, ties + " exact ties" );
		}
	}

	@Test
	void ratioIsVarianceOverSquaredMeanAbsoluteDeviationPlusEpsilon()
	{
		// x = [1 2 3 6]: mean 3, var (4 + 1 + 0 + 9) / 3, mean |x - 3| = (2 + 1 + 0 + 3) / 4
		final double[] x = { 1, 2, 3, 6 };
		assertEquals( ( 14.0 / 3 ) / ( 1.5 * 1.5 + 1e-7 ), Ggd.ratio( x, 0, 4 ), 1e-15 );
		assertEquals( Ggd.MA.shape( x ), Ggd.MA.shape( new double[] { 1, 2 }, new double[] { 3, 6 } ), 0 );
		// a constant vector: ratio 0, the largest shape
		assertEquals( 10, Ggd.MA.shape( new double[] { 4, 4, 4 } ), 0 );
	}

	/**
	 * BRISQUE's estimateggdparam: its own grid, 0.2:0.001:10 (the AGGD's), and the ratio of the moments about
	 * zero, with no mean removed and no epsilon.
	 */
	@Test
	void brisquesGridAndZeroMeanRatio()
	{
		assertEquals( 9801, Ggd.BRISQUE.gridSize() );
		assertEquals( 0.2, Ggd.BRISQUE.gridShape( 0 ), 0 );
		assertEquals( 10, Ggd.BRISQUE.gridShape( 9800 ), 0 );
		for ( final int i : new int[] { 0, 1800, 9800 } )
			assertEquals( Aggd.gridShape( i ), Ggd.BRISQUE.gridShape( i ), 0 );
		// a Laplacian-like ratio of exactly 2 is shape 1; Gaussian pi / 2 is shape 2
		assertEquals( 1, Ggd.BRISQUE.shapeOfZeroMeanMoments( 2, 1 ), 0 );
		assertEquals( 2, Ggd.BRISQUE.shapeOfZeroMeanMoments( Math.PI / 2, 1 ), 1e-12 );
		// heavier tails than the grid reaches: Ma's grid goes on, BRISQUE's stops at 0.2
		final double heavy = Ggd.MA.gridRatio( 100 );
		assertEquals( 0.2, Ggd.BRISQUE.shapeOfRatio( heavy ), 0 );
		assertEquals( Ggd.MA.gridShape( 100 ), Ggd.MA.shapeOfRatio( heavy ), 0 );
		// zeros only: 0 / 0, MATLAB's min over NaN gives the first shape
		assertEquals( 0.2, Ggd.BRISQUE.shapeOfZeroMeanMoments( 0, 0 ), 0 );
		final Random random = new Random( 5 );
		for ( int k = 0; k < 1000; k++ )
		{
			final double rho = 1.1 + 20 * random.nextDouble() * random.nextDouble();
			assertEquals( Ggd.BRISQUE.scan( rho ), Ggd.BRISQUE.nearest( rho ), "rho " + rho );
		}
	}
}
