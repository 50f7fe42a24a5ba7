package io.github.pdplane.io.imagej;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ij.IJ;
import ij.ImagePlus;
import ij.io.Opener;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.io.InputPaths;
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
	 * The visible sub-folders ({@code folders}) or other entries (files, and named pipes or devices, which
	 * readers refuse by name) of {@code folder} (names not starting with a dot), sorted by name.
	 *
	 * @throws PdPlaneException
	 *             naming the folder where it does not exist or cannot be listed
	 */
	public static List< Path > list( final Path folder, final boolean folders )
	{
		if ( !Files.isDirectory( folder ) )
			throw new PdPlaneException( Files.exists( folder ) ? "'" + folder + "' is not a folder." : InputPaths.missing( folder, folder.toString() ) );
		try (Stream< Path > list = Files.list( folder ))
		{
			return list.filter( p -> !p.getFileName().toString().startsWith( "." ) )
					.filter( p -> folders == Files.isDirectory( p ) ).sorted().collect( Collectors.toList() );
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( "Cannot list the folder '" + folder + "': " + OutputFiles.reason( e ) + ".", e );
		}
	}

	/**
	 * Why {@code file} cannot be read as an image, told without decoding it: a name the locale cannot
	 * spell, not a regular file, no read permission, empty, not of a kind ImageJ reads; null where it
	 * looks readable.
	 */
	public static String whyUnreadable( final Path file )
	{
		final String why = whyNotReadable( file );
		if ( why != null )
			return why;
		return isImage( file ) ? null : "it is not an image file ImageJ reads (" + READABLE + ")";
	}

	/** {@link #whyUnreadable} before the content is looked at: name, kind of file, permission, size. */
	private static String whyNotReadable( final Path file )
	{
		final String name = InputPaths.unreadableName( file );
		if ( name != null )
			return name;
		if ( !Files.isRegularFile( file ) )
			return "it is not a regular file (a named pipe, a device or a socket)";
		if ( !Files.isReadable( file ) )
			return "it cannot be read (permission denied)";
		try
		{
			if ( Files.size( file ) == 0 )
				return "it is empty (0 bytes)";
		}
		catch ( final IOException e )
		{
			return "its size cannot be read (" + OutputFiles.reason( e ) + ")";
		}
		return null;
	}

	/** Whether ImageJ recognises the file's content as an image it reads (a damaged one still counts). */
	public static boolean isImage( final Path file )
	{
		// a named pipe would block the reading of its signature for ever
		return Files.isRegularFile( file ) && Files.isReadable( file ) && IMAGE_TYPES.contains( new Opener().getFileType( file.toAbsolutePath()
				.toString() ) );
	}

	/** {@link #openImagePlus} as a source named by the file's name. */
	public static ImagePlusSource open( final Path path )
	{
		return new ImagePlusSource( openImagePlus( path ), path.getFileName().toString() );
	}

	/**
	 * An image file with its true values, named {@code shown}: what ImageJ reads, and the TIFFs of 32-bit
	 * integers and 64-bit floats that ImageJ cannot hold exactly, read by {@link WideTiffs}. The reading of
	 * every front end.
	 *
	 * @throws PdPlaneException
	 *             naming the file, as {@link #openImagePlus} does
	 */
	public static ImageSource read( final Path path, final String shown )
	{
		final ImageHeader header = checkedHeader( path, shown );
		if ( header != null && header.widePages != null )
			return WideTiffs.read( path, shown, header.widePages );
		return new ImagePlusSource( openImagePlus( path, shown ), shown );
	}

	/**
	 * An image file as ImageJ reads it, named in messages by its path; palette files as the values their
	 * palette names ({@link PaletteFiles}). Its header is checked first ({@link ImageHeader}): pages of
	 * different sizes, sizes that do not fit in memory, and TIFFs cut short ({@link TruncatedTiffs}) are refused before
	 * any pixel is read.
	 *
	 * @throws PdPlaneException
	 *             naming the file where it is missing, unreadable, not an image, too large, or a TIFF of
	 *             samples ImageJ cannot hold exactly (use {@link #read})
	 */
	public static ImagePlus openImagePlus( final Path path )
	{
		final String shown = path.toString();
		final ImageHeader header = checkedHeader( path, shown );
		if ( header != null && header.widePages != null )
			throw new PdPlaneException( "'" + shown + "' is a TIFF of 32-bit integers or 64-bit floats, which ImageJ cannot hold exactly;"
					+ " PD Plane reads it from a file (the command line, a folder), not as an ImageJ image." );
		return openImagePlus( path, shown );
	}

	/** The checks before reading, then the header's: null where the kind has no header reader. */
	private static ImageHeader checkedHeader( final Path path, final String shown )
	{
		checkReadable( path, shown );
		final ImageHeader header = ImageHeader.read( path );
		if ( header != null )
		{
			header.checkPages( shown );
			header.checkMemory( shown );
			// after the size: a file declaring more pixels than memory holds is refused for that, whatever it holds
			header.checkComplete( path, shown );
		}
		return header;
	}

	private static void checkReadable( final Path path, final String shown )
	{
		if ( !Files.exists( path ) )
			throw new PdPlaneException( InputPaths.missing( path, shown ) );
		if ( Files.isDirectory( path ) )
			throw new PdPlaneException( "'" + shown + "' is a folder, not an image file." );
		if ( !Files.isReadable( path ) )
			throw new PdPlaneException( "'" + shown + "' cannot be read (permission denied)." );
		// a named pipe would block the reading of its header for ever
		if ( !Files.isRegularFile( path ) )
			throw new PdPlaneException( "'" + shown + "' is not a regular file (a named pipe, a device or a socket): PD Plane reads image files." );
		final String unreadable = whyNotReadable( path );
		if ( unreadable != null )
			throw new PdPlaneException( "'" + shown + "' could not be read: " + unreadable + "." );
		FilesImageJMisreads.refuse( path, shown );
		// Decided by the file's signature: refusing unknown kinds here keeps ImageJ from reporting them itself
		// (a modal dialog, a line on standard output, or an aborted macro).
		if ( !isImage( path ) )
			throw new PdPlaneException( "'" + shown + "' could not be read: it is not an image file ImageJ reads (" + READABLE + ")." );
	}

	private static ImagePlus openImagePlus( final Path path, final String shown )
	{
		final String absolute = path.toAbsolutePath().toString();
		final Opener opener = new Opener();
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
		final ImagePlus values = PaletteFiles.withPaletteValues( imp, absolute );
		values.setTitle( new File( shown ).getName() );
		return values;
	}


}
