package io.github.pdplane.io.imagej;

import java.awt.image.IndexColorModel;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileInfo;
import ij.io.Opener;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.io.OutputFiles;

/**
 * Opens image files with ImageJ's readers (TIFF, PNG, BMP, GIF, JPEG and the rest ImageJ knows),
 * turning every failure into a message that names the file.
 */
public final class ImageFiles
{
	private static final Set< Integer > IMAGE_TYPES = new HashSet<>( Arrays.asList( Opener.TIFF, Opener.TIFF_AND_DICOM, Opener.DICOM,
			Opener.FITS, Opener.PGM, Opener.JPEG, Opener.GIF, Opener.BMP, Opener.PNG, Opener.ZIP ) );

	static final String READABLE = "TIFF, PNG, BMP, GIF, JPEG, PGM, FITS, DICOM";

	/**
	 * Opens in progress on any thread. ImageJ's redirection of error messages is one global flag, so it
	 * is switched on by the first open and off by the last (a batch job opens files on several threads).
	 */
	private static int opening;

	private static final Object REDIRECTION = new Object();

	private ImageFiles()
	{}

	/**
	 * The visible sub-folders ({@code folders}) or files of {@code folder} (names not starting with a
	 * dot), sorted by name.
	 *
	 * @throws PdPlaneException
	 *             naming the folder where it does not exist or cannot be listed
	 */
	public static List< Path > list( final Path folder, final boolean folders )
	{
		if ( !Files.isDirectory( folder ) )
			throw new PdPlaneException( "'" + folder + "' " + ( Files.exists( folder ) ? "is not a folder." : "does not exist." ) );
		try (Stream< Path > list = Files.list( folder ))
		{
			return list.filter( p -> !p.getFileName().toString().startsWith( "." ) )
					.filter( p -> folders ? Files.isDirectory( p ) : Files.isRegularFile( p ) ).sorted().collect( Collectors.toList() );
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( "Cannot list the folder '" + folder + "': " + OutputFiles.reason( e ) + ".", e );
		}
	}

	/**
	 * The image files of a folder, sorted by name: its visible files whose content ImageJ recognises
	 * as an image; the others (notes, thumbnails) go to {@code skipped}.
	 *
	 * @throws PdPlaneException
	 *             naming the folder where it does not exist, cannot be listed, or has no image
	 */
	public static List< Path > imagesIn( final Path folder, final Consumer< Path > skipped )
	{
		final List< Path > images = new ArrayList<>();
		for ( final Path file : list( folder, false ) )
		{
			if ( isImage( file ) )
				images.add( file );
			else
				skipped.accept( file );
		}
		if ( images.isEmpty() )
			throw new PdPlaneException( "The folder '" + folder + "' has no image files (" + READABLE + ")." );
		return images;
	}

	/** Whether ImageJ recognises the file's content as an image it reads (a damaged one still counts). */
	public static boolean isImage( final Path file )
	{
		// a named pipe would block the reading of its signature for ever
		return Files.isRegularFile( file ) && Files.isReadable( file ) && IMAGE_TYPES.contains( new Opener().getFileType( file.toAbsolutePath()
				.toString() ) );
	}

	public static ImagePlusSource open( final Path path )
	{
		return new ImagePlusSource( openImagePlus( path ), path.getFileName().toString() );
	}

	public static ImagePlus openImagePlus( final Path path )
	{
		final String shown = path.toString();
		if ( !Files.exists( path ) )
			throw new PdPlaneException( "'" + shown + "' does not exist." );
		if ( Files.isDirectory( path ) )
			throw new PdPlaneException( "'" + shown + "' is a folder, not an image file." );
		if ( !Files.isReadable( path ) )
			throw new PdPlaneException( "'" + shown + "' cannot be read (permission denied)." );
		// a named pipe would block the reading of its header for ever
		if ( !Files.isRegularFile( path ) )
			throw new PdPlaneException( "'" + shown + "' is not a regular file (a named pipe, a device or a socket): PD Plane reads image files." );
		refuseTransparency( path, shown );
		refuseCmyk( path, shown );
		final String absolute = path.toAbsolutePath().toString();
		final Opener opener = new Opener();
		// Decided by the file's signature: refusing unknown kinds here keeps ImageJ from reporting them itself
		// (a modal dialog, a line on standard output, or an aborted macro).
		if ( !isImage( path ) )
			throw new PdPlaneException( "'" + shown + "' could not be read: it is not an image file ImageJ reads (" + READABLE + ")." );
		final ImagePlus imp;
		opener.setSilentMode( true );
		// a damaged file of a known kind: ImageJ's reader reports it to the Log instead of a modal dialog
		synchronized ( REDIRECTION )
		{
			opening++;
			IJ.redirectErrorMessages( true );
		}
		try
		{
			imp = opener.openImage( absolute );
		}
		catch ( final RuntimeException | OutOfMemoryError e )
		{
			throw new PdPlaneException( "'" + shown + "' could not be read as an image: " + e, e );
		}
		finally
		{
			synchronized ( REDIRECTION )
			{
				if ( --opening == 0 )
					IJ.redirectErrorMessages( false );
			}
		}
		if ( imp == null || imp.getWidth() == 0 )
			throw new PdPlaneException( "'" + shown + "' could not be read as an image (" + READABLE + ";"
					+ " the file may be damaged)." );
		final ImagePlus values = withPaletteValues( imp, absolute );
		values.setTitle( new File( shown ).getName() );
		return values;
	}

	/**
	 * A palette file's pixels are indexes into its palette: a PNG whose palette maps 0..3 to 0..120 was
	 * scored on 0..3, and one with a colour palette on its indexes as grey. ImageJ opens such a file as 8-bit
	 * with the palette as its lookup table; here a grey palette that is not the identity becomes the grey
	 * levels it names, and a colour palette becomes RGB. TIFF files keep their values unless they are palette
	 * TIFFs from other software: a TIFF ImageJ wrote keeps its lookup table (an inverted one, a "Fire" one) as
	 * display, the values being the data, as an image open in ImageJ does.
	 */
	private static ImagePlus withPaletteValues( final ImagePlus imp, final String path )
	{
		if ( imp.getType() != ImagePlus.GRAY8 && imp.getType() != ImagePlus.COLOR_256 )
			return imp;
		final FileInfo info = imp.getOriginalFileInfo();
		final boolean tiff = new Opener().getFileType( path ) == Opener.TIFF;
		if ( tiff && ( info == null || info.fileType != FileInfo.COLOR8 || writtenByImageJ( info ) ) )
			return imp;
		final IndexColorModel palette = ( IndexColorModel ) imp.getProcessor().getColorModel();
		final byte[] levels = new byte[ 256 ];
		boolean identity = true, grey = true;
		for ( int i = 0; i < palette.getMapSize(); i++ )
		{
			final int r = palette.getRed( i );
			grey &= palette.getGreen( i ) == r && palette.getBlue( i ) == r;
			levels[ i ] = ( byte ) r;
			identity &= r == i;
		}
		if ( grey && identity && palette.getMapSize() == 256 )
			return imp;
		final ImageStack indexes = imp.getStack(), values = new ImageStack( imp.getWidth(), imp.getHeight() );
		for ( int s = 1; s <= indexes.getSize(); s++ )
		{
			final ImageProcessor slice = indexes.getProcessor( s );
			if ( grey )
			{
				final byte[] in = ( byte[] ) slice.getPixels(), out = new byte[ in.length ];
				for ( int i = 0; i < in.length; i++ )
					out[ i ] = levels[ in[ i ] & 0xff ];
				values.addSlice( indexes.getSliceLabel( s ), new ByteProcessor( imp.getWidth(), imp.getHeight(), out ) );
			}
			else
			{
				final ImageProcessor coloured = slice.duplicate();
				coloured.setColorModel( palette );
				values.addSlice( indexes.getSliceLabel( s ), coloured.convertToRGB() );
			}
		}
		return new ImagePlus( imp.getTitle(), values );
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

	/** ImageJ's TIFF writer puts "ImageJ=version" first in the image description. */
	private static boolean writtenByImageJ( final FileInfo info )
	{
		return info.description != null && info.description.startsWith( "ImageJ" );
	}
}
