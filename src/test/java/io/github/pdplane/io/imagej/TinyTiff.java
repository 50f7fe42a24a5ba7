package io.github.pdplane.io.imagej;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes small grey TIFF files byte by byte, of the kinds ImageJ's writer never makes (signed, 32-bit
 * integer, 64-bit float, pages of different sizes, a header declaring more pixels than the file holds):
 * uncompressed, one strip per page, little-endian.
 */
public final class TinyTiff
{
	/** TIFF's SampleFormat values. */
	public static final int UNSIGNED = 1, SIGNED = 2, FLOAT = 3;

	private static final class Page
	{
		final int width, height;

		final double[] values;

		Page( final int width, final int height, final double[] values )
		{
			this.width = width;
			this.height = height;
			this.values = values;
		}
	}

	private final int bits;

	private final int format;

	private final List< Page > pages = new ArrayList<>();

	/** TIFF's Compression tag: 1 for none; another value only labels the (uncompressed) bytes. */
	private int compression = 1;

	private TinyTiff( final int bits, final int format )
	{
		this.bits = bits;
		this.format = format;
	}

	/** A TIFF of {@code bits} per sample (8, 16, 32, 64) in {@code format} ({@link #UNSIGNED}, {@link #SIGNED}, {@link #FLOAT}). */
	public static TinyTiff of( final int bits, final int format )
	{
		return new TinyTiff( bits, format );
	}

	/** Labels the pixels as compressed by {@code scheme} (8: Deflate), without compressing them. */
	TinyTiff labelledCompressed( final int scheme )
	{
		compression = scheme;
		return this;
	}

	public TinyTiff page( final int width, final int height, final double... values )
	{
		pages.add( new Page( width, height, values ) );
		return this;
	}

	public void write( final Path file ) throws IOException
	{
		Files.write( file, bytes( -1 ) );
	}

	/** The header of one page declaring {@code width} x {@code height} pixels and no pixel data at all. */
	public static void writeHeaderOnly( final Path file, final int bits, final int format, final int width, final int height ) throws IOException
	{
		final TinyTiff tiff = of( bits, format ).page( width, height );
		Files.write( file, tiff.bytes( 0 ) );
	}

	/**
	 * @param stripBytes
	 *            -1 to write each page's pixels; 0 to end the file after the header, which still declares them
	 */
	private byte[] bytes( final int stripBytes )
	{
		final int entries = 9;
		final int ifdSize = 2 + entries * 12 + 4;
		int size = 8;
		for ( final Page p : pages )
			size += ifdSize + ( stripBytes < 0 ? p.width * p.height * bits / 8 : 0 );
		final ByteBuffer b = ByteBuffer.allocate( size ).order( ByteOrder.LITTLE_ENDIAN );
		b.put( ( byte ) 'I' ).put( ( byte ) 'I' ).putShort( ( short ) 42 ).putInt( 8 );
		for ( int i = 0; i < pages.size(); i++ )
		{
			final Page p = pages.get( i );
			final int ifd = b.position();
			final int pixels = ifd + ifdSize;
			// as a long: a declared 40000x40000 16-bit page has more bytes than an int counts (written as TIFF's unsigned 32 bits)
			final long length = ( long ) p.width * p.height * bits / 8;
			b.putShort( ( short ) entries );
			entry( b, 256, 4, p.width ); // ImageWidth
			entry( b, 257, 4, p.height ); // ImageLength
			entry( b, 258, 3, bits ); // BitsPerSample
			entry( b, 259, 3, compression ); // Compression
			entry( b, 262, 3, 1 ); // PhotometricInterpretation: black is zero
			entry( b, 273, 4, pixels ); // StripOffsets
			entry( b, 277, 3, 1 ); // SamplesPerPixel
			entry( b, 279, 4, ( int ) length ); // StripByteCounts
			entry( b, 339, 3, format ); // SampleFormat
			final boolean last = i == pages.size() - 1;
			b.putInt( last ? 0 : ( int ) ( pixels + ( stripBytes < 0 ? length : 0 ) ) );
			if ( stripBytes < 0 )
				for ( final double v : p.values )
					put( b, v );
		}
		return b.array();
	}

	private static void entry( final ByteBuffer b, final int tag, final int type, final int value )
	{
		b.putShort( ( short ) tag ).putShort( ( short ) type ).putInt( 1 );
		if ( type == 3 )
			b.putShort( ( short ) value ).putShort( ( short ) 0 );
		else
			b.putInt( value );
	}

	private void put( final ByteBuffer b, final double v )
	{
		if ( format == FLOAT )
		{
			if ( bits == 64 )
				b.putDouble( v );
			else
				b.putFloat( ( float ) v );
		}
		else if ( bits == 8 )
			b.put( ( byte ) ( long ) v );
		else if ( bits == 16 )
			b.putShort( ( short ) ( long ) v );
		else
			b.putInt( ( int ) ( long ) v );
	}
}
