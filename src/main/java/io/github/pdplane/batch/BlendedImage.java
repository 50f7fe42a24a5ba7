package io.github.pdplane.batch;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.SampleType;
import io.github.pdplane.plane.Sweep;

/**
 * The pixel-wise blend {@code (1 - alpha) * low + alpha * high} of two outputs of the same image, read
 * on demand, channel by channel, before any colour conversion (what a user gets by blending the two
 * images and saving the result).
 * <p>
 * <b>Rounding.</b> Blends of integer images (8-bit, 16-bit) are rounded to the nearest integer, halves
 * up (away from zero, as MATLAB's {@code uint8} conversion and ImageJ's saving do), and keep the sample
 * type: the blend is the image a user would save and score, and the PIRM conventions and NIQE expect
 * integer input (convention {@code y} takes 8-bit RGB only). alpha = 0 and 1 give the two outputs
 * exactly. Floating-point images are blended in double and not rounded.
 */
final class BlendedImage implements ImageSource
{
	private final ImageSource low;

	private final ImageSource high;

	private final double alpha;

	private final String name;

	/**
	 * @throws PdPlaneException
	 *             where the two outputs differ in size, slices, channels or sample type
	 */
	BlendedImage( final ImageSource low, final ImageSource high, final double alpha )
	{
		check( low, high );
		this.low = low;
		this.high = high;
		this.alpha = alpha;
		this.name = Sweep.algorithmName( alpha ) + " blend of '" + low.name() + "' and '" + high.name() + "'";
	}

	/** The two outputs of a sweep must be alike in everything but their pixels. */
	static void check( final ImageSource low, final ImageSource high )
	{
		final String pair = "'" + low.name() + "' and '" + high.name() + "'";
		if ( low.width() != high.width() || low.height() != high.height() )
			throw new PdPlaneException( "Cannot blend " + pair + ": they are " + low.width() + "x" + low.height() + " and " + high.width() + "x"
					+ high.height() + ", and the two outputs of a sweep must have the same size." );
		if ( low.slices() != high.slices() )
			throw new PdPlaneException( "Cannot blend " + pair + ": they have " + low.slices() + " and " + high.slices()
					+ " slices, and the two outputs of a sweep must have as many." );
		if ( low.channels() != high.channels() )
			throw new PdPlaneException( "Cannot blend " + pair + ": one is RGB and the other grey; convert both to the same type first." );
		if ( low.sampleType() != high.sampleType() )
			throw new PdPlaneException( "Cannot blend " + pair + ": they are " + low.sampleType().description() + " and "
					+ high.sampleType().description() + "; convert both to the same type first." );
	}

	@Override
	public String name()
	{
		return name;
	}

	@Override
	public int width()
	{
		return low.width();
	}

	@Override
	public int height()
	{
		return low.height();
	}

	@Override
	public int slices()
	{
		return low.slices();
	}

	@Override
	public int channels()
	{
		return low.channels();
	}

	@Override
	public SampleType sampleType()
	{
		return low.sampleType();
	}

	@Override
	public double[] read( final int slice, final int channel )
	{
		final double[] blend = Sweep.blend( new Plane( width(), height(), low.read( slice, channel ) ),
				new Plane( width(), height(), high.read( slice, channel ) ), alpha ).values();
		// the blend's array belongs to this call alone, so it is rounded in place
		if ( sampleType().isUnsignedInteger() )
			for ( int i = 0; i < blend.length; i++ )
				blend[ i ] = Math.round( blend[ i ] ); // non-negative: half up is half away from zero
		return blend;
	}
}
