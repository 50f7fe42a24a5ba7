package io.github.pdplane.io.torch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.util.Arrays;

import io.github.pdplane.PdPlaneException;

/**
 * Positioned reads of bytes held in memory (a zip entry) or in a file (a legacy checkpoint, read through a
 * small buffer so that a 548 MB file is never held and its unwanted storages are skipped by seeking). Every
 * length is checked against the bytes that remain before anything is allocated, so a forged length ends in a
 * message that the file is truncated rather than in a huge allocation.
 */
final class ByteReader
{
	private static final int BUFFER = 1 << 16;

	/** The longest Java array. */
	static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

	private final String name;

	private final SeekableByteChannel channel;

	private final long size;

	/** Holds bytes {@code bufferStart .. bufferStart + limit} of the source. */
	private final ByteBuffer buffer;

	private long bufferStart;

	private ByteReader( final String name, final SeekableByteChannel channel, final long size, final ByteBuffer buffer )
	{
		this.name = name;
		this.channel = channel;
		this.size = size;
		this.buffer = buffer.order( ByteOrder.LITTLE_ENDIAN );
	}

	/** @param name how messages name the bytes: {@code 'vgg19.pth'} or {@code 'model.pt' (its data.pkl)} */
	static ByteReader of( final byte[] bytes, final String name )
	{
		return new ByteReader( name, null, bytes.length, ByteBuffer.wrap( bytes ) );
	}

	/** Reads the channel from its start; the caller closes it. */
	static ByteReader of( final SeekableByteChannel channel, final String name ) throws IOException
	{
		final ByteBuffer empty = ByteBuffer.allocate( BUFFER );
		empty.limit( 0 );
		return new ByteReader( name, channel, channel.size(), empty );
	}

	/** How messages name the source. */
	String name()
	{
		return name;
	}

	long position()
	{
		return bufferStart + buffer.position();
	}

	long size()
	{
		return size;
	}

	long remaining()
	{
		return size - position();
	}

	/** Moves to a byte of the source (at most its size). */
	void seek( final long position )
	{
		if ( position < 0 || position > size )
			throw new IllegalArgumentException( "position " + position + " outside 0.." + size );
		if ( position >= bufferStart && position <= bufferStart + buffer.limit() )
			buffer.position( ( int ) ( position - bufferStart ) );
		else
		{
			bufferStart = position;
			buffer.clear().limit( 0 );
		}
	}

	int u8( final String what ) throws IOException
	{
		return need( 1, what ).get() & 0xff;
	}

	int u16( final String what ) throws IOException
	{
		return need( 2, what ).getShort() & 0xffff;
	}

	int s32( final String what ) throws IOException
	{
		return need( 4, what ).getInt();
	}

	long u32( final String what ) throws IOException
	{
		return need( 4, what ).getInt() & 0xffffffffL;
	}

	long s64( final String what ) throws IOException
	{
		return need( 8, what ).getLong();
	}

	/** Pickle's BINFLOAT is its one big-endian value: the little-endian long with its bytes reversed. */
	double f64BigEndian( final String what ) throws IOException
	{
		return Double.longBitsToDouble( Long.reverseBytes( need( 8, what ).getLong() ) );
	}

	/**
	 * The next {@code length} bytes.
	 *
	 * @throws PdPlaneException
	 *             where fewer remain: the source is truncated (or the length forged)
	 */
	byte[] bytes( final long length, final String what ) throws IOException
	{
		if ( length < 0 || length > remaining() )
			throw truncated( what, length );
		if ( length > MAX_ARRAY )
			throw new PdPlaneException( name + ": " + what + " at byte " + position() + " has " + length
					+ " bytes, more than PD Plane reads into one array." );
		final byte[] bytes = new byte[ ( int ) length ];
		final int buffered = Math.min( buffer.remaining(), bytes.length );
		buffer.get( bytes, 0, buffered );
		if ( buffered < bytes.length )
		{
			final long from = position();
			channel.position( from );
			final ByteBuffer rest = ByteBuffer.wrap( bytes, buffered, bytes.length - buffered );
			while ( rest.hasRemaining() )
				if ( channel.read( rest ) < 0 )
					throw truncated( what, length );
			bufferStart = from + bytes.length - buffered;
			buffer.clear().limit( 0 );
		}
		return bytes;
	}

	/** The bytes up to the next newline (not included), at most {@code maxLength} of them. */
	byte[] line( final int maxLength, final String what ) throws IOException
	{
		final byte[] line = new byte[ maxLength ];
		for ( int n = 0; n < maxLength; n++ )
		{
			final int b = u8( what );
			if ( b == '\n' )
				return Arrays.copyOf( line, n );
			line[ n ] = ( byte ) b;
		}
		throw new PdPlaneException( name + " is damaged: " + what + " at byte " + position() + " runs past " + maxLength
				+ " bytes without ending its line." );
	}

	/** The buffer with at least {@code length} bytes after its position. */
	private ByteBuffer need( final int length, final String what ) throws IOException
	{
		if ( buffer.remaining() >= length )
			return buffer;
		if ( channel == null || remaining() < length )
			throw truncated( what, length );
		bufferStart += buffer.position();
		buffer.compact();
		channel.position( bufferStart + buffer.position() );
		while ( buffer.position() < length )
			if ( channel.read( buffer ) < 0 )
				break;
		buffer.flip();
		if ( buffer.remaining() < length )
			throw truncated( what, length );
		return buffer;
	}

	PdPlaneException truncated( final String what, final long length )
	{
		return new PdPlaneException( name + " is truncated: at byte " + position() + " it needs " + length + " more byte(s) for " + what
				+ " but has " + remaining() + ". Download or save the file again." );
	}
}
