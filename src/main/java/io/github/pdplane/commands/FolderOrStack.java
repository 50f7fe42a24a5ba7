package io.github.pdplane.commands;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import ij.ImagePlus;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.io.FolderImages;
import io.github.pdplane.io.imagej.ImageFiles;
import io.github.pdplane.io.imagej.ImageJFileReader;
import io.github.pdplane.io.imagej.ImagePlusSource;

/**
 * A set of images a command reads: the image files of a folder (in name order, opened one at a time)
 * or an open image or stack (every slice is one image).
 */
final class FolderOrStack
{
	private final String name;

	private final List< Path > files;

	private final ImagePlus stack;

	private final int skipped;

	private FolderOrStack( final String name, final List< Path > files, final ImagePlus stack, final int skipped )
	{
		this.name = name;
		this.files = files;
		this.stack = stack;
		this.skipped = skipped;
	}

	/**
	 * The set given by exactly one of {@code folder} and {@code stack}.
	 *
	 * @param what
	 *            names the set in messages ({@code "the pristine images"})
	 * @param skipUnreadable
	 *            whether the folder's unreadable image files are skipped (each reported to {@code skipped}
	 *            and counted) rather than refused ({@link FolderImages})
	 * @param skipped
	 *            receives the files of the folder that are not images, and those skipped as unreadable
	 * @throws PdPlaneException
	 *             where both or neither is given, the folder has no images, or it has unreadable image
	 *             files and {@code skipUnreadable} is false
	 */
	static FolderOrStack of( final File folder, final ImagePlus stack, final String what, final boolean skipUnreadable,
			final Consumer< String > skipped )
	{
		final boolean hasFolder = folder != null && !folder.getPath().isEmpty();
		if ( hasFolder == ( stack != null ) )
			throw new PdPlaneException( "Give " + what + " either as a folder or as an open image or stack" + ( hasFolder ? ", not both." : "." ) );
		if ( stack != null )
			return new FolderOrStack( stack.getTitle(), null, stack, 0 );
		final Path path = folder.toPath();
		final FolderImages images = FolderImages.list( ImageJFileReader.INSTANCE, path, file -> skipped.accept( "skipped '" + file
				+ "': not an image file." ) ).check( skipUnreadable, skipped );
		return new FolderOrStack( path.getFileName() == null ? path.toString() : path.getFileName().toString(), images.readable(), null,
				images.unreadable().size() );
	}

	/** How many unreadable files of the folder were skipped, for the command's closing line. */
	int skipped()
	{
		return skipped;
	}

	/** {@code "; 2 unreadable file(s) skipped"}, or nothing where none was. */
	String skippedNote()
	{
		return skipped == 0 ? "" : "; " + FolderImages.skippedCount( skipped );
	}

	/** The folder's name or the stack's title, for tables. */
	String name()
	{
		return name;
	}

	/** Runs {@code action} on each image; files are opened one at a time. */
	void forEach( final Consumer< ImageSource > action )
	{
		if ( stack != null )
			action.accept( new ImagePlusSource( stack ) );
		else
			for ( final Path file : files )
				action.accept( ImageFiles.read( file, file.getFileName().toString() ) );
	}
}
