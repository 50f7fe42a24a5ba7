package io.github.pdplane.commands;

import java.util.List;
import java.util.function.Consumer;

/**
 * The Log of a plane command as the notes it wrote: each line that continues a wrapped note
 * ({@link ImageJLog.CONTINUATION}) joined to the line before with a space, so that tests read whole notes.
 */
final class LogNotes
{
	private LogNotes()
	{}

	/** A Log window that adds each note, unwrapped, to {@code notes}. */
	static Consumer< String > into( final List< String > notes )
	{
		return line -> {
			if ( line.startsWith( ImageJLog.CONTINUATION ) && !notes.isEmpty() )
				notes.set( notes.size() - 1, notes.get( notes.size() - 1 ) + " " + line.substring( ImageJLog.CONTINUATION.length() ) );
			else
				notes.add( line );
		};
	}
}
