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
 * The "PD Results" table every metric command records in: one row per restored image, or one per slice of
 * a restored stack followed by a "mean" row, or one row for a restored set (the set distances). Each
 * metric has its own column (its display name), and the metrics of one image fill one row: a command
 * whose rows are the same images as the rows the table ends with, with the same preparation, fills its
 * column there where those rows have no value for it yet; otherwise (another image, another preparation,
 * a metric scored again) it appends rows. Cells no command filled stay empty (NaN), never 0. The
 * reference cell is empty for rows of no-reference metrics only. The rows are a {@link ResultTable}
 * ({@link #rows}), written by the renderer of every ImageJ table, {@link ImageJTables}.
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

	/**
	 * Metric options that change the value, after the metrics they belong to ({@code "MS-SSIM: variant=paper"}),
	 * those of the commands that filled one row separated by {@value #OPTIONS_SEPARATOR}.
	 */
	public static final String OPTIONS = "Options";

	static final String OPTIONS_SEPARATOR = "; ";

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

	/**
	 * Records {@code scores} in the open "PD Results" table (or a new one) and shows it ({@link TableWindows}:
	 * without a display, also as "Results"): into the rows the table ends with where they are the same images
	 * and still lack these metrics ({@link #continues}), so that the metrics of one pair fill one row; otherwise
	 * as new rows.
	 */
	public static synchronized void record( final Scores scores )
	{
		final ResultsTable table = current();
		final List< String > metrics = metricColumns( scores );
		final ResultTable rows = rows( scores );
		if ( continues( table, rows, metrics ) )
		{
			final List< String > filled = new ArrayList<>( Arrays.asList( REFERENCE, OPTIONS ) );
			filled.addAll( metrics );
			ImageJTables.fillLastRows( table, mergedKeys( table, rows ), filled, metrics::contains );
		}
		else
			ImageJTables.append( table, rows, metrics::contains );
		TableWindows.show( TITLE, table );
	}

	/**
	 * Whether {@code rows} continue the last rows of {@code table}: as many rows, each of the same restored
	 * image, slice and preparation (convention, shave, data range), of the same reference or one of the two
	 * without a reference (a no-reference metric of a pair's restored image), and without a value yet in any
	 * of the {@code metrics}. A value is never replaced: a metric scored again starts new rows.
	 */
	static boolean continues( final ResultsTable table, final ResultTable rows, final List< String > metrics )
	{
		final int first = table.size() - rows.rowCount();
		if ( first < 0 || rows.rowCount() == 0 )
			return false;
		for ( int r = 0; r < rows.rowCount(); r++ )
		{
			for ( final String key : Arrays.asList( RESTORED, SLICE, CONVENTION, SHAVE, DATA_RANGE ) )
				if ( !ImageJTables.holds( table, key, first + r, rows.cell( r, key ) ) )
					return false;
			final String reference = ( String ) rows.cell( r, REFERENCE );
			if ( !reference.isEmpty() && !ImageJTables.text( table, REFERENCE, first + r ).isEmpty()
					&& !ImageJTables.holds( table, REFERENCE, first + r, reference ) )
				return false;
			for ( final String metric : metrics )
				if ( !ImageJTables.isEmpty( table, metric, first + r ) )
					return false;
		}
		return true;
	}

	/**
	 * {@code rows} as they are once filled into the last rows of {@code table}: the reference the row
	 * already names where the new rows have none, and the options of both.
	 */
	private static ResultTable mergedKeys( final ResultsTable table, final ResultTable rows )
	{
		final int first = table.size() - rows.rowCount();
		final ResultTable.Builder merged = ResultTable.builder( rows.columns() );
		for ( int r = 0; r < rows.rowCount(); r++ )
		{
			final List< Object > cells = new ArrayList<>();
			for ( final String column : rows.columns() )
				cells.add( rows.cell( r, column ) );
			final String reference = ( String ) rows.cell( r, REFERENCE );
			if ( reference.isEmpty() )
				cells.set( rows.columns().indexOf( REFERENCE ), ImageJTables.text( table, REFERENCE, first + r ) );
			cells.set( rows.columns().indexOf( OPTIONS ), joinedOptions( ImageJTables.text( table, OPTIONS, first + r ), ( String ) rows.cell( r,
					OPTIONS ) ) );
			merged.row( cells );
		}
		return merged.build();
	}

	/** Options of two commands in one cell, {@code "SSIM: downsample; MS-SSIM: variant=paper"}. */
	static String joinedOptions( final String earlier, final String added )
	{
		if ( earlier.isEmpty() )
			return added;
		return added.isEmpty() ? earlier : earlier + OPTIONS_SEPARATOR + added;
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

	/** {@code "MS-SSIM: variant=paper"}: the options after the metrics they change, so that in a row several commands filled each option names its metric. */
	private static String namedOptions( final Scores scores )
	{
		return scores.options.isEmpty() ? "" : String.join( ", ", metricColumns( scores ) ) + ": " + scores.options;
	}

	private static List< Object > cells( final Scores scores, final ScoreRow row, final String slice )
	{
		final List< Object > cells = new ArrayList<>( Arrays.asList( row.image(), scores.reference, slice, scores.preparation.convention().id(),
				scores.preparation.shave(), scores.dataRange, namedOptions( scores ) ) );
		for ( int m = 0; m < scores.metrics.size(); m++ )
			cells.add( row.value( m ) );
		return cells;
	}
}
