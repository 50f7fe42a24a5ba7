package io.github.pdplane.io.mat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

import io.github.pdplane.PdPlaneException;

/**
 * Writes a MAT-file of level 5, which MATLAB, Octave, SciPy and {@link MatFile} load: real
 * {@code double} and {@code single} arrays of any number of dimensions, {@code int32} matrices, text,
 * cell arrays and structs ({@link Value}), nested as deep as needed, each variable stored plainly (as
 * {@code save -v6}) or zlib-compressed (as {@code save -v7}, {@link #compressed()}). The output has no
 * date in its header, so equal content gives equal files.
 */
public final class MatWriter
{
	private final String description;

	private final boolean compressed;

	private final List< Variable > variables;

	/** @param description the header text after "MATLAB 5.0 MAT-file, " (ASCII, at most 90 characters) */
	public MatWriter( final String description )
	{
		this( header( description ), false, new ArrayList<>() );
	}

	private MatWriter( final String description, final boolean compressed, final List< Variable > variables )
	{
		this.description = description;
		this.compressed = compressed;
		this.variables = variables;
	}

	private static String header( final String description )
	{
		final String text = MatFile.HEADER_TEXT + ", " + description;
		if ( text.length() > 116 || !StandardCharsets.US_ASCII.newEncoder().canEncode( text ) )
			throw new IllegalArgumentException( "header text must be ASCII and fit 116 bytes: " + text );
		return text;
	}

	/** This writer, storing every variable zlib-compressed as MATLAB's default {@code save} does. */
	public MatWriter compressed()
	{
		return new MatWriter( description, true, variables );
	}

	/**
	 * Adds a {@code rows}x{@code columns} matrix.
	 *
	 * @param columnMajor
	 *            the values, {@code A(r, c)} at {@code c * rows + r}; copied
	 */
	public MatWriter add( final String name, final int rows, final int columns, final double[] columnMajor )
	{
		return add( name, doubles( rows, columns, columnMajor ) );
	}

	/** Adds a 1x1 matrix. */
	public MatWriter addScalar( final String name, final double value )
	{
		return add( name, 1, 1, new double[] { value } );
	}

	/** Adds any array. */
	public MatWriter add( final String name, final Value value )
	{
		if ( !name.matches( "[A-Za-z][A-Za-z0-9_]{0,62}" ) )
			throw new IllegalArgumentException( "not a MATLAB variable name: " + name );
		variables.add( new Variable( name, value ) );
		return this;
	}

	/** A real {@code double} matrix; {@code A(r, c)} at {@code c * rows + r}, copied. */
	public static Value doubles( final int rows, final int columns, final double[] columnMajor )
	{
		return doubles( new int[] { rows, columns }, columnMajor );
	}

	/**
	 * A real {@code double} array of any number of dimensions (at least two, as MATLAB's {@code size} gives
	 * them); trailing singleton dimensions after the second are dropped, as MATLAB writes them.
	 *
	 * @param columnMajor
	 *            the values, the first index running fastest; copied
	 */
	public static Value doubles( final int[] dimensions, final double[] columnMajor )
	{
		final double[] values = columnMajor.clone();
		return new Numbers( MatClass.DOUBLE, MatFile.MI_DOUBLE, Double.BYTES, matlabDimensions( dimensions, values.length ),
				( out, i ) -> out.doubleValue( values[ i ] ) );
	}

	/**
	 * A {@code single} array (class mxSINGLE, data miSINGLE) of any number of dimensions, as MATLAB stores
	 * network weights: four bytes a value where {@code double} takes eight. Trailing singleton dimensions
	 * after the second are dropped, as MATLAB writes them.
	 *
	 * @param columnMajor
	 *            the values, the first index running fastest ({@code W(y, x, c, k)} at
	 *            {@code y + H * (x + W * (c + C * k))}); copied
	 */
	public static Value singles( final int[] dimensions, final float[] columnMajor )
	{
		final float[] values = columnMajor.clone();
		return new Numbers( MatClass.SINGLE, MatFile.MI_SINGLE, Float.BYTES, matlabDimensions( dimensions, values.length ),
				( out, i ) -> out.floatValue( values[ i ] ) );
	}

	/** An {@code int32} matrix, as randomforest-matlab stores its node arrays. */
	public static Value int32s( final int rows, final int columns, final int[] columnMajor )
	{
		final int[] values = columnMajor.clone();
		return new Numbers( MatClass.INT32, MatFile.MI_INT32, Integer.BYTES, matlabDimensions( new int[] { rows, columns }, values.length ),
				( out, i ) -> out.intValue( values[ i ] ) );
	}

	/** A {@code char} matrix of UTF-16 code units, column-major. */
	public static Value chars( final int rows, final int columns, final char[] columnMajor )
	{
		checkSize( rows, columns, columnMajor.length );
		return new Text( rows, columns, columnMajor.clone() );
	}

	/** A row of text. */
	public static Value text( final String text )
	{
		return chars( 1, text.length(), text.toCharArray() );
	}

	/** A cell array, its cells in column-major order. */
	public static Value cell( final int rows, final int columns, final Value... cells )
	{
		checkSize( rows, columns, cells.length );
		return new Cell( rows, columns, cells.clone() );
	}

	/** A 1x1 struct, its fields in the map's order. */
	public static Value struct( final Map< String, Value > fields )
	{
		for ( final String f : fields.keySet() )
			if ( !f.matches( "[A-Za-z][A-Za-z0-9_]{0,62}" ) )
				throw new IllegalArgumentException( "not a MATLAB field name: " + f );
		return new Struct( new LinkedHashMap<>( fields ) );
	}

	private static void checkSize( final int rows, final int columns, final int length )
	{
		matlabDimensions( new int[] { rows, columns }, length );
	}

	/**
	 * The dimensions as MATLAB writes them: at least two, trailing ones after the second dropped (a
	 * 3x3x64x1 array is saved as 3x3x64), so files read the same as MATLAB's.
	 *
	 * @throws IllegalArgumentException
	 *             for fewer than two dimensions, a negative one, or a product that is not {@code length}
	 */
	private static int[] matlabDimensions( final int[] dimensions, final int length )
	{
		long product = 1;
		for ( final int d : dimensions )
		{
			if ( d < 0 )
				throw new IllegalArgumentException( "negative dimension in " + Arrays.toString( dimensions ) );
			product *= d;
		}
		if ( dimensions.length < 2 || product != length )
			throw new IllegalArgumentException( Arrays.toString( dimensions ) + " needs " + product + " values (and at least two dimensions), got "
					+ length );
		int kept = dimensions.length;
		while ( kept > 2 && dimensions[ kept - 1 ] == 1 )
			kept--;
		return Arrays.copyOf( dimensions, kept );
	}

	public byte[] toBytes( final ByteOrder order )
	{
		final Output out = new Output( order );
		final byte[] text = new byte[ 116 ];
		Arrays.fill( text, ( byte ) ' ' );
		final byte[] given = description.getBytes( StandardCharsets.US_ASCII );
		System.arraycopy( given, 0, text, 0, given.length );
		out.bytes( text ).longValue( 0 ).shortValue( 0x0100 ).shortValue( ( 'M' << 8 ) | 'I' );
		for ( final Variable v : variables )
		{
			final byte[] element = v.value.element( v.name, order );
			if ( compressed )
				out.intValue( MatFile.MI_COMPRESSED ).bytesWithLength( deflate( element ) );
			else
				out.bytes( element );
		}
		return out.toByteArray();
	}

	private static byte[] deflate( final byte[] bytes )
	{
		final Deflater deflater = new Deflater();
		try
		{
			deflater.setInput( bytes );
			deflater.finish();
			final ByteArrayOutputStream out = new ByteArrayOutputStream( Math.max( 64, bytes.length / 4 ) );
			final byte[] chunk = new byte[ 1 << 16 ];
			while ( !deflater.finished() )
				out.write( chunk, 0, deflater.deflate( chunk ) );
			return out.toByteArray();
		}
		finally
		{
			deflater.end();
		}
	}

	/** Writes the file (little-endian, as MATLAB on every current platform); failures name the file. */
	public void write( final Path path )
	{
		try
		{
			Files.write( path, toBytes( ByteOrder.LITTLE_ENDIAN ) );
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( "'" + path + "' could not be written: " + e.getMessage(), e );
		}
	}

	private static final class Variable
	{
		final String name;

		final Value value;

		Variable( final String name, final Value value )
		{
			this.name = name;
			this.value = value;
		}
	}

	/** An array to write; made by {@link MatWriter#doubles}, {@link MatWriter#struct} and the other factories. Immutable. */
	public abstract static class Value
	{
		private final MatClass matClass;

		private final int[] dimensions;

		Value( final MatClass matClass, final int... dimensions )
		{
			this.matClass = matClass;
			this.dimensions = dimensions;
		}

		/** The whole miMATRIX element (tag, flags, dimensions, name, data). */
		final byte[] element( final String name, final ByteOrder order )
		{
			final Output content = new Output( order );
			content.intValue( MatFile.MI_UINT32 ).intValue( 8 ).intValue( matClass.code() ).intValue( 0 );
			content.intValue( MatFile.MI_INT32 ).intValue( 4 * dimensions.length );
			for ( final int d : dimensions )
				content.intValue( d );
			content.pad();
			final byte[] nameBytes = name.getBytes( StandardCharsets.US_ASCII );
			if ( nameBytes.length <= 4 )
				content.intValue( ( nameBytes.length << 16 ) | MatFile.MI_INT8 ).bytes( Arrays.copyOf( nameBytes, 4 ) );
			else
				content.intValue( MatFile.MI_INT8 ).intValue( nameBytes.length ).bytes( nameBytes ).pad();
			data( content, order );
			final byte[] body = content.toByteArray();
			return new Output( order ).intValue( MatFile.MI_MATRIX ).bytesWithLength( body ).toByteArray();
		}

		/** The elements after the name. */
		abstract void data( Output out, ByteOrder order );
	}

	/** Writes element {@code index} of an array's data. */
	@FunctionalInterface
	private interface Elements
	{
		void write( Output out, int index );
	}

	/** A numeric array: its class, the storage type of its data and the bytes each value takes. */
	private static final class Numbers extends Value
	{
		private final int type;

		private final int bytes;

		private final int count;

		private final Elements elements;

		Numbers( final MatClass matClass, final int type, final int bytes, final int[] dimensions, final Elements elements )
		{
			super( matClass, dimensions );
			this.type = type;
			this.bytes = bytes;
			this.count = ( int ) MatArray.elementCount( dimensions );
			this.elements = elements;
		}

		@Override
		void data( final Output out, final ByteOrder order )
		{
			out.intValue( type ).intValue( bytes * count );
			for ( int i = 0; i < count; i++ )
				elements.write( out, i );
			out.pad();
		}
	}

	private static final class Text extends Value
	{
		private final char[] chars;

		Text( final int rows, final int columns, final char[] chars )
		{
			super( MatClass.CHAR, rows, columns );
			this.chars = chars;
		}

		@Override
		void data( final Output out, final ByteOrder order )
		{
			out.intValue( MatFile.MI_UINT16 ).intValue( 2 * chars.length );
			for ( final char c : chars )
				out.shortValue( c );
			out.pad();
		}
	}

	private static final class Cell extends Value
	{
		private final Value[] cells;

		Cell( final int rows, final int columns, final Value[] cells )
		{
			super( MatClass.CELL, rows, columns );
			this.cells = cells;
		}

		@Override
		void data( final Output out, final ByteOrder order )
		{
			for ( final Value v : cells )
				out.bytes( v.element( "", order ) );
		}
	}

	private static final class Struct extends Value
	{
		private final Map< String, Value > fields;

		Struct( final Map< String, Value > fields )
		{
			super( MatClass.STRUCT, 1, 1 );
			this.fields = fields;
		}

		@Override
		void data( final Output out, final ByteOrder order )
		{
			int longest = 0;
			for ( final String f : fields.keySet() )
				longest = Math.max( longest, f.length() );
			final int length = longest + 1; // room for the terminating zero, as MATLAB writes it
			out.intValue( ( 4 << 16 ) | MatFile.MI_INT32 ).intValue( length );
			out.intValue( MatFile.MI_INT8 ).intValue( length * fields.size() );
			for ( final String f : fields.keySet() )
				out.bytes( Arrays.copyOf( f.getBytes( StandardCharsets.US_ASCII ), length ) );
			out.pad();
			for ( final Value v : fields.values() )
				out.bytes( v.element( "", order ) );
		}
	}

	/** A growing byte buffer in one byte order, with the 8-byte padding of the format. */
	private static final class Output
	{
		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		private final ByteBuffer scratch;

		Output( final ByteOrder order )
		{
			this.scratch = ByteBuffer.allocate( 8 ).order( order );
		}

		Output bytes( final byte[] b )
		{
			bytes.write( b, 0, b.length );
			return this;
		}

		/** The length as a 32-bit word, then the bytes (a tag's second word and its data). */
		Output bytesWithLength( final byte[] b )
		{
			return intValue( b.length ).bytes( b );
		}

		Output intValue( final int v )
		{
			scratch.clear();
			scratch.putInt( v );
			bytes.write( scratch.array(), 0, 4 );
			return this;
		}

		Output shortValue( final int v )
		{
			scratch.clear();
			scratch.putShort( ( short ) v );
			bytes.write( scratch.array(), 0, 2 );
			return this;
		}

		Output longValue( final long v )
		{
			scratch.clear();
			scratch.putLong( v );
			bytes.write( scratch.array(), 0, 8 );
			return this;
		}

		Output doubleValue( final double v )
		{
			scratch.clear();
			scratch.putDouble( v );
			bytes.write( scratch.array(), 0, 8 );
			return this;
		}

		Output floatValue( final float v )
		{
			scratch.clear();
			scratch.putFloat( v );
			bytes.write( scratch.array(), 0, 4 );
			return this;
		}

		/** Zeros up to the next multiple of 8 bytes. */
		Output pad()
		{
			while ( bytes.size() % 8 != 0 )
				bytes.write( 0 );
			return this;
		}

		byte[] toByteArray()
		{
			return bytes.toByteArray();
		}
	}
}
