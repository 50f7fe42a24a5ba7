package io.github.pdplane.nr;

/**
 * The NIQE features of the blocks of one image: one row of {@link NiqeFeatures#COUNT} values per block
 * (18 at the full scale, then 18 at half scale, of the same spatial block), in MATLAB's block order
 * (down the first column of blocks, then the next), with each block's sharpness (the mean local
 * deviation at full scale) that training selects on. A block whose MSCN coefficients lack negative or
 * positive values (a flat block) has {@code NaN} in its row. Immutable.
 */
public final class BlockFeatures
{
	private final String name;

	private final int blockSize;

	private final int blockColumns, blockRows;

	private final double[] values;

	private final double[] sharpness;

	BlockFeatures( final String name, final int blockSize, final int blockColumns, final int blockRows, final double[] values,
			final double[] sharpness )
	{
		this.name = name;
		this.blockSize = blockSize;
		this.blockColumns = blockColumns;
		this.blockRows = blockRows;
		this.values = values;
		this.sharpness = sharpness;
	}

	/**
	 * Features read back from where they were kept (a batch job's journal): {@code values} holds
	 * {@link NiqeFeatures#COUNT} values per block, {@code sharpness} one per block, in the order of {@link #get}.
	 *
	 * @throws IllegalArgumentException
	 *             where the arrays do not fit the block counts
	 */
	public static BlockFeatures of( final String name, final int blockSize, final int blockColumns, final int blockRows, final double[] values,
			final double[] sharpness )
	{
		final int blocks = blockColumns * blockRows;
		if ( blockSize < 1 || blockColumns < 0 || blockRows < 0 || values.length != blocks * NiqeFeatures.COUNT || sharpness.length != blocks )
			throw new IllegalArgumentException( "block features of " + blockColumns + "x" + blockRows + " blocks of " + blockSize + " pixels need "
					+ blocks * NiqeFeatures.COUNT + " values and " + blocks + " sharpness values, not " + values.length + " and " + sharpness.length );
		return new BlockFeatures( name, blockSize, blockColumns, blockRows, values.clone(), sharpness.clone() );
	}

	/** The image the features come from, for messages. */
	public String name()
	{
		return name;
	}

	public int blockSize()
	{
		return blockSize;
	}

	public int blockCount()
	{
		return blockColumns * blockRows;
	}

	public int blockColumns()
	{
		return blockColumns;
	}

	public int blockRows()
	{
		return blockRows;
	}

	/** Feature {@code feature} of block {@code block}. */
	public double get( final int block, final int feature )
	{
		return values[ block * NiqeFeatures.COUNT + feature ];
	}

	/** A copy of the row of block {@code block}. */
	public double[] row( final int block )
	{
		final double[] row = new double[ NiqeFeatures.COUNT ];
		System.arraycopy( values, block * NiqeFeatures.COUNT, row, 0, row.length );
		return row;
	}

	/** The mean of the local deviation sigma over the block at full scale. */
	public double sharpness( final int block )
	{
		return sharpness[ block ];
	}

	/** Whether the block's row has no {@code NaN} (it has structure at both scales). */
	public boolean complete( final int block )
	{
		for ( int f = 0; f < NiqeFeatures.COUNT; f++ )
			if ( Double.isNaN( values[ block * NiqeFeatures.COUNT + f ] ) )
				return false;
		return true;
	}

	/** The number of {@link #complete} blocks. */
	public int completeCount()
	{
		int n = 0;
		for ( int b = 0; b < blockCount(); b++ )
			if ( complete( b ) )
				n++;
		return n;
	}
}
