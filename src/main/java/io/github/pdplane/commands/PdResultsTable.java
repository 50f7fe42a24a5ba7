package io.github.pdplane.commands;

import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import ij.measure.ResultsTable;

import io.github.pdplane.image.Preparation;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.score.ScoreRow;

/**
 * The "PD Results" table every command appends to: one row per restored image, or one per slice of
 * a restored stack followed by a "mean" row, or one row for a restored set (the set distances). Each
 * metric has its own column (its display name), so rows of different metrics share one table; cells a
 * row does not fill stay empty (NaN), never 0. The reference cell is empty for no-reference metrics.
 * <p>
 * Macros read it with {@code Table.get("SSIM", Table.size("PD Results") - 1, "PD Results")}.
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

	private static final int DECIMALS = 6;

	/** Where rows go when no window can show them (headless use, tests). */
	private static ResultsTable headlessTable;

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

	/** Appends to the open "PD Results" table (or a new one) and shows it where there is a display. */
	public static synchronized void record( final Scores scores )
	{
		final ResultsTable table = current();
		append( table, scores );
		if ( !GraphicsEnvironment.isHeadless() )
			table.show( TITLE );
	}

	/**
	 * The table shown in the "PD Results" window; without a display, one table kept for the session;
	 * otherwise (the window was closed or never opened) a new one.
	 */
	public static synchronized ResultsTable current()
	{
		final ResultsTable shown = GraphicsEnvironment.isHeadless() ? null : ResultsTable.getResultsTable( TITLE );
		if ( shown != null )
			return shown;
		if ( !GraphicsEnvironment.isHeadless() )
			return newTable();
		if ( headlessTable == null )
			headlessTable = newTable();
		return headlessTable;
	}

	private static ResultsTable newTable()
	{
		final ResultsTable table = new ResultsTable();
		table.setNaNEmptyCells( true );
		return table;
	}

	/** Appends the rows of {@code scores} to {@code table}; a stack also gets its "mean" row. */
	public static void append( final ResultsTable table, final Scores scores )
	{
		final List< MetricDescriptor > newColumns = new ArrayList<>();
		for ( final MetricDescriptor m : scores.metrics )
			if ( table.getColumnIndex( m.displayName() ) == ResultsTable.COLUMN_NOT_FOUND )
				newColumns.add( m );
		final int first = table.size();
		for ( final ScoreRow row : scores.rows )
			addRow( table, scores, row, row.slice() == ScoreRow.NO_SLICE ? "" : Integer.toString( row.slice() + 1 ) );
		if ( scores.rows.size() > 1 )
			addRow( table, scores, ScoreRow.mean( scores.rows.get( 0 ).image(), scores.rows ), MEAN );
		// Cells a row leaves out read 0 in a shown table despite setNaNEmptyCells (seen in ImageJ 1.53t), and 0 is a
		// perfect RMSE: other metrics' cells in these rows, and these metrics' in earlier rows, are set to NaN.
		for ( final MetricDescriptor m : newColumns )
			for ( int r = 0; r < first; r++ )
				table.setValue( m.displayName(), r, Double.NaN );
		for ( final MetricDescriptor other : MetricRegistry.all() )
			if ( !scores.metrics.contains( other ) && table.getColumnIndex( other.displayName() ) != ResultsTable.COLUMN_NOT_FOUND )
				for ( int r = first; r < table.size(); r++ )
					table.setValue( other.displayName(), r, Double.NaN );
		for ( final MetricDescriptor m : scores.metrics )
			table.setDecimalPlaces( table.getColumnIndex( m.displayName() ), DECIMALS );
	}

	private static void addRow( final ResultsTable table, final Scores scores, final ScoreRow row, final String slice )
	{
		table.incrementCounter();
		table.addValue( RESTORED, row.image() );
		table.addValue( REFERENCE, scores.reference );
		table.addValue( SLICE, slice );
		table.addValue( CONVENTION, scores.preparation.convention().id() );
		table.addValue( SHAVE, scores.preparation.shave() );
		table.addValue( DATA_RANGE, scores.dataRange );
		table.addValue( OPTIONS, scores.options );
		for ( int m = 0; m < scores.metrics.size(); m++ )
			table.addValue( scores.metrics.get( m ).displayName(), row.value( m ) );
	}
}
