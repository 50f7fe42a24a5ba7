package io.github.pdplane.batch;

import io.github.pdplane.image.ImageSource;
import io.github.pdplane.image.SampleType;

/** One slice of a stack as an image of its own, named like the slice in messages ({@code "out.tif (slice 3)"}). */
final class SliceImage implements ImageSource
{
	private final ImageSource stack;

	private final int slice;

	SliceImage( final ImageSource stack, final int slice )
	{
		if ( slice < 0 || slice >= stack.slices() )
			throw new IllegalArgumentException( "slice " + slice + " outside 0.." + ( stack.slices() - 1 ) );
		this.stack = stack;
		this.slice = slice;
	}

	@Override
	public String name()
	{
		return stack.sliceName( slice );
	}

	@Override
	public int width()
	{
		return stack.width();
	}

	@Override
	public int height()
	{
		return stack.height();
	}

	@Override
	public int slices()
	{
		return 1;
	}

	@Override
	public int channels()
	{
		return stack.channels();
	}

	@Override
	public SampleType sampleType()
	{
		return stack.sampleType();
	}

	@Override
	public double[] read( final int s, final int channel )
	{
		return read( s, channel, null );
	}

	@Override
	public double[] read( final int s, final int channel, final double[] into )
	{
		if ( s != 0 )
			throw new IndexOutOfBoundsException( "a single slice has only slice 0, not " + s );
		return stack.read( slice, channel, into );
	}
}
