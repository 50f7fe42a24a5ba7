package io.github.pdplane.io.imagej;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import ij.io.FileInfo;
import ij.io.TiffDecoder;

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
	 * @throws PdPlaneException
	 *             naming {@code shown}, where {@code path} is a TIFF file whose pixel data end beyond the file
	 */
	static void refuse( final Path path, final String shown )
	{
		if ( !isTiff( path ) )
			return;
		final long length, end;
		try
		{
			length = Files.size( path );
			final Path parent = path.toAbsolutePath().getParent();
			final FileInfo[] pages = new TiffDecoder( parent == null ? "" : parent.toString() + java.io.File.separator, path.getFileName()
					.toString() ).getTiffInfo();
			end = pixelsEnd( pages );
		}
		catch ( final IOException | RuntimeException e )
		{
			return; // a header ImageJ cannot read: its reader says what is wrong
		}
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

	private static boolean isTiff( final Path path )
	{
		final byte[] b = new byte[ 4 ];
		try (InputStream in = Files.newInputStream( path ))
		{
			if ( in.read( b ) != 4 )
				return false;
		}
		catch ( final IOException e )
		{
			return false;
		}
		return b[ 0 ] == 'I' && b[ 1 ] == 'I' && b[ 2 ] == 42 && b[ 3 ] == 0 || b[ 0 ] == 'M' && b[ 1 ] == 'M' && b[ 2 ] == 0 && b[ 3 ] == 42;
	}
}
