package io.github.pdplane.vgg;

/**
 * Feature maps of one image: {@code channels} planes of {@code width x height} floats, row-major. The
 * arrays are not copied; nobody writes into them after the network has.
 */
public final class FeatureMap
{
	private final int width;

	private final int height;

	private final float[][] planes;

	FeatureMap( final int width, final int height, final float[][] planes )
	{
		this.width = width;
		this.height = height;
		this.planes = planes;
	}

	public int width()
	{
		return width;
	}

	public int height()
	{
		return height;
	}

	public int channels()
	{
		return planes.length;
	}

	/** The value of channel c at (x, y). */
	public float get( final int channel, final int x, final int y )
	{
		return planes[ channel ][ y * width + x ];
	}

	/**
	 * The mean over every channel, row and column of the squared difference to {@code other}, accumulated
	 * in double: VGG2,2 when both are phi_{2,2}.
	 */
	public double meanSquaredDifference( final FeatureMap other )
	{
		if ( other.width != width || other.height != height || other.planes.length != planes.length )
			throw new IllegalArgumentException( "feature maps of different shapes" );
		double sum = 0;
		for ( int c = 0; c < planes.length; c++ )
		{
			final float[] a = planes[ c ], b = other.planes[ c ];
			double channel = 0;
			for ( int i = 0; i < a.length; i++ )
			{
				final double d = ( double ) a[ i ] - b[ i ];
				channel += d * d;
			}
			sum += channel;
		}
		return sum / ( ( double ) planes.length * width * height );
	}
}
