package io.github.pdplane.io.imagej;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.pdplane.PdPlaneException;

/**
 * Files ImageJ would read wrongly or not at all, told from their first bytes and refused with what to do
 * before ImageJ tries: PNGs with an alpha channel, CMYK JPEGs.
 */
final class FilesImageJMisreads
{
	private FilesImageJMisreads()
	{}

	/**
	 * @throws PdPlaneException
	 *             naming {@code shown} and saying what to do, for a file ImageJ would misread
	 */
	static void refuse( final Path path, final String shown )
	{
		refuseTransparency( path, shown );
		refuseCmyk( path, shown );
	}

	/** The PNG colour types with an alpha channel: grey and alpha (4), RGB and alpha (6). */
	private static final int PNG_GREY_ALPHA = 4, PNG_RGB_ALPHA = 6;

	/**
	 * ImageJ reads a PNG with an alpha channel as if composited onto white, and that white would be scored as
	 * image: a transparent PNG is refused with what to do.
	 */
	private static void refuseTransparency( final Path path, final String shown )
	{
		final byte[] header = new byte[ 26 ];
		try (InputStream in = Files.newInputStream( path ))
		{
			int n = 0, read;
			while ( n < header.length && ( read = in.read( header, n, header.length - n ) ) > 0 )
				n += read;
			if ( n < header.length )
				return;
		}
		catch ( final IOException e )
		{
			return; // the reader will say what is wrong with the file
		}
		final boolean png = ( header[ 0 ] & 0xff ) == 0x89 && header[ 1 ] == 'P' && header[ 2 ] == 'N' && header[ 3 ] == 'G' && header[ 12 ] == 'I'
				&& header[ 13 ] == 'H' && header[ 14 ] == 'D' && header[ 15 ] == 'R';
		final int colourType = header[ 25 ] & 0xff;
		if ( png && ( colourType == PNG_GREY_ALPHA || colourType == PNG_RGB_ALPHA ) )
			throw new PdPlaneException( "'" + shown + "' has an alpha channel (transparency), which PD Plane does not score: ImageJ would show"
					+ " it composited onto white, and the white would be scored as image. Save it without transparency first (in ImageJ or"
					+ " Fiji, open it and save it again as PNG; with ImageMagick, convert IN -alpha off OUT)." );
	}

	/**
	 * ImageJ cannot read a JPEG of four components (CMYK or YCCK): the JDK's decoder printed a stack trace from
	 * its own thread before ImageJ's "cannot open" note. Such a file is refused from its frame header.
	 */
	private static void refuseCmyk( final Path path, final String shown )
	{
		try (DataInputStream in = new DataInputStream( new BufferedInputStream( Files.newInputStream( path ) ) ))
		{
			if ( in.readUnsignedShort() != 0xFFD8 )
				return;
			while ( true )
			{
				int marker = in.readUnsignedByte();
				if ( marker != 0xFF )
					return;
				while ( marker == 0xFF )
					marker = in.readUnsignedByte();
				if ( marker == 0xD9 || marker == 0xDA )
					return;
				final int length = in.readUnsignedShort();
				final boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
				if ( frame )
				{
					skip( in, 5 ); // precision, height, width
					if ( in.readUnsignedByte() == 4 )
						throw new PdPlaneException( "'" + shown + "' is a CMYK JPEG, which ImageJ cannot read: convert it to RGB first (with"
								+ " ImageMagick: convert IN -colorspace sRGB OUT)." );
					return;
				}
				skip( in, length - 2 );
			}
		}
		catch ( final IOException e )
		{
			// not a JPEG's header, or a damaged one: the reader will say what is wrong
		}
	}

	private static void skip( final DataInputStream in, final int bytes ) throws IOException
	{
		for ( int i = 0; i < bytes; i++ )
			in.readUnsignedByte();
	}

}
