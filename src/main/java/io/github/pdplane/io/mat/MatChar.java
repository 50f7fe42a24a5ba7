package io.github.pdplane.io.mat;

/** A character array; row vectors are ordinary strings. */
public final class MatChar extends MatArray
{
	private final char[] columnMajor;

	MatChar( final String name, final int[] dimensions, final char[] columnMajor )
	{
		super( name, dimensions );
		this.columnMajor = columnMajor;
	}

	@Override
	public MatClass matClass()
	{
		return MatClass.CHAR;
	}

	/** Row {@code row} (0-based) of the character matrix; the whole text for a row vector. */
	public String row( final int row )
	{
		final int n = columns();
		final char[] out = new char[ n ];
		for ( int c = 0; c < n; c++ )
			out[ c ] = columnMajor[ c * rows() + row ];
		return new String( out );
	}

	/** The text of a row vector (or the first row of a matrix); empty for an empty array. */
	public String text()
	{
		return rows() == 0 ? "" : row( 0 );
	}
}
