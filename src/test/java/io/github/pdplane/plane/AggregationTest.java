package io.github.pdplane.plane;

import static io.github.pdplane.plane.PlaneTestData.MA;
import static io.github.pdplane.plane.PlaneTestData.NIQE;
import static io.github.pdplane.plane.PlaneTestData.PI;
import static io.github.pdplane.plane.PlaneTestData.PSNR;
import static io.github.pdplane.plane.PlaneTestData.RMSE;
import static io.github.pdplane.plane.PlaneTestData.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.registry.MetricRegistry;

/** The set aggregation rules (PIRM 2018) and the per-algorithm summary. */
class AggregationTest
{
	private static final double EPS = 1e-12;

	/** RMSE over a set is sqrt(mean(MSE)): per-image RMSE 3 and 4 give sqrt((9 + 16) / 2), not their mean 3.5. */
	@Test
	void rmseIsTheRootOfTheMeanMse()
	{
		final Evaluation e = column( Evaluation.builder( RMSE ), "A", "rmse", 3, 4 ).build();
		final MetricSummary s = e.summary( "A" ).metric( "rmse" );
		assertEquals( Math.sqrt( 12.5 ), s.value(), EPS );
		assertEquals( 3.5, s.mean(), EPS );
		assertEquals( Math.sqrt( 0.5 ), s.standardDeviation(), EPS );
		assertEquals( 2, s.count() );
		assertEquals( 0, s.missing() );
	}

	/** The registry's rmse descriptor gets the same rule: the rule follows the id. */
	@Test
	void registryMetricsFindTheirRule()
	{
		final PlaneMetric rmse = PlaneMetric.of( MetricRegistry.byId( "rmse" ) );
		final MetricSummary s = column( Evaluation.builder( rmse ), "A", "rmse", 3, 4 ).build().summary( "A" ).metric( "rmse" );
		assertEquals( Math.sqrt( 12.5 ), s.value(), EPS );
		assertSame( Aggregation.ROOT_MEAN_SQUARE, AggregationRules.forMetric( "rmse" ).aggregation() );
		assertSame( Aggregation.MEAN, AggregationRules.forMetric( "ssim" ).aggregation() );
	}

	/** A metric without a rule of its own (PSNR) is averaged. */
	@Test
	void otherMetricsAreAveraged()
	{
		final MetricSummary s = column( Evaluation.builder( PSNR ), "A", "psnr", 20, 30, 31 ).build().summary( "A" ).metric( "psnr" );
		assertEquals( 27, s.value(), EPS );
		assertEquals( 27, s.mean(), EPS );
		// sqrt(((20 - 27)^2 + (30 - 27)^2 + (31 - 27)^2) / (3 - 1)) = sqrt(74 / 2)
		assertEquals( Math.sqrt( 37 ), s.standardDeviation(), EPS );
	}

	/** PI = ((10 - mean Ma) + mean NIQE) / 2 from the means, even where the pi column says otherwise. */
	@Test
	void perceptualIndexComesFromTheMeansOfMaAndNiqe()
	{
		final Evaluation.Builder b = Evaluation.builder( PI, MA, NIQE );
		column( b, "A", "ma", 8, 6 );
		column( b, "A", "niqe", 4, 6 );
		column( b, "A", "pi", 100, 100 ); // deliberately inconsistent, to see which one wins
		final MetricSummary s = b.build().summary( "A" ).metric( "pi" );
		assertEquals( ( ( 10 - 7 ) + 5 ) / 2.0, s.value(), EPS );
		assertEquals( 100, s.mean(), EPS );
		assertTrue( s.rule().contains( "Ma" ), s.rule() );
	}

	/** PI being linear, the PIRM set value equals the mean of consistent per-image PI values. */
	@Test
	void perceptualIndexFromMeansEqualsMeanOfPerImageIndex()
	{
		final Evaluation.Builder b = Evaluation.builder( PI, MA, NIQE );
		column( b, "A", "ma", 7.25, 3.5, 8.125 );
		column( b, "A", "niqe", 3.0, 6.5, 2.75 );
		// per image ((10 - Ma) + NIQE) / 2
		column( b, "A", "pi", 2.875, 6.5, 2.3125 );
		final MetricSummary s = b.build().summary( "A" ).metric( "pi" );
		assertEquals( 11.6875 / 3, s.value(), EPS );
		assertEquals( 11.6875 / 3, s.mean(), EPS );
	}

	/** Without Ma and NIQE columns, PI falls back to the mean of its own values. */
	@Test
	void perceptualIndexWithoutItsInputsIsAveraged()
	{
		final Evaluation e = column( Evaluation.builder( PI, NIQE ), "A", "pi", 2, 3 ).build();
		final MetricSummary s = e.summary( "A" ).metric( "pi" );
		assertEquals( 2.5, s.value(), EPS );
		assertEquals( Aggregation.MEAN.description(), s.rule() );
	}

	/** NaN (a failed image) is left out of every statistic and counted as missing. */
	@Test
	void missingValuesAreExcludedAndCounted()
	{
		final Evaluation e = column( Evaluation.builder( RMSE ), "A", "rmse", 3, Double.NaN, 4 ).build();
		final MetricSummary s = e.summary( "A" ).metric( "rmse" );
		assertEquals( Math.sqrt( 12.5 ), s.value(), EPS );
		assertEquals( 3.5, s.mean(), EPS );
		assertEquals( 2, s.count() );
		assertEquals( 1, s.missing() );
		assertEquals( 3, e.summary( "A" ).imageCount() );
	}

	/** A value never put is missing too. */
	@Test
	void valuesNeverGivenAreMissing()
	{
		final Evaluation e = Evaluation.builder( RMSE, PSNR ).put( "A", "img0", "rmse", 2 ).put( "A", "img1", "psnr", 30 ).build();
		assertEquals( 1, e.summary( "A" ).metric( "rmse" ).missing() );
		assertEquals( 2, e.summary( "A" ).metric( "rmse" ).value(), EPS );
		assertEquals( 30, e.summary( "A" ).metric( "psnr" ).value(), EPS );
	}

	/** PI from means uses only the images where both Ma and NIQE exist (where per-image PI exists). */
	@Test
	void perceptualIndexUsesImagesWithBothInputs()
	{
		final Evaluation.Builder b = Evaluation.builder( PI, MA, NIQE );
		column( b, "A", "ma", 8, Double.NaN, 6 );
		column( b, "A", "niqe", 4, 100, 6 );
		column( b, "A", "pi", 3, Double.NaN, 5 );
		final MetricSummary s = b.build().summary( "A" ).metric( "pi" );
		assertEquals( 4, s.value(), EPS );
		assertEquals( 1, s.missing() );
	}

	@Test
	void noValuesGiveNaNAndOneValueGivesZeroSpread()
	{
		final Evaluation e = column( column( Evaluation.builder( RMSE ), "A", "rmse", Double.NaN, Double.NaN ), "B", "rmse", 5 ).build();
		final MetricSummary none = e.summary( "A" ).metric( "rmse" );
		assertTrue( Double.isNaN( none.value() ) && Double.isNaN( none.mean() ) && Double.isNaN( none.standardDeviation() ) );
		assertEquals( 0, none.count() );
		assertEquals( 2, none.missing() );
		// MATLAB's std of a single value is 0
		assertEquals( 0, e.summary( "B" ).metric( "rmse" ).standardDeviation(), 0 );
		assertEquals( 5, e.summary( "B" ).metric( "rmse" ).value(), EPS );
	}

	/** Infinite PSNR (identical images) is a value, not a missing one: the mean is infinite. */
	@Test
	void infiniteValuesAreKept()
	{
		final MetricSummary s = column( Evaluation.builder( PSNR ), "A", "psnr", 30, Double.POSITIVE_INFINITY ).build().summary( "A" ).metric( "psnr" );
		assertEquals( Double.POSITIVE_INFINITY, s.value() );
		assertEquals( 2, s.count() );
	}

	/**
	 * The summary does not depend on the order the values arrived in: images are summed in name order
	 * (a, b, c: 1e16 - 1e16 + 1 = 1), where arrival order (c, a, b) would lose the 1 to rounding.
	 */
	@Test
	void orderOfArrivalDoesNotMatter()
	{
		final Evaluation byName = Evaluation.builder( PSNR ).put( "A", "a", "psnr", 1e16 ).put( "A", "b", "psnr", -1e16 ).put( "A", "c", "psnr", 1 )
				.build();
		final Evaluation shuffled = Evaluation.builder( PSNR ).put( "A", "c", "psnr", 1 ).put( "A", "a", "psnr", 1e16 ).put( "A", "b", "psnr", -1e16 )
				.build();
		assertEquals( 1 / 3.0, byName.summary( "A" ).metric( "psnr" ).value(), 0 );
		assertEquals( 1 / 3.0, shuffled.summary( "A" ).metric( "psnr" ).value(), 0 );
		assertEquals( Arrays.asList( "a", "b", "c" ), shuffled.images( "A" ) );
	}

	@Test
	void algorithmsKeepTheOrderTheyWereNamedIn()
	{
		final Evaluation e = Evaluation.builder( RMSE ).algorithm( "Zeta" ).algorithm( "Alpha" ).put( "Alpha", "i", "rmse", 1 )
				.put( "Zeta", "i", "rmse", 2 ).put( "Mid", "i", "rmse", 3 ).build();
		assertEquals( Arrays.asList( "Zeta", "Alpha", "Mid" ), e.algorithms() );
	}

	@Test
	void badInputIsRefused()
	{
		final Evaluation.Builder b = Evaluation.builder( RMSE ).put( "A", "img", "rmse", 1 );
		assertThrows( IllegalArgumentException.class, () -> b.put( "A", "img", "rmse", 2 ) );
		assertThrows( IllegalArgumentException.class, () -> b.put( "A", "img", "ssim", 2 ) );
		assertThrows( PdPlaneException.class, () -> b.put( " ", "img", "rmse", 2 ) );
		assertThrows( IllegalArgumentException.class, () -> Evaluation.builder( RMSE, RMSE ) );
		final PdPlaneException empty = assertThrows( PdPlaneException.class, () -> Evaluation.builder( RMSE ).build() );
		assertTrue( empty.getMessage().contains( "no algorithm" ), empty.getMessage() );
		final PdPlaneException unknown = assertThrows( PdPlaneException.class, () -> b.build().metric( "niqe" ) );
		assertTrue( unknown.getMessage().contains( "'niqe'" ) && unknown.getMessage().contains( "rmse" ), unknown.getMessage() );
	}
}
