package io.github.pdplane.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The plane commands' notes in ImageJ's Log, which does not wrap lines: wrapped, one Log line at a time. */
class ImageJJobReporterTest
{
	private static final String LONG_NOTE = "protocol pirm scores with convention y and shave 4; the convention rgb and shave 0 given are not "
			+ "used, and the data range of every image is taken from its bit depth.";

	@Test
	void aLongNoteIsWrappedIntoIndentedLinesAfterTheTitle()
	{
		final List< String > lines = new ArrayList<>();
		new ImageJJobReporter( "Evaluate Algorithms", "Evaluating", () -> false, lines::add ).log( LONG_NOTE );
		assertTrue( lines.size() > 2, lines.toString() );
		assertTrue( lines.get( 0 ).startsWith( "Evaluate Algorithms: protocol pirm" ), lines.toString() );
		final StringBuilder joined = new StringBuilder( lines.get( 0 ) );
		for ( final String line : lines.subList( 1, lines.size() ) )
		{
			assertTrue( line.matches( ImageJLog.CONTINUATION + "\\S.*" ), line );
			joined.append( ' ' ).append( line.trim() );
		}
		for ( final String line : lines )
			assertTrue( line.length() <= ImageJLog.WIDTH + ImageJLog.CONTINUATION.length(), line );
		assertEquals( "Evaluate Algorithms: " + LONG_NOTE, joined.toString() );
	}

	@Test
	void aShortNoteIsOneLine()
	{
		final List< String > lines = new ArrayList<>();
		new ImageJJobReporter( "Trade-off Sweep", "Sweeping", () -> false, lines::add ).warning( "2 images failed." );
		assertEquals( Arrays.asList( "Trade-off Sweep: 2 images failed." ), lines );
	}

	@Test
	void theTestsReadTheNotesWhole()
	{
		final List< String > notes = new ArrayList<>();
		new ImageJJobReporter( "Evaluate Algorithms", "Evaluating", () -> false, LogNotes.into( notes ) ).note( LONG_NOTE );
		assertEquals( Arrays.asList( "Evaluate Algorithms: " + LONG_NOTE ), notes );
	}
}
