package io.github.pdplane.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * What Java 8's {@link InputStream} lacks and the readers need. The plugin runs on Java 8, where
 * {@code InputStream.readNBytes(int)} (Java 11) does not exist; this is that method, with its results.
 */
public final class InputStreams
{
	/** Bytes read per call: a limit far above what a file holds costs no more than this at first. */
	private static final int CHUNK = 8192;

	private InputStreams()
	{}

	/**
	 * Reads until {@code max} bytes are read or the stream ends, as Java 11's {@code in.readNBytes(max)} does:
	 * the array is as long as what was read, and the stream is left after it. Memory grows with what is read,
	 * not with {@code max}, so a generous limit on a short stream allocates little.
	 *
	 * @param max
	 *            the most bytes to read (0 or more)
	 * @throws IllegalArgumentException
	 *             for a negative {@code max}
	 */
	public static byte[] readUpTo( final InputStream in, final int max ) throws IOException
	{
		if ( max < 0 )
			throw new IllegalArgumentException( "max < 0: " + max );
		final byte[] chunk = new byte[ Math.min( max, CHUNK ) ];
		final ByteArrayOutputStream out = new ByteArrayOutputStream( chunk.length );
		int total = 0;
		while ( total < max )
		{
			final int n = in.read( chunk, 0, Math.min( chunk.length, max - total ) );
			if ( n < 0 )
				break;
			out.write( chunk, 0, n );
			total += n;
		}
		return out.toByteArray();
	}
}
