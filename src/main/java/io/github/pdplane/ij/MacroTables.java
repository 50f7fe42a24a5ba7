package io.github.pdplane.ij;

import ij.measure.ResultsTable;

import io.github.pdplane.commands.TableWindows;

/**
 * PD Plane's tables for macros that run without a display, called with ImageJ's {@code call}:
 * {@code call("io.github.pdplane.ij.MacroTables.toResults", "PD Per Image")}. There (Fiji's
 * {@code --headless}) ImageJ's macro functions find a table by its title only through its window, so the
 * one table a macro reads is ImageJ's "Results"; a command leaves the table it filled last there, and this
 * puts any other one there.
 */
public final class MacroTables
{
	private MacroTables()
	{}

	/**
	 * Copies the table {@code title} ("PD Results", "PD Per Image", "PD Summary" or "PD Sweep") into ImageJ's
	 * "Results" table. Where no such table exists yet, the Log says so and the macro stops.
	 *
	 * @return the number of rows, as {@code call} returns text
	 */
	public static String toResults( final String title )
	{
		if ( !TableWindows.toResults( title ) )
		{
			CommandBridge.report( "PD Plane", "There is no table '" + title + "': run the command that fills it first." );
			return "0";
		}
		return Integer.toString( ResultsTable.getResultsTable().size() );
	}
}
