package io.github.pdplane.nr.mat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.pdplane.PdPlaneException;

/**
 * Writes real {@code double} matrices to an uncompressed MAT-file of level 5, which MATLAB, Octave,
 * SciPy and {@link MatFile} load. The output has no date in its header, so equal content gives equal
 * files.
 */
public final class MatWriter
{
	private final String description;

	private final List< Variable > variables = new ArrayList<>();

	/** @param description the header text after "MATLAB 5.0 MAT-file, " (ASCII, at most 90 characters) */
	public MatWriter( final String description )
	{
		final String text = MatFile.HEADER_TEXT + ", " + description;
		if ( text.length() > 116 || !StandardCharsets.US_ASCII.newEncoder().canEncode( text ) )
			throw new IllegalArgumentException( "header text must be ASCII and fit 116 bytes: " + text );
		this.description = text;
	}

	/**
	 * Adds a {@code rows}x{@code columns} matrix.
	 *
	 * @param columnMajor
	 *            the values, {@code A(r, c)} at {@code c * rows + r}; copied
	 */
	public MatWriter add( final String name, final int rows, final int columns, final double[] columnMajor )
	{
		if ( !name.matches( "[A-Za-z][A-Za-z0-9_]{0,62}" ) )
			throw new IllegalArgumentException( "not a MATLAB variable name: " + name );
		if ( rows < 0 || columns < 0 || ( long ) rows * columns != columnMajor.length )
			throw new IllegalArgumentException( rows + "x" + columns + " needs " + ( long ) rows * columns + " values, got " + columnMajor.length );
		variables.add( new Variable( name, rows, columns, columnMajor.clone() ) );
		return this;
	}

	/** Adds a 1x1 matrix. */
	public MatWriter addScalar( final String name, final double value )
	{
		return add( name, 1, 1, new double[] { value } );
	}

	public byte[] toBytes( final ByteOrder order )
	{
		int length = MatFile.HEADER_LENGTH;
		for ( final Variable v : variables )
			length += 8 + v.contentLength();
		final ByteBuffer out = ByteBuffer.allocate( length ).order( order );
		final byte[] text = new byte[ 116 ];
		Arrays.fill( text, ( byte ) ' ' );
		final byte[] given = description.getBytes( StandardCharsets.US_ASCII );
		System.arraycopy( given, 0, text, 0, given.length );
		out.put( text ).putLong( 0 ).putShort( ( short ) 0x0100 ).putShort( ( short ) ( ( 'M' << 8 ) | 'I' ) );
		for ( final Variable v : variables )
			v.write( out );
		return out.array();
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

		final int rows, columns;

		final double[] values;

		Variable( final String name, final int rows, final int columns, final double[] values )
		{
			this.name = name;
			this.rows = rows;
			this.columns = columns;
			this.values = values;
		}

		private int nameLength()
		{
			return name.length() <= 4 ? 8 : 8 + padded( name.length() );
		}

		int contentLength()
		{
			return 16 + 16 + nameLength() + 8 + 8 * values.length;
		}

		void write( final ByteBuffer out )
		{
			out.putInt( MatFile.MI_MATRIX ).putInt( contentLength() );
			out.putInt( MatFile.MI_UINT32 ).putInt( 8 ).putInt( MatClass.DOUBLE.code() ).putInt( 0 );
			out.putInt( MatFile.MI_INT32 ).putInt( 8 ).putInt( rows ).putInt( columns );
			final byte[] bytes = name.getBytes( StandardCharsets.US_ASCII );
			if ( bytes.length <= 4 )
				out.putInt( ( bytes.length << 16 ) | MatFile.MI_INT8 ).put( Arrays.copyOf( bytes, 4 ) );
			else
				out.putInt( MatFile.MI_INT8 ).putInt( bytes.length ).put( Arrays.copyOf( bytes, padded( bytes.length ) ) );
			out.putInt( MatFile.MI_DOUBLE ).putInt( 8 * values.length );
			for ( final double v : values )
				out.putDouble( v );
		}

		private static int padded( final int n )
		{
			return ( n + 7 ) / 8 * 8;
		}
	}
}
