package io.github.pdplane.batch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.io.ImageFileReader;

/**
 * Which image of each set goes with which reference image: folders pair by file name, stacks by slice
 * index (both by {@link Item#key()}), and nothing is guessed. A reference image without an output, and
 * an output without a reference image, become {@link Failure}s; an output without a reference is not
 * scored.
 */
final class Pairing
{
	private final List< Item > references;

	private final List< List< Item > > items;

	/** [set][reference] -> index into the set's items, or -1 */
	private final int[][] match;

	/** [set][reference] -> the missing output's failure, or null */
	private final Failure[][] missing;

	private final List< List< Failure > > extra;

	private Pairing( final List< Item > references, final List< List< Item > > items, final int[][] match, final Failure[][] missing,
			final List< List< Failure > > extra )
	{
		this.references = references;
		this.items = items;
		this.match = match;
		this.missing = missing;
		this.extra = extra;
	}

	/**
	 * Lists every set and pairs it with the references.
	 *
	 * @throws PdPlaneException
	 *             where a set is not of the references' kind (folder or stack), where a folder is missing,
	 *             holds no image or (without {@code skipUnreadable}) unreadable image files, or where no
	 *             output pairs with any reference
	 */
	static Pairing of( final ImageSet reference, final List< ImageSet > sets, final ImageFileReader reader, final boolean skipUnreadable,
			final BatchJob notes )
	{
		for ( final ImageSet s : sets )
			if ( s.isStack() != reference.isStack() )
				throw new PdPlaneException( "The references are a " + ( reference.isStack() ? "stack" : "folder" ) + ", so '" + s.name()
						+ "' must be one too (folders pair by file name, stacks by slice index), but it is a " + s.describe()
						+ ". Give all sets as folders, or all as stacks." );
		final List< Item > references = reference.items( reader, skipUnreadable, notes::note );
		final Map< String, Integer > byKey = new HashMap<>();
		for ( int i = 0; i < references.size(); i++ )
			byKey.put( references.get( i ).key(), i );
		final List< List< Item > > items = new ArrayList<>();
		final int[][] match = new int[ sets.size() ][ references.size() ];
		final Failure[][] missing = new Failure[ sets.size() ][ references.size() ];
		final List< List< Failure > > extra = new ArrayList<>();
		boolean anyPair = false;
		for ( int s = 0; s < sets.size(); s++ )
		{
			final ImageSet set = sets.get( s );
			final List< Item > own = set.items( reader, skipUnreadable, notes::note );
			items.add( own );
			final Map< String, Integer > ownByKey = new LinkedHashMap<>();
			for ( int j = 0; j < own.size(); j++ )
				ownByKey.put( own.get( j ).key(), j );
			for ( int i = 0; i < references.size(); i++ )
			{
				final Integer j = ownByKey.remove( references.get( i ).key() );
				match[ s ][ i ] = j == null ? -1 : j;
				if ( j == null )
					missing[ s ][ i ] = new Failure( Failure.Kind.MISSING, set.name(), references.get( i ).key(),
							missingMessage( reference, set, references.get( i ) ) );
				else
					anyPair = true;
			}
			final List< Failure > unpaired = new ArrayList<>();
			for ( final int j : ownByKey.values() )
				unpaired.add( new Failure( Failure.Kind.NO_REFERENCE, set.name(), own.get( j ).key(), extraMessage( reference, set, own.get( j ),
						references.size() ) ) );
			extra.add( Collections.unmodifiableList( unpaired ) );
		}
		if ( !anyPair )
			throw new PdPlaneException( "No output pairs with a reference image: " + ( reference.isStack()
					? "stacks pair by slice index"
					: "folders pair by file name, and no file of " + names( sets ) + " has the name of a file of " + reference.describe() )
					+ ". Check the folders." );
		return new Pairing( references, items, match, missing, extra );
	}

	private static String names( final List< ImageSet > sets )
	{
		final List< String > names = new ArrayList<>();
		for ( final ImageSet s : sets )
			names.add( s.describe() );
		return String.join( ", ", names );
	}

	private static String missingMessage( final ImageSet reference, final ImageSet set, final Item item )
	{
		if ( set.isStack() )
			return "'" + set.stack().name() + "' has no " + item.key() + ": the reference stack '" + reference.stack().name() + "' has "
					+ reference.stack().slices() + " slices and stacks pair by slice index.";
		return "'" + set.locate( item.key() ) + "' is missing: every algorithm folder needs one output per image of '" + reference.folder()
				+ "', with the same file name.";
	}

	private static String extraMessage( final ImageSet reference, final ImageSet set, final Item item, final int references )
	{
		if ( set.isStack() )
			return "'" + set.locate( item ) + "' has no reference: the reference stack '" + reference.stack().name() + "' has only "
					+ references + " slices (stacks pair by slice index), so it is not scored.";
		return "'" + set.locate( item ) + "' has no reference: '" + reference.locate( item.key() ) + "' does not exist, so it is not scored.";
	}

	List< Item > references()
	{
		return references;
	}

	/** The item of set {@code set} paired with reference {@code reference}, or null. */
	Item item( final int set, final int reference )
	{
		final int j = match[ set ][ reference ];
		return j < 0 ? null : items.get( set ).get( j );
	}

	/** Whether some set has an output for reference {@code reference}. */
	boolean anyOutput( final int reference )
	{
		for ( int s = 0; s < match.length; s++ )
			if ( match[ s ][ reference ] >= 0 )
				return true;
		return false;
	}

	/** The failure of a missing output, or null where the set has one. */
	Failure missing( final int set, final int reference )
	{
		return missing[ set ][ reference ];
	}

	/** The set's outputs without a reference, in the set's order. */
	List< Failure > extra( final int set )
	{
		return extra.get( set );
	}

	/** The number of pairs to score. */
	int pairCount()
	{
		int n = 0;
		for ( final int[] row : match )
			for ( final int j : row )
				if ( j >= 0 )
					n++;
		return n;
	}

	/** Every problem found, set by set: missing outputs in reference order, then outputs without reference. */
	List< Failure > failures()
	{
		final List< Failure > all = new ArrayList<>();
		for ( int s = 0; s < missing.length; s++ )
		{
			for ( final Failure f : missing[ s ] )
				if ( f != null )
					all.add( f );
			all.addAll( extra.get( s ) );
		}
		return all;
	}
}
