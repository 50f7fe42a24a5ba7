package io.github.pdplane.commands;

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
 * {@code Table.save(path, "PD Summary")}; without a display, where ImageJ's macro functions find no table by
 * its title, as ImageJ's "Results" table, which holds the table filled last ("PD Summary" after an evaluation;
 * {@link TableWindows#toResults} puts another there).
 */
public final class PlaneTables
{
	/** {@code per-image.csv} of Evaluate Algorithms. */
	public static final String PER_IMAGE = "PD Per Image";

	/** {@code summary.csv} of Evaluate Algorithms. */
	public static final String SUMMARY = "PD Summary";

	/** {@code sweep.csv} of Trade-off Sweep. */
	public static final String SWEEP = "PD Sweep";

	private PlaneTables()
	{}

	/** Replaces the table {@code title} with {@code table}, shown in its window ({@link TableWindows}: without a display, also as "Results"). */
	static ResultsTable show( final String title, final ResultTable table )
	{
		final ResultsTable rt = ImageJTables.of( table );
		TableWindows.show( title, rt );
		return rt;
	}

	/** The table of the window {@code title} (without a display: the one kept for the session), or null. */
	public static ResultsTable get( final String title )
	{
		return TableWindows.get( title );
	}

	/** Forgets a table kept without a display (tests start from none). */
	static void forget( final String title )
	{
		TableWindows.forget( title );
	}
}
