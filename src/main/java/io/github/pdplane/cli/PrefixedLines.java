package io.github.pdplane.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An output stream that writes each line to another stream with a prefix. The command line routes what
 * libraries print to {@code System.out} (ImageJ reports some unreadable files there when it has no Log
 * window) through it to standard error as {@code note: ...} lines, so standard output holds only results
 * and every line of standard error says what kind it is.
 */
final class PrefixedLines extends OutputStream
{
	private final OutputStream target;

	private final byte[] prefix;

	private final ByteArrayOutputStream line = new ByteArrayOutputStream();

	PrefixedLines( final OutputStream target, final String prefix )
	{
		this.target = target;
		this.prefix = prefix.getBytes( StandardCharsets.US_ASCII );
	}

	@Override
	public synchronized void write( final int b ) throws IOException
	{
		if ( b == '\r' )
			return;
		if ( b == '\n' )
			endLine();
		else
			line.write( b );
	}

	private void endLine() throws IOException
	{
		target.write( prefix );
		line.writeTo( target );
		target.write( '\n' );
		target.flush();
		line.reset();
	}

	@Override
	public synchronized void flush() throws IOException
	{
		target.flush();
	}

	@Override
	public synchronized void close() throws IOException
	{
		if ( line.size() > 0 )
			endLine();
		target.flush();
	}
}
