package io.github.pdplane.io.imagej;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.io.ImageFileReader;
import io.github.pdplane.io.InputPaths;

/**
 * The batch jobs' reader of image files through ImageJ ({@link ImageFiles}). The image files of a folder
 * are its visible files that ImageJ recognises as images, and also those named like images
 * ({@code .png}, {@code .tif}, ...) that it cannot read or recognise, and those it cannot read at all (no
 * permission, a name the locale cannot spell, a named pipe): these are unreadable
 * ({@link #whyUnreadable}), which fails the run or, where the user asks to skip them, is reported and
 * counted, never taken for a missing file. Other files (notes, thumbnails) are skipped. An image is named
 * in messages by its path as given.
 */
public final class ImageJFileReader implements ImageFileReader
{
	public static final ImageJFileReader INSTANCE = new ImageJFileReader();

	/** Names of the image files ImageJ reads, lower case, for files it does not recognise. */
	private static final Set< String > IMAGE_EXTENSIONS = new HashSet<>( Arrays.asList( "tif", "tiff", "png", "jpg", "jpeg", "bmp", "gif",
			"pgm", "fits", "fit", "fts", "dcm", "dicom", "zip" ) );

	private ImageJFileReader()
	{}

	@Override
	public List< Path > imagesIn( final Path folder, final Consumer< Path > skipped )
	{
		final List< Path > images = new ArrayList<>();
		for ( final Path file : ImageFiles.list( folder, false ) )
		{
			if ( namedLikeAnImage( file ) || !Files.isReadable( file ) || InputPaths.unreadableName( file ) != null || ImageFiles.isImage( file ) )
				images.add( file );
			else
				skipped.accept( file );
		}
		if ( images.isEmpty() )
			throw new PdPlaneException( "The folder '" + folder + "' has no image files (" + ImageFiles.READABLE + ")." );
		return images;
	}

	@Override
	public String whyUnreadable( final Path file )
	{
		return ImageFiles.whyUnreadable( file );
	}

	private static boolean namedLikeAnImage( final Path file )
	{
		final String name = file.getFileName().toString();
		final int dot = name.lastIndexOf( '.' );
		return dot > 0 && IMAGE_EXTENSIONS.contains( name.substring( dot + 1 ).toLowerCase( Locale.ROOT ) );
	}

	@Override
	public ImageSource open( final Path file )
	{
		return ImageFiles.read( file, file.toString() );
	}
}
