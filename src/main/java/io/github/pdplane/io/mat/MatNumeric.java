package io.github.pdplane.io.mat;

/**
 * A numeric or logical array, converted to {@code double} whatever its class or storage type
 * (64-bit integers beyond 2^53 lose precision, as in MATLAB's {@code double()}).
 */
public final class MatNumeric extends MatArray
{
	private final MatClass matClass;

	private final boolean logical;

	private final double[] real;

	private final double[] imaginary;

	MatNumeric( final String name, final int[] dimensions, final MatClass matClass, final boolean logical, final double[] real,
			final double[] imaginary )
	{
		super( name, dimensions );
		this.matClass = matClass;
		this.logical = logical;
		this.real = real;
		this.imaginary = imaginary;
	}

	@Override
	public MatClass matClass()
	{
		return matClass;
	}

	public boolean isLogical()
	{
		return logical;
	}

	public boolean isComplex()
	{
		return imaginary != null;
	}

	@Override
	public String describe()
	{
		return super.describe() + ( logical ? " (logical)" : "" ) + ( imaginary != null ? " (complex)" : "" );
	}

	/** The real parts in column-major order. The array is shared: read it, do not write it. */
	public double[] values()
	{
		return real;
	}

	/** The imaginary parts, or {@code null} for a real array. Shared like {@link #values()}. */
	public double[] imaginaryValues()
	{
		return imaginary;
	}

	/** {@code A(index + 1)}: 0-based linear (column-major) index. */
	public double get( final int index )
	{
		return real[ index ];
	}

	/** {@code A(row + 1, column + 1)}: 0-based. */
	public double get( final int row, final int column )
	{
		return real[ column * rows() + row ];
	}
}
