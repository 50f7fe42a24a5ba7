package io.github.pdplane.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** {@link InputStreams#readUpTo} gives what Java 11's {@code readNBytes(int)} gives. */
class InputStreamsTest
{
	private static byte[] counting( final int n )
	{
		final byte[] b = new byte[ n ];
		for ( int i = 0; i < n; i++ )
			b[ i ] = ( byte ) i;
		return b;
	}

	@Test
	void readsAtMostTheLimitAndLeavesTheRest() throws IOException
	{
		final InputStream in = new ByteArrayInputStream( counting( 100 ) );
		assertArrayEquals( Arrays.copyOf( counting( 100 ), 64 ), InputStreams.readUpTo( in, 64 ) );
		assertEquals( 64, in.read(), "the stream goes on after what was read" );
	}

	@Test
	void aShorterStreamGivesWhatItHas() throws IOException
	{
		assertArrayEquals( counting( 10 ), InputStreams.readUpTo( new ByteArrayInputStream( counting( 10 ) ), 1 << 28 ) );
		assertArrayEquals( new byte[ 0 ], InputStreams.readUpTo( new ByteArrayInputStream( new byte[ 0 ] ), 16 ) );
		assertArrayEquals( new byte[ 0 ], InputStreams.readUpTo( new ByteArrayInputStream( counting( 10 ) ), 0 ) );
	}

	/** Zip entries and network streams return fewer bytes than asked; the reader goes on until the limit or the end. */
	@Test
	void aStreamThatDeliversInPiecesIsReadToTheLimit() throws IOException
	{
		final byte[] all = counting( 20000 );
		final InputStream trickle = new ByteArrayInputStream( all )
		{
			@Override
			public synchronized int read( final byte[] b, final int off, final int len )
			{
				return super.read( b, off, Math.min( len, 7 ) );
			}
		};
		assertArrayEquals( Arrays.copyOf( all, 19999 ), InputStreams.readUpTo( trickle, 19999 ) );
		assertArrayEquals( new byte[] { all[ 19999 ] }, InputStreams.readUpTo( trickle, 19999 ) );
	}

	@Test
	void aNegativeLimitIsAnError()
	{
		assertThrows( IllegalArgumentException.class, () -> InputStreams.readUpTo( new ByteArrayInputStream( new byte[ 1 ] ), -1 ) );
	}
}
