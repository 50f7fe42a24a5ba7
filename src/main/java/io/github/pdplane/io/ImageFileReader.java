package io.github.pdplane.io;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.ImageSource;

/**
 * How a batch job finds and opens image files. The batch package reads no file format itself: each
 * front end passes the reader of its host ({@code imagej.ImageJFileReader} reads with ImageJ's
 * readers; tests pass in-memory readers). Implementations must be safe to call from several threads
 * at once, since a job opens files on its worker threads.
 */
public interface ImageFileReader
{
	/**
	 * The image files of {@code folder}, sorted by name; files that are not images go to
	 * {@code skipped}.
	 *
	 * @throws PdPlaneException
	 *             naming the folder where it does not exist, cannot be listed, or holds no image
	 */
	List< Path > imagesIn( Path folder, Consumer< Path > skipped );

	/**
	 * Why a file {@link #imagesIn} listed cannot be read, where that shows without decoding its pixels (it
	 * is empty, not an image, not readable, its header cannot be read); null where it looks readable. A
	 * damaged file may still fail when {@link #open opened}. {@link FolderImages} applies the rule.
	 */
	default String whyUnreadable( final Path file )
	{
		return null;
	}

	/**
	 * Opens one image file (a single image or a stack), named in messages by the path as given.
	 *
	 * @throws PdPlaneException
	 *             naming the file where it is missing, unreadable or not an image
	 */
	ImageSource open( Path file );
}
