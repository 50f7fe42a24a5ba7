package io.github.pdplane.io.mat;

import io.github.pdplane.PdPlaneException;

/**
 * One array of a MAT-file: a variable, a cell or a struct field. Dimensions are MATLAB's (at least
 * two, column-major storage). Immutable.
 */
public abstract class MatArray
{
	private final String name;

	private final int[] dimensions;

	private final long count;

	MatArray( final String name, final int[] dimensions )
	{
		this.name = name;
		this.dimensions = dimensions.clone();
		this.count = elementCount( dimensions );
	}

	/** The product of the dimensions, or -1 where it does not fit an {@code int}. */
	static long elementCount( final int[] dimensions )
	{
		long n = 1;
		for ( final int d : dimensions )
		{
			n *= d;
			if ( n > Integer.MAX_VALUE )
				return -1;
		}
		return n;
	}

	/** The variable name; empty for cells and struct fields. */
	public String name()
	{
		return name;
	}

	public int[] dimensions()
	{
		return dimensions.clone();
	}

	/** {@code size(A, 1)}. */
	public int rows()
	{
		return dimensions[ 0 ];
	}

	/** The product of every dimension after the first ({@code size(A, 2)} for a matrix). */
	public int columns()
	{
		return ( int ) ( count / Math.max( 1, dimensions[ 0 ] ) );
	}

	/** {@code numel(A)}. */
	public int numel()
	{
		return ( int ) count;
	}

	public abstract MatClass matClass();

	/** For messages: {@code "36x36 double"}. */
	public String describe()
	{
		final StringBuilder s = new StringBuilder();
		for ( int i = 0; i < dimensions.length; i++ )
			s.append( i == 0 ? "" : "x" ).append( dimensions[ i ] );
		return s.append( ' ' ).append( matClass().matlabName() ).toString();
	}

	/**
	 * This array as numbers.
	 *
	 * @param what
	 *            names the array in the message if it is not numeric ({@code "'model.mat' variable 'mu'"})
	 */
	public MatNumeric asNumeric( final String what )
	{
		if ( this instanceof MatNumeric )
			return ( MatNumeric ) this;
		throw new PdPlaneException( what + " is a " + describe() + " array, not a numeric one." );
	}

	public MatCell asCell( final String what )
	{
		if ( this instanceof MatCell )
			return ( MatCell ) this;
		throw new PdPlaneException( what + " is a " + describe() + " array, not a cell array." );
	}

	public MatStruct asStruct( final String what )
	{
		if ( this instanceof MatStruct )
			return ( MatStruct ) this;
		throw new PdPlaneException( what + " is a " + describe() + " array, not a struct." );
	}

	public MatChar asChar( final String what )
	{
		if ( this instanceof MatChar )
			return ( MatChar ) this;
		throw new PdPlaneException( what + " is a " + describe() + " array, not text." );
	}

	@Override
	public String toString()
	{
		return ( name.isEmpty() ? "" : name + ": " ) + describe();
	}
}
