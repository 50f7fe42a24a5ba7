package io.github.pdplane.io.imagej;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import ij.io.FileInfo;

import io.github.pdplane.PdPlaneException;

/**
 * A TIFF file whose pixels end before its header says they do (an interrupted copy or download): ImageJ reads
 * what is there and leaves the rest of the image 0 without a word, and that 0 would be scored. Such a file is
 * refused from its header, before ImageJ reads it.
 */
final class TruncatedTiffs
{
	private TruncatedTiffs()
	{}

	/**
	 * @param pages
	 *            the file's pages as ImageJ's decoder read them from its header ({@link ImageHeader})
	 * @throws PdPlaneException
	 *             naming {@code shown}, where the pixel data the pages name end beyond the file
	 */
	static void refuse( final Path path, final FileInfo[] pages, final String shown )
	{
		final long length;
		try
		{
			length = Files.size( path );
		}
		catch ( final IOException e )
		{
			return; // gone since its header was read: ImageJ's reader says so
		}
		final long end = pixelsEnd( pages );
		if ( end > length )
			throw new PdPlaneException( "'" + shown + "' is cut short: its TIFF header places pixel data up to byte " + end + ", but the file has "
					+ length + " bytes (an interrupted copy or download?). ImageJ would read the missing part as 0." );
	}

	/** The byte after the last pixel the pages' headers name, or 0 where a page's layout is not one this check knows. */
	private static long pixelsEnd( final FileInfo[] pages )
	{
		long end = 0;
		if ( pages == null )
			return 0;
		for ( final FileInfo page : pages )
		{
			if ( page.stripOffsets != null && page.stripLengths != null && page.stripOffsets.length == page.stripLengths.length )
				for ( int s = 0; s < page.stripOffsets.length; s++ )
					end = Math.max( end, ( page.stripOffsets[ s ] & 0xffffffffL ) + ( page.stripLengths[ s ] & 0xffffffffL ) );
			if ( page.compression == FileInfo.COMPRESSION_NONE && page.nImages > 1 )
			{
				final long image = imageBytes( page );
				if ( image <= 0 )
					return 0;
				end = Math.max( end, page.getOffset() + page.nImages * image + ( page.nImages - 1 ) * page.getGap() );
			}
		}
		return end;
	}

	/** Bytes of one uncompressed image of {@code page}, or 0 for a layout this check does not know. */
	private static long imageBytes( final FileInfo page )
	{
		final long pixels = ( long ) page.width * page.height;
		switch ( page.fileType )
		{
		case FileInfo.GRAY8:
		case FileInfo.COLOR8:
			return pixels;
		case FileInfo.GRAY16_SIGNED:
		case FileInfo.GRAY16_UNSIGNED:
			return 2 * pixels;
		case FileInfo.GRAY32_INT:
		case FileInfo.GRAY32_UNSIGNED:
		case FileInfo.GRAY32_FLOAT:
			return 4 * pixels;
		case FileInfo.GRAY64_FLOAT:
			return 8 * pixels;
		case FileInfo.RGB:
			return 3 * pixels;
		default:
			return 0;
		}
	}
}
