package io.github.pdplane.io.mat;

/** A cell array: any arrays, in column-major order. */
public final class MatCell extends MatArray
{
	private final MatArray[] cells;

	MatCell( final String name, final int[] dimensions, final MatArray[] cells )
	{
		super( name, dimensions );
		this.cells = cells;
	}

	@Override
	public MatClass matClass()
	{
		return MatClass.CELL;
	}

	/** {@code C{index + 1}}: 0-based linear index. */
	public MatArray get( final int index )
	{
		return cells[ index ];
	}
}
