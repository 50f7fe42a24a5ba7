package io.github.pdplane.nr;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Imresize;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.ResizeKernel;

/**
 * The 36 features of BRISQUE as the LIVE release's {@code brisque_feature.m} computes them (algorithms spec,
 * 5.1; A. Mittal, A. K. Moorthy and A. C. Bovik, IEEE Trans. Image Processing 21(12), 2012). At each of two
 * scales, over the whole image:
 * <ul>
 * <li>the MSCN coefficients of {@link MscnFilter} with zeros outside the image ({@code filter2(w, I,
 * 'same')});</li>
 * <li>their generalized Gaussian fit ({@link Ggd#BRISQUE}): shape {@code alpha} and {@code sigma^2 =
 * sqrt(mean(x^2))^2};</li>
 * <li>for the neighbours {@code circshift}ed by (0,1), (1,0), (1,1) and (-1,1), cyclic over the whole image,
 * the asymmetric generalized Gaussian fit ({@link Aggd}) of the products of the coefficients with them:
 * shape, mean {@code (sigma_r - sigma_l) Gamma(2/a) / Gamma(1/a) sqrt(Gamma(1/a) / Gamma(3/a))},
 * {@code sigma_l^2} and {@code sigma_r^2}.</li>
 * </ul>
 * The second scale is MATLAB's {@code imresize(I, 0.5)} of the intensities (bicubic, antialiased). Order:
 * {@code [alpha, sigma^2, (shape, mean, sigma_l^2, sigma_r^2) x 4]} of scale 1, then of scale 2.
 * <p>
 * Intensities are taken on the 8-bit scale the model was trained on: values are multiplied by
 * {@code 255 / dataRange} (by 1 for 8-bit data, which changes nothing). The products are taken a row at a
 * time as the filter delivers the coefficients, so no full-size array is kept but the second scale's image.
 * <p>
 * <b>Flat regions.</b> As for NIQE, a coefficient that is zero in exact arithmetic comes out of the filter
 * as zero or a residue of either sign, and the AGGD fit counts the products of such residues as negative,
 * positive or neither; the release's own result depends on its filter's arithmetic on images with large
 * flat areas (TID2013 I19, whose published value has a tolerance of 10; JPEG-like blocking moves by up to
 * 3.8 between a separated and a direct 2-D window). {@link MscnFilter.Release#BRISQUE} decides here.
 */
public final class BrisqueFeatures
{
	/** Features per scale. */
	public static final int PER_SCALE = 18;

	/** The side of the smallest image with two scales: the 7x7 window must fit in the half-size second scale. */
	public static final int MINIMUM_SIZE = 2 * MscnFilter.WINDOW - 1;

	private static final double EIGHT_BIT_RANGE = 255;

	/** The neighbours of the products, {@code circshift} offsets (rows, columns), as the release lists them. */
	private static final String[] SHIFTS = { "(0,1)", "(1,0)", "(1,1)", "(-1,1)" };

	private BrisqueFeatures()
	{}

	/** Why {@link #MINIMUM_SIZE} is what it is, for messages. */
	public static String minimumSizeReason()
	{
		return "its " + MscnFilter.WINDOW + "x" + MscnFilter.WINDOW + " Gaussian window inside the half-size second scale";
	}

	/**
	 * The features of a grey plane.
	 *
	 * @param name
	 *            names the image in messages
	 * @param dataRange
	 *            the data range of the plane (255 for 8-bit data)
	 * @throws PdPlaneException
	 *             if the plane is smaller than {@link #MINIMUM_SIZE} either way, has non-finite pixels, is
	 *             constant, or is so nearly flat that a fit is undefined (products of one sign only)
	 */
	public static double[] compute( final String name, final Plane image, final double dataRange )
	{
		if ( !( dataRange > 0 && dataRange < Double.POSITIVE_INFINITY ) )
			throw new IllegalArgumentException( "data range must be positive and finite, not " + dataRange );
		final int width = image.width(), height = image.height();
		if ( width < MINIMUM_SIZE || height < MINIMUM_SIZE )
			throw new PdPlaneException( "'" + name + "' is " + width + "x" + height + "; BRISQUE needs at least " + MINIMUM_SIZE + "x" + MINIMUM_SIZE
					+ " pixels (" + minimumSizeReason() + ")." );
		final double scale = EIGHT_BIT_RANGE / dataRange;
		final double[] in = image.values(), full = new double[ in.length ];
		boolean constant = true;
		for ( int i = 0; i < in.length; i++ )
		{
			final double v = in[ i ];
			if ( !Double.isFinite( v ) )
				throw new PdPlaneException( "'" + name + "' has a non-finite pixel at x=" + i % width + ", y=" + i / width
						+ ": BRISQUE needs finite values." );
			full[ i ] = scale == 1 ? v : v * scale;
			constant &= v == in[ 0 ];
		}
		if ( constant )
			throw new PdPlaneException( "'" + name + "' is constant (every pixel " + in[ 0 ] + "): BRISQUE's fits are undefined for it, since its"
					+ " MSCN coefficients have no structure (the release would regress on NaN features)." );
		final double[] features = new double[ 2 * PER_SCALE ];
		final Moments moments = new Moments();
		scaleFeatures( full, width, height, moments, features, 0 );
		final Plane half = Imresize.byScale( new Plane( width, height, full ), 0.5, ResizeKernel.BICUBIC );
		scaleFeatures( half.values(), half.width(), half.height(), moments, features, PER_SCALE );
		for ( int i = 0; i < features.length; i++ )
			if ( Double.isNaN( features[ i ] ) )
				throw undefined( name, i );
		return features;
	}

	/**
	 * An AGGD fit without values on one side (NaN deviations), named by the first feature it leaves undefined.
	 * (The GGD fit of the coefficients is never NaN: a non-constant image has non-zero coefficients.)
	 */
	private static PdPlaneException undefined( final String name, final int feature )
	{
		final int scale = feature / PER_SCALE + 1, shift = ( feature % PER_SCALE - 2 ) / 4;
		return new PdPlaneException( "'" + name + "' cannot be scored by BRISQUE: at scale " + scale + " the products of its MSCN coefficients"
				+ " with their neighbours at " + SHIFTS[ shift ] + " are all of one sign, so their asymmetric fit and feature " + ( feature + 1 )
				+ " are undefined (NaN), and the release would regress on NaN. Images like this are flat or nearly so, or a regular pattern"
				+ " such as a checkerboard." );
	}

	/** The accumulators of one scale: the coefficients and their four products. */
	private static final class Moments
	{
		final Aggd.Moments coefficients = new Aggd.Moments();

		final Aggd.Moments[] products = { new Aggd.Moments(), new Aggd.Moments(), new Aggd.Moments(), new Aggd.Moments() };

		void reset()
		{
			coefficients.reset();
			for ( final Aggd.Moments m : products )
				m.reset();
		}
	}

	/**
	 * The 18 features of one scale, written at {@code features[offset..]}. Rows arrive top to bottom; the
	 * products with the row above ((1,0), (1,1)) are taken as each row arrives, those with the row below
	 * ((-1,1)) for the row before it, and the wrap-around of {@code circshift} pairs the first row with the
	 * last at the end.
	 */
	private static void scaleFeatures( final double[] image, final int width, final int height, final Moments m, final double[] features,
			final int offset )
	{
		m.reset();
		final MscnFilter filter = new MscnFilter( image, width, height, MscnFilter.Release.BRISQUE );
		final double[] first = new double[ width ];
		double[] previous = new double[ width ], current = new double[ width ];
		for ( int y = 0; y < height; y++ )
		{
			filter.next( current, 0, null );
			addRow( current, width, m );
			if ( y == 0 )
				System.arraycopy( current, 0, first, 0, width );
			else
				addAdjacentRows( previous, current, width, m );
			final double[] t = previous;
			previous = current;
			current = t;
		}
		// circshift wraps: the row above the first is the last, the row below the last is the first
		addAdjacentRows( previous, first, width, m );

		final int o = offset;
		final Aggd.Moments c = m.coefficients;
		final double deviation = Math.sqrt( c.meanSquare() );
		features[ o ] = Ggd.BRISQUE.shapeOfZeroMeanMoments( c.meanSquare(), c.meanAbsolute() );
		features[ o + 1 ] = deviation * deviation;
		for ( int p = 0; p < 4; p++ )
		{
			final Aggd.Fit fit = Aggd.fit( m.products[ p ] );
			final int q = o + 2 + 4 * p;
			final double left = fit.leftDeviation(), right = fit.rightDeviation();
			features[ q ] = fit.shape();
			features[ q + 1 ] = ( right - left ) * fit.meanFactor() * fit.scaleFactor();
			features[ q + 2 ] = left * left;
			features[ q + 3 ] = right * right;
		}
	}

	/** A row's coefficients, and their products with the left neighbour, (0,1), cyclic within the row. */
	private static void addRow( final double[] row, final int width, final Moments m )
	{
		m.coefficients.addAll( row, 0, width );
		final Aggd.Moments left = m.products[ 0 ];
		left.add( row[ 0 ] * row[ width - 1 ] );
		left.addProducts( row, 1, row, 0, width - 1 );
	}

	/**
	 * The products across two adjacent rows, {@code lower} below {@code upper}: each coefficient of the lower
	 * row with the one above it, (1,0), and above-left, (1,1); each of the upper row with the one below-left,
	 * (-1,1). Left of the first column is the last.
	 */
	private static void addAdjacentRows( final double[] upper, final double[] lower, final int width, final Moments m )
	{
		final Aggd.Moments above = m.products[ 1 ], aboveLeft = m.products[ 2 ], belowLeft = m.products[ 3 ];
		above.addProducts( lower, 0, upper, 0, width );
		aboveLeft.add( lower[ 0 ] * upper[ width - 1 ] );
		aboveLeft.addProducts( lower, 1, upper, 0, width - 1 );
		belowLeft.add( upper[ 0 ] * lower[ width - 1 ] );
		belowLeft.addProducts( upper, 1, lower, 0, width - 1 );
	}
}
