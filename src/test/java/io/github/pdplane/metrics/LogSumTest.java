package io.github.pdplane.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The logarithm of running products is the sum of the logarithms, for terms of any size. */
class LogSumTest
{
	@Test
	void equalsTheSumOfLogarithms()
	{
		final Random random = new Random( 9 );
		for ( final double scale : new double[] { 1e-3, 1, 1e4, 1e12, 1e60 } )
		{
			final LogSum products = new LogSum();
			double sum = 0;
			for ( int i = 0; i < 100_000; i++ )
			{
				final double x = 1 + scale * random.nextDouble();
				products.add( x );
				sum += Math.log( x );
			}
			assertEquals( sum, products.sum(), 1e-12 * Math.abs( sum ), "terms 1 + U(0, " + scale + ")" );
		}
	}

	@Test
	void termsTooLargeToMultiplyAreTakenAlone()
	{
		final LogSum s = new LogSum();
		s.add( 1e300 );
		s.add( 1e299 );
		s.add( 1e-250 );
		s.add( Double.MAX_VALUE );
		assertEquals( Math.log( 1e300 ) + Math.log( 1e299 ) + Math.log( 1e-250 ) + Math.log( Double.MAX_VALUE ), s.sum(), 1e-12 );
	}

	@Test
	void zeroNegativeAndNanTermsGiveWhatTheirLogarithmsGive()
	{
		final LogSum zero = new LogSum();
		zero.add( 2 );
		zero.add( 0 );
		zero.add( 3 );
		assertEquals( Double.NEGATIVE_INFINITY, zero.sum(), 0 );
		final LogSum negative = new LogSum();
		negative.add( 2 );
		negative.add( -0.5 );
		assertTrue( Double.isNaN( negative.sum() ) );
		final LogSum nan = new LogSum();
		nan.add( Double.NaN );
		nan.add( 4 );
		assertTrue( Double.isNaN( nan.sum() ) );
		assertEquals( 0, new LogSum().sum(), 0 );
	}
}
