package io.github.pdplane.io.mat;

import java.util.Arrays;

import io.github.pdplane.PdPlaneException;

/** A struct array: the same fields for every element, elements in column-major order. */
public final class MatStruct extends MatArray
{
	private final String[] fieldNames;

	/** {@code values[element][field]}. */
	private final MatArray[][] values;

	MatStruct( final String name, final int[] dimensions, final String[] fieldNames, final MatArray[][] values )
	{
		super( name, dimensions );
		this.fieldNames = fieldNames;
		this.values = values;
	}

	@Override
	public MatClass matClass()
	{
		return MatClass.STRUCT;
	}

	public String[] fieldNames()
	{
		return fieldNames.clone();
	}

	public boolean hasField( final String field )
	{
		return indexOf( field ) >= 0;
	}

	/** {@code S.field} of a 1x1 struct. */
	public MatArray get( final String field )
	{
		return get( 0, field );
	}

	/** {@code S(element + 1).field}: 0-based element. */
	public MatArray get( final int element, final String field )
	{
		final int f = indexOf( field );
		if ( f < 0 )
			throw new PdPlaneException( "The struct" + ( name().isEmpty() ? "" : " '" + name() + "'" ) + " has no field '" + field
					+ "' (its fields are " + String.join( ", ", Arrays.asList( fieldNames ) ) + ")." );
		if ( element < 0 || element >= values.length )
			throw new PdPlaneException( "The struct" + ( name().isEmpty() ? "" : " '" + name() + "'" ) + " has " + values.length
					+ " element(s), not " + ( element + 1 ) + "." );
		return values[ element ][ f ];
	}

	private int indexOf( final String field )
	{
		for ( int i = 0; i < fieldNames.length; i++ )
			if ( fieldNames[ i ].equals( field ) )
				return i;
		return -1;
	}
}
