package io.github.pdplane.image;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.type.numeric.real.DoubleType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.IntervalView;
import net.imglib2.view.Views;

import io.github.pdplane.PdPlaneException;

/**
 * ImgLib2 images as {@link ImageSource}s: a 2-D interval is one grey image, a 3-D interval a grey stack
 * along its third dimension.
 */
public final class ImgLib2Images
{
	private ImgLib2Images()
	{}

	public static < T extends RealType< T > > ImageSource wrap( final String name, final RandomAccessibleInterval< T > image )
	{
		final int nd = image.numDimensions();
		if ( nd != 2 && nd != 3 )
			throw new PdPlaneException( "'" + name + "' has " + nd + " dimensions; PD Plane takes 2-D images and 3-D stacks." );
		if ( image.dimension( 0 ) * image.dimension( 1 ) > Integer.MAX_VALUE )
			throw new PdPlaneException( "'" + name + "' is too large for one plane." );
		return new Wrapped<>( name, image );
	}

	private static SampleType typeOf( final RealType< ? > t )
	{
		if ( t instanceof UnsignedByteType )
			return SampleType.UINT8;
		if ( t instanceof UnsignedShortType )
			return SampleType.UINT16;
		if ( t instanceof FloatType )
			return SampleType.FLOAT32;
		if ( t instanceof DoubleType )
			return SampleType.FLOAT64;
		return SampleType.OTHER;
	}

	private static final class Wrapped< T extends RealType< T > > implements ImageSource
	{
		private final String name;

		private final RandomAccessibleInterval< T > image;

		private final SampleType type;

		Wrapped( final String name, final RandomAccessibleInterval< T > image )
		{
			this.name = name;
			this.image = image;
			this.type = typeOf( image.randomAccess().get() );
		}

		@Override
		public String name()
		{
			return name;
		}

		@Override
		public int width()
		{
			return ( int ) image.dimension( 0 );
		}

		@Override
		public int height()
		{
			return ( int ) image.dimension( 1 );
		}

		@Override
		public int slices()
		{
			return image.numDimensions() == 3 ? ( int ) image.dimension( 2 ) : 1;
		}

		@Override
		public int channels()
		{
			return 1;
		}

		@Override
		public SampleType sampleType()
		{
			return type;
		}

		@Override
		public double[] read( final int slice, final int channel )
		{
			final RandomAccessibleInterval< T > plane = image.numDimensions() == 3
					? Views.hyperSlice( image, 2, image.min( 2 ) + slice )
					: image;
			final IntervalView< T > zeroMin = Views.zeroMin( plane );
			final int w = width();
			final double[] out = new double[ w * height() ];
			final Cursor< T > cursor = Views.flatIterable( zeroMin ).localizingCursor();
			while ( cursor.hasNext() )
			{
				final double v = cursor.next().getRealDouble();
				out[ cursor.getIntPosition( 1 ) * w + cursor.getIntPosition( 0 ) ] = v;
			}
			return out;
		}
	}
}
