package io.github.pdplane.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where a command's results, warnings and errors go: results (CSV, tables) on standard output,
 * everything else on standard error, one line per message ({@code error: }, {@code warning: } or
 * {@code note: }), so that {@code > file} keeps only data.
 */
final class Terminal
{
	private final PrintStream out;

	private final PrintStream err;

	private final boolean interactive;

	/** Standard output and error of a run whose standard error is not a terminal (tests, logs). */
	Terminal( final PrintStream out, final PrintStream err )
	{
		this( out, err, false );
	}

	/**
	 * @param interactive
	 *            whether {@code err} is a terminal, where progress may redraw one line
	 */
	Terminal( final PrintStream out, final PrintStream err, final boolean interactive )
	{
		this.out = out;
		this.err = err;
		this.interactive = interactive;
	}

	/**
	 * Whether the process's standard error is a terminal: on Linux from what file descriptor 2 points
	 * to (a pseudo-terminal or tty device), elsewhere from {@link System#console()} (which asks about
	 * standard input and output).
	 */
	static boolean standardErrorIsTerminal()
	{
		final Path fd = Paths.get( "/proc/self/fd/2" );
		try
		{
			if ( Files.exists( fd, LinkOption.NOFOLLOW_LINKS ) )
			{
				final String target = Files.readSymbolicLink( fd ).toString();
				return target.startsWith( "/dev/pts/" ) || target.startsWith( "/dev/tty" );
			}
		}
		catch ( final IOException | UnsupportedOperationException | SecurityException e )
		{
			// fall back to the console below
		}
		return System.console() != null;
	}

	/** Whether standard error is a terminal, where a progress bar may redraw its line. */
	boolean interactive()
	{
		return interactive;
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
