package io.github.pdplane.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

import io.github.pdplane.batch.Progress;
import io.github.pdplane.batch.ProgressListener;
import io.github.pdplane.table.Text;

/**
 * A batch job's progress on standard error. On a terminal, one line redrawn in place (at most ten times
 * a second): a bar, images done, the rate and the time left. Elsewhere (a log file, a pipe, a test), a
 * {@code note:} line at most every {@link #LINE_INTERVAL_SECONDS} seconds, the first only after that
 * long, so that short runs print none and long ones do not flood a log.
 */
final class ProgressDisplay implements ProgressListener
{
	static final long LINE_INTERVAL_SECONDS = 5;

	private static final long REDRAW_NANOS = 100_000_000L;

	private static final int BAR = 24, WIDTH = 79;

	private final PrintStream err;

	private final boolean terminal;

	private final LongSupplier clock;

	private final long lineIntervalNanos;

	private final long start;

	private long last;

	private int drawnLength;

	/** For {@code terminal}'s standard error, with the system clock. */
	ProgressDisplay( final Terminal terminal )
	{
		this( terminal.err(), terminal.interactive(), System::nanoTime, LINE_INTERVAL_SECONDS * 1_000_000_000L );
	}

	ProgressDisplay( final PrintStream err, final boolean terminal, final LongSupplier clock, final long lineIntervalNanos )
	{
		this.err = err;
		this.terminal = terminal;
		this.clock = clock;
		this.lineIntervalNanos = lineIntervalNanos;
		this.start = clock.getAsLong();
		this.last = start;
	}

	@Override
	public void progress( final Progress p )
	{
		final long now = clock.getAsLong();
		if ( terminal )
		{
			if ( now - last < REDRAW_NANOS && !p.isFinished() && drawnLength > 0 )
				return;
			final String line = fit( bar( p ) + "  " + summary( p ), p.current() );
			err.print( "\r" + line + Text.padRight( "", Math.max( 0, drawnLength - line.length() ) ) );
			err.flush();
			drawnLength = line.length();
			last = now;
		}
		else if ( now - last >= lineIntervalNanos && !p.isFinished() )
		{
			err.println( Main.NOTE + summary( p ) );
			err.flush();
			last = now;
		}
	}

	/** Clears the terminal line, so that what follows starts on a clean line. */
	void finish()
	{
		if ( terminal && drawnLength > 0 )
		{
			err.print( "\r" + Text.padRight( "", drawnLength ) + "\r" );
			err.flush();
			drawnLength = 0;
		}
	}

	private static String bar( final Progress p )
	{
		final int filled = ( int ) Math.round( p.fraction() * BAR );
		final StringBuilder sb = new StringBuilder( "[" );
		for ( int i = 0; i < BAR; i++ )
			sb.append( i < filled ? '#' : '.' );
		return sb.append( ']' ).toString();
	}

	/** {@code "12/25 images (48%), 4.1 images/s, 3 s left, 1 failed"}. */
	static String summary( final Progress p )
	{
		final StringBuilder sb = new StringBuilder();
		sb.append( p.done() ).append( '/' ).append( p.total() ).append( " images (" ).append( ( int ) Math.floor( 100 * p.fraction() ) )
				.append( "%)" );
		if ( Double.isFinite( p.rate() ) )
			sb.append( ", " ).append( String.format( Locale.ROOT, p.rate() < 10 ? "%.1f" : "%.0f", p.rate() ) ).append( " images/s" );
		if ( Double.isFinite( p.secondsLeft() ) && !p.isFinished() )
			sb.append( ", " ).append( duration( p.secondsLeft() ) ).append( " left" );
		if ( p.failed() > 0 )
			sb.append( ", " ).append( p.failed() ).append( " failed" );
		return sb.toString();
	}

	/** {@code "42 s"}, {@code "3 min 05 s"}, {@code "2 h 07 min"}. */
	static String duration( final double seconds )
	{
		final long s = Math.round( Math.ceil( seconds ) );
		if ( s < 60 )
			return s + " s";
		if ( s < 3600 )
			return String.format( Locale.ROOT, "%d min %02d s", s / 60, s % 60 );
		return String.format( Locale.ROOT, "%d h %02d min", s / 3600, ( s % 3600 ) / 60 );
	}

	/** The line with the current image's name where it fits the terminal's usual width. */
	private static String fit( final String line, final String current )
	{
		return current.isEmpty() || line.length() + 2 + current.length() > WIDTH ? line : line + "  " + current;
	}
}
