package io.github.pdplane.io.torch;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.pdplane.PdPlaneException;

/**
 * A Python unpickler that is safe on any input, for the pickles {@code torch.save} writes (protocol 2, and the
 * framed protocols up to 5). It builds plain values only: Integer, Long or BigInteger, Double, String, byte[],
 * Boolean, null, lists (ArrayList), tuples (unmodifiable lists), dicts (LinkedHashMap, in pickle order) and
 * sets; the globals it accepts are those of {@link AllowedGlobals} and the persistent ids those of
 * {@link StorageRef}. Every other global and every opcode a state dict does not use is refused by name, so
 * nothing a pickle names is ever run.
 * <p>
 * Lengths are checked against the bytes that remain, and the stack, the memo and the number of values are
 * bounded, so a forged file ends in a message rather than in a huge allocation. One instance reads one
 * pickle (each has its own memo).
 */
final class Unpickler
{
	static final int MARK = '(', STOP = '.', POP = '0', POP_MARK = '1', BINFLOAT = 'G', BININT = 'J', BININT1 = 'K', BININT2 = 'M',
			NONE = 'N', BINPERSID = 'Q', REDUCE = 'R', BINSTRING = 'T', SHORT_BINSTRING = 'U', BINUNICODE = 'X', APPEND = 'a', BUILD = 'b',
			GLOBAL = 'c', APPENDS = 'e', BINGET = 'h', LONG_BINGET = 'j', EMPTY_LIST = ']', BINPUT = 'q', LONG_BINPUT = 'r', SETITEM = 's',
			TUPLE = 't', SETITEMS = 'u', EMPTY_DICT = '}', EMPTY_TUPLE = ')', BINBYTES = 'B', SHORT_BINBYTES = 'C', PROTO = 0x80,
			TUPLE1 = 0x85, TUPLE2 = 0x86, TUPLE3 = 0x87, NEWTRUE = 0x88, NEWFALSE = 0x89, LONG1 = 0x8a, LONG4 = 0x8b,
			SHORT_BINUNICODE = 0x8c, BINUNICODE8 = 0x8d, BINBYTES8 = 0x8e, EMPTY_SET = 0x8f, ADDITEMS = 0x90, FROZENSET = 0x91,
			STACK_GLOBAL = 0x93, MEMOIZE = 0x94, FRAME = 0x95;

	/** Opcodes of Python's pickle that this reader refuses, by byte, for messages. */
	private static final Map< Integer, String > REFUSED = refusedOpcodes();

	private static final int MAX_STACK = 1 << 20, MAX_MEMO = 1 << 20, MAX_VALUES = 1 << 24;

	/** No string, name or byte string of a state dict comes near this. */
	private static final int MAX_TEXT = 1 << 26;

	/** Bytes of a LONG1/LONG4 integer: the legacy magic number has 10. */
	private static final int MAX_LONG_BYTES = 64;

	private static final int MAX_NAME = 256;

	private final ByteReader in;

	private final String file;

	private final List< Object > stack = new ArrayList<>();

	private final Deque< Integer > marks = new ArrayDeque<>();

	private final Map< Long, Object > memo = new HashMap<>();

	private final List< StorageRef > storages = new ArrayList<>();

	private int values;

	/** Where the opcode being run starts, for messages. */
	private long opcodeAt;

	/** @param file the quoted file name for messages */
	Unpickler( final ByteReader in, final String file )
	{
		this.in = in;
		this.file = file;
	}

	/** The storages the pickle's persistent ids named, in pickle order (after {@link #load()}). */
	List< StorageRef > storages()
	{
		return Collections.unmodifiableList( storages );
	}

	/**
	 * Reads one pickle, up to and including its STOP.
	 *
	 * @throws PdPlaneException
	 *             for a refused global or opcode, a malformed or truncated pickle, naming the file
	 */
	Object load() throws IOException
	{
		while ( true )
		{
			opcodeAt = in.position();
			final int opcode = in.u8( "a pickle opcode" );
			if ( opcode == STOP )
				return pop();
			run( opcode );
		}
	}

	private void run( final int opcode ) throws IOException
	{
		switch ( opcode )
		{
		case PROTO:
			final int protocol = in.u8( "PROTO" );
			if ( protocol > 5 )
				throw malformed( file, "it is a pickle of protocol " + protocol + "; Python's newest is 5" );
			break;
		case FRAME:
			final long frame = in.s64( "FRAME" );
			if ( frame < 0 || frame > in.remaining() )
				throw in.truncated( "a pickle frame", frame );
			break;
		case MARK:
			marks.push( stack.size() );
			break;
		case POP:
			if ( !marks.isEmpty() && marks.peek() == stack.size() )
				popMark();
			else
				pop();
			break;
		case POP_MARK:
			popMark();
			break;
		case EMPTY_DICT:
			push( new LinkedHashMap<>() );
			break;
		case EMPTY_LIST:
			push( new ArrayList<>() );
			break;
		case EMPTY_SET:
			push( new LinkedHashSet<>() );
			break;
		case EMPTY_TUPLE:
			push( tuple( Collections.emptyList() ) );
			break;
		case TUPLE:
			push( tuple( popMark() ) );
			break;
		case TUPLE1:
		case TUPLE2:
		case TUPLE3:
			push( tuple( popItems( opcode - TUPLE1 + 1 ) ) );
			break;
		case FROZENSET:
			push( Collections.unmodifiableSet( new LinkedHashSet<>( popMark() ) ) );
			break;
		case BININT:
			push( in.s32( "BININT" ) );
			break;
		case BININT1:
			push( in.u8( "BININT1" ) );
			break;
		case BININT2:
			push( in.u16( "BININT2" ) );
			break;
		case LONG1:
			push( integer( in.u8( "LONG1" ) ) );
			break;
		case LONG4:
			push( integer( in.s32( "LONG4" ) ) );
			break;
		case BINFLOAT:
			push( in.f64BigEndian( "BINFLOAT" ) );
			break;
		case NEWTRUE:
			push( Boolean.TRUE );
			break;
		case NEWFALSE:
			push( Boolean.FALSE );
			break;
		case NONE:
			push( null );
			break;
		case BINUNICODE:
		case BINSTRING:
			push( text( in.u32( "a string length" ) ) );
			break;
		case SHORT_BINUNICODE:
		case SHORT_BINSTRING:
			push( text( in.u8( "a string length" ) ) );
			break;
		case BINUNICODE8:
			push( text( in.s64( "a string length" ) ) );
			break;
		case BINBYTES:
			push( bytes( in.u32( "a byte string length" ) ) );
			break;
		case SHORT_BINBYTES:
			push( bytes( in.u8( "a byte string length" ) ) );
			break;
		case BINBYTES8:
			push( bytes( in.s64( "a byte string length" ) ) );
			break;
		case GLOBAL:
			final String module = name( in.line( MAX_NAME, "the module of a GLOBAL" ) );
			push( AllowedGlobals.find( module, name( in.line( MAX_NAME, "the name of a GLOBAL" ) ), file ) );
			break;
		case STACK_GLOBAL:
			final Object globalName = pop();
			final Object globalModule = pop();
			if ( !( globalName instanceof String ) || !( globalModule instanceof String ) )
				throw malformed( file, "STACK_GLOBAL is given " + describe( globalModule ) + " and " + describe( globalName ) );
			push( AllowedGlobals.find( ( String ) globalModule, ( String ) globalName, file ) );
			break;
		case REDUCE:
			final Object arguments = pop();
			push( AllowedGlobals.reduce( pop(), arguments, file ) );
			break;
		case BUILD:
			final Object state = pop();
			AllowedGlobals.build( top(), state, file );
			break;
		case SETITEM:
			final Object value = pop();
			final Object key = pop();
			putAll( Arrays.asList( key, value ) );
			break;
		case SETITEMS:
			putAll( popMark() );
			break;
		case APPEND:
			addAll( Collections.singletonList( pop() ), ArrayList.class, "APPEND" );
			break;
		case APPENDS:
			addAll( popMark(), ArrayList.class, "APPENDS" );
			break;
		case ADDITEMS:
			addAll( popMark(), LinkedHashSet.class, "ADDITEMS" );
			break;
		case BINPUT:
			memoize( in.u8( "BINPUT" ) );
			break;
		case LONG_BINPUT:
			memoize( in.u32( "LONG_BINPUT" ) );
			break;
		case MEMOIZE:
			memoize( memo.size() );
			break;
		case BINGET:
			recall( in.u8( "BINGET" ) );
			break;
		case LONG_BINGET:
			recall( in.u32( "LONG_BINGET" ) );
			break;
		case BINPERSID:
			final StorageRef storage = StorageRef.fromPersistentId( pop(), file );
			storages.add( storage );
			push( storage );
			break;
		default:
			throw refused( opcode );
		}
	}

	private PdPlaneException refused( final int opcode )
	{
		final String name = REFUSED.get( opcode );
		if ( name == null )
			return malformed( file, "byte " + opcodeAt + " holds 0x" + Integer.toHexString( opcode ) + ", which is no pickle opcode" );
		return new PdPlaneException( file + " uses the pickle opcode " + name + " (0x" + Integer.toHexString( opcode ) + ") at byte " + opcodeAt
				+ ", which no PyTorch state dict needs: PD Plane refused the file and ran nothing from it." );
	}

	private void push( final Object value )
	{
		if ( stack.size() >= MAX_STACK || ++values > MAX_VALUES )
			throw malformed( file, "its pickle holds more values than a state dict does (at byte " + opcodeAt + ")" );
		stack.add( value );
	}

	private Object pop()
	{
		top();
		return stack.remove( stack.size() - 1 );
	}

	/** The value on top of the stack, left there (never one below a MARK). */
	private Object top()
	{
		if ( stack.isEmpty() || ( !marks.isEmpty() && marks.peek() == stack.size() ) )
			throw malformed( file, "its pickle uses a value of an empty stack at byte " + opcodeAt );
		return stack.get( stack.size() - 1 );
	}

	private List< Object > popItems( final int count )
	{
		final Object[] items = new Object[ count ];
		for ( int i = count - 1; i >= 0; i-- )
			items[ i ] = pop();
		return Arrays.asList( items );
	}

	/** The values above the last MARK, which is removed. */
	private List< Object > popMark()
	{
		if ( marks.isEmpty() )
			throw malformed( file, "its pickle has no MARK for the opcode at byte " + opcodeAt );
		final int mark = marks.pop();
		final List< Object > items = new ArrayList<>( stack.subList( mark, stack.size() ) );
		stack.subList( mark, stack.size() ).clear();
		return items;
	}

	private void putAll( final List< Object > keysAndValues )
	{
		final Object target = top();
		if ( !( target instanceof Map ) || keysAndValues.size() % 2 != 0 )
			throw malformed( file, "its pickle sets items of " + describe( target ) + " at byte " + opcodeAt );
		@SuppressWarnings( "unchecked" )
		final Map< Object, Object > map = ( Map< Object, Object > ) target;
		for ( int i = 0; i < keysAndValues.size(); i += 2 )
			map.put( hashable( keysAndValues.get( i ) ), keysAndValues.get( i + 1 ) );
	}

	private void addAll( final List< Object > items, final Class< ? > container, final String opcode )
	{
		final Object target = top();
		if ( target == null || target.getClass() != container )
			throw malformed( file, "its pickle runs " + opcode + " on " + describe( target ) + " at byte " + opcodeAt );
		@SuppressWarnings( "unchecked" )
		final Collection< Object > collection = ( Collection< Object > ) target;
		for ( final Object item : items )
			collection.add( opcode.equals( "ADDITEMS" ) ? hashable( item ) : item );
	}

	/** Python refuses lists, dicts and sets as dict keys and set items; so does this reader. */
	private Object hashable( final Object key )
	{
		if ( key instanceof ArrayList || key instanceof Map || key instanceof LinkedHashSet )
			throw malformed( file, "its pickle uses " + describe( key ) + " as a dict key at byte " + opcodeAt );
		return key;
	}

	private void memoize( final long index )
	{
		if ( memo.size() >= MAX_MEMO && !memo.containsKey( index ) )
			throw malformed( file, "its pickle memoizes more values than a state dict does (at byte " + opcodeAt + ")" );
		memo.put( index, top() );
	}

	private void recall( final long index )
	{
		if ( !memo.containsKey( index ) )
			throw malformed( file, "its pickle recalls memo entry " + index + ", which was never stored (at byte " + opcodeAt + ")" );
		push( memo.get( index ) );
	}

	private Object integer( final long length ) throws IOException
	{
		if ( length < 0 || length > MAX_LONG_BYTES )
			throw malformed( file, "its pickle holds an integer of " + length + " bytes at byte " + opcodeAt );
		final byte[] littleEndian = in.bytes( length, "an integer" );
		if ( littleEndian.length == 0 )
			return 0L;
		final byte[] bigEndian = new byte[ littleEndian.length ];
		for ( int i = 0; i < bigEndian.length; i++ )
			bigEndian[ i ] = littleEndian[ littleEndian.length - 1 - i ];
		final BigInteger value = new BigInteger( bigEndian );
		return value.bitLength() < Long.SIZE ? ( Object ) value.longValue() : value;
	}

	private String text( final long length ) throws IOException
	{
		if ( length > MAX_TEXT )
			throw malformed( file, "its pickle holds a string of " + length + " bytes at byte " + opcodeAt );
		// torch.load reads Python 2's byte strings (BINSTRING) as UTF-8 too
		return new String( in.bytes( length, "a string" ), StandardCharsets.UTF_8 );
	}

	private byte[] bytes( final long length ) throws IOException
	{
		if ( length > MAX_TEXT )
			throw malformed( file, "its pickle holds a byte string of " + length + " bytes at byte " + opcodeAt );
		return in.bytes( length, "a byte string" );
	}

	private static String name( final byte[] line )
	{
		return new String( line, StandardCharsets.UTF_8 );
	}

	/** A tuple: an unmodifiable list, which APPEND refuses and which may hold None. */
	static List< Object > tuple( final List< Object > items )
	{
		return Collections.unmodifiableList( new ArrayList<>( items ) );
	}

	/** Whether a value is a tuple (and not a list). */
	static boolean isTuple( final Object value )
	{
		return value instanceof List && !( value instanceof ArrayList );
	}

	/** An integer value as a long, or null for anything else (including integers beyond a long). */
	static Long asLong( final Object value )
	{
		if ( value instanceof Integer || value instanceof Long )
			return ( ( Number ) value ).longValue();
		return null;
	}

	/** What a value is, for messages, without printing a large or nested one. */
	static String describe( final Object value )
	{
		if ( value == null )
			return "None";
		if ( value instanceof String )
		{
			final String s = ( ( String ) value ).replaceAll( "\\p{Cntrl}", "?" );
			return "'" + ( s.length() > 40 ? s.substring( 0, 40 ) + "..." : s ) + "'";
		}
		if ( value instanceof Number || value instanceof Boolean )
			return value.toString();
		if ( value instanceof StorageType )
			return "the storage type " + value;
		if ( value instanceof AllowedGlobals.Function )
			return "the function " + value;
		if ( value instanceof StorageRef )
			return "a storage";
		if ( value instanceof PickledTensor )
			return "a tensor";
		if ( value instanceof Map )
			return "a dict of " + ( ( Map< ?, ? > ) value ).size() + " item(s)";
		if ( value instanceof Set )
			return "a set";
		if ( value instanceof byte[] )
			return "a byte string";
		if ( isTuple( value ) )
			return "a tuple of " + ( ( List< ? > ) value ).size() + " item(s)";
		return "a list of " + ( ( List< ? > ) value ).size() + " item(s)";
	}

	/** A file that is not a well-formed state dict pickle. */
	static PdPlaneException malformed( final String file, final String why )
	{
		return new PdPlaneException( file + " is damaged or is not a PyTorch state dict: " + why + "." );
	}

	private static Map< Integer, String > refusedOpcodes()
	{
		final Map< Integer, String > names = new HashMap<>();
		final Object[] table = { 'I', "INT", 'L', "LONG", 'F', "FLOAT", 'S', "STRING", 'V', "UNICODE", 'P', "PERSID", 'd', "DICT", 'l', "LIST",
				'i', "INST", 'o', "OBJ", 'p', "PUT", 'g', "GET", '2', "DUP", 0x81, "NEWOBJ", 0x82, "EXT1", 0x83, "EXT2", 0x84, "EXT4", 0x92,
				"NEWOBJ_EX", 0x96, "BYTEARRAY8", 0x97, "NEXT_BUFFER", 0x98, "READONLY_BUFFER" };
		for ( int i = 0; i < table.length; i += 2 )
			names.put( table[ i ] instanceof Character ? ( int ) ( Character ) table[ i ] : ( Integer ) table[ i ], ( String ) table[ i + 1 ] );
		return names;
	}
}
