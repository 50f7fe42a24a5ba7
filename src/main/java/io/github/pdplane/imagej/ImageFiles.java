package io.github.pdplane.imagej;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import ij.IJ;
import ij.ImagePlus;
import ij.io.Opener;

import io.github.pdplane.PdPlaneException;

/**
 * Opens image files with ImageJ's readers (TIFF, PNG, BMP, GIF, JPEG and the rest ImageJ knows),
 * turning every failure into a message that names the file.
 */
public final class ImageFiles
{
	private static final Set< Integer > IMAGE_TYPES = new HashSet<>( Arrays.asList( Opener.TIFF, Opener.TIFF_AND_DICOM, Opener.DICOM,
			Opener.FITS, Opener.PGM, Opener.JPEG, Opener.GIF, Opener.BMP, Opener.PNG, Opener.ZIP ) );

	private static final String READABLE = "TIFF, PNG, BMP, GIF, JPEG, PGM, FITS, DICOM";

	private ImageFiles()
	{}

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
		final String absolute = path.toAbsolutePath().toString();
		final Opener opener = new Opener();
		// Decided by the file's signature: refusing unknown kinds here keeps ImageJ from reporting them itself
		// (a modal dialog, a line on standard output, or an aborted macro).
		if ( !IMAGE_TYPES.contains( opener.getFileType( absolute ) ) )
			throw new PdPlaneException( "'" + shown + "' could not be read: it is not an image file ImageJ reads (" + READABLE + ")." );
		final ImagePlus imp;
		try
		{
			opener.setSilentMode( true );
			// a damaged file of a known kind: ImageJ's reader reports it to the Log instead of a modal dialog
			IJ.redirectErrorMessages( true );
			imp = opener.openImage( absolute );
		}
		catch ( final RuntimeException | OutOfMemoryError e )
		{
			throw new PdPlaneException( "'" + shown + "' could not be read as an image: " + e, e );
		}
		finally
		{
			IJ.redirectErrorMessages( false );
		}
		if ( imp == null || imp.getWidth() == 0 )
			throw new PdPlaneException( "'" + shown + "' could not be read as an image (" + READABLE + ";"
					+ " the file may be damaged)." );
		imp.setTitle( new File( shown ).getName() );
		return imp;
	}
}
