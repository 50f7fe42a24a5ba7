package io.github.pdplane.imagej;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import ij.ImagePlus;
import ij.io.Opener;

import io.github.pdplane.PdPlaneException;

/**
 * Opens image files with ImageJ's readers (TIFF, PNG, BMP, GIF, JPEG and the rest ImageJ knows),
 * turning every failure into a message that names the file.
 */
public final class ImageFiles
{
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
		final ImagePlus imp;
		try
		{
			final Opener opener = new Opener();
			opener.setSilentMode( true );
			imp = opener.openImage( path.toAbsolutePath().toString() );
		}
		catch ( final RuntimeException | OutOfMemoryError e )
		{
			throw new PdPlaneException( "'" + shown + "' could not be read as an image: " + e, e );
		}
		if ( imp == null || imp.getWidth() == 0 )
			throw new PdPlaneException( "'" + shown + "' could not be read as an image (ImageJ reads TIFF, PNG, BMP, GIF, JPEG and more;"
					+ " the file may be damaged or of another kind)." );
		imp.setTitle( new File( shown ).getName() );
		return imp;
	}
}
