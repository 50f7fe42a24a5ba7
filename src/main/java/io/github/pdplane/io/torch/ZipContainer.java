package io.github.pdplane.io.torch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.io.InputStreams;

/**
 * The container of {@code torch.save} since PyTorch 1.6: a zip archive (entries stored, not compressed) with
 * {@code <stem>/data.pkl}, the state dict's pickle, and {@code <stem>/data/<key>}, the raw elements of each
 * storage; {@code <stem>/byteorder} when present says their byte order. The stem is the file name the
 * archive was first saved under, so {@code data.pkl} is found by its suffix.
 */
final class ZipContainer implements CheckpointContainer
{
	/** A state dict's pickle is kilobytes; a larger one is not read into memory. */
	private static final long MAX_PICKLE = 1L << 28;

	private final ZipFile zip;

	private final String file;

	private final String stem;

	private final ByteOrder order;

	private final Object stateDict;

	private ZipContainer( final ZipFile zip, final String file, final String stem ) throws IOException
	{
		this.zip = zip;
		this.file = file;
		this.stem = stem;
		order = byteOrder();
		final ZipEntry pickle = zip.getEntry( stem + "data.pkl" );
		if ( pickle.getSize() > MAX_PICKLE )
			throw Unpickler.malformed( file, "its data.pkl has " + pickle.getSize() + " bytes, far more than a state dict's" );
		final byte[] bytes;
		try (InputStream in = zip.getInputStream( pickle ))
		{
			bytes = InputStreams.readUpTo( in, ( int ) MAX_PICKLE + 1 );
		}
		if ( bytes.length > MAX_PICKLE )
			throw Unpickler.malformed( file, "its data.pkl has more than " + MAX_PICKLE + " bytes, far more than a state dict's" );
		stateDict = new Unpickler( ByteReader.of( bytes, file ), file ).load();
	}

	/**
	 * Finds the archive's {@code data.pkl} and reads it.
	 *
	 * @param file
	 *            the quoted file name for messages
	 * @throws PdPlaneException
	 *             for an archive without {@code <stem>/data.pkl}
	 */
	static ZipContainer open( final ZipFile zip, final String file ) throws IOException
	{
		final Enumeration< ? extends ZipEntry > entries = zip.entries();
		while ( entries.hasMoreElements() )
		{
			final String name = entries.nextElement().getName();
			final int slash = name.indexOf( '/' );
			if ( slash > 0 && name.substring( slash + 1 ).equals( "data.pkl" ) )
				return new ZipContainer( zip, file, name.substring( 0, slash + 1 ) );
		}
		throw new PdPlaneException( file + " is a zip archive but not a PyTorch file: it holds no data.pkl (torch.save writes"
				+ " <name>/data.pkl)." );
	}

	private ByteOrder byteOrder() throws IOException
	{
		final ZipEntry entry = zip.getEntry( stem + "byteorder" );
		if ( entry == null )
			return ByteOrder.LITTLE_ENDIAN;
		final String text;
		try (InputStream in = zip.getInputStream( entry ))
		{
			text = new String( InputStreams.readUpTo( in, 16 ), StandardCharsets.US_ASCII ).trim();
		}
		if ( text.equals( "little" ) )
			return ByteOrder.LITTLE_ENDIAN;
		if ( text.equals( "big" ) )
			return ByteOrder.BIG_ENDIAN;
		throw Unpickler.malformed( file, "its byteorder entry says " + Unpickler.describe( text ) + " instead of little or big" );
	}

	@Override
	public String name()
	{
		return "zip";
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
		final String name = stem + "data/" + storage.key();
		final ZipEntry entry = zip.getEntry( name );
		if ( entry == null )
			throw Unpickler.malformed( file, "it has no " + name + " for the elements of storage '" + storage.key() + "'" );
		final long size = storage.type().elementSize();
		if ( entry.getSize() >= 0 && entry.getSize() < storage.storedElements() * size )
			throw Unpickler.malformed( file, "its " + name + " has " + entry.getSize() + " bytes; its tensors need " + storage.storedElements()
					+ " elements of " + size + " bytes" );
		final long skip = ( storage.viewOffset() + first ) * size;
		final int length = ( int ) ( count * size );
		try (InputStream in = zip.getInputStream( entry ))
		{
			long skipped = 0;
			while ( skipped < skip )
			{
				final long n = in.skip( skip - skipped );
				if ( n <= 0 )
				{
					if ( in.read() < 0 )
						break;
					skipped++;
				}
				else
					skipped += n;
			}
			final byte[] bytes = InputStreams.readUpTo( in, length );
			if ( skipped < skip || bytes.length < length )
				throw new PdPlaneException( file + " is truncated: its " + name + " ends before the elements its tensors need. Download or"
						+ " save it again." );
			return bytes;
		}
	}
}
