package io.github.pdplane.commands;

import ij.IJ;

import io.github.pdplane.table.Text;

/**
 * The commands' notes in ImageJ's Log, which does not wrap lines: a long note would run out of the window. So
 * each note is wrapped at spaces, never inside a {@code 'quoted'} file or name (a person copies those from the
 * Log), and each line goes to the Log on its own, continuation lines indented.
 */
final class ImageJLog
{
	/**
	 * The characters of a line before a note wraps, continuation lines {@link #CONTINUATION} more: at most 56,
	 * what ImageJ's Log window shows without scrolling as it first opens (400 pixels wide, seen under Xvfb).
	 */
	static final int WIDTH = 52;

	/** The start of a note's continuation lines. */
	static final String CONTINUATION = "    ";

	/** Stands for a space inside quotes while the note is wrapped; no note holds it. */
	private static final char KEPT_SPACE = '\u0000';

	private ImageJLog()
	{}

	/** Writes {@code note} to ImageJ's Log (without a display, to standard output), wrapped. */
	static void note( final String note )
	{
		for ( final String line : lines( note ) )
			IJ.log( line );
	}

	/** The lines of {@code note} as the Log shows them. */
	static String[] lines( final String note )
	{
		final String[] lines = Text.wrap( keepQuotedSpaces( note ), WIDTH, CONTINUATION ).split( "\n" );
		for ( int i = 0; i < lines.length; i++ )
			lines[ i ] = lines[ i ].replace( KEPT_SPACE, ' ' );
		return lines;
	}

	/** {@code note} with the spaces between pairs of quotes replaced, where its quotes pair up (an apostrophe would not). */
	private static String keepQuotedSpaces( final String note )
	{
		final String[] parts = note.split( "'", -1 );
		if ( parts.length % 2 == 0 )
			return note;
		for ( int p = 1; p < parts.length; p += 2 )
			parts[ p ] = parts[ p ].replace( ' ', KEPT_SPACE );
		return String.join( "'", parts );
	}
}
