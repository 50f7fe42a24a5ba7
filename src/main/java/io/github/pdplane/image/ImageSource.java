package io.github.pdplane.image;

/**
 * A read-only view of an image or stack, whatever holds its pixels (a file, an ImageJ
 * {@code ImagePlus}, an ImgLib2 image, arrays). PD Plane never writes into a source.
 * <p>
 * Slices are 0-based here; front ends show them 1-based.
 */
public interface ImageSource
{
	/** A name for messages and tables, usually the file name or window title. */
	String name();

	int width();

	int height();

	/** Number of slices (1 for a single image). */
	int slices();

	/** 1 for grey images, 3 for RGB (red, green, blue). */
	int channels();

	SampleType sampleType();

	/**
	 * A fresh array with the raw sample values (0..255 for 8-bit, not scaled) of one channel of one
	 * slice, row-major. The caller owns the array.
	 */
	double[] read( int slice, int channel );

	/**
	 * {@link #read(int, int)} into {@code into} where it is not null and has {@code width() * height()}
	 * elements, else into a fresh array; returns the array written. Sources that decode into their own
	 * storage override it, so that a batch worker can read image after image into the same array
	 * instead of allocating megabytes per image.
	 */
	default double[] read( final int slice, final int channel, final double[] into )
	{
		return read( slice, channel );
	}

	default boolean isRgb()
	{
		return channels() == 3;
	}

	default String describe()
	{
		return width() + "x" + height() + ( slices() > 1 ? "x" + slices() + " slices" : "" ) + " "
				+ sampleType().description() + ( isRgb() ? " RGB" : "" );
	}

	/** The name with a 1-based slice number where the source is a stack. */
	default String sliceName( final int slice )
	{
		return slices() > 1 ? name() + " (slice " + ( slice + 1 ) + ")" : name();
	}
}
