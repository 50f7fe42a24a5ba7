package io.github.pdplane.io.mat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;

/**
 * Builds MAT-file bytes by hand, element by element, following MathWorks' "MAT-File Format" document
 * (independently of {@link MatWriter}), in either byte order: the shapes MATLAB writes that the writer
 * does not (cells, structs, text, integer storage of doubles, compressed elements).
 */
final class MatBytes
{
	static final int CELL = 1, STRUCT = 2, CHAR = 4, DOUBLE = 6, SINGLE = 7, INT32 = 12, UINT8_CLASS = 9, SPARSE = 5;

	private final ByteOrder order;

	MatBytes( final ByteOrder order )
	{
		this.order = order;
	}

	/** A tagged element with its padding to 8 bytes (small format for up to 4 bytes when asked). */
	byte[] element( final int type, final byte[] data, final boolean small )
	{
		if ( small && data.length <= 4 )
			return buffer( 8 ).putInt( ( data.length << 16 ) | type ).put( Arrays.copyOf( data, 4 ) ).array();
		final int padded = ( data.length + 7 ) / 8 * 8;
		return buffer( 8 + padded ).putInt( type ).putInt( data.length ).put( Arrays.copyOf( data, padded ) ).array();
	}

	byte[] element( final int type, final byte[] data )
	{
		return element( type, data, false );
	}

	byte[] doubles( final double... v )
	{
		final ByteBuffer b = buffer( 8 * v.length );
		for ( final double x : v )
			b.putDouble( x );
		return element( MatFile.MI_DOUBLE, b.array() );
	}

	byte[] singles( final float... v )
	{
		final ByteBuffer b = buffer( 4 * v.length );
		for ( final float x : v )
			b.putFloat( x );
		return element( MatFile.MI_SINGLE, b.array() );
	}

	byte[] uint8s( final int... v )
	{
		final byte[] b = new byte[ v.length ];
		for ( int i = 0; i < v.length; i++ )
			b[ i ] = ( byte ) v[ i ];
		return element( MatFile.MI_UINT8, b );
	}

	byte[] int16s( final int... v )
	{
		final ByteBuffer b = buffer( 2 * v.length );
		for ( final int x : v )
			b.putShort( ( short ) x );
		return element( MatFile.MI_INT16, b.array() );
	}

	byte[] int32s( final int... v )
	{
		final ByteBuffer b = buffer( 4 * v.length );
		for ( final int x : v )
			b.putInt( x );
		return element( MatFile.MI_INT32, b.array() );
	}

	byte[] utf16( final String s )
	{
		final ByteBuffer b = buffer( 2 * s.length() );
		for ( final char c : s.toCharArray() )
			b.putChar( c );
		return element( MatFile.MI_UINT16, b.array() );
	}

	/** An miMATRIX element: flags, dimensions, name, then the given sub-elements. */
	byte[] matrix( final int matClass, final int flagBits, final int[] dims, final String name, final byte[]... content )
	{
		final byte[] head = concat( element( MatFile.MI_UINT32, buffer( 8 ).putInt( matClass | ( flagBits << 8 ) ).putInt( 0 ).array() ),
				int32s( dims ), element( MatFile.MI_INT8, name.getBytes( StandardCharsets.US_ASCII ), true ) );
		return element( MatFile.MI_MATRIX, concat( head, concat( content ) ) );
	}

	/** A struct's field-name elements (length, then the NUL-padded names). */
	byte[][] fieldNames( final String... names )
	{
		final int length = 32;
		final byte[] all = new byte[ length * names.length ];
		for ( int i = 0; i < names.length; i++ )
		{
			final byte[] n = names[ i ].getBytes( StandardCharsets.US_ASCII );
			System.arraycopy( n, 0, all, i * length, n.length );
		}
		return new byte[][] { element( MatFile.MI_INT32, buffer( 4 ).putInt( length ).array(), true ), element( MatFile.MI_INT8, all ) };
	}

	/** The miMATRIX that MATLAB writes for {@code []} inside a cell or struct: a tag with no data. */
	byte[] emptyMatrix()
	{
		return buffer( 8 ).putInt( MatFile.MI_MATRIX ).putInt( 0 ).array();
	}

	/** An element wrapped in an miCOMPRESSED element (zlib, not padded). */
	byte[] compressed( final byte[] element )
	{
		final Deflater deflater = new Deflater();
		deflater.setInput( element );
		deflater.finish();
		final ByteArrayOutputStream out = new ByteArrayOutputStream();
		final byte[] chunk = new byte[ 4096 ];
		while ( !deflater.finished() )
			out.write( chunk, 0, deflater.deflate( chunk ) );
		deflater.end();
		final byte[] z = out.toByteArray();
		return buffer( 8 + z.length ).putInt( MatFile.MI_COMPRESSED ).putInt( z.length ).put( z ).array();
	}

	/** A whole file: the 128-byte header, then the elements. */
	byte[] file( final byte[]... elements )
	{
		final byte[] text = new byte[ 116 ];
		Arrays.fill( text, ( byte ) ' ' );
		final byte[] t = "MATLAB 5.0 MAT-file, built by a test".getBytes( StandardCharsets.US_ASCII );
		System.arraycopy( t, 0, text, 0, t.length );
		return concat( text, buffer( 12 ).putLong( 0 ).putShort( ( short ) 0x0100 ).putShort( ( short ) 0x4d49 ).array(), concat( elements ) );
	}

	static byte[] concat( final byte[]... parts )
	{
		final ByteArrayOutputStream out = new ByteArrayOutputStream();
		for ( final byte[] p : parts )
			out.write( p, 0, p.length );
		return out.toByteArray();
	}

	private ByteBuffer buffer( final int n )
	{
		return ByteBuffer.allocate( n ).order( order );
	}
}
