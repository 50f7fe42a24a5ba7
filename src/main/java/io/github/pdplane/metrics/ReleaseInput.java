package io.github.pdplane.metrics;

import java.util.function.ToDoubleBiFunction;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Plane;

/**
 * What the LIVE releases of VIF, VIFp and IFC take, and how other input is brought to it: one channel
 * of the same size on both sides, at least as large as the metric's decomposition needs, with values
 * of 0..255 ("Given 2 test images img1 and img2, whose dynamic range is 0-255"), for which their
 * constants (the noise variances 0.4 and 2, the zero-variance tolerances) are written. Data of another
 * range L is scaled by {@code 255 / L} first; 8-bit data is used as it is. Colour (convention rgb) is
 * scored channel by channel and the values averaged, as for SSIM.
 */
final class ReleaseInput
{
	/** The data range the releases' constants are written for. */
	static final double RELEASE_RANGE = 255;

	private ReleaseInput()
	{}

	/**
	 * The mean over channels of {@code score(reference channel, restored channel)}, each channel checked and
	 * scaled to 0..255.
	 *
	 * @param name
	 *            the metric's name, for messages
	 * @param minimumSize
	 *            the smallest width and height
	 * @param reason
	 *            why, for messages ({@code "the 4 levels of its steerable pyramid"})
	 */
	static double meanOverChannels( final Plane[] reference, final Plane[] restored, final double dataRange, final String name,
			final int minimumSize, final String reason, final ToDoubleBiFunction< Plane, Plane > score )
	{
		Ssim.checkChannels( reference, restored );
		if ( !( dataRange > 0 && dataRange < Double.POSITIVE_INFINITY ) )
			throw new PdPlaneException( "The data range must be a positive finite number, not " + dataRange + "." );
		double sum = 0;
		for ( int c = 0; c < reference.length; c++ )
		{
			final Plane x = reference[ c ], y = restored[ c ];
			if ( !x.sameSize( y ) )
				throw new PdPlaneException( name + " compares images of equal size, not " + x.width() + "x" + x.height() + " and " + y.width()
						+ "x" + y.height() + "." );
			if ( x.width() < minimumSize || x.height() < minimumSize )
				throw new PdPlaneException( name + " needs images of at least " + minimumSize + "x" + minimumSize + " pixels (" + reason + "), not "
						+ x.width() + "x" + x.height() + "." );
			checkNotConstant( x, name, reference.length > 1 ? "channel " + ( c + 1 ) + " of the reference" : "the reference" );
			sum += score.applyAsDouble( scaled( x, dataRange ), scaled( y, dataRange ) );
		}
		return sum / reference.length;
	}

	/**
	 * A constant reference has no information for the restored image to keep: the releases compute 0/0 (VIFp)
	 * or invert a zero covariance (VIF, IFC) and return NaN.
	 */
	private static void checkNotConstant( final Plane reference, final String name, final String which )
	{
		final double[] v = reference.values();
		for ( final double value : v )
			if ( value != v[ 0 ] )
				return;
		final boolean whole = v[ 0 ] == Math.rint( v[ 0 ] ) && Math.abs( v[ 0 ] ) < 1e15;
		final String pixel = whole ? Long.toString( ( long ) v[ 0 ] ) : Double.toString( v[ 0 ] );
		throw new PdPlaneException( name + " cannot compare with a constant reference (" + which + " is " + pixel + " everywhere): it measures"
				+ " how much of the reference's information the restored image keeps, and a constant reference has none (the release returns"
				+ " NaN)." + ( which.startsWith( "channel" ) ? " Score colour images with convention gray or y instead of rgb." : "" ) );
	}

	/** The plane with values scaled by {@code 255 / dataRange}; 8-bit data unchanged. */
	static Plane scaled( final Plane plane, final double dataRange )
	{
		if ( dataRange == RELEASE_RANGE )
			return plane;
		final double factor = RELEASE_RANGE / dataRange;
		final double[] in = plane.values(), out = new double[ in.length ];
		for ( int i = 0; i < in.length; i++ )
			out[ i ] = in[ i ] * factor;
		return new Plane( plane.width(), plane.height(), out );
	}

	/**
	 * The value of a ratio the releases divide out, or a message where it is not a number: the reference
	 * carries no information the metric's model can see.
	 */
	static double finite( final double value, final String name )
	{
		if ( Double.isNaN( value ) || Double.isInfinite( value ) )
			throw new PdPlaneException( name + " is undefined for this pair (the release's value would be " + value
					+ "): the reference has no variance the metric's model can measure." );
		return value;
	}
}
