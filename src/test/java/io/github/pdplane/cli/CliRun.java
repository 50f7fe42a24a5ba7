package io.github.pdplane.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.github.pdplane.catalogue.Checksums;
import io.github.pdplane.nr.ma.MaModelStore;

/** One in-process run of {@link Main#run} with captured standard output and error. */
final class CliRun
{
	/** The CSV line a command prints for {@code label} and {@code values}: the label, then each value in full precision. */
	static String csvLine( final String label, final double... values )
	{
		final StringBuilder sb = new StringBuilder( label );
		for ( final double v : values )
			sb.append( ',' ).append( Double.toString( v ) );
		return sb.toString();
	}

	final int exit;

	final String out;

	final String err;

	private CliRun( final int exit, final String out, final String err )
	{
		this.exit = exit;
		this.out = out;
		this.err = err;
	}

	static CliRun of( final String... args )
	{
		return with( Main.commands(), args );
	}

	/** A run with these commands (a command built with a test's reader or Ctrl-C). */
	static CliRun with( final List< Subcommand > commands, final String... args )
	{
		final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
		final int exit = Main.run( commands, args, new PrintStream( out, true ), new PrintStream( err, true ) );
		return new CliRun( exit, new String( out.toByteArray(), StandardCharsets.UTF_8 ), new String( err.toByteArray(),
				StandardCharsets.UTF_8 ) );
	}

	/** A run of {@code command} alone, named first: {@code command.name() args...}. */
	static CliRun command( final Subcommand command, final String... args )
	{
		final String[] all = new String[ args.length + 1 ];
		all[ 0 ] = command.name();
		System.arraycopy( args, 0, all, 1, args.length );
		return with( Collections.singletonList( command ), all );
	}

	List< String > outLines()
	{
		return lines( out );
	}

	List< String > errLines()
	{
		return lines( err );
	}

	/**
	 * Standard error without the note that the plane's default y axis fell back from PI to NIQE, after
	 * checking that the note is there exactly when this machine has no Ma et al. model installed.
	 */
	List< String > errLinesBesideTheAxisFallback()
	{
		final List< String > lines = errLines();
		final boolean fallback = !MaModelStore.fromEnvironment().isAvailable();
		final boolean noted = !lines.isEmpty() && lines.get( 0 ).startsWith( "warning: The y axis is NIQE instead of PI" );
		assertEquals( fallback, noted, "the y-axis fallback note, where no Ma et al. model is installed: " + err );
		return noted ? lines.subList( 1, lines.size() ) : lines;
	}

	private static List< String > lines( final String s )
	{
		return s.isEmpty() ? new ArrayList<>() : new ArrayList<>( Arrays.asList( s.split( "\r?\n" ) ) );
	}

	/**
	 * Exactly one line on standard error, {@code error: ...} containing every fragment, no stack trace,
	 * and the given exit code.
	 */
	CliRun assertOneError( final int expectedExit, final String... fragments )
	{
		assertEquals( expectedExit, exit, this::toString );
		assertEquals( 1, errLines().size(), this::toString );
		final String line = errLines().get( 0 );
		assertTrue( line.startsWith( "error: " ), line );
		for ( final String f : fragments )
			assertTrue( line.contains( f ), "'" + f + "' missing from: " + line );
		assertNoStackTrace();
		return this;
	}

	void assertNoStackTrace()
	{
		assertFalse( err.contains( "\tat " ) || err.contains( "Exception:" ) || err.contains( "Caused by" ), err );
	}

	@Override
	public String toString()
	{
		return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
	}

	/** SHA-256 of every file under {@code folder}, by path: equal before and after proves nothing was modified. */
	static Map< Path, String > checksums( final Path folder )
	{
		return Checksums.of( folder );
	}
}
