package io.github.pdplane.commands;

import java.awt.GraphicsEnvironment;
import java.util.HashMap;
import java.util.Map;

import ij.measure.ResultsTable;

import io.github.pdplane.table.ResultTable;

/**
 * The tables of the plane commands, each an ImageJ results table with the columns of the CSV file the
 * command line writes ({@link ResultTable}): names and {@code true}/{@code false} as text, counts and
 * values as numbers (shown with {@value #DECIMALS} decimals; macros read the full value with
 * {@code Table.get}). Each run replaces its table.
 * <p>
 * Macros read them with {@code Table.get("rmse", 0, "PD Summary")} and save them with
 * {@code Table.save(path, "PD Summary")}.
 */
public final class PlaneTables
{
	/** {@code per-image.csv} of Evaluate Algorithms. */
	public static final String PER_IMAGE = "PD Per Image";

	/** {@code summary.csv} of Evaluate Algorithms. */
	public static final String SUMMARY = "PD Summary";

	/** {@code sweep.csv} of Trade-off Sweep. */
	public static final String SWEEP = "PD Sweep";

	static final int DECIMALS = 6;

	/** Where the tables go when no window can show them (headless use, tests), by title. */
	private static final Map< String, ResultsTable > HEADLESS = new HashMap<>();

	private PlaneTables()
	{}

	/** Replaces the table {@code title} with {@code table}, shown in its window where there is a display. */
	static synchronized ResultsTable show( final String title, final ResultTable table )
	{
		final ResultsTable rt = toResultsTable( table );
		if ( GraphicsEnvironment.isHeadless() )
			HEADLESS.put( title, rt );
		else
			rt.show( title );
		return rt;
	}

	/** The table of the window {@code title} (without a display: the one kept for the session), or null. */
	public static synchronized ResultsTable get( final String title )
	{
		return GraphicsEnvironment.isHeadless() ? HEADLESS.get( title ) : ResultsTable.getResultsTable( title );
	}

	/** Forgets a table kept without a display (tests start from none). */
	static synchronized void forget( final String title )
	{
		HEADLESS.remove( title );
	}

	/** The same columns and cells as an ImageJ results table. */
	static ResultsTable toResultsTable( final ResultTable table )
	{
		final ResultsTable rt = new ResultsTable();
		rt.showRowNumbers( false );
		for ( int r = 0; r < table.rowCount(); r++ )
		{
			rt.incrementCounter();
			for ( int c = 0; c < table.columns().size(); c++ )
			{
				final Object cell = table.cell( r, c );
				if ( cell instanceof Number )
					rt.addValue( table.columns().get( c ), ( ( Number ) cell ).doubleValue() );
				else
					rt.addValue( table.columns().get( c ), String.valueOf( cell ) );
			}
		}
		if ( table.rowCount() > 0 )
			for ( int c = 0; c < table.columns().size(); c++ )
				if ( table.cell( 0, c ) instanceof Number )
					rt.setDecimalPlaces( rt.getColumnIndex( table.columns().get( c ) ), table.cell( 0, c ) instanceof Integer ? 0 : DECIMALS );
		return rt;
	}
}
