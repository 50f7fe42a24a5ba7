package io.github.pdplane.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ij.measure.ResultsTable;

import io.github.pdplane.image.Convention;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.score.ScoreRow;

/**
 * "PD Results" as a person reads it: the metrics of one image in one row, whatever the number of commands
 * that scored it, and a new row wherever joining would replace a value or mix images or preparations.
 */
class PdResultsTableTest
{
	static
	{
		// CommandHarness's rule: no window in tests, the table kept by title.
		if ( System.getProperty( "java.awt.headless" ) == null )
			System.setProperty( "java.awt.headless", "true" );
	}

	private static final Preparation GRAY = new Preparation( Convention.GRAY, 0, Double.NaN );

	@BeforeEach
	void startFromNoTable()
	{
		TableWindows.forget( PdResultsTable.TITLE );
	}

	private static void record( final String metric, final String reference, final Preparation preparation, final String options,
			final ScoreRow... rows )
	{
		PdResultsTable.record( new PdResultsTable.Scores( Collections.singletonList( MetricRegistry.byId( metric ) ), reference, preparation,
				255, options, Arrays.asList( rows ) ) );
	}

	private static ScoreRow row( final String image, final double value )
	{
		return new ScoreRow( image, ScoreRow.NO_SLICE, new double[] { value } );
	}

	private static ResultsTable table()
	{
		return PdResultsTable.current();
	}

	@Test
	void theMetricsOfOnePairFillOneRow()
	{
		record( "ssim", "ref", GRAY, "", row( "out", 0.5 ) );
		record( "psnr", "ref", GRAY, "", row( "out", 30 ) );
		record( "niqe", "", GRAY, "", row( "out", 4 ) );
		final ResultsTable t = table();
		assertEquals( 1, t.size() );
		assertEquals( 0.5, t.getValue( "SSIM", 0 ), 0 );
		assertEquals( 30, t.getValue( "PSNR", 0 ), 0 );
		assertEquals( 4, t.getValue( "NIQE", 0 ), 0 );
		assertEquals( "ref", t.getStringValue( PdResultsTable.REFERENCE, 0 ), "a no-reference metric keeps the pair's reference" );
	}

	@Test
	void aNoReferenceRowTakesTheReferenceOfAFullReferenceMetricScoredAfterIt()
	{
		record( "niqe", "", GRAY, "", row( "out", 4 ) );
		record( "ssim", "ref", GRAY, "", row( "out", 0.5 ) );
		assertEquals( 1, table().size() );
		assertEquals( "ref", table().getStringValue( PdResultsTable.REFERENCE, 0 ) );
		assertEquals( 4, table().getValue( "NIQE", 0 ), 0 );
	}

	@Test
	void aMetricScoredAgainAppendsARowAndTheNextMetricFillsThatRow()
	{
		record( "ssim", "ref", GRAY, "", row( "out", 0.5 ) );
		record( "ssim", "ref", GRAY, "", row( "out", 0.6 ) );
		record( "psnr", "ref", GRAY, "", row( "out", 30 ) );
		final ResultsTable t = table();
		assertEquals( 2, t.size() );
		assertEquals( 0.5, t.getValue( "SSIM", 0 ), 0 );
		assertTrue( Double.isNaN( t.getValue( "PSNR", 0 ) ), "the earlier row keeps its empty cell" );
		assertEquals( "", t.getStringValue( "PSNR", 0 ), "shown empty, not as NaN" );
		assertEquals( 0.6, t.getValue( "SSIM", 1 ), 0 );
		assertEquals( 30, t.getValue( "PSNR", 1 ), 0 );
		assertEquals( 0.6, t.getValue( "SSIM", t.size() - 1 ), 0, "the macros' last row holds the last value" );
	}

	@Test
	void anotherImageReferenceOrPreparationStartsANewRow()
	{
		record( "ssim", "ref", GRAY, "", row( "out", 0.5 ) );
		record( "psnr", "ref", GRAY, "", row( "other", 30 ) );
		record( "rmse", "other ref", GRAY, "", row( "other", 3 ) );
		record( "vif", "other ref", new Preparation( Convention.Y, 0, Double.NaN ), "", row( "other", 0.7 ) );
		record( "ifc", "other ref", new Preparation( Convention.Y, 4, Double.NaN ), "", row( "other", 2 ) );
		final ResultsTable t = table();
		assertEquals( 5, t.size() );
		for ( int r = 1; r < 5; r++ )
		{
			assertTrue( Double.isNaN( t.getValue( "SSIM", r ) ), "row " + r );
			assertFalse( t.getRowAsString( r ).contains( "NaN" ), "the window shows empty cells empty: " + t.getRowAsString( r ) );
		}
		assertTrue( Double.isNaN( t.getValue( "PSNR", 0 ) ) );
		assertFalse( t.getRowAsString( 0 ).contains( "NaN" ), t.getRowAsString( 0 ) );
	}

	@Test
	void aStacksSlicesAndMeanFillTheRowsOfTheSameStack()
	{
		final ScoreRow[] ssim = { new ScoreRow( "out", 0, new double[] { 0.4 } ), new ScoreRow( "out", 1, new double[] { 0.6 } ) };
		final ScoreRow[] psnr = { new ScoreRow( "out", 0, new double[] { 20 } ), new ScoreRow( "out", 1, new double[] { 30 } ) };
		record( "ssim", "ref", GRAY, "", ssim );
		record( "psnr", "ref", GRAY, "", psnr );
		final ResultsTable t = table();
		assertEquals( 3, t.size() );
		assertEquals( Arrays.asList( "1", "2", PdResultsTable.MEAN ), Arrays.asList( t.getStringValue( PdResultsTable.SLICE, 0 ), t
				.getStringValue( PdResultsTable.SLICE, 1 ), t.getStringValue( PdResultsTable.SLICE, 2 ) ) );
		assertEquals( 0.5, t.getValue( "SSIM", 2 ), 1e-15 );
		assertEquals( 25, t.getValue( "PSNR", 2 ), 1e-12 );
		assertEquals( 30, t.getValue( "PSNR", 1 ), 0 );
	}

	@Test
	void anImageAfterAStackStartsNewRows()
	{
		record( "ssim", "ref", GRAY, "", new ScoreRow( "out", 0, new double[] { 0.4 } ), new ScoreRow( "out", 1, new double[] { 0.6 } ) );
		record( "psnr", "ref", GRAY, "", row( "out", 30 ) );
		assertEquals( 4, table().size() );
	}

	@Test
	void theOptionsOfARowNameTheirMetrics()
	{
		record( "ssim", "ref", GRAY, "downsample", row( "out", 0.5 ) );
		record( "psnr", "ref", GRAY, "", row( "out", 30 ) );
		record( "ms-ssim", "ref", GRAY, "variant=paper", row( "out", 0.9 ) );
		assertEquals( 1, table().size() );
		assertEquals( "SSIM: downsample; MS-SSIM: variant=paper", table().getStringValue( PdResultsTable.OPTIONS, 0 ) );
	}

	@Test
	void aCommandOfSeveralMetricsNamesThemAll()
	{
		final List< String > ids = Arrays.asList( "ma", "niqe", "pi" );
		PdResultsTable.record( new PdResultsTable.Scores( Arrays.asList( MetricRegistry.byId( ids.get( 0 ) ), MetricRegistry.byId( ids.get( 1 ) ),
				MetricRegistry.byId( ids.get( 2 ) ) ), "", GRAY, 255, "ma_model=a.mat", Collections.singletonList( new ScoreRow( "out",
						ScoreRow.NO_SLICE, new double[] { 5, 4, 4.5 } ) ) ) );
		assertEquals( "Ma, NIQE, PI: ma_model=a.mat", table().getStringValue( PdResultsTable.OPTIONS, 0 ) );
	}

	@Test
	void aColumnAddedByFillingIsEmptyNotZeroInTheRowsBefore()
	{
		record( "ssim", "ref", GRAY, "", row( "first", 0.5 ) );
		record( "ssim", "ref", GRAY, "", row( "out", 0.6 ) );
		record( "rmse", "ref", GRAY, "", row( "out", 3 ) );
		assertEquals( 2, table().size() );
		assertTrue( Double.isNaN( table().getValue( "RMSE", 0 ) ), "not 0, a perfect RMSE" );
		assertEquals( "", table().getStringValue( "RMSE", 0 ), "shown empty, not as NaN" );
		assertEquals( 3, table().getValue( "RMSE", 1 ), 0 );
	}

	@Test
	void optionsJoinWhereBothHaveSome()
	{
		assertEquals( "", PdResultsTable.joinedOptions( "", "" ) );
		assertEquals( "SSIM: downsample", PdResultsTable.joinedOptions( "SSIM: downsample", "" ) );
		assertEquals( "SSIM: downsample", PdResultsTable.joinedOptions( "", "SSIM: downsample" ) );
		assertEquals( "SSIM: downsample; NIQE: model=a.mat", PdResultsTable.joinedOptions( "SSIM: downsample", "NIQE: model=a.mat" ) );
	}
}
