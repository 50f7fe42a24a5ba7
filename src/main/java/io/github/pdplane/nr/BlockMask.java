package io.github.pdplane.nr;

import java.util.Arrays;

import io.github.pdplane.image.Plane;

/**
 * A mask of whole square blocks on a grid from an image's top-left corner, as PIQE's activity, artefact
 * and noise masks are: each block is flagged or not, and the mask has the image's size (blocks on the right
 * and bottom edges may be cut by it). For display and files it turns into an 8-bit image, 0 outside and 255
 * inside ({@link #toBytes}, {@link #toPlane}). Immutable.
 */
public final class BlockMask
{
	/** The value of a flagged pixel in {@link #toBytes} and {@link #toPlane}. */
	public static final int ON = 255;

	private final int width, height, blockSize, columns, rows;

	/** Row-major: block {@code (column, row)} at {@code row * columns + column}. */
	private final boolean[] flags;

	BlockMask( final int width, final int height, final int blockSize, final boolean[] flags )
	{
		this.width = width;
		this.height = height;
		this.blockSize = blockSize;
		this.columns = ( width + blockSize - 1 ) / blockSize;
		this.rows = ( height + blockSize - 1 ) / blockSize;
		if ( flags.length != columns * rows )
			throw new IllegalArgumentException( columns + "x" + rows + " blocks, not " + flags.length );
		this.flags = flags;
	}

	/** The image's width, in pixels. */
	public int width()
	{
		return width;
	}

	public int height()
	{
		return height;
	}

	/** The side of a block, in pixels. */
	public int blockSize()
	{
		return blockSize;
	}

	/** The number of blocks across, the last possibly cut by the image's edge. */
	public int blockColumns()
	{
		return columns;
	}

	public int blockRows()
	{
		return rows;
	}

	/** Whether the block in block column {@code column} and block row {@code row} (0-based) is flagged. */
	public boolean isBlockFlagged( final int column, final int row )
	{
		if ( column < 0 || column >= columns || row < 0 || row >= rows )
			throw new IndexOutOfBoundsException( "block " + column + "," + row + " outside " + columns + "x" + rows );
		return flags[ row * columns + column ];
	}

	/** Whether pixel {@code (x, y)} lies in a flagged block. */
	public boolean isFlagged( final int x, final int y )
	{
		if ( x < 0 || x >= width || y < 0 || y >= height )
			throw new IndexOutOfBoundsException( "pixel " + x + "," + y + " outside " + width + "x" + height );
		return flags[ ( y / blockSize ) * columns + x / blockSize ];
	}

	/** The number of flagged blocks. */
	public int flaggedBlocks()
	{
		int n = 0;
		for ( final boolean f : flags )
			if ( f )
				n++;
		return n;
	}

	/**
	 * The mask as 8-bit pixels, row-major ({@code [y * width + x]}): 0, or {@link #ON} (the byte
	 * {@code (byte) 255}, read back unsigned with {@code & 0xff}). Freshly allocated: ImageJ's
	 * {@code new ByteProcessor(width, height, pixels)} may keep it.
	 */
	public byte[] toBytes()
	{
		final byte[] pixels = new byte[ width * height ];
		for ( int y = 0; y < height; y++ )
			for ( int column = 0; column < columns; column++ )
				if ( flags[ ( y / blockSize ) * columns + column ] )
					Arrays.fill( pixels, y * width + column * blockSize, y * width + Math.min( width, ( column + 1 ) * blockSize ), ( byte ) ON );
		return pixels;
	}

	/** The mask as a plane of 0 and {@link #ON}, the values of {@link #toBytes}. */
	public Plane toPlane()
	{
		final byte[] bytes = toBytes();
		final double[] values = new double[ bytes.length ];
		for ( int i = 0; i < bytes.length; i++ )
			values[ i ] = bytes[ i ] & 0xff;
		return new Plane( width, height, values );
	}
}
