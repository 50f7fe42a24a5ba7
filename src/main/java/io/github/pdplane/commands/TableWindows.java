package io.github.pdplane.commands;

import java.awt.GraphicsEnvironment;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import ij.measure.ResultsTable;
import ij.plugin.filter.Analyzer;

/**
 * Where the commands' ImageJ tables ("PD Results", "PD Per Image", "PD Summary", "PD Sweep") are kept, so
 * that macros read them in both of ImageJ's modes.
 * <p>
 * With a display each table is its window, where ImageJ's macro functions find it by title
 * ({@code Table.get("SSIM", row, "PD Results")}). Without one (Fiji's {@code --headless}, a cluster node)
 * ImageJ 1.x shows no window, and its macro functions find a table by title only through its window:
 * the one table they reach there is ImageJ's own "Results" table ({@code getResult}, {@code nResults},
 * {@code Table.get(column, row, "Results")}). So headless, each table is kept here by title, and the
 * table a command filled last is also copied into "Results"; {@link #toResults} copies any of them
 * there on a macro's request. A copy, not the table itself, so that ImageJ's own measurements written to
 * "Results" never land in a PD Plane table.
 */
public final class TableWindows
{
	/** The tables without a display, by title. */
	private static final Map< String, ResultsTable > HEADLESS = new HashMap<>();

	private TableWindows()
	{}

	/**
	 * Shows {@code table} in the window {@code title} (replacing its content), or without a display keeps
	 * it as {@code title} and copies it into ImageJ's "Results" table.
	 */
	static synchronized void show( final String title, final ResultsTable table )
	{
		if ( GraphicsEnvironment.isHeadless() )
		{
			HEADLESS.put( title, table );
			toResults( table );
		}
		else
			table.show( title );
	}

	/** The table of the window {@code title}; without a display the one kept under that title; null where there is none. */
	public static synchronized ResultsTable get( final String title )
	{
		return GraphicsEnvironment.isHeadless() ? HEADLESS.get( title ) : ResultsTable.getResultsTable( title );
	}

	/**
	 * The table {@code title}, or where there is none a new one from {@code make}, which without a display is
	 * kept under that title at once (with a display it gets its window when shown).
	 */
	static synchronized ResultsTable getOrMake( final String title, final Supplier< ResultsTable > make )
	{
		final ResultsTable table = get( title );
		if ( table != null )
			return table;
		final ResultsTable made = make.get();
		if ( GraphicsEnvironment.isHeadless() )
			HEADLESS.put( title, made );
		return made;
	}

	/** Forgets a table kept without a display (tests start from none). */
	static synchronized void forget( final String title )
	{
		HEADLESS.remove( title );
	}

	/**
	 * Copies the table {@code title} into ImageJ's "Results" table, where a macro without a display reads it.
	 *
	 * @return false where no table has that title (the command that fills it has not run)
	 */
	public static synchronized boolean toResults( final String title )
	{
		final ResultsTable table = get( title );
		if ( table == null )
			return false;
		toResults( table );
		return true;
	}

	/**
	 * Replaces the content of ImageJ's "Results" table with that of {@code table}, cell by cell (numbers as
	 * numbers, text as text). ImageJ keeps its row numbers (its "Results" always has them: {@code Table.headings}
	 * starts with their blank column, and asking it to drop them beeps into standard output). Not by handing ImageJ a clone, which would share the table's column formats (ImageJ resets them to its
	 * measurement settings for "Results"), nor column by column, which ImageJ types by a column's first cell
	 * (an empty Options cell would make the column a number column and lose the texts below it).
	 */
	private static void toResults( final ResultsTable table )
	{
		final ResultsTable results = Analyzer.getResultsTable();
		results.reset();
		final String[] headings = table.getHeadings();
		for ( int row = 0; row < table.size(); row++ )
		{
			results.incrementCounter();
			for ( final String heading : headings )
				if ( table.columnExists( heading ) )
				{
					final double value = table.getValue( heading, row );
					final String text = table.getStringValue( heading, row );
					if ( Double.isNaN( value ) && !"NaN".equals( text ) )
						results.addValue( heading, text );
					else
						results.addValue( heading, value );
				}
		}
		if ( !GraphicsEnvironment.isHeadless() )
			results.show( "Results" );
	}
}
