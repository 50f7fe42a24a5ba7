package io.github.pdplane.plane;

import static io.github.pdplane.plane.PlaneTestData.MA;
import static io.github.pdplane.plane.PlaneTestData.NIQE;
import static io.github.pdplane.plane.PlaneTestData.PI;
import static io.github.pdplane.plane.PlaneTestData.PSNR;
import static io.github.pdplane.plane.PlaneTestData.RMSE;
import static io.github.pdplane.plane.PlaneTestData.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.pdplane.PdPlaneException;

/** Bootstrap intervals: reproducible, respecting the aggregation rules, and sensible on easy data. */
class BootstrapTest
{
	private static Evaluation gaussian( final long seed, final int n, final String... algorithms )
	{
		final Random random = new Random( seed );
		final Evaluation.Builder b = Evaluation.builder( RMSE, PSNR );
		for ( final String a : algorithms )
			for ( int i = 0; i < n; i++ )
			{
				b.put( a, String.format( "img%03d", i ), "rmse", 10 + random.nextGaussian() );
				b.put( a, String.format( "img%03d", i ), "psnr", 30 + 2 * random.nextGaussian() );
			}
		return b.build();
	}

	/** A mistyped count is refused before any work, not after the scoring on memory. */
	@Test
	void resamplesAreBounded()
	{
		new Bootstrap( Bootstrap.MAXIMUM_RESAMPLES, 1, 0.95 );
		final PdPlaneException e = assertThrows( PdPlaneException.class, () -> new Bootstrap( 1_000_000_000, 1, 0.95 ) );
		assertTrue( e.getMessage().startsWith( "A bootstrap of 1000000000 resamples is more than the 1000000" ), e.getMessage() );
	}

	@Test
	void sameSeedSameIntervals()
	{
		final Evaluation e = gaussian( 1, 40, "A" );
		final Interval[] first = Bootstrap.standard().intervals( e, "A", "rmse", "psnr" );
		final Interval[] again = Bootstrap.standard().intervals( e, "A", "rmse", "psnr" );
		for ( int k = 0; k < 2; k++ )
		{
			assertEquals( first[ k ].lower(), again[ k ].lower(), 0 );
			assertEquals( first[ k ].upper(), again[ k ].upper(), 0 );
		}
		final Interval other = new Bootstrap( 1000, 99, 0.95 ).intervals( e, "A", "rmse" )[ 0 ];
		assertNotEquals( first[ 0 ].lower(), other.lower() );
	}

	/** For 40 well-behaved values the 95% interval holds the set value and is about 2 x 1.96 / sqrt(40) wide. */
	@Test
	void intervalsHoldTheEstimateOnWellBehavedData()
	{
		final Evaluation e = gaussian( 2, 40, "A" );
		final Interval[] intervals = Bootstrap.standard().intervals( e, "A", "rmse", "psnr" );
		final AlgorithmSummary s = e.summary( "A" );
		assertTrue( intervals[ 0 ].contains( s.metric( "rmse" ).value() ), intervals[ 0 ].toString() );
		assertTrue( intervals[ 1 ].contains( s.metric( "psnr" ).value() ), intervals[ 1 ].toString() );
		final double psnrWidth = intervals[ 1 ].upper() - intervals[ 1 ].lower();
		final double expected = 2 * 1.96 * s.metric( "psnr" ).standardDeviation() / Math.sqrt( 40 );
		assertEquals( expected, psnrWidth, 0.25 * expected );
	}

	/**
	 * Half the images at RMSE 0 and half at 10: the set value sqrt(mean MSE) = sqrt(50) = 7.07, the mean
	 * of per-image RMSE 5. Resampling must recompute the root of the mean MSE: its interval holds 7.07
	 * and not 5.
	 */
	@Test
	void resamplesFollowTheRootMeanSquareRule()
	{
		final double[] v = new double[ 100 ];
		for ( int i = 0; i < v.length; i++ )
			v[ i ] = i % 2 == 0 ? 0 : 10;
		final Evaluation e = column( Evaluation.builder( RMSE ), "A", "rmse", v ).build();
		final Interval i = Bootstrap.standard().intervals( e, "A", "rmse" )[ 0 ];
		assertTrue( i.contains( Math.sqrt( 50 ) ), i.toString() );
		assertFalse( i.contains( 5 ), i.toString() );
	}

	/** PI is recomputed from each resample's mean Ma and NIQE, not from the (here wrong) pi column. */
	@Test
	void resamplesFollowTheDerivedPerceptualIndexRule()
	{
		final Random random = new Random( 3 );
		final Evaluation.Builder b = Evaluation.builder( PI, MA, NIQE );
		for ( int i = 0; i < 30; i++ )
		{
			b.put( "A", "img" + i, "ma", 7 + 0.3 * random.nextGaussian() );
			b.put( "A", "img" + i, "niqe", 4 + 0.3 * random.nextGaussian() );
			b.put( "A", "img" + i, "pi", 100 );
		}
		final Evaluation e = b.build();
		final Interval i = Bootstrap.standard().intervals( e, "A", "pi" )[ 0 ];
		assertTrue( i.contains( e.summary( "A" ).metric( "pi" ).value() ), i.toString() );
		assertTrue( i.upper() < 4, i.toString() ); // PI near ((10 - 7) + 4) / 2 = 3.5
	}

	/**
	 * An algorithm's interval depends on nothing but its own images: not on the other algorithms, their
	 * order, or the order its own values arrived in.
	 */
	@Test
	void intervalsAreIndependentOfOtherAlgorithmsAndArrivalOrder()
	{
		final Evaluation alone = gaussian( 4, 25, "A" );
		final Evaluation.Builder mixed = Evaluation.builder( RMSE, PSNR ).algorithm( "B" );
		final List< String > images = alone.images( "A" );
		for ( int i = images.size() - 1; i >= 0; i-- )
		{
			mixed.put( "B", images.get( i ), "rmse", 3 + i );
			mixed.put( "A", images.get( i ), "rmse", alone.value( "A", images.get( i ), "rmse" ) );
			mixed.put( "A", images.get( i ), "psnr", alone.value( "A", images.get( i ), "psnr" ) );
		}
		final Interval a = Bootstrap.standard().intervals( alone, "A", "rmse" )[ 0 ];
		final Interval b = Bootstrap.standard().intervals( mixed.build(), "A", "rmse" )[ 0 ];
		assertEquals( a.lower(), b.lower(), 0 );
		assertEquals( a.upper(), b.upper(), 0 );
	}

	/** Failed images are left out of each resample; a resample with no value at all is dropped. */
	@Test
	void missingValuesAreLeftOut()
	{
		final Evaluation e = column( Evaluation.builder( RMSE ), "A", "rmse", 4, Double.NaN, 4, 4 ).build();
		final Interval i = Bootstrap.standard().intervals( e, "A", "rmse" )[ 0 ];
		assertEquals( 4, i.lower(), 0 );
		assertEquals( 4, i.upper(), 0 );
		final Evaluation none = column( Evaluation.builder( RMSE ), "A", "rmse", Double.NaN ).build();
		assertFalse( Bootstrap.standard().intervals( none, "A", "rmse" )[ 0 ].isDefined() );
	}

	/** Hyndman and Fan definition 7: h = (n - 1) p, interpolated. */
	@Test
	void percentileInterpolatesLinearly()
	{
		final double[] sorted = { 1, 2, 3, 4, 5 };
		assertEquals( 2, Bootstrap.percentile( sorted, 0.25 ), 0 );
		assertEquals( 1.4, Bootstrap.percentile( sorted, 0.1 ), 1e-15 );
		assertEquals( 5, Bootstrap.percentile( sorted, 1 ), 0 );
		assertEquals( 1, Bootstrap.percentile( sorted, 0 ), 0 );
		assertEquals( 7, Bootstrap.percentile( new double[] { 7 }, 0.975 ), 0 );
	}

	@Test
	void badSettingsAreRefused()
	{
		assertEquals( "A bootstrap needs at least 2 resamples, not -5.", assertThrows( PdPlaneException.class, () -> new Bootstrap( -5, 0, 0.95 ) )
				.getMessage() );
		assertThrows( PdPlaneException.class, () -> new Bootstrap( 1, 0, 0.95 ) );
		assertThrows( IllegalArgumentException.class, () -> new Bootstrap( 100, 0, 1 ) );
		assertEquals( "95% bootstrap intervals over images (1000 resamples, seed 2018)", Bootstrap.standard().describe() );
	}
}
