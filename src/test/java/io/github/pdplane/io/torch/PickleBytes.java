package io.github.pdplane.io.torch;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Builds pickle bytes opcode by opcode, following Python's {@code pickletools} documentation (independently
 * of {@link Unpickler}): what {@code torch.save} writes, and what forged files hold.
 */
public final class PickleBytes
{
	public static final int MARK = '(', STOP = '.', BINFLOAT = 'G', BININT = 'J', BININT1 = 'K', BININT2 = 'M', NONE = 'N', BINPERSID = 'Q',
			REDUCE = 'R', SHORT_BINSTRING = 'U', BINUNICODE = 'X', APPEND = 'a', BUILD = 'b', APPENDS = 'e', BINGET = 'h', EMPTY_LIST = ']',
			BINPUT = 'q', SETITEM = 's', TUPLE = 't', SETITEMS = 'u', EMPTY_DICT = '}', EMPTY_TUPLE = ')', SHORT_BINBYTES = 'C', PROTO = 0x80,
			NEWOBJ = 0x81, TUPLE1 = 0x85, TUPLE2 = 0x86, TUPLE3 = 0x87, NEWTRUE = 0x88, NEWFALSE = 0x89, LONG1 = 0x8a,
			SHORT_BINUNICODE = 0x8c, BINUNICODE8 = 0x8d, EMPTY_SET = 0x8f, ADDITEMS = 0x90, FROZENSET = 0x91, STACK_GLOBAL = 0x93,
			MEMOIZE = 0x94, FRAME = 0x95, INST = 'i';

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	/** Any bytes, opcodes or not. */
	public PickleBytes raw( final int... bytes )
	{
		for ( final int b : bytes )
			out.write( b );
		return this;
	}

	public PickleBytes proto( final int version )
	{
		return raw( PROTO, version );
	}

	public PickleBytes global( final String module, final String name )
	{
		return raw( 'c' ).bytes( ( module + "\n" + name + "\n" ).getBytes( StandardCharsets.UTF_8 ) );
	}

	/** BINUNICODE, as torch writes every string. */
	public PickleBytes text( final String text )
	{
		final byte[] utf8 = text.getBytes( StandardCharsets.UTF_8 );
		return raw( BINUNICODE ).littleEndian( utf8.length, 4 ).bytes( utf8 );
	}

	/** The shortest of BININT1, BININT2, BININT and LONG1, as Python's pickler chooses. */
	public PickleBytes integer( final long value )
	{
		if ( value >= 0 && value < 0x100 )
			return raw( BININT1, ( int ) value );
		if ( value >= 0 && value < 0x10000 )
			return raw( BININT2 ).littleEndian( value, 2 );
		if ( value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE )
			return raw( BININT ).littleEndian( value, 4 );
		return longInteger( BigInteger.valueOf( value ) );
	}

	/** LONG1: a length byte, then two's complement little-endian. */
	public PickleBytes longInteger( final BigInteger value )
	{
		final byte[] bigEndian = value.toByteArray();
		raw( LONG1, bigEndian.length );
		for ( int i = bigEndian.length - 1; i >= 0; i-- )
			out.write( bigEndian[ i ] );
		return this;
	}

	public PickleBytes put( final int index )
	{
		return raw( BINPUT, index );
	}

	public PickleBytes get( final int index )
	{
		return raw( BINGET, index );
	}

	/** A tuple of integers, as torch writes sizes and strides. */
	public PickleBytes integers( final long... values )
	{
		if ( values.length == 0 )
			return raw( EMPTY_TUPLE );
		if ( values.length > 3 )
			raw( MARK );
		for ( final long v : values )
			integer( v );
		return raw( values.length > 3 ? TUPLE : TUPLE1 + values.length - 1 );
	}

	/** {@code n} bytes of a value, little-endian. */
	public PickleBytes littleEndian( final long value, final int n )
	{
		out.write( ByteBuffer.allocate( 8 ).order( ByteOrder.LITTLE_ENDIAN ).putLong( value ).array(), 0, n );
		return this;
	}

	public PickleBytes bytes( final byte[] bytes )
	{
		out.write( bytes, 0, bytes.length );
		return this;
	}

	public byte[] toByteArray()
	{
		return out.toByteArray();
	}
}
