package io.github.pdplane.io.mat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import io.github.pdplane.PdPlaneException;

/**
 * A MATLAB MAT-file of level 5 (the format of {@code save} with {@code -v6} and {@code -v7}, as
 * documented in MathWorks' "MAT-File Format"): both byte orders, zlib-compressed variables, numeric
 * and logical arrays of every class, text, cell arrays and structs, nested to any reasonable depth.
 * Sparse arrays, objects and function handles are listed but not decoded. MATLAB 7.3 files are HDF5
 * and are refused with a message saying how to re-save them.
 * <p>
 * Damaged or truncated files give a {@link PdPlaneException} that names the file; no other exception
 * escapes. Immutable.
 */
public final class MatFile
{
	/** Data types of the element tags. */
	static final int MI_INT8 = 1, MI_UINT8 = 2, MI_INT16 = 3, MI_UINT16 = 4, MI_INT32 = 5, MI_UINT32 = 6, MI_SINGLE = 7, MI_DOUBLE = 9,
			MI_INT64 = 12, MI_UINT64 = 13, MI_MATRIX = 14, MI_COMPRESSED = 15, MI_UTF8 = 16, MI_UTF16 = 17, MI_UTF32 = 18;

	static final int HEADER_LENGTH = 128;

	static final String HEADER_TEXT = "MATLAB 5.0 MAT-file";

	/** Array flag bits (second byte of the flags word). */
	static final int FLAG_COMPLEX = 0x08, FLAG_LOGICAL = 0x02;

	/** Deeper nesting than this is taken for a damaged file rather than risking the stack. */
	static final int MAX_DEPTH = 64;

	/** Refuse to inflate a variable beyond this many bytes. */
	private static final int MAX_INFLATED = Integer.MAX_VALUE - 64;

	private final String source;

	private final Map< String, MatArray > variables;

	private MatFile( final String source, final Map< String, MatArray > variables )
	{
		this.source = source;
		this.variables = Collections.unmodifiableMap( variables );
	}

	/** Reads a file; a missing, unreadable or malformed file gives a message naming it. */
	public static MatFile read( final Path path )
	{
		final String shown = path.toString();
		if ( Files.isDirectory( path ) )
			throw new PdPlaneException( "'" + shown + "' is a folder, not a MAT-file." );
		final byte[] bytes;
		try
		{
			bytes = Files.readAllBytes( path );
		}
		catch ( final NoSuchFileException e )
		{
			throw new PdPlaneException( "'" + shown + "' does not exist.", e );
		}
		catch ( final IOException | OutOfMemoryError e )
		{
			throw new PdPlaneException( "'" + shown + "' cannot be read: " + e.getMessage(), e );
		}
		return parse( bytes, shown );
	}

	/** Reads a whole stream (a bundled resource, for example); {@code source} names it in messages. */
	public static MatFile read( final InputStream in, final String source )
	{
		try
		{
			final ByteArrayOutputStream out = new ByteArrayOutputStream();
			final byte[] chunk = new byte[ 1 << 16 ];
			int n;
			while ( ( n = in.read( chunk ) ) > 0 )
				out.write( chunk, 0, n );
			return parse( out.toByteArray(), source );
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( "'" + source + "' cannot be read: " + e.getMessage(), e );
		}
	}

	/** Parses the bytes of a whole MAT-file; {@code source} names it in messages. */
	public static MatFile parse( final byte[] bytes, final String source )
	{
		final Parser parser = new Parser( source );
		try
		{
			return new MatFile( source, parser.file( bytes ) );
		}
		catch ( final OutOfMemoryError e )
		{
			throw new PdPlaneException( "'" + source + "' is too large to read in the memory available.", e );
		}
	}

	/** The file's name or path as given to the reader. */
	public String source()
	{
		return source;
	}

	/** The variables in file order, by name. */
	public Map< String, MatArray > variables()
	{
		return variables;
	}

	public boolean has( final String name )
	{
		return variables.containsKey( name );
	}

	/** A variable that must exist. */
	public MatArray get( final String name )
	{
		final MatArray a = variables.get( name );
		if ( a == null )
			throw new PdPlaneException( "'" + source + "' has no variable '" + name + "'" + ( variables.isEmpty() ? " (it holds no variables)."
					: " (it holds " + String.join( ", ", variables.keySet() ) + ")." ) );
		return a;
	}

	/** A numeric variable that must exist. */
	public MatNumeric numeric( final String name )
	{
		return get( name ).asNumeric( "'" + source + "' variable '" + name + "'" );
	}

	/** The parse of one file; its methods throw {@link PdPlaneException} naming the file. */
	static final class Parser
	{
		private final String source;

		/** Which top-level element is being read, for messages. */
		String context = "";

		Parser( final String source )
		{
			this.source = source;
		}

		Map< String, MatArray > file( final byte[] bytes )
		{
			final ByteBuffer file = ByteBuffer.wrap( bytes );
			final ByteOrder order = header( bytes );
			file.order( order ).position( HEADER_LENGTH );
			final Map< String, MatArray > variables = new LinkedHashMap<>();
			// fewer than 8 trailing bytes cannot hold an element: padding some writers leave
			while ( file.remaining() >= 8 )
			{
				context = " (in the element at byte " + file.position() + ")";
				final Element e = element( file );
				final MatArray a;
				if ( e.type == MI_COMPRESSED )
				{
					final Element inner = element( ByteBuffer.wrap( inflate( e.data ) ).order( order ) );
					a = inner.type == MI_MATRIX ? matrix( inner.data, 0 ) : null;
				}
				else
					a = e.type == MI_MATRIX ? matrix( e.data, 0 ) : null;
				if ( a != null )
					variables.put( a.name(), a );
			}
			return variables;
		}

		ByteOrder header( final byte[] bytes )
		{
			final String text = new String( bytes, 0, Math.min( bytes.length, 116 ), StandardCharsets.ISO_8859_1 );
			if ( text.startsWith( "MATLAB 7.3 MAT-file" ) )
				throw fail( "is a MATLAB 7.3 (HDF5) MAT-file, which this reader does not read: in MATLAB, load it and save it again with"
						+ " save(..., '-v7')" );
			if ( bytes.length < HEADER_LENGTH )
				throw fail( "is not a MATLAB MAT-file: it is shorter (" + bytes.length + " bytes) than the " + HEADER_LENGTH + "-byte header" );
			final char e0 = ( char ) bytes[ 126 ], e1 = ( char ) bytes[ 127 ];
			final ByteOrder order;
			if ( e0 == 'I' && e1 == 'M' )
				order = ByteOrder.LITTLE_ENDIAN;
			else if ( e0 == 'M' && e1 == 'I' )
				order = ByteOrder.BIG_ENDIAN;
			else
				throw fail( "is not a MATLAB MAT-file of level 5 (no 'MI' byte-order mark at byte 126; the header reads '"
						+ printable( text.length() > 40 ? text.substring( 0, 40 ) : text ) + "')" );
			final int version = ByteBuffer.wrap( bytes, 124, 2 ).order( order ).getShort() & 0xffff;
			if ( version != 0x0100 )
				throw fail( "is a MAT-file of version 0x" + Integer.toHexString( version ) + "; this reader reads level-5 files (version 0x0100,"
						+ " as MATLAB's save -v6 and -v7 write them)" );
			return order;
		}

		private static String printable( final String s )
		{
			return s.replaceAll( "[^\\x20-\\x7e]", "?" ).trim();
		}

		/**
		 * The element at the buffer's position; leaves the position after it and its padding. The data
		 * is a view in the buffer's byte order.
		 */
		Element element( final ByteBuffer b )
		{
			final int at = b.position();
			if ( b.remaining() < 8 )
				throw truncated( "an element tag needs 8 bytes but " + b.remaining() + " remain" );
			final int word = b.getInt();
			if ( ( word >>> 16 ) != 0 )
			{
				// small element: type and length share the first word, data in the second
				final int n = word >>> 16;
				if ( n > 4 )
					throw damaged( "a small element claims " + n + " bytes (at most 4)" );
				final ByteBuffer data = view( b, at + 4, n );
				b.position( at + 8 );
				return new Element( word & 0xffff, data );
			}
			final long n = b.getInt() & 0xffffffffL;
			if ( n > b.remaining() )
				throw truncated( "an element of type " + word + " claims " + n + " bytes but only " + b.remaining() + " remain" );
			final ByteBuffer data = view( b, at + 8, ( int ) n );
			final long end = at + 8 + n + ( word == MI_COMPRESSED ? 0 : ( 8 - n % 8 ) % 8 );
			b.position( ( int ) Math.min( end, b.limit() ) );
			return new Element( word, data );
		}

		private static ByteBuffer view( final ByteBuffer b, final int from, final int length )
		{
			final ByteBuffer d = b.duplicate();
			d.limit( from + length ).position( from );
			return d.slice().order( b.order() );
		}

		private byte[] inflate( final ByteBuffer compressed )
		{
			final byte[] in = new byte[ compressed.remaining() ];
			compressed.get( in );
			final Inflater inflater = new Inflater();
			try
			{
				inflater.setInput( in );
				final ByteArrayOutputStream out = new ByteArrayOutputStream( Math.max( 64, in.length * 4 ) );
				final byte[] chunk = new byte[ 1 << 16 ];
				while ( !inflater.finished() )
				{
					final int n = inflater.inflate( chunk );
					if ( n == 0 && ( inflater.needsInput() || inflater.needsDictionary() ) )
						throw truncated( "the compressed variable ends before its zlib stream does" );
					if ( out.size() > MAX_INFLATED - n )
						throw damaged( "a compressed variable inflates to more than 2 GB" );
					out.write( chunk, 0, n );
				}
				return out.toByteArray();
			}
			catch ( final DataFormatException e )
			{
				throw damaged( "the compressed variable is not a valid zlib stream (" + e.getMessage() + ")" );
			}
			finally
			{
				inflater.end();
			}
		}

		/** A miMATRIX element's content (tag already read). */
		MatArray matrix( final ByteBuffer b, final int depth )
		{
			if ( depth > MAX_DEPTH )
				throw damaged( "arrays are nested more than " + MAX_DEPTH + " deep" );
			if ( !b.hasRemaining() )
				return new MatNumeric( "", new int[] { 0, 0 }, MatClass.DOUBLE, false, new double[ 0 ], null );
			final Element flagsElement = expect( b, "array flags", MI_UINT32 );
			if ( flagsElement.data.remaining() < 8 )
				throw damaged( "the array flags hold " + flagsElement.data.remaining() + " bytes, not 8" );
			final int flags = flagsElement.data.getInt( 0 );
			final MatClass matClass = MatClass.ofCode( flags & 0xff );
			if ( matClass == null )
				throw damaged( "an array has the unknown class code " + ( flags & 0xff ) );
			if ( matClass == MatClass.OPAQUE )
				return new MatUnsupported( text( expect( b, "array name", MI_INT8 ).data ), new int[] { 1, 1 }, matClass );
			final int[] dims = dimensions( expect( b, "dimensions", MI_INT32 ) );
			final String name = text( expect( b, "array name", MI_INT8 ).data );
			final long count = MatArray.elementCount( dims );
			if ( count < 0 )
				throw damaged( "the array '" + name + "' claims more than 2^31 elements" );
			final int n = ( int ) count;
			final boolean complex = ( flags & ( FLAG_COMPLEX << 8 ) ) != 0;
			final boolean logical = ( flags & ( FLAG_LOGICAL << 8 ) ) != 0;
			if ( matClass.isNumeric() )
			{
				final double[] real = numbers( element( b ), n, name );
				final double[] imaginary = complex ? numbers( element( b ), n, name ) : null;
				return new MatNumeric( name, dims, matClass, logical, real, imaginary );
			}
			switch ( matClass )
			{
			case CHAR:
				return new MatChar( name, dims, characters( element( b ), n, name ) );
			case CELL:
				checkRoom( b, n, name );
				final MatArray[] cells = new MatArray[ n ];
				for ( int i = 0; i < n; i++ )
					cells[ i ] = nested( b, depth, name );
				return new MatCell( name, dims, cells );
			case STRUCT:
				return struct( b, depth, name, dims, n );
			default:
				return new MatUnsupported( name, dims, matClass );
			}
		}

		private MatStruct struct( final ByteBuffer b, final int depth, final String name, final int[] dims, final int n )
		{
			final Element lengthElement = expect( b, "field name length", MI_INT32 );
			if ( lengthElement.data.remaining() < 4 )
				throw damaged( "the struct '" + name + "' has no field name length" );
			final int length = lengthElement.data.getInt( 0 );
			final Element namesElement = expect( b, "field names", MI_INT8 );
			final int bytes = namesElement.data.remaining();
			if ( length < 1 && bytes > 0 || length > 0 && bytes % length != 0 )
				throw damaged( "the struct '" + name + "' has " + bytes + " bytes of field names of length " + length );
			final int fields = length < 1 ? 0 : bytes / length;
			final String[] fieldNames = new String[ fields ];
			for ( int f = 0; f < fields; f++ )
				fieldNames[ f ] = text( view( namesElement.data, f * length, length ) );
			if ( fields > 0 )
				checkRoom( b, ( long ) n * fields, name );
			final MatArray[][] values = new MatArray[ n ][ fields ];
			for ( int e = 0; e < n; e++ )
				for ( int f = 0; f < fields; f++ )
					values[ e ][ f ] = nested( b, depth, name );
			return new MatStruct( name, dims, fieldNames, values );
		}

		private MatArray nested( final ByteBuffer b, final int depth, final String parent )
		{
			final Element e = element( b );
			if ( e.type != MI_MATRIX )
				throw damaged( "an element of '" + parent + "' has type " + e.type + " where an array (14) belongs" );
			return matrix( e.data, depth + 1 );
		}

		/** Each nested array takes at least an 8-byte tag: a count beyond that is a damaged size, not a big array. */
		private void checkRoom( final ByteBuffer b, final long elements, final String name )
		{
			if ( elements > b.remaining() / 8 )
				throw truncated( "'" + name + "' claims " + elements + " elements but only " + b.remaining() + " bytes remain" );
		}

		Element expect( final ByteBuffer b, final String what, final int type )
		{
			final Element e = element( b );
			final boolean bytesForText = type == MI_INT8 && ( e.type == MI_UINT8 || e.type == MI_UTF8 );
			if ( e.type != type && !bytesForText )
				throw damaged( "the " + what + " element has type " + e.type + " instead of " + type );
			return e;
		}

		int[] dimensions( final Element e )
		{
			final int n = e.data.remaining() / 4;
			if ( n < 2 || e.data.remaining() % 4 != 0 )
				throw damaged( "an array has " + e.data.remaining() + " bytes of dimensions" );
			final int[] dims = new int[ n ];
			for ( int i = 0; i < n; i++ )
			{
				dims[ i ] = e.data.getInt( 4 * i );
				if ( dims[ i ] < 0 )
					throw damaged( "an array has the negative dimension " + dims[ i ] );
			}
			return dims;
		}

		static String text( final ByteBuffer data )
		{
			final byte[] bytes = new byte[ data.remaining() ];
			data.duplicate().get( bytes );
			int end = 0;
			while ( end < bytes.length && bytes[ end ] != 0 )
				end++;
			return new String( bytes, 0, end, StandardCharsets.UTF_8 );
		}

		private double[] numbers( final Element e, final int expected, final String name )
		{
			final int size = sizeOf( e.type );
			if ( size == 0 )
				throw damaged( "the data of '" + name + "' has the non-numeric type " + e.type );
			final ByteBuffer d = e.data;
			final int bytes = d.remaining();
			if ( bytes % size != 0 || bytes / size != expected )
				throw damaged( "'" + name + "' should hold " + expected + " values but its data element has " + bytes + " bytes of "
						+ size + "-byte values" );
			final double[] out = new double[ expected ];
			for ( int i = 0; i < expected; i++ )
				out[ i ] = number( d, e.type, i * size );
			return out;
		}

		private static int sizeOf( final int type )
		{
			switch ( type )
			{
			case MI_INT8:
			case MI_UINT8:
				return 1;
			case MI_INT16:
			case MI_UINT16:
				return 2;
			case MI_INT32:
			case MI_UINT32:
			case MI_SINGLE:
				return 4;
			case MI_DOUBLE:
			case MI_INT64:
			case MI_UINT64:
				return 8;
			default:
				return 0;
			}
		}

		private static double number( final ByteBuffer d, final int type, final int at )
		{
			switch ( type )
			{
			case MI_INT8:
				return d.get( at );
			case MI_UINT8:
				return d.get( at ) & 0xff;
			case MI_INT16:
				return d.getShort( at );
			case MI_UINT16:
				return d.getShort( at ) & 0xffff;
			case MI_INT32:
				return d.getInt( at );
			case MI_UINT32:
				return d.getInt( at ) & 0xffffffffL;
			case MI_SINGLE:
				return d.getFloat( at );
			case MI_DOUBLE:
				return d.getDouble( at );
			case MI_INT64:
				return d.getLong( at );
			default: // MI_UINT64
				final long v = d.getLong( at );
				return v >= 0 ? v : ( v >>> 1 ) * 2.0 + ( v & 1 );
			}
		}

		private char[] characters( final Element e, final int expected, final String name )
		{
			final ByteBuffer d = e.data;
			final String decoded;
			switch ( e.type )
			{
			case MI_UINT16:
			case MI_UTF16:
			case MI_INT16:
				final char[] chars = new char[ d.remaining() / 2 ];
				for ( int i = 0; i < chars.length; i++ )
					chars[ i ] = d.getChar( 2 * i );
				decoded = new String( chars );
				break;
			case MI_UINT8:
			case MI_INT8:
			case MI_UTF8:
				final byte[] bytes = new byte[ d.remaining() ];
				d.duplicate().get( bytes );
				decoded = new String( bytes, StandardCharsets.UTF_8 );
				break;
			case MI_UTF32:
			case MI_UINT32:
			case MI_INT32:
				final StringBuilder s = new StringBuilder();
				for ( int i = 0; i + 4 <= d.remaining(); i += 4 )
				{
					final int cp = d.getInt( i );
					if ( !Character.isValidCodePoint( cp ) )
						throw damaged( "the text '" + name + "' holds the invalid code point " + cp );
					s.appendCodePoint( cp );
				}
				decoded = s.toString();
				break;
			default:
				throw damaged( "the text '" + name + "' is stored as type " + e.type );
			}
			if ( decoded.length() != expected )
				throw damaged( "the text '" + name + "' should have " + expected + " characters, not " + decoded.length() );
			return decoded.toCharArray();
		}

		PdPlaneException truncated( final String detail )
		{
			return fail( "is truncated or damaged" + context + ": " + detail );
		}

		PdPlaneException damaged( final String detail )
		{
			return fail( "is damaged or not a MAT-file PD Plane reads" + context + ": " + detail );
		}

		private PdPlaneException fail( final String what )
		{
			return new PdPlaneException( "'" + source + "' " + what + "." );
		}
	}

	static final class Element
	{
		final int type;

		final ByteBuffer data;

		Element( final int type, final ByteBuffer data )
		{
			this.type = type;
			this.data = data;
		}
	}

}
