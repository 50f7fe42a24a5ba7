package io.github.pdplane.commands;

import java.awt.GraphicsEnvironment;
import java.util.HashMap;
import java.util.Map;

import ij.measure.ResultsTable;

import io.github.pdplane.io.imagej.ImageJTables;
import io.github.pdplane.table.ResultTable;

/**
 * The tables of the plane commands, each an ImageJ results table with the columns of the CSV file the
 * command line writes ({@link ResultTable}): names and {@code true}/{@code false} as text, counts and
 * values as numbers (shown with {@value ImageJTables#DECIMALS} decimals; macros read the full value with
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

	/** Where the tables go when no window can show them (headless use, tests), by title. */
	private static final Map< String, ResultsTable > HEADLESS = new HashMap<>();

	private PlaneTables()
	{}

	/** Replaces the table {@code title} with {@code table}, shown in its window where there is a display. */
	static synchronized ResultsTable show( final String title, final ResultTable table )
	{
		final ResultsTable rt = ImageJTables.of( table );
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
}
