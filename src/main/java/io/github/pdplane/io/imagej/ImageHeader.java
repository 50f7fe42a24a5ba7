package io.github.pdplane.io.imagej;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;

import ij.io.FileInfo;
import ij.io.Opener;
import ij.io.TiffDecoder;

import io.github.pdplane.PdPlaneException;

/**
 * What an image file's header declares, read without its pixels: the size, the pages of a TIFF, the bytes
 * each pixel takes once read. Checked before any pixel is read, so that a small file declaring 40000x40000
 * pixels fails at once with the memory it would need, instead of after gigabytes were taken, and a TIFF
 * whose pages differ in size is refused instead of read as its first page.
 */
final class ImageHeader
{
	/** Width and height of each page; all equal once {@link #checkPages} passed. */
	final int width, height;

	final int pages;

	/** Bytes a pixel takes in ImageJ's (or PD Plane's own reader's) arrays, all channels together. */
	final int storedBytesPerPixel;

	/** 1 for grey, 3 for colour. */
	final int channels;

	/** Copies of the pixels the reader makes on the way (a decoder's image, then ImageJ's arrays): 1 or 2. */
	final int copies;

	/** The width, height and pixel type of each page of a TIFF, or null for other kinds. */
	private final int[][] tiffPages;

	/** The pages of a TIFF of 32-bit integers or 64-bit floats ({@link WideTiffs}), or null. */
	final List< WideTiffs.Page > widePages;

	/** The pages of another TIFF as ImageJ's decoder read them, or null: read once, checked by {@link #checkComplete}. */
	private final FileInfo[] imageJPages;

	private ImageHeader( final int width, final int height, final int pages, final int storedBytesPerPixel, final int channels, final int copies,
			final int[][] tiffPages, final List< WideTiffs.Page > widePages, final FileInfo[] imageJPages )
	{
		this.imageJPages = imageJPages;
		this.width = width;
		this.height = height;
		this.pages = pages;
		this.storedBytesPerPixel = storedBytesPerPixel;
		this.channels = channels;
		this.copies = copies;
		this.tiffPages = tiffPages;
		this.widePages = widePages;
	}

	/**
	 * The header of a TIFF (ImageJ's decoder, which reads the directories only) or of a PNG, JPEG, BMP or GIF
	 * (the JDK's reader of its kind, asked for the size only); null for other kinds, or where the header
	 * cannot be read (ImageJ's reader then says what is wrong).
	 */
	static ImageHeader read( final Path path )
	{
		final File file = path.toAbsolutePath().toFile();
		final int kind = new Opener().getFileType( file.getPath() );
		try
		{
			if ( kind == Opener.TIFF )
				return tiff( path, file );
			if ( kind == Opener.PNG || kind == Opener.JPEG || kind == Opener.BMP || kind == Opener.GIF )
				return decoded( file );
		}
		catch ( final IOException | RuntimeException e )
		{
			// a damaged header: left to ImageJ's reader, whose message names the file
		}
		return null;
	}

	private static ImageHeader tiff( final Path path, final File file ) throws IOException
	{
		final List< WideTiffs.Page > wide = WideTiffs.pages( path );
		if ( wide != null )
		{
			final int[][] sizes = new int[ wide.size() ][];
			for ( int p = 0; p < sizes.length; p++ )
				sizes[ p ] = new int[] { wide.get( p ).width, wide.get( p ).height, wide.get( p ).type() == null ? -1 : wide.get( p ).type()
						.ordinal() };
			// read as doubles, one copy
			return new ImageHeader( sizes[ 0 ][ 0 ], sizes[ 0 ][ 1 ], sizes.length, Double.BYTES, 1, 1, sizes, wide, null );
		}
		final FileInfo[] infos = new TiffDecoder( file.getParent() + File.separator, file.getName() ).getTiffInfo();
		if ( infos == null || infos.length == 0 )
			return null;
		final FileInfo first = infos[ 0 ];
		final int pages = infos.length == 1 ? Math.max( 1, first.nImages ) : infos.length;
		final boolean colour = first.fileType == FileInfo.RGB || first.fileType == FileInfo.RGB48 || first.samplesPerPixel > 1;
		final int[][] sizes = new int[ infos.length ][];
		for ( int p = 0; p < sizes.length; p++ )
			sizes[ p ] = new int[] { infos[ p ].width, infos[ p ].height, infos[ p ].fileType };
		return new ImageHeader( first.width, first.height, pages, storedBytes( first ), colour ? 3 : 1, 1, sizes, null, infos );
	}

	/** ImageJ's bytes per pixel: 8-bit 1, 16-bit 2, 32-bit (float, converted integers) and RGB 4. */
	private static int storedBytes( final FileInfo info )
	{
		final int bytes = info.getBytesPerPixel();
		return bytes <= 2 ? bytes : Integer.BYTES;
	}

	private static ImageHeader decoded( final File file ) throws IOException
	{
		try (ImageInputStream in = ImageIO.createImageInputStream( file ))
		{
			if ( in == null )
				return null;
			final Iterator< ImageReader > readers = ImageIO.getImageReaders( in );
			if ( !readers.hasNext() )
				return null;
			final ImageReader reader = readers.next();
			try
			{
				reader.setInput( in, true, true );
				final int width = reader.getWidth( 0 ), height = reader.getHeight( 0 );
				boolean grey = false;
				try
				{
					final ImageTypeSpecifier type = reader.getRawImageType( 0 );
					grey = type != null && type.getNumBands() == 1 && type.getColorModel().getColorSpace().getNumComponents() == 1;
				}
				catch ( final IOException | RuntimeException e )
				{
					// the type lies beyond the size in the header (a PNG's chunks before its pixels): counted as colour, the larger
				}
				// a decoded image first, then ImageJ's arrays: two copies
				return new ImageHeader( width, height, 1, grey ? 2 : Integer.BYTES, grey ? 1 : 3, 2, null, null, null );
			}
			finally
			{
				reader.dispose();
			}
		}
	}

	/**
	 * Refuses a TIFF whose pages differ in size or type: ImageJ would read its first page only, and PD Plane
	 * scores a stack's pages as slices of one size.
	 */
	void checkPages( final String shown )
	{
		if ( tiffPages == null )
			return;
		final int[] first = tiffPages[ 0 ];
		for ( int p = 1; p < tiffPages.length; p++ )
		{
			final int[] page = tiffPages[ p ];
			if ( page[ 0 ] != first[ 0 ] || page[ 1 ] != first[ 1 ] )
				throw new PdPlaneException( "'" + shown + "' is a TIFF whose pages differ in size (page 1 is " + first[ 0 ] + "x" + first[ 1 ]
						+ ", page " + ( p + 1 ) + " is " + page[ 0 ] + "x" + page[ 1 ] + "): ImageJ would read page 1 only, and PD Plane scores"
						+ " the pages of a stack as slices of one size. Save each page as a file of its own (with libtiff: tiffsplit)." );
			if ( page[ 2 ] != first[ 2 ] )
				throw new PdPlaneException( "'" + shown + "' is a TIFF whose pages differ in pixel type (page 1 and page " + ( p + 1 )
						+ "): ImageJ would read page 1 only. Save each page as a file of its own (with libtiff: tiffsplit)." );
		}
	}

	/**
	 * Refuses a TIFF whose pixel data end beyond the file ({@link TruncatedTiffs}). The TIFFs {@link WideTiffs}
	 * reads need no such check: their reader stops at the file's end with a message.
	 */
	void checkComplete( final Path path, final String shown )
	{
		if ( imageJPages != null )
			TruncatedTiffs.refuse( path, imageJPages, shown );
	}

	/** Bytes the file's pixels take once read and while one slice is scored (its values as doubles, twice). */
	long bytesNeeded()
	{
		final long pixels = ( long ) width * height;
		return copies * pixels * pages * storedBytesPerPixel + 2L * pixels * channels * Double.BYTES;
	}

	/**
	 * Refuses, before any pixel is read, a file whose declared size does not fit: more pixels in one slice
	 * than a Java array holds, or more bytes than the memory this Java has left (after a collection).
	 */
	void checkMemory( final String shown )
	{
		final long pixels = ( long ) width * height;
		if ( width <= 0 || height <= 0 )
			throw new PdPlaneException( "'" + shown + "' declares a size of " + width + "x" + height + " pixels: the file is damaged." );
		if ( pixels > Integer.MAX_VALUE - 8 )
			throw new PdPlaneException( "'" + shown + "' declares " + describe() + ": more pixels in one slice than a Java array holds (2^31),"
					+ " so it cannot be read. Crop or split it first." );
		final long needed = bytesNeeded();
		long available = available();
		if ( needed > available )
		{
			// what looked used may be garbage: the check must not refuse an image that fits after a collection
			System.gc();
			available = available();
		}
		if ( needed > available )
		{
			final Runtime runtime = Runtime.getRuntime();
			throw new PdPlaneException( "'" + shown + "' declares " + describe() + ": reading and scoring it needs about " + gigabytes( needed )
					+ ", and this Java has " + gigabytes( available ) + " available (maximum " + gigabytes( runtime.maxMemory() ) + ", "
					+ gigabytes( runtime.totalMemory() - runtime.freeMemory() ) + " in use). Give Java more memory (java -Xmx on the command"
					+ " line; in ImageJ, Edit > Options > Memory & Threads) or use a smaller image." );
		}
	}

	private static long available()
	{
		final Runtime runtime = Runtime.getRuntime();
		return runtime.maxMemory() - ( runtime.totalMemory() - runtime.freeMemory() );
	}

	private String describe()
	{
		return width + "x" + height + " pixels" + ( pages > 1 ? " in " + pages + " pages" : "" );
	}

	private static String gigabytes( final long bytes )
	{
		return String.format( Locale.ROOT, "%.1f GB", bytes / 1e9 );
	}
}
