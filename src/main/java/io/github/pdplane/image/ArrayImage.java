package io.github.pdplane.image;

/**
 * An {@link ImageSource} over arrays held in memory: generated images, tests, and images decoded by
 * a reader that is not ImageJ. The arrays are not copied; {@link #read} returns copies.
 */
public final class ArrayImage implements ImageSource
{
	private final String name;

	private final int width;

	private final int height;

	private final SampleType type;

	/** [slice][channel][pixel] */
	private final double[][][] data;

	public ArrayImage( final String name, final int width, final int height, final SampleType type, final double[][][] data )
	{
		if ( data.length == 0 )
			throw new IllegalArgumentException( "an image needs at least one slice" );
		final int channels = data[ 0 ].length;
		if ( channels != 1 && channels != 3 )
			throw new IllegalArgumentException( "an image has 1 or 3 channels, not " + channels );
		for ( final double[][] slice : data )
		{
			if ( slice.length != channels )
				throw new IllegalArgumentException( "all slices need " + channels + " channels" );
			for ( final double[] channel : slice )
				if ( channel.length != width * height )
					throw new IllegalArgumentException( "a " + width + "x" + height + " channel needs " + width * height + " values" );
		}
		this.name = name;
		this.width = width;
		this.height = height;
		this.type = type;
		this.data = data;
	}

	/** A single grey image. */
	public static ArrayImage grey( final String name, final Plane plane, final SampleType type )
	{
		return new ArrayImage( name, plane.width(), plane.height(), type, new double[][][] { { plane.values() } } );
	}

	/** A grey stack, one plane per slice. */
	public static ArrayImage greyStack( final String name, final SampleType type, final Plane... slices )
	{
		final double[][][] data = new double[ slices.length ][][];
		for ( int i = 0; i < slices.length; i++ )
			data[ i ] = new double[][] { slices[ i ].values() };
		return new ArrayImage( name, slices[ 0 ].width(), slices[ 0 ].height(), type, data );
	}

	/** A single RGB image. */
	public static ArrayImage rgb( final String name, final int width, final int height, final SampleType type,
			final double[] red, final double[] green, final double[] blue )
	{
		return new ArrayImage( name, width, height, type, new double[][][] { { red, green, blue } } );
	}

	@Override
	public String name()
	{
		return name;
	}

	@Override
	public int width()
	{
		return width;
	}

	@Override
	public int height()
	{
		return height;
	}

	@Override
	public int slices()
	{
		return data.length;
	}

	@Override
	public int channels()
	{
		return data[ 0 ].length;
	}

	@Override
	public SampleType sampleType()
	{
		return type;
	}

	@Override
	public double[] read( final int slice, final int channel )
	{
		return data[ slice ][ channel ].clone();
	}

	@Override
	public double[] read( final int slice, final int channel, final double[] into )
	{
		final double[] values = data[ slice ][ channel ];
		if ( into == null || into.length != values.length )
			return values.clone();
		System.arraycopy( values, 0, into, 0, values.length );
		return into;
	}
}
