package io.github.pdplane.image;

import java.util.Arrays;

/**
 * One channel of one image as doubles, row-major ({@code values[y * width + x]}).
 * <p>
 * The array is shared, not copied, so that metrics can run on it without allocation; by convention
 * nobody writes into a plane after it has been built. Methods that change pixels return a new plane.
 */
public final class Plane
{
	private final int width;

	private final int height;

	private final double[] values;

	public Plane( final int width, final int height, final double[] values )
	{
		if ( width < 0 || height < 0 || ( long ) width * height != values.length )
			throw new IllegalArgumentException( "a " + width + "x" + height + " plane needs " + ( ( long ) width * height )
					+ " values, got " + values.length );
		this.width = width;
		this.height = height;
		this.values = values;
	}

	public static Plane zeros( final int width, final int height )
	{
		return new Plane( width, height, new double[ width * height ] );
	}

	public int width()
	{
		return width;
	}

	public int height()
	{
		return height;
	}

	public int size()
	{
		return values.length;
	}

	/** The backing array; read it, do not write it. */
	public double[] values()
	{
		return values;
	}

	public double get( final int x, final int y )
	{
		return values[ y * width + x ];
	}

	/** The plane without {@code border} pixels on each of its four sides. */
	public Plane shave( final int border )
	{
		if ( border == 0 )
			return this;
		return crop( border, border, width - 2 * border, height - 2 * border );
	}

	public Plane crop( final int x0, final int y0, final int w, final int h )
	{
		if ( x0 < 0 || y0 < 0 || w < 0 || h < 0 || x0 + w > width || y0 + h > height )
			throw new IllegalArgumentException( "crop " + x0 + "," + y0 + " " + w + "x" + h + " outside " + width + "x" + height );
		final double[] out = new double[ w * h ];
		for ( int y = 0; y < h; y++ )
			System.arraycopy( values, ( y0 + y ) * width + x0, out, y * w, w );
		return new Plane( w, h, out );
	}

	public boolean sameSize( final Plane other )
	{
		return width == other.width && height == other.height;
	}

	@Override
	public boolean equals( final Object o )
	{
		if ( !( o instanceof Plane ) )
			return false;
		final Plane p = ( Plane ) o;
		return sameSize( p ) && Arrays.equals( values, p.values );
	}

	@Override
	public int hashCode()
	{
		return 31 * ( 31 * width + height ) + Arrays.hashCode( values );
	}

	@Override
	public String toString()
	{
		return "Plane " + width + "x" + height;
	}
}
