package io.github.pdplane.io.imagej;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.ArrayImage;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.image.SampleType;
import io.github.pdplane.io.OutputFiles;

/**
 * TIFFs whose samples ImageJ cannot hold exactly: 32-bit integers (ImageJ converts them to 32-bit float,
 * which holds integers exactly only up to 2^24, and reads unsigned ones above 2^31 as negative, since its
 * decoder does not tell them from signed ones) and 64-bit floats (which ImageJ does not read at all).
 * Their directories are read here, tag by tag, and uncompressed ones are read as their exact values;
 * compressed ones are refused with what to do.
 */
final class WideTiffs
{
	private static final int WIDTH = 256, HEIGHT = 257, BITS_PER_SAMPLE = 258, COMPRESSION = 259, STRIP_OFFSETS = 273,
			SAMPLES_PER_PIXEL = 277, STRIP_BYTE_COUNTS = 279, SAMPLE_FORMAT = 339;

	/** TIFF's SampleFormat values, and Compression's "none". */
	private static final int UNSIGNED = 1, SIGNED = 2, FLOAT = 3, UNCOMPRESSED = 1;

	/** Pages beyond this many are not a TIFF's directories but a loop in a damaged file. */
	private static final int MAXIMUM_PAGES = 1 << 20;

	/** One directory (page) of a TIFF: what reading its samples needs. */
	static final class Page
	{
		int width, height, bits, format = UNSIGNED, compression = UNCOMPRESSED, samplesPerPixel = 1;

		long[] stripOffsets = new long[ 0 ], stripByteCounts = new long[ 0 ];

		ByteOrder order = ByteOrder.LITTLE_ENDIAN;

		SampleType type()
		{
			if ( samplesPerPixel != 1 )
				return null;
			if ( bits == 32 && format == SIGNED )
				return SampleType.INT32;
			if ( bits == 32 && format == UNSIGNED )
				return SampleType.UINT32;
			if ( bits == 64 && format == FLOAT )
				return SampleType.FLOAT64;
			return null;
		}
	}

	private WideTiffs()
	{}

	/**
	 * The pages of a grey TIFF of 32-bit integers or 64-bit floats (by its first page); null for any other
	 * TIFF, which ImageJ reads, and for directories that cannot be read (ImageJ's reader then says why).
	 */
	static List< Page > pages( final Path path )
	{
		try (FileChannel file = FileChannel.open( path, StandardOpenOption.READ ))
		{
			final ByteBuffer header = read( file, 0, 8, ByteOrder.LITTLE_ENDIAN );
			final ByteOrder order = header.get( 0 ) == 'M' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
			header.order( order );
			if ( header.getShort( 2 ) != 42 )
				return null; // BigTIFF and others: ImageJ's
			final List< Page > pages = new ArrayList<>();
			long next = header.getInt( 4 ) & 0xffffffffL;
			while ( next != 0 && pages.size() < MAXIMUM_PAGES )
			{
				final int entries = read( file, next, 2, order ).getShort( 0 ) & 0xffff;
				final ByteBuffer directory = read( file, next + 2, entries * 12 + 4, order );
				final Page page = new Page();
				page.order = order;
				for ( int e = 0; e < entries; e++ )
					tag( file, directory, e * 12, order, page );
				pages.add( page );
				if ( pages.get( 0 ).type() == null )
					return null;
				next = directory.getInt( entries * 12 ) & 0xffffffffL;
			}
			return pages;
		}
		catch ( final IOException | RuntimeException e )
		{
			return null;
		}
	}

	private static void tag( final FileChannel file, final ByteBuffer directory, final int at, final ByteOrder order, final Page page )
			throws IOException
	{
		final int tag = directory.getShort( at ) & 0xffff, type = directory.getShort( at + 2 ) & 0xffff;
		final long count = directory.getInt( at + 4 ) & 0xffffffffL;
		final long[] values = values( file, directory, at, order, type, count );
		if ( values.length == 0 )
			return;
		switch ( tag )
		{
		case WIDTH:
			page.width = ( int ) values[ 0 ];
			break;
		case HEIGHT:
			page.height = ( int ) values[ 0 ];
			break;
		case BITS_PER_SAMPLE:
			page.bits = ( int ) values[ 0 ];
			break;
		case COMPRESSION:
			page.compression = ( int ) values[ 0 ];
			break;
		case SAMPLES_PER_PIXEL:
			page.samplesPerPixel = ( int ) values[ 0 ];
			break;
		case SAMPLE_FORMAT:
			page.format = ( int ) values[ 0 ];
			break;
		case STRIP_OFFSETS:
			page.stripOffsets = values;
			break;
		case STRIP_BYTE_COUNTS:
			page.stripByteCounts = values;
			break;
		default:
		}
	}

	/** The values of a SHORT (3) or LONG (4) entry, inline or at its offset; none for other types. */
	private static long[] values( final FileChannel file, final ByteBuffer directory, final int at, final ByteOrder order, final int type,
			final long count ) throws IOException
	{
		final int size = type == 3 ? 2 : type == 4 ? 4 : 0;
		if ( size == 0 || count == 0 || count > Integer.MAX_VALUE / size )
			return new long[ 0 ];
		final ByteBuffer data = count * size <= 4 ? ( ByteBuffer ) directory.duplicate().order( order ).position( at + 8 )
				: read( file, directory.getInt( at + 8 ) & 0xffffffffL, ( int ) count * size, order );
		final int start = data.position();
		final long[] values = new long[ ( int ) count ];
		for ( int i = 0; i < values.length; i++ )
			values[ i ] = size == 2 ? data.getShort( start + 2 * i ) & 0xffff : data.getInt( start + 4 * i ) & 0xffffffffL;
		return values;
	}

	private static ByteBuffer read( final FileChannel file, final long position, final int length, final ByteOrder order ) throws IOException
	{
		final ByteBuffer buffer = ByteBuffer.allocate( length ).order( order );
		long at = position;
		while ( buffer.hasRemaining() )
		{
			final int read = file.read( buffer, at );
			if ( read < 0 )
				throw new IOException( "the file ends at byte " + at );
			at += read;
		}
		buffer.flip();
		return buffer;
	}

	/**
	 * The pages of a TIFF of 32-bit integers or 64-bit floats, every value exact.
	 *
	 * @param pages
	 *            its {@link #pages}, of one size ({@link ImageHeader#checkPages})
	 * @throws PdPlaneException
	 *             naming the file, where it is compressed or its strips lie outside it
	 */
	static ImageSource read( final Path path, final String shown, final List< Page > pages )
	{
		final Page first = pages.get( 0 );
		final SampleType type = first.type();
		for ( final Page page : pages )
			if ( page.compression != UNCOMPRESSED )
				throw new PdPlaneException( "'" + shown + "' is a compressed TIFF of " + type.description() + " samples, which ImageJ reads"
						+ ( type == SampleType.FLOAT64 ? " not at all" : " as 32-bit float, exact only up to 2^24" ) + ", and PD Plane reads"
						+ " exactly only uncompressed: save it uncompressed (with libtiff: tiffcp -c none IN OUT)." );
		final int n = first.width * first.height;
		final int bytes = first.bits / 8;
		final double[][][] data = new double[ pages.size() ][ 1 ][];
		final ByteOrder order = first.order;
		try (FileChannel file = FileChannel.open( path, StandardOpenOption.READ ))
		{
			for ( int s = 0; s < pages.size(); s++ )
			{
				final Page page = pages.get( s );
				final ByteBuffer raw = ByteBuffer.allocate( n * bytes ).order( order );
				for ( int i = 0; i < page.stripOffsets.length && raw.hasRemaining(); i++ )
				{
					final long length = Math.min( i < page.stripByteCounts.length ? page.stripByteCounts[ i ] : raw.remaining(), raw.remaining() );
					final ByteBuffer strip = read( file, page.stripOffsets[ i ], ( int ) length, order );
					raw.put( strip );
				}
				if ( raw.hasRemaining() )
					throw new PdPlaneException( "'" + shown + "' could not be read: its strips hold fewer pixels than its " + first.width + "x"
							+ first.height + " pages need (the file may be damaged)." );
				raw.flip();
				data[ s ][ 0 ] = values( raw, type, n );
			}
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( "'" + shown + "' could not be read: " + OutputFiles.reason( e ) + " (the file may be truncated).", e );
		}
		return new ArrayImage( shown, first.width, first.height, type, data );
	}

	private static double[] values( final ByteBuffer raw, final SampleType type, final int n )
	{
		final double[] values = new double[ n ];
		for ( int i = 0; i < n; i++ )
			values[ i ] = type == SampleType.FLOAT64 ? raw.getDouble() : type == SampleType.UINT32 ? raw.getInt() & 0xffffffffL : raw.getInt();
		return values;
	}
}
