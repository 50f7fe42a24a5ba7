package io.github.pdplane.io.torch;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.pdplane.PdPlaneException;

/**
 * The container of {@code torch.save} before PyTorch 1.6, still the one of torchvision's VGG19 download: a
 * sequence of pickles (the magic number, the protocol version 1001, a dict of system information, the state
 * dict, the list of storage keys), then for each key in that order an int64 element count and the raw
 * elements. The pickles are a few kilobytes at the start; the storages are located by their counts, seeking
 * past each, so an unwanted storage (VGG19's 400 MB classifier) is never read.
 */
final class LegacyContainer implements CheckpointContainer
{
	/** The first pickle of every legacy file: 0x1950a86a20f9469cfc6c. */
	static final BigInteger MAGIC = new BigInteger( "1950a86a20f9469cfc6c", 16 );

	static final long PROTOCOL_VERSION = 1001;

	private final ByteReader in;

	private final String file;

	private final Object stateDict;

	private final ByteOrder order;

	/** Storage key to the file position of its first element. */
	private final Map< String, Long > starts = new HashMap<>();

	private LegacyContainer( final ByteReader in, final String file ) throws IOException
	{
		this.in = in;
		this.file = file;
		if ( !MAGIC.equals( new Unpickler( in, file ).load() ) )
			throw new PdPlaneException( file + " is a Python pickle but not a file torch.save wrote: it does not start with PyTorch's magic"
					+ " number. Save the state dict with torch.save(model.state_dict(), file)." );
		final Object version = new Unpickler( in, file ).load();
		if ( !Long.valueOf( PROTOCOL_VERSION ).equals( Unpickler.asLong( version ) ) )
			throw new PdPlaneException( file + " is a PyTorch file of protocol version " + Unpickler.describe( version ) + "; PD Plane reads"
					+ " version " + PROTOCOL_VERSION + ", the one of every torch.save before the zip container." );
		order = byteOrder( new Unpickler( in, file ).load() );
		final Unpickler dictReader = new Unpickler( in, file );
		stateDict = dictReader.load();
		locateStorages( new Unpickler( in, file ).load(), dictReader.storages() );
	}

	/**
	 * Reads the pickles and locates the storages.
	 *
	 * @param file
	 *            the quoted file name for messages
	 */
	static LegacyContainer open( final SeekableByteChannel channel, final String file ) throws IOException
	{
		return new LegacyContainer( ByteReader.of( channel, file ), file );
	}

	private ByteOrder byteOrder( final Object systemInformation )
	{
		if ( !( systemInformation instanceof Map ) )
			throw Unpickler.malformed( file, "its system information is " + Unpickler.describe( systemInformation ) + " instead of a dict" );
		final Object littleEndian = ( ( Map< ?, ? > ) systemInformation ).get( "little_endian" );
		return Boolean.FALSE.equals( littleEndian ) ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
	}

	/** Walks the storages in the order of the key list, recording where each one's elements start. */
	private void locateStorages( final Object keys, final List< StorageRef > used ) throws IOException
	{
		final Map< String, StorageRef > byKey = new HashMap<>();
		for ( final StorageRef storage : used )
		{
			final StorageRef same = byKey.putIfAbsent( storage.key(), storage );
			if ( same != null && ( same.type() != storage.type() || same.storedElements() != storage.storedElements() ) )
				throw Unpickler.malformed( file, "storage '" + storage.key() + "' is named with two types or sizes" );
		}
		if ( !( keys instanceof List ) )
			throw Unpickler.malformed( file, "its storage list is " + Unpickler.describe( keys ) );
		for ( final Object key : ( List< ? > ) keys )
		{
			final StorageRef storage = byKey.get( key );
			if ( storage == null )
				throw Unpickler.malformed( file, "its storage list names " + Unpickler.describe( key ) + ", which no tensor uses" );
			starts.put( storage.key(), skipStorage( storage ) );
		}
		for ( final String key : byKey.keySet() )
			if ( !starts.containsKey( key ) )
				throw Unpickler.malformed( file, "storage '" + key + "' of its tensors is missing from its storage list" );
	}

	/** Checks a storage's element count, moves past its elements and returns where they start. */
	private long skipStorage( final StorageRef storage ) throws IOException
	{
		final long count = in.s64( "the element count of storage '" + storage.key() + "'" );
		if ( count != storage.storedElements() )
			throw Unpickler.malformed( file, "storage '" + storage.key() + "' holds " + count + " elements where its tensors say "
					+ storage.storedElements() );
		final long start = in.position();
		final long size = storage.type().elementSize();
		if ( count > in.remaining() / size )
			throw new PdPlaneException( file + " is truncated: its storage '" + storage.key() + "' needs " + count * size + " bytes from byte "
					+ start + " but the file ends " + in.remaining() + " bytes later. Download or save it again." );
		in.seek( start + count * size );
		return start;
	}

	@Override
	public String name()
	{
		return "legacy";
	}

	@Override
	public Object stateDict()
	{
		return stateDict;
	}

	@Override
	public ByteOrder order()
	{
		return order;
	}

	@Override
	public byte[] read( final StorageRef storage, final long first, final int count ) throws IOException
	{
		final long size = storage.type().elementSize();
		in.seek( starts.get( storage.key() ) + ( storage.viewOffset() + first ) * size );
		return in.bytes( count * size, "the elements of storage '" + storage.key() + "'" );
	}
}
