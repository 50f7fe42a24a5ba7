package io.github.pdplane.cli;

import java.io.PrintStream;

/**
 * Where a command's results, warnings and errors go: results (CSV, tables) on standard output,
 * everything else on standard error, one line per message ({@code error: }, {@code warning: } or
 * {@code note: }), so that {@code > file} keeps only data.
 */
final class Terminal
{
	private final PrintStream out;

	private final PrintStream err;

	Terminal( final PrintStream out, final PrintStream err )
	{
		this.out = out;
		this.err = err;
	}

	PrintStream out()
	{
		return out;
	}

	PrintStream err()
	{
		return err;
	}

	void error( final String message )
	{
		err.println( "error: " + message );
		err.flush();
	}

	void warning( final String message )
	{
		err.println( "warning: " + message );
		err.flush();
	}

	/** Progress and remarks that are not results. */
	void note( final String message )
	{
		err.println( Main.NOTE + message );
		err.flush();
	}
}
