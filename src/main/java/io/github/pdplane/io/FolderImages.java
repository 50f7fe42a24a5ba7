package io.github.pdplane.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.github.pdplane.PdPlaneException;

/**
 * The image files of a folder as a reader lists them, with the ones that cannot be read told apart (an
 * empty {@code .png}, a text file named {@code .tif}, a file without read permission, a name the locale
 * cannot spell): the one rule every command that reads a folder applies. Such files fail the run, naming
 * each with its reason, unless the user asks to skip them; skipped files are then reported and counted,
 * never taken silently for files that are not images.
 */
public final class FolderImages
{
	/** How to ask for unreadable files to be skipped, in every front end's words, for messages. */
	public static final String HOW_TO_SKIP = "ask to skip unreadable files (--skip-unreadable on the command line, \"Skip unreadable files\""
			+ " in ImageJ)";

	private final Path folder;

	private final List< Path > files;

	private final Map< Path, String > unreadable;

	private FolderImages( final Path folder, final List< Path > files, final Map< Path, String > unreadable )
	{
		this.folder = folder;
		this.files = Collections.unmodifiableList( files );
		this.unreadable = Collections.unmodifiableMap( unreadable );
	}

	/**
	 * Lists {@code folder} with {@code reader}: its image files in name order, each asked whether it can be
	 * read ({@link ImageFileReader#whyUnreadable}).
	 *
	 * @param notImages
	 *            receives the files that are not images (notes, thumbnails): skipped without a failure
	 * @throws PdPlaneException
	 *             naming the folder where it does not exist, cannot be listed, or holds no image file
	 */
	public static FolderImages list( final ImageFileReader reader, final Path folder, final Consumer< Path > notImages )
	{
		final List< Path > files = reader.imagesIn( folder, notImages );
		final Map< Path, String > unreadable = new LinkedHashMap<>();
		for ( final Path file : files )
		{
			final String why = reader.whyUnreadable( file );
			if ( why != null )
				unreadable.put( file, why );
		}
		return new FolderImages( folder, new ArrayList<>( files ), unreadable );
	}

	/**
	 * Checks the rule: without {@code skip}, a folder with unreadable files fails, naming each file and
	 * why; with it, each is passed to {@code skipped} as a line {@code "skipped 'x.png': it is empty (0
	 * bytes)."}.
	 *
	 * @return this listing
	 * @throws PdPlaneException
	 *             naming every unreadable file and the rule, where there is one and {@code skip} is false
	 */
	public FolderImages check( final boolean skip, final Consumer< String > skipped )
	{
		if ( unreadable.isEmpty() )
			return this;
		if ( !skip )
		{
			final List< String > each = new ArrayList<>();
			for ( final Map.Entry< Path, String > e : unreadable.entrySet() )
				each.add( "'" + e.getKey() + "': " + e.getValue() );
			throw new PdPlaneException( "The folder '" + folder + "' has " + ( unreadable.size() == 1 ? "a file" : unreadable.size() + " files" )
					+ " that cannot be read as " + ( unreadable.size() == 1 ? "an image: " : "images: " ) + String.join( "; ", each ) + ". Fix or remove " + ( unreadable.size() == 1 ? "it" : "them" )
					+ ", or " + HOW_TO_SKIP + ": skipped files are reported and counted." );
		}
		for ( final Map.Entry< Path, String > e : unreadable.entrySet() )
			skipped.accept( "skipped '" + e.getKey() + "': " + e.getValue() + "." );
		return this;
	}

	/** {@code "2 unreadable file(s) skipped"}: the count every front end reports. */
	public static String skippedCount( final int skipped )
	{
		return skipped + " unreadable file(s) skipped";
	}

	/** Every image file listed, the unreadable ones too, in name order. */
	public List< Path > all()
	{
		return files;
	}

	/** The image files that can be read, in name order. */
	public List< Path > readable()
	{
		final List< Path > readable = new ArrayList<>( files );
		readable.removeAll( unreadable.keySet() );
		return readable;
	}

	/** The unreadable files and why, in name order. */
	public Map< Path, String > unreadable()
	{
		return unreadable;
	}
}
