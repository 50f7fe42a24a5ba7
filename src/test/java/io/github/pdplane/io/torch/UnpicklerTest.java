package io.github.pdplane.io.torch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.github.pdplane.PdPlaneException;

/** The plain values every opcode builds, as Python's pickle documents them. */
class UnpicklerTest
{
	private static Object load( final PickleBytes pickle ) throws IOException
	{
		final byte[] bytes = pickle.raw( PickleBytes.STOP ).toByteArray();
		return new Unpickler( ByteReader.of( bytes, "'test'" ), "'test'" ).load();
	}

	@Test
	void integersOfEveryWidth() throws IOException
	{
		assertEquals( 200, load( new PickleBytes().proto( 2 ).integer( 200 ) ) );
		assertEquals( 1001, load( new PickleBytes().proto( 2 ).integer( 1001 ) ) );
		assertEquals( -5, load( new PickleBytes().proto( 2 ).integer( -5 ) ) );
		assertEquals( 1L << 40, load( new PickleBytes().proto( 2 ).integer( 1L << 40 ) ) );
		assertEquals( -( 1L << 40 ), load( new PickleBytes().proto( 2 ).integer( -( 1L << 40 ) ) ) );
		assertEquals( 0L, load( new PickleBytes().proto( 2 ).raw( PickleBytes.LONG1, 0 ) ) );
		final BigInteger magic = new BigInteger( "1950a86a20f9469cfc6c", 16 );
		assertEquals( magic, load( new PickleBytes().proto( 2 ).longInteger( magic ) ) );
		assertEquals( magic.negate(), load( new PickleBytes().proto( 2 ).longInteger( magic.negate() ) ) );
		assertEquals( Unpickler.asLong( 7 ), Long.valueOf( 7 ) );
		assertEquals( null, Unpickler.asLong( magic ) );
	}

	@Test
	void floatsStringsBytesAndConstants() throws IOException
	{
		assertEquals( -1.5e-3, load( new PickleBytes().proto( 2 ).raw( PickleBytes.BINFLOAT, 0xbf, 0x58, 0x93, 0x74, 0xbc, 0x6a, 0x7e,
				0xfa ) ) );
		assertEquals( "größe", load( new PickleBytes().proto( 2 ).text( "größe" ) ) );
		final byte[] name = "features.0.weight".getBytes( StandardCharsets.UTF_8 );
		assertEquals( "features.0.weight", load( new PickleBytes().proto( 2 ).raw( PickleBytes.SHORT_BINSTRING, name.length ).bytes( name ) ) );
		assertEquals( "features.0.weight", load( new PickleBytes().proto( 4 ).raw( PickleBytes.BINUNICODE8 ).littleEndian( name.length, 8 )
				.bytes( name ) ) );
		assertArrayEquals( new byte[] { 1, 2, 3 }, ( byte[] ) load( new PickleBytes().proto( 3 ).raw( PickleBytes.SHORT_BINBYTES, 3, 1, 2,
				3 ) ) );
		assertEquals( Boolean.TRUE, load( new PickleBytes().proto( 2 ).raw( PickleBytes.NEWTRUE ) ) );
		assertEquals( Boolean.FALSE, load( new PickleBytes().proto( 2 ).raw( PickleBytes.NEWFALSE ) ) );
		assertEquals( null, load( new PickleBytes().proto( 2 ).raw( PickleBytes.NONE ) ) );
	}

	@Test
	void containersAndTheMemo() throws IOException
	{
		// protocol 4 as Python 3.8 writes it: FRAME, SHORT_BINUNICODE, MEMOIZE
		final byte[] frame = new PickleBytes().raw( PickleBytes.EMPTY_DICT, PickleBytes.MEMOIZE, PickleBytes.MARK, PickleBytes.SHORT_BINUNICODE,
				1, 'a', PickleBytes.MEMOIZE, PickleBytes.EMPTY_LIST, PickleBytes.MEMOIZE, PickleBytes.MARK ).integer( 1 ).integer( 2 ).raw(
						PickleBytes.APPENDS, PickleBytes.SHORT_BINUNICODE, 1, 'b' )
				.get( 1 ).integer( 3 ).raw( PickleBytes.TUPLE2, PickleBytes.SETITEMS ).toByteArray();
		// the frame ends with the STOP load() adds
		final PickleBytes p = new PickleBytes().proto( 4 ).raw( PickleBytes.FRAME ).littleEndian( frame.length + 1, 8 ).bytes( frame );
		final Map< ?, ? > dict = ( Map< ?, ? > ) load( p );
		assertEquals( Arrays.asList( "a", "b" ), new ArrayList<>( dict.keySet() ) );
		assertEquals( Arrays.asList( 1, 2 ), dict.get( "a" ) );
		assertEquals( Arrays.asList( "a", 3 ), dict.get( "b" ) );
		assertTrue( Unpickler.isTuple( dict.get( "b" ) ) );
		assertTrue( !Unpickler.isTuple( dict.get( "a" ) ) );
		final List< ? > shared = ( List< ? > ) load( new PickleBytes().proto( 2 ).raw( PickleBytes.EMPTY_LIST ).put( 0 ).get( 0 ).raw(
				PickleBytes.TUPLE2 ) );
		assertSame( shared.get( 0 ), shared.get( 1 ) );
		assertEquals( Collections.emptyList(), load( new PickleBytes().proto( 2 ).raw( PickleBytes.EMPTY_TUPLE ) ) );
		assertEquals( Arrays.asList( 1, 2, 3, 4 ), load( new PickleBytes().proto( 2 ).integers( 1, 2, 3, 4 ) ) );
		final Set< Object > set = new LinkedHashSet<>( Arrays.asList( 1, "x" ) );
		assertEquals( set, load( new PickleBytes().proto( 4 ).raw( PickleBytes.EMPTY_SET, PickleBytes.MARK ).integer( 1 ).text( "x" ).raw(
				PickleBytes.ADDITEMS ) ) );
		assertEquals( set, load( new PickleBytes().proto( 4 ).raw( PickleBytes.MARK ).integer( 1 ).text( "x" ).raw( PickleBytes.FROZENSET ) ) );
	}

	@Test
	void allowedGlobalsByEitherOpcode() throws IOException
	{
		assertSame( AllowedGlobals.Function.ORDERED_DICT, load( new PickleBytes().proto( 2 ).global( "collections", "OrderedDict" ) ) );
		assertSame( StorageType.HALF, load( new PickleBytes().proto( 4 ).text( "torch" ).text( "HalfStorage" ).raw( PickleBytes.STACK_GLOBAL ) ) );
		assertSame( StorageType.BFLOAT16, load( new PickleBytes().proto( 2 ).global( "torch", "bfloat16" ) ) );
		assertEquals( Arrays.asList( 64, 3 ), load( new PickleBytes().proto( 2 ).global( "torch", "Size" ).integers( 64, 3 ).raw(
				PickleBytes.TUPLE1, PickleBytes.REDUCE ) ) );
		assertEquals( Collections.emptyMap(), load( new PickleBytes().proto( 2 ).global( "collections", "OrderedDict" ).raw(
				PickleBytes.EMPTY_TUPLE, PickleBytes.REDUCE ) ) );
		final PdPlaneException e = assertThrows( PdPlaneException.class, () -> load( new PickleBytes().proto( 2 ).global( "torch",
				"FloatTensor" ) ) );
		assertTrue( e.getMessage().startsWith( "'test' names the Python global torch.FloatTensor" ), e.getMessage() );
	}
}
