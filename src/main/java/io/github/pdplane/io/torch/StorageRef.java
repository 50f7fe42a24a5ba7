package io.github.pdplane.io.torch;

import java.util.List;

import io.github.pdplane.PdPlaneException;

/**
 * A storage a tensor lives in, as a checkpoint's persistent id names it:
 * {@code ('storage', <torch.FloatStorage>, key, location, numel[, view_metadata])}. The elements themselves
 * stay in the file (the zip entry {@code data/<key>}, or the legacy file's storage of that key) until a
 * wanted tensor reads them. Old legacy files may name a view of a storage: {@code view_metadata} is
 * {@code (view_key, offset, size)}, the view's elements {@code offset .. offset + size} of the stored one.
 */
final class StorageRef
{
	private final String key;

	private final StorageType type;

	private final long storedElements;

	private final long viewOffset;

	private final long length;

	private StorageRef( final String key, final StorageType type, final long storedElements, final long viewOffset, final long length )
	{
		this.key = key;
		this.type = type;
		this.storedElements = storedElements;
		this.viewOffset = viewOffset;
		this.length = length;
	}

	/**
	 * The storage a persistent id names.
	 *
	 * @param file
	 *            the quoted file name for messages
	 * @throws PdPlaneException
	 *             for anything else: a state dict's pickle refers to nothing but storages
	 */
	static StorageRef fromPersistentId( final Object id, final String file )
	{
		if ( !Unpickler.isTuple( id ) || ( ( List< ? > ) id ).isEmpty() || !"storage".equals( ( ( List< ? > ) id ).get( 0 ) ) )
			throw Unpickler.malformed( file, "it refers to an object stored outside its pickle that is not a torch storage ("
					+ Unpickler.describe( id ) + ")" );
		final List< ? > fields = ( List< ? > ) id;
		if ( fields.size() != 5 && fields.size() != 6 )
			throw Unpickler.malformed( file, "a storage reference has " + fields.size() + " fields instead of 5 or 6" );
		if ( !( fields.get( 1 ) instanceof StorageType ) || !( fields.get( 2 ) instanceof String ) )
			throw Unpickler.malformed( file, "a storage reference does not name a storage type and a key" );
		final StorageType type = ( StorageType ) fields.get( 1 );
		final String key = ( String ) fields.get( 2 );
		final long stored = count( fields.get( 4 ), "its element count", key, file );
		final Object view = fields.size() == 6 ? fields.get( 5 ) : null;
		if ( view == null )
			return new StorageRef( key, type, stored, 0, stored );
		if ( !Unpickler.isTuple( view ) || ( ( List< ? > ) view ).size() != 3 )
			throw Unpickler.malformed( file, "storage '" + key + "' has view metadata " + Unpickler.describe( view )
					+ " instead of (key, offset, size)" );
		final long offset = count( ( ( List< ? > ) view ).get( 1 ), "its view offset", key, file );
		final long length = count( ( ( List< ? > ) view ).get( 2 ), "its view size", key, file );
		if ( offset > stored || length > stored - offset )
			throw Unpickler.malformed( file, "storage '" + key + "' has a view of elements " + offset + " .. " + ( offset + length )
					+ " but holds " + stored );
		return new StorageRef( key, type, stored, offset, length );
	}

	private static long count( final Object value, final String what, final String key, final String file )
	{
		final Long n = Unpickler.asLong( value );
		if ( n == null || n < 0 )
			throw Unpickler.malformed( file, "storage '" + key + "' has " + what + " " + Unpickler.describe( value ) );
		return n;
	}

	/** The key of the stored storage (a zip entry's name, a legacy file's storage key). */
	String key()
	{
		return key;
	}

	StorageType type()
	{
		return type;
	}

	/** Elements of the stored storage (of which a view is a part). */
	long storedElements()
	{
		return storedElements;
	}

	/** Where this storage's element 0 is in the stored one: 0 unless a view. */
	long viewOffset()
	{
		return viewOffset;
	}

	/** Elements a tensor may use. */
	long length()
	{
		return length;
	}
}
