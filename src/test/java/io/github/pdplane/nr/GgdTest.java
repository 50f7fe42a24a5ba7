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
			final double fitted = Ggd.shape( samples( shape, 2.5, 400_000, ( long ) ( shape * 1000 ) ) );
			System.out.printf( "GGD shape %.2f fitted %.3f%n", shape, fitted );
			assertEquals( shape, fitted, 0.03 * shape, "shape " + shape );
		}
	}

	@Test
	void theGridIsMatlabsAndItsRatiosFall()
	{
		assertEquals( 9971, Ggd.gridSize() );
		assertEquals( 0.03, Ggd.gridShape( 0 ), 0 );
		assertEquals( 10, Ggd.gridShape( Ggd.gridSize() - 1 ), 0 );
		// r(1) = Gamma(1) Gamma(3) / Gamma(2)^2 = 2, r(2) = Gamma(1/2) Gamma(3/2) / Gamma(1)^2 = pi / 2
		assertEquals( 2, Ggd.gridRatio( 970 ), 1e-14 );
		assertEquals( Math.PI / 2, Ggd.gridRatio( 1970 ), 1e-14 );
		for ( int i = 1; i < Ggd.gridSize(); i++ )
			assertTrue( Ggd.gridRatio( i ) < Ggd.gridRatio( i - 1 ) );
	}

	@Test
	void nearestRatioWithMatlabsTieRule()
	{
		for ( final int i : new int[] { 0, 1, 500, 970, 5000, 9970 } )
			assertEquals( Ggd.gridShape( i ), Ggd.shapeOfRatio( Ggd.gridRatio( i ) ), 0 );
		// beyond either end: the end shapes
		assertEquals( 0.03, Ggd.shapeOfRatio( 1e300 ), 0 );
		assertEquals( 10, Ggd.shapeOfRatio( 0 ), 0 );
		// MATLAB's min over NaN distances returns the first index
		assertEquals( 0.03, Ggd.shapeOfRatio( Double.NaN ), 0 );
		// the brute-force search agrees at random ratios
		final Random random = new Random( 3 );
		for ( int k = 0; k < 2000; k++ )
		{
			final double rho = 1 + 30 * random.nextDouble() * random.nextDouble();
			assertEquals( Ggd.scan( rho ), Ggd.nearest( rho ), "rho " + rho );
		}
		// exactly between two grid ratios, or as close as doubles get: the first (smaller shape) wins
		final double a = Ggd.gridRatio( 1000 ), b = Ggd.gridRatio( 1001 ), mid = a + ( b - a ) / 2;
		assertEquals( Ggd.scan( mid ), Ggd.nearest( mid ) );
	}

	@Test
	void ratioIsVarianceOverSquaredMeanAbsoluteDeviationPlusEpsilon()
	{
		// x = [1 2 3 6]: mean 3, var (4 + 1 + 0 + 9) / 3, mean |x - 3| = (2 + 1 + 0 + 3) / 4
		final double[] x = { 1, 2, 3, 6 };
		assertEquals( ( 14.0 / 3 ) / ( 1.5 * 1.5 + 1e-7 ), Ggd.ratio( x, 0, 4 ), 1e-15 );
		assertEquals( Ggd.shape( x ), Ggd.shape( new double[] { 1, 2 }, new double[] { 3, 6 } ), 0 );
		// a constant vector: ratio 0, the largest shape
		assertEquals( 10, Ggd.shape( new double[] { 4, 4, 4 } ), 0 );
	}
}
