package io.github.pdplane.commands;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import ij.ImagePlus;
import ij.WindowManager;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.batch.ImageSet;
import io.github.pdplane.io.imagej.ImagePlusSource;

/**
 * The algorithms of Evaluate Algorithms..., any number of them, from the one of its three keys that is
 * given:
 * <ul>
 * <li>{@code algorithms_folder}: a folder whose sub-folders are the algorithms, each named after its
 * sub-folder, in name order (as the command line's {@code demo} reads {@code test-images/}); the reference
 * folder is skipped where it lies inside;</li>
 * <li>{@code algorithms}: a list of folders, entries {@code [NAME=]FOLDER};</li>
 * <li>{@code stacks}: a list of open stacks, entries {@code [NAME=]TITLE}.</li>
 * </ul>
 * A list's entries are separated by ';' (the dialog's field is one line) or new lines (a macro's text),
 * with the syntax of the command line's {@code --restored [NAME=]DIR}: the name defaults to the folder's
 * name or the stack's title, and a value with '=' in it needs a NAME in front. Whether the sets are of
 * the references' kind (folders pair by file name, stacks by slice index) and whether two share a name
 * is the job's check, the same for every front end. Every other mistake is a message naming the key and
 * the value.
 */
final class AlgorithmSets
{
	private static final String FOLDER_KEY = "algorithms_folder";

	/** A list's entry separators: ';' for the dialog's one-line field, line ends for a macro's text. */
	private static final String SEPARATORS = "[;\r\n]";

	/** The two lists: the key, what an entry's value names, and how it becomes a set. */
	private enum ListKey
	{
		FOLDERS( "algorithms", "folder", "FOLDER" )
		{
			@Override
			ImageSet set( final String value )
			{
				final Path path = Paths.get( value );
				if ( !Files.isDirectory( path ) )
					throw new PdPlaneException( key + ": " + ( Files.exists( path ) ? "'" + value + "' is not a folder; give the folder of "
							+ "the algorithm's image files (open stacks go into " + STACKS.key + ")." : "the folder '" + value + "' does not exist." ) );
				return ImageSet.folder( path );
			}
		},
		STACKS( "stacks", "open image", "TITLE" )
		{
			@Override
			ImageSet set( final String title )
			{
				final ImagePlus image = WindowManager.getImage( title );
				if ( image == null )
				{
					final String[] open = WindowManager.getImageTitles();
					throw new PdPlaneException( key + ": no open image is titled '" + title + "'" + ( open.length == 0
							? " (no image is open; open the stacks first)." : "; the open images are " + String.join( ", ", open ) + "." ) );
				}
				return ImageSet.stack( new ImagePlusSource( image ) );
			}
		};

		final String key;

		private final String what;

		private final String placeholder;

		ListKey( final String key, final String what, final String placeholder )
		{
			this.key = key;
			this.what = what;
			this.placeholder = placeholder;
		}

		/** The set an entry's value names, under the default name. */
		abstract ImageSet set( String value );

		/** Every entry's set, in order, named NAME where one is given. */
		List< ImageSet > sets( final String list )
		{
			final List< ImageSet > sets = new ArrayList<>();
			for ( final String part : list.split( SEPARATORS ) )
			{
				final String entry = part.trim();
				if ( entry.isEmpty() )
					continue; // a trailing ';', a blank line
				final int equals = entry.indexOf( '=' );
				final String name = equals < 0 ? null : entry.substring( 0, equals ).trim();
				final String value = equals < 0 ? entry : entry.substring( equals + 1 ).trim();
				if ( name != null && name.isEmpty() )
					throw new PdPlaneException( key + ": the entry '" + entry + "' has an empty name before '='; write NAME=" + value + ", or the "
							+ what + " alone." );
				if ( value.isEmpty() )
					throw new PdPlaneException( key + ": the entry '" + entry + "' names no " + what + " after '='; write " + name + "="
							+ placeholder + "." );
				sets.add( name == null ? set( value ) : set( value ).named( name ) );
			}
			if ( sets.isEmpty() )
				throw new PdPlaneException( key + "=[" + list + "] names no " + what + ": give entries [NAME=]" + placeholder
						+ " separated by ';' or new lines." );
			return sets;
		}
	}

	private AlgorithmSets()
	{}

	/**
	 * The algorithms given by exactly one of {@code folder}, {@code folders} and {@code stacks}.
	 *
	 * @param folder
	 *            the folder of algorithm folders, or null
	 * @param folders
	 *            the list of algorithm folders; blank for none
	 * @param stacks
	 *            the list of open stacks' titles; blank for none
	 * @param referenceFolder
	 *            the reference folder, skipped where it lies inside {@code folder}; null for none
	 * @throws PdPlaneException
	 *             where none or more than one is given, or a value is wrong
	 */
	static List< ImageSet > of( final File folder, final String folders, final String stacks, final Path referenceFolder )
	{
		final boolean hasFolder = folder != null && !folder.getPath().trim().isEmpty();
		final List< String > given = new ArrayList<>();
		if ( hasFolder )
			given.add( FOLDER_KEY );
		if ( isGiven( folders ) )
			given.add( ListKey.FOLDERS.key );
		if ( isGiven( stacks ) )
			given.add( ListKey.STACKS.key );
		if ( given.isEmpty() )
			throw new PdPlaneException( "Give the outputs of at least one algorithm: a folder whose sub-folders are the algorithms ("
					+ FOLDER_KEY + "), a list of folders (" + ListKey.FOLDERS.key + ") or a list of open stacks (" + ListKey.STACKS.key + ")." );
		if ( given.size() > 1 )
			throw new PdPlaneException( "Give the algorithms one way: " + FOLDER_KEY + ", " + ListKey.FOLDERS.key + " or " + ListKey.STACKS.key
					+ ", not " + String.join( " and ", given ) + " together." );
		if ( hasFolder )
			return subFolders( folder.toPath(), referenceFolder );
		return isGiven( folders ) ? ListKey.FOLDERS.sets( folders ) : ListKey.STACKS.sets( stacks );
	}

	private static boolean isGiven( final String list )
	{
		return list != null && !list.trim().isEmpty();
	}

	private static List< ImageSet > subFolders( final Path root, final Path referenceFolder )
	{
		try
		{
			return ImageSet.algorithmFolders( root, referenceFolder );
		}
		catch ( final PdPlaneException e )
		{
			// the listing names the folder; the key says which field of the dialog to change
			throw new PdPlaneException( FOLDER_KEY + ": " + e.getMessage(), e );
		}
	}
}
