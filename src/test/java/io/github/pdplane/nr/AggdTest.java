package io.github.pdplane.nr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.pdplane.math.Gamma;

class AggdTest
{
	@Test
	void gridIsMatlabsColon()
	{
		assertEquals( 9801, Aggd.gridSize() );
		assertEquals( 0.2, Aggd.gridShape( 0 ), 0 );
		assertEquals( 10, Aggd.gridShape( 9800 ), 0 );
		assertEquals( 5.1, Aggd.gridShape( 4900 ), 0 ); // the midpoint (a + b) / 2
		assertEquals( 0.2 + 1800 * 0.001, Aggd.gridShape( 1800 ), 0 ); // first half: a + k d
		assertEquals( 10 - 1000 * 0.001, Aggd.gridShape( 8800 ), 0 ); // second half: b - k d
		final double[] tenths = Aggd.colon( 0, 0.1, 1 );
		assertEquals( 11, tenths.length );
		assertEquals( 3 * 0.1, tenths[ 3 ], 0 ); // MATLAB's famous 0.30000000000000004
		assertEquals( 0.5, tenths[ 5 ], 0 );
		assertEquals( 1 - 3 * 0.1, tenths[ 7 ], 0 );
		assertEquals( 1, tenths[ 10 ], 0 );
	}

	@Test
	void ratioIsTheGeneralizedGaussianOne()
	{
		// shape 2 is the Gaussian: Gamma(1)^2 / (Gamma(1/2) Gamma(3/2)) = 2 / pi
		assertEquals( 2.0, Aggd.gridShape( 1800 ), 1e-15 );
		assertEquals( 2 / Math.PI, Aggd.gridRatio( 1800 ), 1e-15 );
		// shape 1 is the Laplacian: Gamma(2)^2 / (Gamma(1) Gamma(3)) = 1/2
		assertEquals( 0.5, Aggd.gridRatio( 800 ), 1e-15 );
		for ( int i = 1; i < Aggd.gridSize(); i++ )
			assertTrue( Aggd.gridRatio( i ) > Aggd.gridRatio( i - 1 ), "ratio increases at " + i );
	}

	/**
	 * The bisection against MATLAB's scan at the midpoint of every gap between two grid ratios and at the
	 * doubles on either side of it, where the two squared differences tie exactly, if anywhere.
	 */
	@Test
	void bisectionFindsTheScansGridPointAtEveryGapAndTie()
	{
		int ties = 0;
		for ( int i = 0; i + 1 < Aggd.gridSize(); i++ )
		{
			final double a = Aggd.gridRatio( i ), b = Aggd.gridRatio( i + 1 ), mid = a + ( b - a ) / 2;
			for ( final double target : new double[] { Math.nextDown( mid ), mid, Math.nextUp( mid ) } )
			{
				assertEquals( Aggd.scan( target ), Aggd.shapeIndex( target ), "target " + target + " between grid points " + i + " and " + ( i + 1 ) );
				final double da = a - target, db = b - target;
				if ( da * da == db * db )
					ties++;
			}
		}
		// exact ties occur, so the tie rule is exercised
		assertTrue( ties > 100, ties + " exact ties" );
	}

	@Test
	void bisectionFindsWhatMatlabsMinFinds()
	{
		final Random random = new Random( 3 );
		for ( int t = 0; t < 3000; t++ )
		{
			final double target = -0.1 + 1.0 * random.nextDouble();
			assertEquals( Aggd.scan( target ), Aggd.shapeIndex( target ), "target " + target );
		}
		for ( int i = 0; i + 1 < Aggd.gridSize(); i += 7 )
		{
			final double exact = Aggd.gridRatio( i );
			final double midway = ( Aggd.gridRatio( i ) + Aggd.gridRatio( i + 1 ) ) / 2;
			assertEquals( i, Aggd.shapeIndex( exact ) );
			assertEquals( Aggd.scan( midway ), Aggd.shapeIndex( midway ), "midway after " + i );
		}
		assertEquals( 0, Aggd.shapeIndex( Double.NaN ) );
		assertEquals( 0, Aggd.shapeIndex( Double.POSITIVE_INFINITY ) );
		assertEquals( Aggd.gridSize() - 1, Aggd.shapeIndex( 0.9 ) );
		assertEquals( 0, Aggd.shapeIndex( 0 ) );
	}

	@Test
	void symmetricTwoValuedSampleHasTheLargestShape()
	{
		// sigma_l = sigma_r = 1, r = 1 > 3/4 = the supremum of the ratio: the last shape, 10
		final Aggd.Fit fit = Aggd.fit( new double[] { -1, 1, -1, 1 } );
		assertEquals( 10, fit.shape(), 0 );
		assertEquals( 1, fit.leftDeviation(), 0 );
		assertEquals( Math.sqrt( Gamma.gamma( 0.1 ) / Gamma.gamma( 0.3 ) ), fit.leftScale(), 1e-15 );
		assertEquals( Gamma.gamma( 0.2 ) / Gamma.gamma( 0.1 ), fit.meanFactor(), 1e-15 );
	}

	@Test
	void oneSidedSampleGivesMatlabsFirstShapeAndNaNScales()
	{
		final Aggd.Fit fit = Aggd.fit( new double[] { 0, 1, 2, 3 } );
		assertEquals( 0.2, fit.shape(), 0 );
		assertTrue( Double.isNaN( fit.leftScale() ) );
		assertEquals( Math.sqrt( 14.0 / 3 ), fit.rightDeviation(), 1e-15 );
		assertEquals( 0.2, Aggd.fit( new double[ 5 ] ).shape(), 0 );
	}

	@Test
	void zerosCountInTheMomentsButInNeitherTail()
	{
		// [-1, 0, 2]: sigma_l = 1, sigma_r = 2, gamma = 1/2, r = (1)^2 / (5/3) = 0.6,
		// R = 0.6 (1/8 + 1)(3/2) / (5/4)^2 = 0.648
		final Aggd.Fit fit = Aggd.fit( new double[] { -1, 0, 2 } );
		assertEquals( 1, fit.leftDeviation(), 0 );
		assertEquals( 2, fit.rightDeviation(), 0 );
		assertEquals( Aggd.scan( 0.648 ), Aggd.shapeIndex( 0.6 * 1.125 * 1.5 / 1.5625 ) );
		assertEquals( Aggd.gridShape( Aggd.scan( 0.6 * 1.125 * 1.5 / 1.5625 ) ), fit.shape(), 0 );
	}

	@Test
	void recoversTheShapeOfLargeSamples()
	{
		final Random random = new Random( 11 );
		final double[] gaussian = new double[ 200000 ], laplacian = new double[ 200000 ];
		for ( int i = 0; i < gaussian.length; i++ )
		{
			gaussian[ i ] = 1.5 * random.nextGaussian();
			final double u = random.nextDouble() - 0.5;
			laplacian[ i ] = -Math.signum( u ) * Math.log( 1 - 2 * Math.abs( u ) );
		}
		final Aggd.Fit g = Aggd.fit( gaussian );
		assertEquals( 2, g.shape(), 0.05 );
		// for a Gaussian the scale is sigma sqrt(Gamma(1/2) / Gamma(3/2)) = sigma sqrt(2)
		assertEquals( 1.5 * Math.sqrt( 2 ), g.leftScale(), 0.02 );
		assertEquals( 1, Aggd.fit( laplacian ).shape(), 0.03 );
	}

	/**
	 * The branch-free bulk sums are those of adding value by value, bit for bit, whatever the signs: zeros of
	 * either sign (a product with a zero coefficient is often -0) count in neither tail.
	 */
	@Test
	void bulkProductsAreTheSumsOfSingleAdds()
	{
		final Random random = new Random( 4 );
		final double[] a = new double[ 1000 ], b = new double[ 1000 ];
		for ( int i = 0; i < a.length; i++ )
		{
			a[ i ] = i % 7 == 0 ? 0 : i % 11 == 0 ? -0.0 : random.nextGaussian() * Math.exp( 10 * random.nextGaussian() );
			b[ i ] = i % 13 == 0 ? -0.0 : random.nextGaussian();
		}
		final Aggd.Moments single = new Aggd.Moments(), bulk = new Aggd.Moments(), values = new Aggd.Moments(), singleValues = new Aggd.Moments();
		for ( int i = 3; i < 990; i++ )
		{
			single.add( a[ i ] * b[ i + 2 ] );
			singleValues.add( a[ i ] );
		}
		bulk.addProducts( a, 3, b, 5, 987 );
		values.addAll( a, 3, 987 );
		for ( final Aggd.Moments[] pair : new Aggd.Moments[][] { { single, bulk }, { singleValues, values } } )
		{
			final Aggd.Fit x = Aggd.fit( pair[ 0 ] ), y = Aggd.fit( pair[ 1 ] );
			assertEquals( Double.doubleToLongBits( x.leftDeviation() ), Double.doubleToLongBits( y.leftDeviation() ) );
			assertEquals( Double.doubleToLongBits( x.rightDeviation() ), Double.doubleToLongBits( y.rightDeviation() ) );
			assertEquals( Double.doubleToLongBits( pair[ 0 ].meanSquare() ), Double.doubleToLongBits( pair[ 1 ].meanSquare() ) );
			assertEquals( Double.doubleToLongBits( pair[ 0 ].meanAbsolute() ), Double.doubleToLongBits( pair[ 1 ].meanAbsolute() ) );
			assertEquals( x.shape(), y.shape(), 0 );
		}
		// the zeros: only the count of all values sees them
		final Aggd.Moments zeros = new Aggd.Moments();
		zeros.addAll( new double[] { 0.0, -0.0, -2, 3 }, 0, 4 );
		final Aggd.Fit fit = Aggd.fit( zeros );
		assertEquals( 2, fit.leftDeviation(), 0 );
		assertEquals( 3, fit.rightDeviation(), 0 );
		assertEquals( 13 / 4.0, zeros.meanSquare(), 0 );
	}
}
