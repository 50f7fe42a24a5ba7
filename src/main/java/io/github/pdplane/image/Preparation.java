package io.github.pdplane.image;

import io.github.pdplane.PdPlaneException;

/**
 * Turns an {@link ImageSource} slice into the plane(s) a metric sees: colour convention, border shave,
 * data range, and the checks that make bad pixels a clear message instead of a wrong number.
 * Immutable and thread-safe.
 */
public final class Preparation
{
	private final Convention convention;

	private final int shave;

	private final double dataRange;

	/**
	 * @param dataRange
	 *            the peak value (PSNR) and dynamic range L (SSIM); {@code NaN} takes the natural range of
	 *            the image's sample type (255 for 8-bit, 65535 for 16-bit) and refuses types without one.
	 */
	public Preparation( final Convention convention, final int shave, final double dataRange )
	{
		if ( shave < 0 )
			throw new PdPlaneException( "The shave must be 0 or more pixels, not " + shave + "." );
		if ( !Double.isNaN( dataRange ) && !( dataRange > 0 && dataRange < Double.POSITIVE_INFINITY ) )
			throw new PdPlaneException( "The data range must be a positive finite number, not " + dataRange + "." );
		this.convention = convention;
		this.shave = shave;
		this.dataRange = dataRange;
	}

	/** Grey (MATLAB rgb2gray), no shave, range from the bit depth. */
	public static Preparation defaults()
	{
		return new Preparation( Convention.GRAY, 0, Double.NaN );
	}

	public Convention convention()
	{
		return convention;
	}

	public int shave()
	{
		return shave;
	}

	/** The user's data range, or {@code NaN} where it comes from the bit depth. */
	public double dataRange()
	{
		return dataRange;
	}

	/** The data range used for {@code image}. */
	public double peak( final ImageSource image )
	{
		if ( !Double.isNaN( dataRange ) )
			return dataRange;
		final SampleType type = image.sampleType();
		if ( type.hasNaturalRange() )
			return type.naturalRange();
		throw new PdPlaneException( "'" + image.name() + "' is " + type.description()
				+ " data, which has no natural range: give its data range (for example data_range=1 for values in 0..1,"
				+ " or the camera's maximum). PSNR's peak, SSIM's constants and the 8-bit scale of the no-reference metrics"
				+ " (NIQE, BRISQUE, PIQE, ...) depend on it." );
	}

	/** Number of planes {@link #prepare} returns for {@code image}. */
	public int channelsOf( final ImageSource image )
	{
		return image.isRgb() && convention == Convention.RGB ? 3 : 1;
	}

	/** The width after the shave; 0 or less where the shave leaves nothing (computed without overflow). */
	public int preparedWidth( final ImageSource image )
	{
		return afterShave( image.width() );
	}

	/** The height after the shave; 0 or less where the shave leaves nothing (computed without overflow). */
	public int preparedHeight( final ImageSource image )
	{
		return afterShave( image.height() );
	}

	/** A side less twice the shave, in long arithmetic: a shave near Integer.MAX_VALUE must not wrap to a large side. */
	private int afterShave( final int side )
	{
		return ( int ) Math.max( -1, side - 2L * shave );
	}

	/** Checks that do not need the pixels: the shave fits and the convention suits the image. */
	public void checkShape( final ImageSource image )
	{
		if ( preparedWidth( image ) < 1 || preparedHeight( image ) < 1 )
			throw new PdPlaneException( "A shave of " + shave + " pixels leaves nothing of '" + image.name() + "' ("
					+ image.width() + "x" + image.height() + ")." );
		if ( image.isRgb() && convention == Convention.Y && image.sampleType() != SampleType.UINT8 )
			throw new PdPlaneException( "'" + image.name() + "' is " + image.sampleType().description()
					+ " RGB; convention y is the Y of MATLAB rgb2ycbcr on 8-bit RGB. Use gray or rgb." );
	}

	/**
	 * The prepared planes of one slice (one plane, or three for RGB with convention rgb), freshly
	 * allocated and never sharing pixels with the source.
	 *
	 * @throws PdPlaneException
	 *             where a pixel is NaN or infinite, or {@link #checkShape} fails.
	 */
	public Plane[] prepare( final ImageSource image, final int slice )
	{
		return prepare( image, slice, null );
	}

	/**
	 * {@link #prepare(ImageSource, int)} that reads the pixels into {@code buffers} (where not null):
	 * the planes may then hold those arrays, so they are valid only until the next read into the same
	 * buffers, and must not be kept. They never share pixels with the source.
	 */
	public Plane[] prepare( final ImageSource image, final int slice, final ReadBuffers buffers )
	{
		checkShape( image );
		final int n = image.channels();
		final double[][] raw = new double[ n ][];
		for ( int c = 0; c < n; c++ )
		{
			raw[ c ] = buffers == null ? image.read( slice, c ) : buffers.read( image, slice, c );
			checkFinite( image, slice, c, raw[ c ] );
		}
		final double[][] converted;
		if ( n == 1 || convention == Convention.RGB )
			converted = raw;
		else if ( convention == Convention.Y )
			converted = new double[][] { ColourConversion.rgb2ycbcrY( raw[ 0 ], raw[ 1 ], raw[ 2 ] ) };
		else
			converted = new double[][] { ColourConversion.rgb2gray( raw[ 0 ], raw[ 1 ], raw[ 2 ], image.sampleType().naturalRange() ) };
		final Plane[] planes = new Plane[ converted.length ];
		for ( int c = 0; c < planes.length; c++ )
			planes[ c ] = new Plane( image.width(), image.height(), converted[ c ] ).shave( shave );
		return planes;
	}

	private static void checkFinite( final ImageSource image, final int slice, final int channel, final double[] values )
	{
		for ( int i = 0; i < values.length; i++ )
		{
			final double v = values[ i ];
			if ( Double.isNaN( v ) || Double.isInfinite( v ) )
			{
				final int x = i % image.width(), y = i / image.width();
				throw new PdPlaneException( "'" + image.sliceName( slice ) + "' has " + ( Double.isNaN( v ) ? "NaN" : "infinite" )
						+ " pixels (the first at x=" + x + ", y=" + y + ( image.isRgb() ? ", channel " + ( channel + 1 ) : "" )
						+ "): metrics need finite values. Replace them (for example Process > Math > Remove NaNs) first." );
			}
		}
	}

	/** For tables and logs, e.g. {@code "y, shave 4"}. */
	@Override
	public String toString()
	{
		return convention.id() + ( shave > 0 ? ", shave " + shave : "" ) + ( Double.isNaN( dataRange ) ? "" : ", data range " + dataRange );
	}
}
