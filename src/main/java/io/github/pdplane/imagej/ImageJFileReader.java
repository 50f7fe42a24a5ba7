package io.github.pdplane.imagej;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.batch.ImageFileReader;
import io.github.pdplane.image.ImageSource;

/**
 * The batch jobs' reader of image files through ImageJ ({@link ImageFiles}): the image files of a
 * folder are its visible files ImageJ recognises as images, plus those it cannot read at all (so that a
 * file without read permission is reported as a failure with its reason, not skipped); an image is
 * named in messages by its path as given.
 */
public final class ImageJFileReader implements ImageFileReader
{
	public static final ImageJFileReader INSTANCE = new ImageJFileReader();

	private ImageJFileReader()
	{}

	@Override
	public List< Path > imagesIn( final Path folder, final Consumer< Path > skipped )
	{
		final List< Path > images = new ArrayList<>();
		for ( final Path file : ImageFiles.list( folder, false ) )
		{
			if ( !Files.isReadable( file ) || ImageFiles.isImage( file ) )
				images.add( file );
			else
				skipped.accept( file );
		}
		if ( images.isEmpty() )
			throw new PdPlaneException( "The folder '" + folder + "' has no image files (" + ImageFiles.READABLE + ")." );
		return images;
	}

	@Override
	public ImageSource open( final Path file )
	{
		return new ImagePlusSource( ImageFiles.openImagePlus( file ), file.toString() );
	}
}
