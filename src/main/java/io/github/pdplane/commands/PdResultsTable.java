package io.github.pdplane.commands;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import ij.measure.ResultsTable;

import io.github.pdplane.image.Preparation;
import io.github.pdplane.io.imagej.ImageJTables;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.score.ScoreRow;
import io.github.pdplane.table.ResultTable;

/**
 * The "PD Results" table every command appends to: one row per restored image, or one per slice of
 * a restored stack followed by a "mean" row, or one row for a restored set (the set distances). Each
 * metric has its own column (its display name), so rows of different metrics share one table; cells a
 * row does not fill stay empty (NaN), never 0. The reference cell is empty for no-reference metrics. The
 * rows are a {@link ResultTable} ({@link #rows}), appended by the renderer of every ImageJ table,
 * {@link ImageJTables}.
 * <p>
 * Macros read it with {@code Table.get("SSIM", Table.size("PD Results") - 1, "PD Results")}, or without a display
 * (where ImageJ's macro functions find no table by its title) as ImageJ's "Results" table: {@code getResult("SSIM", nResults - 1)}.
 */
public final class PdResultsTable
{
	public static final String TITLE = "PD Results";

	public static final String RESTORED = "Restored";

	public static final String REFERENCE = "Reference";

	/** 1-based slice number, "mean" for the mean of a stack, empty for a single image. */
	public static final String SLICE = "Slice";

	public static final String MEAN = "mean";

	public static final String CONVENTION = "Convention";

	public static final String SHAVE = "Shave";

	public static final String DATA_RANGE = "Data range";

	/** Metric options that change the value ({@code variant=paper}, {@code downsample}). */
	public static final String OPTIONS = "Options";

	private PdResultsTable()
	{}

	/** What one command run scored, for one table. */
	public static final class Scores
	{
		final List< MetricDescriptor > metrics;

		final String reference;

		final Preparation preparation;

		final double dataRange;

		final String options;

		final List< ScoreRow > rows;

		/**
		 * @param metrics
		 *            the metrics whose values the rows hold, in their order
		 * @param reference
		 *            the reference image or set; empty for no-reference metrics
		 * @param dataRange
		 *            the data range used (from the bit depth where the user gave none); NaN where each
		 *            image has its own
		 * @param rows
		 *            one row per image, or one per slice of a stack
		 */
		public Scores( final List< MetricDescriptor > metrics, final String reference, final Preparation preparation, final double dataRange,
				final String options, final List< ScoreRow > rows )
		{
			this.metrics = Collections.unmodifiableList( new ArrayList<>( metrics ) );
			this.reference = reference;
			this.preparation = preparation;
			this.dataRange = dataRange;
			this.options = options;
			this.rows = Collections.unmodifiableList( new ArrayList<>( rows ) );
		}
	}

	/** Appends to the open "PD Results" table (or a new one) and shows it ({@link TableWindows}: without a display, also as "Results"). */
	public static synchronized void record( final Scores scores )
	{
		final ResultsTable table = current();
		ImageJTables.append( table, rows( scores ), metricColumns( scores )::contains );
		TableWindows.show( TITLE, table );
	}

	/**
	 * The table shown in the "PD Results" window (without a display, the one kept for the session), or a new
	 * one where there is none (the window was closed or never opened; without a display, kept from then on).
	 */
	public static synchronized ResultsTable current()
	{
		return TableWindows.getOrMake( TITLE, PdResultsTable::newTable );
	}

	private static ResultsTable newTable()
	{
		final ResultsTable table = new ResultsTable();
		table.setNaNEmptyCells( true );
		return table;
	}

	/**
	 * The rows of {@code scores} as the table shows them: Restored, Reference, Slice, Convention, Shave,
	 * Data range, Options and one column per metric (its display name); a stack's rows are followed by
	 * their "mean" row.
	 */
	public static ResultTable rows( final Scores scores )
	{
		final List< String > columns = new ArrayList<>( Arrays.asList( RESTORED, REFERENCE, SLICE, CONVENTION, SHAVE, DATA_RANGE, OPTIONS ) );
		columns.addAll( metricColumns( scores ) );
		final ResultTable.Builder table = ResultTable.builder( columns );
		for ( final ScoreRow row : scores.rows )
			table.row( cells( scores, row, row.slice() == ScoreRow.NO_SLICE ? "" : Integer.toString( row.slice() + 1 ) ) );
		if ( scores.rows.size() > 1 )
			table.row( cells( scores, ScoreRow.mean( scores.rows.get( 0 ).image(), scores.rows ), MEAN ) );
		return table.build();
	}

	private static List< String > metricColumns( final Scores scores )
	{
		return scores.metrics.stream().map( MetricDescriptor::displayName ).collect( Collectors.toList() );
	}

	private static List< Object > cells( final Scores scores, final ScoreRow row, final String slice )
	{
		final List< Object > cells = new ArrayList<>( Arrays.asList( row.image(), scores.reference, slice, scores.preparation.convention().id(),
				scores.preparation.shave(), scores.dataRange, scores.options ) );
		for ( int m = 0; m < scores.metrics.size(); m++ )
			cells.add( row.value( m ) );
		return cells;
	}
}
