package io.github.pdplane.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.github.pdplane.batch.Progress;

class ProgressDisplayTest
{
	private static final long SECOND = 1_000_000_000L;

	/** A clock the test moves. */
	private static final class Clock
	{
		long now;
	}

	@Test
	void withoutATerminalALineAtMostEveryIntervalAndNoneForShortRuns()
	{
		final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		final Clock clock = new Clock();
		final ProgressDisplay display = new ProgressDisplay( new PrintStream( bytes, true ), false, () -> clock.now, 5 * SECOND );
		for ( int done = 0; done <= 100; done++ )
		{
			clock.now = done * SECOND / 4; // four images a second, 25 s in all
			display.progress( new Progress( done, 100, done >= 50 ? 1 : 0, "x/" + done + ".png", clock.now ) );
		}
		display.finish();
		assertEquals( Arrays.asList( "note: 20/100 images (20%), 4.0 images/s, 20 s left",
				"note: 40/100 images (40%), 4.0 images/s, 15 s left",
				"note: 60/100 images (60%), 4.0 images/s, 10 s left, 1 failed",
				"note: 80/100 images (80%), 4.0 images/s, 5 s left, 1 failed" ),
				Arrays.asList( new String( bytes.toByteArray(), StandardCharsets.UTF_8 ).split( "\n" ) ) );

		final ByteArrayOutputStream quick = new ByteArrayOutputStream();
		final ProgressDisplay short_ = new ProgressDisplay( new PrintStream( quick, true ), false, () -> clock.now, 5 * SECOND );
		for ( int done = 0; done <= 10; done++ )
			short_.progress( new Progress( done, 10, 0, "", done * SECOND / 4 ) );
		assertEquals( 0, quick.size(), "a run shorter than the interval prints nothing" );
	}

	@Test
	void onATerminalOneLineRedrawnAndClearedAtTheEnd()
	{
		final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		final Clock clock = new Clock();
		final ProgressDisplay display = new ProgressDisplay( new PrintStream( bytes, true ), true, () -> clock.now, 5 * SECOND );
		for ( int done = 0; done <= 4; done++ )
		{
			clock.now = done * SECOND;
			display.progress( new Progress( done, 4, 0, "bicubic/I0" + done + ".png", clock.now ) );
		}
		display.finish();
		final String s = new String( bytes.toByteArray(), StandardCharsets.UTF_8 );
		assertTrue( !s.contains( "\n" ), "one line, redrawn" );
		assertTrue( s.contains( "\r[######..................]  1/4 images (25%), 1.0 images/s, 3 s left\r" ), "no room for the name: " + s );
		assertTrue( s.contains( "\r[########################]  4/4 images (100%), 1.0 images/s  bicubic/I04.png" ), s );
		assertTrue( s.endsWith( "\r" ) && s.substring( s.lastIndexOf( '\r', s.length() - 2 ) + 1, s.length() - 1 ).trim().isEmpty(),
				"cleared at the end" );
	}

	@Test
	void timesAreReadable()
	{
		assertEquals( "42 s", ProgressDisplay.duration( 41.2 ) );
		assertEquals( "3 min 05 s", ProgressDisplay.duration( 185 ) );
		assertEquals( "2 h 07 min", ProgressDisplay.duration( 2 * 3600 + 7 * 60 + 30 ) );
		assertEquals( "0/0 images (100%)", ProgressDisplay.summary( new Progress( 0, 0, 0, "", 0 ) ) );
	}
}
