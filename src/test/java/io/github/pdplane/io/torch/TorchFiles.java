package io.github.pdplane.io.torch;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.github.pdplane.vgg.VggLayer;
import io.github.pdplane.vgg.VggWeights;

/**
 * Writes state dicts the way {@code torch.save} does (protocol 2 pickles; PyTorch 1.13's layout, checked
 * against files it wrote), in both containers: the zip archive with stored entries, and the legacy sequence
 * of pickles followed by the storages. Independent of the reader: it shares none of its code.
 */
public final class TorchFiles
{
	/** How the state dict's pickle rebuilds its tensors. */
	public enum Rebuild
	{
		/** {@code _rebuild_tensor_v2(storage, offset, size, stride, False, OrderedDict())}: torch since 0.4. */
		V2,
		/** {@code _rebuild_tensor(storage, offset, size, stride)}: torchvision's 2017 downloads. */
		V1,
		/** {@code _rebuild_parameter(_rebuild_tensor_v2(...), True, OrderedDict())}: a dict of Parameters. */
		PARAMETER
	}

	/** The stored elements of a storage, or a view of part of one (legacy files of old torch). */
	public static final class Storage
	{
		final String key;

		final String type;

		final byte[] bytes;

		final long elements;

		final Storage root;

		final long viewOffset;

		Storage( final String key, final String type, final byte[] bytes, final long elements, final Storage root, final long viewOffset )
		{
			this.key = key;
			this.type = type;
			this.bytes = bytes;
			this.elements = elements;
			this.root = root;
			this.viewOffset = viewOffset;
		}

		/** A view of elements {@code offset .. offset + size} of this storage, under its own key. */
		public Storage view( final String viewKey, final long offset, final long size )
		{
			return new Storage( viewKey, type, null, size, this, offset );
		}
	}

	/** One entry of a state dict: a key and a tensor's layout in a storage. */
	public static final class Tensor
	{
		final String key;

		final Storage storage;

		final long offset;

		final long[] size;

		final long[] stride;

		public Tensor( final String key, final Storage storage, final long offset, final long[] size, final long[] stride )
		{
			this.key = key;
			this.storage = storage;
			this.offset = offset;
			this.size = size;
			this.stride = stride;
		}

		/** The state dict's key ({@code features.7.weight}). */
		public String key()
		{
			return key;
		}
	}

	private TorchFiles()
	{
	}

	public static Storage floats( final String key, final float... values )
	{
		final ByteBuffer b = ByteBuffer.allocate( 4 * values.length ).order( ByteOrder.LITTLE_ENDIAN );
		for ( final float v : values )
			b.putFloat( v );
		return new Storage( key, "FloatStorage", b.array(), values.length, null, 0 );
	}

	public static Storage doubles( final String key, final double... values )
	{
		final ByteBuffer b = ByteBuffer.allocate( 8 * values.length ).order( ByteOrder.LITTLE_ENDIAN );
		for ( final double v : values )
			b.putDouble( v );
		return new Storage( key, "DoubleStorage", b.array(), values.length, null, 0 );
	}

	/** A storage of 16-bit elements given by their bits ({@code HalfStorage}, {@code BFloat16Storage}). */
	public static Storage shorts( final String key, final String type, final int... bits )
	{
		final ByteBuffer b = ByteBuffer.allocate( 2 * bits.length ).order( ByteOrder.LITTLE_ENDIAN );
		for ( final int v : bits )
			b.putShort( ( short ) v );
		return new Storage( key, type, b.array(), bits.length, null, 0 );
	}

	public static Storage longs( final String key, final long... values )
	{
		final ByteBuffer b = ByteBuffer.allocate( 8 * values.length ).order( ByteOrder.LITTLE_ENDIAN );
		for ( final long v : values )
			b.putLong( v );
		return new Storage( key, "LongStorage", b.array(), values.length, null, 0 );
	}

	/** A contiguous tensor over a whole storage (row-major strides). */
	public static Tensor contiguous( final String key, final Storage storage, final long... shape )
	{
		final long[] stride = new long[ shape.length ];
		long step = 1;
		for ( int d = shape.length - 1; d >= 0; d-- )
		{
			stride[ d ] = step;
			step *= shape[ d ];
		}
		return new Tensor( key, storage, 0, shape, stride );
	}

	/** The state dict's pickle, as torch writes it; legacy files give each storage a view metadata of None. */
	public static byte[] stateDictPickle( final List< Tensor > tensors, final boolean legacy, final Rebuild rebuild )
	{
		final PickleBytes p = new PickleBytes().proto( 2 );
		final Map< String, Integer > memo = new HashMap<>();
		global( p, memo, "collections", "OrderedDict" ).raw( PickleBytes.EMPTY_TUPLE, PickleBytes.REDUCE ).raw( PickleBytes.MARK );
		for ( final Tensor t : tensors )
		{
			p.text( t.key );
			if ( rebuild == Rebuild.PARAMETER )
				global( p, memo, "torch._utils", "_rebuild_parameter" ).raw( PickleBytes.MARK );
			global( p, memo, "torch._utils", rebuild == Rebuild.V1 ? "_rebuild_tensor" : "_rebuild_tensor_v2" ).raw( PickleBytes.MARK );
			persistentId( p, memo, t.storage, legacy );
			p.integer( t.offset ).integers( t.size ).integers( t.stride );
			if ( rebuild != Rebuild.V1 )
				emptyOrderedDict( p.raw( PickleBytes.NEWFALSE ), memo );
			p.raw( PickleBytes.TUPLE, PickleBytes.REDUCE );
			if ( rebuild == Rebuild.PARAMETER )
				emptyOrderedDict( p.raw( PickleBytes.NEWTRUE ), memo ).raw( PickleBytes.TUPLE, PickleBytes.REDUCE );
		}
		p.raw( PickleBytes.SETITEMS );
		p.raw( PickleBytes.EMPTY_DICT ).text( "_metadata" );
		emptyOrderedDict( p, memo ).raw( PickleBytes.MARK ).text( "" ).raw( PickleBytes.EMPTY_DICT ).text( "version" ).integer( 1 )
				.raw( PickleBytes.SETITEM, PickleBytes.SETITEMS, PickleBytes.SETITEM, PickleBytes.BUILD, PickleBytes.STOP );
		return p.toByteArray();
	}

	private static PickleBytes persistentId( final PickleBytes p, final Map< String, Integer > memo, final Storage storage,
			final boolean legacy )
	{
		final Storage root = storage.root == null ? storage : storage.root;
		p.raw( PickleBytes.MARK ).text( "storage" );
		global( p, memo, "torch", storage.type ).text( root.key ).text( "cpu" ).integer( root.elements );
		if ( storage.root != null )
			p.text( storage.key ).integer( storage.viewOffset ).integer( storage.elements ).raw( PickleBytes.TUPLE3 );
		else if ( legacy )
			p.raw( PickleBytes.NONE );
		return p.raw( PickleBytes.TUPLE, PickleBytes.BINPERSID );
	}

	/** A global, memoized on first use and recalled after, as Python's pickler does. */
	private static PickleBytes global( final PickleBytes p, final Map< String, Integer > memo, final String module, final String name )
	{
		final Integer index = memo.get( module + " " + name );
		if ( index != null )
			return p.get( index );
		memo.put( module + " " + name, memo.size() );
		return p.global( module, name ).put( memo.size() - 1 );
	}

	private static PickleBytes emptyOrderedDict( final PickleBytes p, final Map< String, Integer > memo )
	{
		return global( p, memo, "collections", "OrderedDict" ).raw( PickleBytes.EMPTY_TUPLE, PickleBytes.REDUCE );
	}

	/** The stored storages of some tensors, each once, by key in string order (the legacy file's order). */
	static Map< String, Storage > roots( final List< Tensor > tensors )
	{
		final Map< String, Storage > roots = new TreeMap<>();
		for ( final Tensor t : tensors )
		{
			final Storage root = t.storage.root == null ? t.storage : t.storage.root;
			roots.put( root.key, root );
		}
		return roots;
	}

	public static void writeZip( final Path file, final List< Tensor > tensors, final Rebuild rebuild ) throws IOException
	{
		final Map< String, byte[] > storages = new TreeMap<>();
		roots( tensors ).forEach( ( key, storage ) -> storages.put( key, storage.bytes ) );
		writeZip( file, "archive", stateDictPickle( tensors, false, rebuild ), storages );
	}

	public static void writeZip( final Path file, final List< Tensor > tensors ) throws IOException
	{
		writeZip( file, tensors, Rebuild.V2 );
	}

	/** A zip container of any pickle and storages: {@code <stem>/data.pkl}, {@code <stem>/data/<key>}, {@code <stem>/version}. */
	public static void writeZip( final Path file, final String stem, final byte[] pickle, final Map< String, byte[] > storages )
			throws IOException
	{
		try (ZipOutputStream zip = new ZipOutputStream( Files.newOutputStream( file ) ))
		{
			stored( zip, stem + "/data.pkl", pickle );
			for ( final Map.Entry< String, byte[] > storage : storages.entrySet() )
				stored( zip, stem + "/data/" + storage.getKey(), storage.getValue() );
			stored( zip, stem + "/version", "3\n".getBytes( StandardCharsets.US_ASCII ) );
		}
	}

	private static void stored( final ZipOutputStream zip, final String name, final byte[] bytes ) throws IOException
	{
		final ZipEntry entry = new ZipEntry( name );
		entry.setMethod( ZipEntry.STORED );
		entry.setSize( bytes.length );
		final CRC32 crc = new CRC32();
		crc.update( bytes );
		entry.setCrc( crc.getValue() );
		zip.putNextEntry( entry );
		zip.write( bytes );
		zip.closeEntry();
	}

	public static void writeLegacy( final Path file, final List< Tensor > tensors, final Rebuild rebuild ) throws IOException
	{
		writeLegacy( file, stateDictPickle( tensors, true, rebuild ), new ArrayList<>( roots( tensors ).values() ) );
	}

	public static void writeLegacy( final Path file, final List< Tensor > tensors ) throws IOException
	{
		writeLegacy( file, tensors, Rebuild.V2 );
	}

	/** A legacy container of any state dict pickle and storages, in the order given. */
	public static void writeLegacy( final Path file, final byte[] stateDict, final List< Storage > storages ) throws IOException
	{
		try (OutputStream out = Files.newOutputStream( file ))
		{
			out.write( legacyHeader() );
			out.write( stateDict );
			final PickleBytes keys = new PickleBytes().proto( 2 ).raw( PickleBytes.EMPTY_LIST, PickleBytes.MARK );
			for ( final Storage storage : storages )
				keys.text( storage.key );
			out.write( keys.raw( PickleBytes.APPENDS, PickleBytes.STOP ).toByteArray() );
			for ( final Storage storage : storages )
			{
				out.write( new PickleBytes().littleEndian( storage.elements, 8 ).toByteArray() );
				out.write( storage.bytes );
			}
		}
	}

	/** The magic number, the protocol version and the system information: the first three pickles of a legacy file. */
	public static byte[] legacyHeader()
	{
		return new PickleBytes().proto( 2 ).longInteger( new BigInteger( "1950a86a20f9469cfc6c", 16 ) ).raw( PickleBytes.STOP ).proto( 2 )
				.integer( 1001 ).raw( PickleBytes.STOP ).proto( 2 ).raw( PickleBytes.EMPTY_DICT, PickleBytes.MARK ).text( "protocol_version" )
				.integer( 1001 ).text( "little_endian" ).raw( PickleBytes.NEWTRUE ).text( "type_sizes" ).raw( PickleBytes.EMPTY_DICT,
						PickleBytes.MARK )
				.text( "short" ).integer( 2 ).text( "int" ).integer( 4 ).text( "long" ).integer( 4 )
				.raw( PickleBytes.SETITEMS, PickleBytes.SETITEMS, PickleBytes.STOP ).toByteArray();
	}

	/** {@code weights} as torchvision's VGG19 state dict holds them ({@code features.0, 2, 5, 7}): weight and bias, layer by layer. */
	public static List< Tensor > vggTensors( final VggWeights weights )
	{
		final List< Tensor > tensors = new ArrayList<>();
		for ( final VggLayer layer : VggLayer.values() )
		{
			final int[] shape = layer.torchWeightShape();
			final String key = layer.torchvisionKey();
			tensors.add( contiguous( key + ".weight", floats( key + "w", weights.layer( layer ).weights() ), shape[ 0 ], shape[ 1 ], shape[ 2 ],
					shape[ 3 ] ) );
			tensors.add( contiguous( key + ".bias", floats( key + "b", weights.layer( layer ).biases() ), layer.outputs() ) );
		}
		return tensors;
	}

	/** {@link #vggTensors} in the zip container. */
	public static void writeVgg( final VggWeights weights, final Path file ) throws IOException
	{
		writeZip( file, vggTensors( weights ) );
	}
}
