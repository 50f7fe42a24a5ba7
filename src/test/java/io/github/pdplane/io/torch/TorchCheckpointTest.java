package io.github.pdplane.io.torch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.io.torch.TorchFiles.Rebuild;
import io.github.pdplane.io.torch.TorchFiles.Storage;
import io.github.pdplane.io.torch.TorchFiles.Tensor;

/**
 * Round trips through both containers as {@link TorchFiles} writes them (any layout a tensor can have in its
 * storage, every floating-point type), and every way a file can be wrong: each must end in a
 * {@link PdPlaneException} naming the file, never in another exception.
 */
class TorchCheckpointTest
{
	@TempDir
	Path folder;

	private final Random random = new Random( 19 );

	/** Storage "1" holds a 4x6 matrix; three tensors are views of it. */
	private final float[] matrix = randomFloats( 24 );

	private final Storage shared = TorchFiles.floats( "1", matrix );

	private final float[] conv = randomFloats( 2 * 3 * 3 * 3 );

	private List< Tensor > layouts()
	{
		return Arrays.asList( TorchFiles.contiguous( "conv.weight", TorchFiles.floats( "0", conv ), 2, 3, 3, 3 ),
				new Tensor( "slice", shared, 8, new long[] { 3, 3 }, new long[] { 6, 1 } ),
				new Tensor( "transposed", shared, 0, new long[] { 6, 4 }, new long[] { 1, 6 } ),
				new Tensor( "expanded", shared, 5, new long[] { 3, 4 }, new long[] { 6, 0 } ),
				new Tensor( "scalar", shared, 23, new long[] {}, new long[] {} ),
				new Tensor( "empty", shared, 0, new long[] { 0, 3 }, new long[] { 3, 1 } ),
				TorchFiles.contiguous( "double", TorchFiles.doubles( "2", 0.1, -1e-40, 1e300, Math.PI ), 2, 2 ),
				TorchFiles.contiguous( "half", TorchFiles.shorts( "3", "HalfStorage", 0x3c00, 0xc000, 0x0001, 0x8000, 0x7bff, 0x7c00, 0xfc00,
						0x3555 ), 8 ),
				TorchFiles.contiguous( "bfloat", TorchFiles.shorts( "4", "BFloat16Storage", 0x3f80, 0xc049, 0x0001, 0x7f80 ), 4 ),
				TorchFiles.contiguous( "count", TorchFiles.longs( "5", 7 ) ) );
	}

	/** What every tensor of {@link #layouts()} holds, computed by index arithmetic rather than stepping. */
	private void assertLayouts( final TorchCheckpoint checkpoint )
	{
		assertArrayEquals( conv, values( checkpoint, "conv.weight", 2, 3, 3, 3 ) );
		assertArrayEquals( view( matrix, 8, new int[] { 3, 3 }, new int[] { 6, 1 } ), values( checkpoint, "slice", 3, 3 ) );
		assertArrayEquals( view( matrix, 0, new int[] { 6, 4 }, new int[] { 1, 6 } ), values( checkpoint, "transposed", 6, 4 ) );
		assertArrayEquals( view( matrix, 5, new int[] { 3, 4 }, new int[] { 6, 0 } ), values( checkpoint, "expanded", 3, 4 ) );
		assertArrayEquals( new float[] { matrix[ 23 ] }, values( checkpoint, "scalar" ) );
		assertArrayEquals( new float[ 0 ], values( checkpoint, "empty", 0, 3 ) );
		assertArrayEquals( new float[] { 0.1f, ( float ) -1e-40, Float.POSITIVE_INFINITY, ( float ) Math.PI }, values( checkpoint, "double", 2, 2 ) );
		assertArrayEquals( new float[] { 1, -2, 0x1p-24f, -0f, 65504, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 0.333251953125f },
				values( checkpoint, "half", 8 ) );
		assertArrayEquals( new float[] { 1, -3.140625f, Float.intBitsToFloat( 0x10000 ), Float.POSITIVE_INFINITY },
				values( checkpoint, "bfloat", 4 ) );
		assertArrayEquals( new int[] {}, checkpoint.shapes().get( "count" ) );
		assertEquals( Arrays.asList( "conv.weight", "slice", "transposed", "expanded", "scalar", "empty", "double", "half", "bfloat", "count" ),
				new ArrayList<>( checkpoint.shapes().keySet() ) );
	}

	private static float[] values( final TorchCheckpoint checkpoint, final String key, final int... shape )
	{
		final TorchTensor tensor = checkpoint.tensor( key );
		assertEquals( key, tensor.key() );
		assertArrayEquals( shape, tensor.shape(), key );
		assertArrayEquals( shape, checkpoint.shapes().get( key ), key );
		return tensor.values();
	}

	/** Element i of a view: its multi-index by division, then the strided sum. */
	static float[] view( final float[] storage, final int offset, final int[] size, final int[] stride )
	{
		final int count = Arrays.stream( size ).reduce( 1, ( a, b ) -> a * b );
		final float[] values = new float[ count ];
		for ( int i = 0; i < count; i++ )
		{
			int rest = i, at = offset;
			for ( int d = size.length - 1; d >= 0; d-- )
			{
				at += rest % size[ d ] * stride[ d ];
				rest /= size[ d ];
			}
			values[ i ] = storage[ at ];
		}
		return values;
	}

	private float[] randomFloats( final int n )
	{
		final float[] values = new float[ n ];
		for ( int i = 0; i < n; i++ )
			values[ i ] = ( float ) random.nextGaussian();
		return values;
	}

	private TorchCheckpoint readAllFloats( final Path file )
	{
		return TorchCheckpoint.read( file, key -> !key.equals( "count" ) );
	}

	@Test
	void zipContainerRoundTrip() throws IOException
	{
		final Path file = folder.resolve( "layouts.pt" );
		TorchFiles.writeZip( file, layouts() );
		final TorchCheckpoint checkpoint = readAllFloats( file );
		assertEquals( "zip", checkpoint.container() );
		assertLayouts( checkpoint );
	}

	@Test
	void legacyContainerRoundTrip() throws IOException
	{
		final Path file = folder.resolve( "layouts.pth" );
		TorchFiles.writeLegacy( file, layouts() );
		final TorchCheckpoint checkpoint = readAllFloats( file );
		assertEquals( "legacy", checkpoint.container() );
		assertLayouts( checkpoint );
	}

	@Test
	void olderAndParameterRebuildsGiveTheSameTensors() throws IOException
	{
		for ( final Rebuild rebuild : Rebuild.values() )
		{
			final Path legacy = folder.resolve( rebuild + ".pth" ), zip = folder.resolve( rebuild + ".pt" );
			TorchFiles.writeLegacy( legacy, layouts(), rebuild );
			TorchFiles.writeZip( zip, layouts(), rebuild );
			assertLayouts( readAllFloats( legacy ) );
			assertLayouts( readAllFloats( zip ) );
		}
	}

	@Test
	void legacyStorageViewsAreReadFromTheirOffset() throws IOException
	{
		final float[] root = randomFloats( 10 );
		final Storage stored = TorchFiles.floats( "root", root );
		final List< Tensor > tensors = Arrays.asList( TorchFiles.contiguous( "whole", stored, 10 ),
				new Tensor( "part", stored.view( "view", 4, 5 ), 1, new long[] { 2, 2 }, new long[] { 1, 2 } ) );
		final Path file = folder.resolve( "views.pth" );
		TorchFiles.writeLegacy( file, TorchFiles.stateDictPickle( tensors, true, Rebuild.V1 ), Collections.singletonList( stored ) );
		final TorchCheckpoint checkpoint = TorchCheckpoint.read( file, key -> true );
		assertArrayEquals( root, checkpoint.tensor( "whole" ).values() );
		assertArrayEquals( new float[] { root[ 5 ], root[ 7 ], root[ 6 ], root[ 8 ] }, checkpoint.tensor( "part" ).values() );
	}

	@Test
	void storagesLargerThanTheReadBufferAreSkippedAndRead() throws IOException
	{
		// storage "a" (800 kB) lies between the pickles and "b": reading "b" seeks past it, "a.tail" reads its end
		final float[] large = randomFloats( 200_000 ), small = randomFloats( 10 );
		final Storage a = TorchFiles.floats( "a", large );
		final Path file = legacyWith( TorchFiles.contiguous( "a", a, 200_000 ), TorchFiles.contiguous( "b", TorchFiles.floats( "b", small ), 10 ),
				new Tensor( "a.tail", a, 199_990, new long[] { 5 }, new long[] { 2 } ) );
		final TorchCheckpoint some = TorchCheckpoint.read( file, key -> !key.equals( "a" ) );
		assertArrayEquals( small, some.tensor( "b" ).values() );
		assertArrayEquals( view( large, 199_990, new int[] { 5 }, new int[] { 2 } ), some.tensor( "a.tail" ).values() );
		assertArrayEquals( large, TorchCheckpoint.read( file, key -> true ).tensor( "a" ).values() );
	}

	@Test
	void onlyWantedTensorsAreRead() throws IOException
	{
		// the zip archive lacks the elements of storage 0: a reader that read every storage would fail
		final Path file = folder.resolve( "partial.pt" );
		final List< Tensor > tensors = layouts();
		final Map< String, byte[] > storages = new java.util.TreeMap<>();
		TorchFiles.roots( tensors ).forEach( ( key, storage ) -> storages.put( key, storage.bytes ) );
		storages.remove( "0" );
		TorchFiles.writeZip( file, "archive", TorchFiles.stateDictPickle( tensors, false, Rebuild.V2 ), storages );
		final TorchCheckpoint checkpoint = TorchCheckpoint.read( file, key -> key.equals( "slice" ) );
		assertEquals( 10, checkpoint.shapes().size() );
		assertArrayEquals( new int[] { 2, 3, 3, 3 }, checkpoint.shapes().get( "conv.weight" ) );
		assertEquals( 9, checkpoint.tensor( "slice" ).values().length );
		assertNull( checkpoint.tensor( "no.such.tensor" ) );
		assertThrows( IllegalArgumentException.class, () -> checkpoint.tensor( "conv.weight" ) );
		refused( file, key -> true, "has no archive/data/0" );
	}

	@Test
	void returnedArraysAreCopies() throws IOException
	{
		final Path file = folder.resolve( "copies.pt" );
		TorchFiles.writeZip( file, layouts() );
		final TorchCheckpoint checkpoint = readAllFloats( file );
		checkpoint.tensor( "conv.weight" ).values()[ 0 ] = 1000;
		checkpoint.tensor( "conv.weight" ).shape()[ 0 ] = 1000;
		checkpoint.shapes().get( "conv.weight" )[ 0 ] = 1000;
		assertLayouts( checkpoint );
	}

	// ---- files that are not state dicts

	private PdPlaneException refused( final Path file, final java.util.function.Predicate< String > wanted, final String... fragments )
	{
		final PdPlaneException e = assertThrows( PdPlaneException.class, () -> TorchCheckpoint.read( file, wanted ) );
		assertTrue( e.getMessage().contains( "'" + file + "'" ), e.getMessage() );
		for ( final String fragment : fragments )
			assertTrue( e.getMessage().contains( fragment ), "'" + fragment + "' in: " + e.getMessage() );
		return e;
	}

	private PdPlaneException refused( final Path file, final String... fragments )
	{
		return refused( file, key -> true, fragments );
	}

	private Path write( final String name, final byte[] bytes ) throws IOException
	{
		return Files.write( folder.resolve( name ), bytes );
	}

	@Test
	void missingFilesFoldersAndEmptyFiles() throws IOException
	{
		refused( folder.resolve( "absent.pth" ), "does not exist" );
		refused( folder, "is a folder" );
		refused( write( "empty.pth", new byte[ 0 ] ), "is empty" );
	}

	@Test
	void randomBytesAreNotAPyTorchFile() throws IOException
	{
		final byte[] bytes = new byte[ 3000 ];
		random.nextBytes( bytes );
		bytes[ 0 ] = 0x12;
		refused( write( "random.pth", bytes ), "is not a PyTorch file", "12" );
		refused( write( "text.pth", "weights\n".getBytes( StandardCharsets.US_ASCII ) ), "is not a PyTorch file" );
	}

	@Test
	void aWebPageIsNamedAsOne() throws IOException
	{
		refused( write( "vgg19.pth", "\n  <!DOCTYPE html>\n<html><head><title>Sign in</title></head></html>".getBytes( StandardCharsets.UTF_8 ) ),
				"a web page, not a PyTorch file" );
		refused( write( "page.pth", "<?xml version=\"1.0\"?><html xmlns=\"x\"></html>".getBytes( StandardCharsets.UTF_8 ) ),
				"a web page, not a PyTorch file" );
	}

	@Test
	void aTarArchiveIsTheOldestFormat() throws IOException
	{
		final byte[] tar = new byte[ 1024 ];
		System.arraycopy( "ustar".getBytes( StandardCharsets.US_ASCII ), 0, tar, 257, 5 );
		tar[ 0 ] = 's';
		refused( write( "old.tar.pth", tar ), "tar archive" );
	}

	@Test
	void truncatedZipArchives() throws IOException
	{
		final Path whole = folder.resolve( "whole.pt" );
		TorchFiles.writeZip( whole, layouts() );
		final byte[] bytes = Files.readAllBytes( whole );
		refused( write( "half.pt", Arrays.copyOf( bytes, bytes.length / 2 ) ), "damaged or truncated zip archive" );
		refused( write( "header.pt", Arrays.copyOf( bytes, 30 ) ), "damaged or truncated zip archive" );
	}

	@Test
	void aZipArchiveWithoutDataPkl() throws IOException
	{
		final Path file = folder.resolve( "other.zip" );
		TorchFiles.writeZip( file, "archive", new byte[] { 1 }, Collections.emptyMap() );
		final byte[] bytes = Files.readAllBytes( file );
		final String text = new String( bytes, StandardCharsets.ISO_8859_1 ).replace( "data.pkl", "data.txt" );
		refused( write( "other.zip", text.getBytes( StandardCharsets.ISO_8859_1 ) ), "no data.pkl" );
	}

	@Test
	void truncatedLegacyFiles() throws IOException
	{
		final Path whole = folder.resolve( "whole.pth" );
		TorchFiles.writeLegacy( whole, layouts() );
		final byte[] bytes = Files.readAllBytes( whole );
		refused( write( "pickles.pth", Arrays.copyOf( bytes, 300 ) ), "is truncated" );
		refused( write( "storages.pth", Arrays.copyOf( bytes, bytes.length - 5 ) ), "is truncated", "storage '5'" );
	}

	@Test
	void everyTruncationAndManyDamagedBytesEndInAMessage() throws IOException
	{
		final Path legacy = folder.resolve( "whole.pth" ), zip = folder.resolve( "whole.pt" );
		TorchFiles.writeLegacy( legacy, layouts() );
		TorchFiles.writeZip( zip, layouts() );
		for ( final Path source : Arrays.asList( legacy, zip ) )
		{
			final byte[] bytes = Files.readAllBytes( source );
			for ( int length = 1; length < bytes.length; length += 7 )
				refused( write( "cut", Arrays.copyOf( bytes, length ) ) );
			for ( int trial = 0; trial < 1500; trial++ )
			{
				final byte[] damaged = bytes.clone();
				for ( int k = 0; k < 1 + trial % 3; k++ )
					damaged[ random.nextInt( damaged.length ) ] = ( byte ) random.nextInt( 256 );
				final Path file = write( "damaged", damaged );
				try
				{
					readAllFloats( file );
				}
				catch ( final PdPlaneException e )
				{
					assertTrue( e.getMessage().contains( "'" + file + "'" ), e.getMessage() );
				}
			}
		}
	}

	@Test
	void aPlainPickleIsNotATorchSaveFile() throws IOException
	{
		final byte[] pickle = new PickleBytes().proto( 2 ).raw( PickleBytes.EMPTY_DICT, PickleBytes.STOP ).toByteArray();
		refused( write( "plain.pkl", pickle ), "not a file torch.save wrote" );
	}

	@Test
	void aPickleNamingOsSystemIsRefusedAndNothingRuns() throws IOException
	{
		final Path witness = folder.resolve( "pwned" );
		final byte[] evil = new PickleBytes().proto( 2 ).global( "os", "system" ).text( "touch " + witness ).raw( PickleBytes.TUPLE1,
				PickleBytes.REDUCE, PickleBytes.STOP ).toByteArray();
		// as the first pickle of a legacy file, as its state dict, and as a zip archive's data.pkl
		refused( write( "evil.pth", evil ), "os.system", "ran nothing" );
		final Path legacy = folder.resolve( "evil-dict.pth" );
		TorchFiles.writeLegacy( legacy, evil, Collections.emptyList() );
		refused( legacy, "os.system", "ran nothing" );
		final Path zip = folder.resolve( "evil.pt" );
		TorchFiles.writeZip( zip, "archive", evil, Collections.emptyMap() );
		refused( zip, "os.system", "ran nothing" );
		assertFalse( Files.exists( witness ) );
	}

	@Test
	void otherGlobalsAreRefusedByName() throws IOException
	{
		final byte[] eval = new PickleBytes().proto( 4 ).raw( PickleBytes.SHORT_BINUNICODE, 8 ).bytes( "builtins".getBytes( StandardCharsets.US_ASCII ) )
				.raw( PickleBytes.SHORT_BINUNICODE, 4 ).bytes( "eval".getBytes( StandardCharsets.US_ASCII ) ).raw( PickleBytes.STACK_GLOBAL )
				.text( "1+1" ).raw( PickleBytes.TUPLE1, PickleBytes.REDUCE, PickleBytes.STOP ).toByteArray();
		refused( write( "eval.pth", eval ), "builtins.eval", "ran nothing" );
		final byte[] getattr = new PickleBytes().proto( 2 ).global( "__builtin__", "getattr" ).raw( PickleBytes.STOP ).toByteArray();
		refused( write( "getattr.pth", getattr ), "__builtin__.getattr" );
		// torch's own modules are allowed only for the few functions a state dict uses
		final byte[] load = new PickleBytes().proto( 2 ).global( "torch", "load" ).raw( PickleBytes.STOP ).toByteArray();
		refused( write( "load.pth", load ), "torch.load" );
	}

	@Test
	void aWholePickledModelIsNotAStateDict() throws IOException
	{
		final byte[] model = new PickleBytes().proto( 2 ).global( "torch.nn.modules.container", "Sequential" ).raw( PickleBytes.EMPTY_TUPLE,
				PickleBytes.NEWOBJ, PickleBytes.STOP ).toByteArray();
		final Path zip = folder.resolve( "model.pt" );
		TorchFiles.writeZip( zip, "model", model, Collections.emptyMap() );
		refused( zip, "torch.nn.modules.container.Sequential", "state_dict()" );
	}

	@Test
	void valuesThatAreNotStateDicts() throws IOException
	{
		final Path list = folder.resolve( "list.pt" );
		TorchFiles.writeZip( list, "archive", new PickleBytes().proto( 2 ).raw( PickleBytes.EMPTY_LIST, PickleBytes.STOP ).toByteArray(),
				Collections.emptyMap() );
		refused( list, "holds a list of 0 item(s), not a state dict", "state_dict()" );
		final Path checkpoint = folder.resolve( "checkpoint.pt" );
		TorchFiles.writeZip( checkpoint, "archive", new PickleBytes().proto( 2 ).raw( PickleBytes.EMPTY_DICT, PickleBytes.MARK ).text( "epoch" )
				.integer( 90 ).text( "model" ).raw( PickleBytes.EMPTY_DICT, PickleBytes.SETITEMS, PickleBytes.STOP ).toByteArray(),
				Collections.emptyMap() );
		refused( checkpoint, "without tensors", "'epoch', 'model'" );
	}

	@Test
	void refusedOpcodesAreNamed() throws IOException
	{
		refused( write( "inst.pth", new PickleBytes().proto( 2 ).raw( PickleBytes.MARK, PickleBytes.INST ).toByteArray() ), "opcode INST (0x69)",
				"ran nothing" );
		refused( write( "newobj.pth", new PickleBytes().proto( 2 ).raw( PickleBytes.NEWOBJ ).toByteArray() ), "NEWOBJ" );
		refused( write( "unknown.pth", new PickleBytes().proto( 2 ).raw( 0xff ).toByteArray() ), "0xff, which is no pickle opcode" );
		refused( write( "protocol.pth", new PickleBytes().proto( 9 ).toByteArray() ), "protocol 9" );
	}

	@Test
	void forgedLengthsAreCheckedBeforeAnyAllocation() throws IOException
	{
		refused( write( "string.pth", new PickleBytes().proto( 2 ).raw( PickleBytes.BINUNICODE ).littleEndian( 0x3ffffff, 4 ).toByteArray() ),
				"is truncated" );
		refused( write( "string8.pth", new PickleBytes().proto( 4 ).raw( PickleBytes.BINUNICODE8 ).littleEndian( Long.MAX_VALUE, 8 ).toByteArray() ),
				"holds a string of" );
		refused( write( "frame.pth", new PickleBytes().proto( 4 ).raw( PickleBytes.FRAME ).littleEndian( 1L << 40, 8 ).toByteArray() ),
				"is truncated" );
		refused( write( "long.pth", new PickleBytes().proto( 2 ).raw( PickleBytes.LONG1, 200 ).toByteArray() ), "integer of 200 bytes" );
		final byte[] bigCount = Files.readAllBytes( legacyWith( TorchFiles.contiguous( "x", TorchFiles.floats( "0", 1, 2 ), 2 ) ) );
		// the storage's element count, just after the key list, claims 2^60 elements
		final int count = bigCount.length - 16;
		ByteBuffer.wrap( bigCount, count, 8 ).order( ByteOrder.LITTLE_ENDIAN ).putLong( 1L << 60 );
		refused( write( "count.pth", bigCount ), "holds 1152921504606846976 elements where its tensors say 2" );
	}

	private Path legacyWith( final Tensor... tensors ) throws IOException
	{
		final Path file = folder.resolve( "tensors.pth" );
		TorchFiles.writeLegacy( file, Arrays.asList( tensors ) );
		return file;
	}

	@Test
	void malformedPicklesEndInMessages() throws IOException
	{
		final int[][] bodies = { { PickleBytes.STOP }, { PickleBytes.SETITEMS }, { PickleBytes.NONE, PickleBytes.TUPLE2 },
				{ PickleBytes.BINGET, 3 }, { PickleBytes.EMPTY_TUPLE, PickleBytes.NONE, PickleBytes.APPEND },
				{ PickleBytes.EMPTY_LIST, PickleBytes.NONE, PickleBytes.NONE, PickleBytes.SETITEM },
				{ PickleBytes.EMPTY_DICT, PickleBytes.EMPTY_LIST, PickleBytes.NONE, PickleBytes.SETITEM },
				{ PickleBytes.MARK, PickleBytes.BINPUT, 0 }, { PickleBytes.NONE, PickleBytes.EMPTY_TUPLE, PickleBytes.REDUCE },
				{ PickleBytes.NONE, PickleBytes.BINPERSID }, { PickleBytes.EMPTY_LIST, PickleBytes.NONE, PickleBytes.BUILD } };
		for ( final int[] body : bodies )
			refused( write( "malformed.pth", new PickleBytes().proto( 2 ).raw( body ).toByteArray() ), "is damaged or is not a PyTorch state dict" );
	}

	@Test
	void aSelfReferenceEndsInAMessage() throws IOException
	{
		// t = ([t-containing list],): a tuple holding a list that holds the tuple, used as a dict key
		final byte[] pickle = new PickleBytes().proto( 2 ).raw( PickleBytes.EMPTY_DICT, PickleBytes.EMPTY_LIST ).put( 0 ).raw( PickleBytes.TUPLE1 )
				.put( 1 ).get( 0 ).get( 1 ).raw( PickleBytes.APPEND, 0x30 ).raw( PickleBytes.NONE, PickleBytes.SETITEM, PickleBytes.STOP )
				.toByteArray();
		final Path zip = folder.resolve( "self.pt" );
		TorchFiles.writeZip( zip, "archive", pickle, Collections.emptyMap() );
		refused( zip, "refers to itself" );
	}

	@Test
	void tensorsRunningPastTheirStorageAreRefused() throws IOException
	{
		final Storage six = TorchFiles.floats( "0", 1, 2, 3, 4, 5, 6 );
		refused( legacyWith( new Tensor( "past", six, 4, new long[] { 2, 3 }, new long[] { 3, 1 } ) ), "tensor 'past'",
				"reaches element 9 of its storage '0', which holds 6" );
		refused( legacyWith( new Tensor( "stride", six, 0, new long[] { 2, 2 }, new long[] { 5, 1 } ) ), "tensor 'stride'", "reaches element 6" );
		refused( legacyWith( new Tensor( "negative", six, 0, new long[] { 2 }, new long[] { -1 } ) ), "tensor 'negative'", "negative" );
		refused( legacyWith( new Tensor( "huge", six, 0, new long[] { 1L << 40, 1L << 40 }, new long[] { 0, 0 } ) ), "tensor 'huge'",
				"has more elements than PD Plane reads" );
		refused( legacyWith( new Tensor( "repeated", six, 0, new long[] { 1 << 20, 1 << 10 }, new long[] { 0, 0 } ) ), "tensor 'repeated'",
				"repeats the 6 elements of its storage as 1073741824" );
		refused( legacyWith( new Tensor( "overflow", six, 0, new long[] { 2, 2 }, new long[] { Long.MAX_VALUE / 2, 1 } ) ), "tensor 'overflow'" );
		// so is a storage whose zip entry is shorter than its element count
		final Path zip = folder.resolve( "short.pt" );
		final List< Tensor > tensors = Collections.singletonList( TorchFiles.contiguous( "short", six, 6 ) );
		TorchFiles.writeZip( zip, "archive", TorchFiles.stateDictPickle( tensors, false, Rebuild.V2 ),
				Collections.singletonMap( "0", new byte[ 20 ] ) );
		refused( zip, "archive/data/0 has 20 bytes" );
	}

	@Test
	void unsupportedStorageTypesAreRefusedOnlyWhenWanted() throws IOException
	{
		final Path file = legacyWith( TorchFiles.contiguous( "steps", TorchFiles.longs( "0", 3 ) ),
				TorchFiles.contiguous( "w", TorchFiles.floats( "1", 2.5f ) ) );
		assertArrayEquals( new float[] { 2.5f }, TorchCheckpoint.read( file, key -> key.equals( "w" ) ).tensor( "w" ).values() );
		refused( file, key -> true, "tensor 'steps' holds int64 (LongStorage) values" );
	}

	@Test
	void halfPrecisionBitsConvertExactly()
	{
		for ( int bits = 0; bits < 0x10000; bits++ )
		{
			final float value = StorageType.halfToFloat( ( short ) bits );
			final int exponent = ( bits >>> 10 ) & 0x1f, fraction = bits & 0x3ff;
			final double magnitude = exponent == 0 ? fraction * Math.pow( 2, -24 ) : ( 1 + fraction / 1024.0 ) * Math.pow( 2, exponent - 15 );
			if ( exponent == 0x1f )
				assertTrue( fraction == 0 ? Float.isInfinite( value ) : Float.isNaN( value ), Integer.toHexString( bits ) );
			else
				assertEquals( ( bits & 0x8000 ) == 0 ? magnitude : -magnitude, value, 0, Integer.toHexString( bits ) );
		}
		assertEquals( Float.floatToIntBits( -0f ), Float.floatToIntBits( StorageType.halfToFloat( ( short ) 0x8000 ) ) );
	}
}
