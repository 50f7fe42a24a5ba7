package io.github.pdplane.nr.ma;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.BorderMode;
import io.github.pdplane.image.Correlation;
import io.github.pdplane.image.Kernels;
import io.github.pdplane.image.OutputShape;
import io.github.pdplane.image.Plane;

/**
 * The 138 features of Ma et al.'s no-reference metric (C. Ma, C.-Y. Yang, X. Yang and M.-H. Yang,
 * "Learning a no-reference quality metric for single-image super-resolution", Computer Vision and Image
 * Understanding 158:1-16, 2017), as {@code feature_all.m} of their sr-metric release computes them
 * (algorithms spec 3.2-3.5):
 * <ul>
 * <li>f1 (18): block-DCT statistics ({@link BlockDct}) of three scales {@code im1 = im2double(I)},
 * {@code im2, im3}, each the previous one filtered by {@code fspecial('gaussian', 3)} (sigma 0.5, zero
 * border) and sampled at its even 1-based rows and columns;</li>
 * <li>f2 (45): Gaussian-scale-mixture statistics of a steerable pyramid of {@code double(I)}
 * ({@link GsmFeatures});</li>
 * <li>f3 (75): the 25 singular values of the 5x5 blocks of each of the three scales ({@link BlockSvd}).</li>
 * </ul>
 * The metric is defined on 8-bit grey images; other data are mapped by {@code 255 / dataRange}. Immutable.
 */
public final class MaFeatures
{
	public static final int F1 = 3 * BlockDct.FEATURES, F2 = GsmFeatures.FEATURES, F3 = 3 * BlockSvd.FEATURES;

	public static final int COUNT = F1 + F2 + F3;

	/**
	 * The smallest side f2 works with: the normalised bands lose a 1-pixel border and a 16-pixel guard band
	 * on each side and must still hold the 11x11 window of their contrast-structure terms.
	 */
	public static final int MINIMUM_SIDE = 2 + 2 * DivisiveNormalisation.GUARD_BAND + 11;

	/** f3 needs 25 blocks of 5x5 pixels at the third scale, a quarter of the image's size: 84x84 at least. */
	public static final int MINIMUM_BLOCKS = BlockSvd.FEATURES;

	/** The smallest square image with both: its third scale is 21x21, five blocks in each direction. */
	public static final int MINIMUM_SIZE = 84;

	private static final double EIGHT_BIT_RANGE = 255;

	/** {@code fspecial('gaussian', 3)}: sigma 0.5. */
	private static final double[][] SMOOTHING = Kernels.gaussian( 3, 0.5 );

	private final double[] f1, f2, f3;

	private MaFeatures( final double[] f1, final double[] f2, final double[] f3 )
	{
		this.f1 = f1;
		this.f2 = f2;
		this.f3 = f3;
	}

	/** Features from their values (tests, and features computed elsewhere); the arrays are copied. */
	static MaFeatures of( final double[] f1, final double[] f2, final double[] f3 )
	{
		if ( f1.length != F1 || f2.length != F2 || f3.length != F3 )
			throw new IllegalArgumentException( "Ma et al.'s features are " + F1 + ", " + F2 + " and " + F3 + " values" );
		return new MaFeatures( f1.clone(), f2.clone(), f3.clone() );
	}

	/** Why the minimum size is what it is, for messages and the registry. */
	public static String minimumSizeReason()
	{
		return "its singular-value features need " + MINIMUM_BLOCKS + " blocks of 5x5 pixels at a quarter of the image's size, and its"
				+ " steerable-pyramid features need sides of " + MINIMUM_SIDE + " pixels";
	}

	/**
	 * The features of one grey plane.
	 *
	 * @param name
	 *            the image, for messages
	 * @param dataRange
	 *            the range of the plane's values (255 for 8-bit data)
	 * @throws PdPlaneException
	 *             naming the image, where it is too small or constant
	 */
	public static MaFeatures compute( final String name, final Plane image, final double dataRange )
	{
		if ( !( dataRange > 0 && dataRange < Double.POSITIVE_INFINITY ) )
			throw new PdPlaneException( "The data range of '" + name + "' must be a positive finite number, not " + dataRange + "." );
		checkSize( name, image.width(), image.height() );
		checkNotConstant( name, image );
		final double[] values = image.values();
		final double[] unit = new double[ values.length ], eightBit = new double[ values.length ];
		final double toEightBit = EIGHT_BIT_RANGE / dataRange;
		for ( int i = 0; i < values.length; i++ )
		{
			// im2double(uint8) and double(uint8) of the release
			eightBit[ i ] = values[ i ] * toEightBit;
			unit[ i ] = eightBit[ i ] / EIGHT_BIT_RANGE;
		}
		final Plane[] scales = spatialScales( new Plane( image.width(), image.height(), unit ) );
		final double[] f1 = new double[ F1 ], f3 = new double[ F3 ];
		for ( int s = 0; s < scales.length; s++ )
		{
			System.arraycopy( BlockDct.features( scales[ s ] ), 0, f1, s * BlockDct.FEATURES, BlockDct.FEATURES );
			System.arraycopy( BlockSvd.singularValues( scales[ s ] ), 0, f3, s * BlockSvd.FEATURES, BlockSvd.FEATURES );
		}
		final double[] f2 = GsmFeatures.features( new Plane( image.width(), image.height(), eightBit ) );
		final MaFeatures features = new MaFeatures( f1, f2, f3 );
		features.checkFinite( name );
		return features;
	}

	/** {@code im1}, {@code im2}, {@code im3}: each the previous filtered and sampled at odd 0-based rows and columns. */
	static Plane[] spatialScales( final Plane im1 )
	{
		final Plane im2 = halve( im1 ), im3 = halve( im2 );
		return new Plane[] { im1, im2, im3 };
	}

	/** {@code f = imfilter(I, h); f(2:2:end, 2:2:end)}. */
	static Plane halve( final Plane image )
	{
		final Plane filtered = Correlation.correlate( image, SMOOTHING, BorderMode.ZERO, OutputShape.SAME );
		final int w = image.width() / 2, h = image.height() / 2;
		final double[] out = new double[ w * h ];
		final double[] in = filtered.values();
		for ( int y = 0; y < h; y++ )
			for ( int x = 0; x < w; x++ )
				out[ y * w + x ] = in[ ( 2 * y + 1 ) * image.width() + 2 * x + 1 ];
		return new Plane( w, h, out );
	}

	/**
	 * Refuses images the release cannot describe: sides under {@value #MINIMUM_SIDE}, or fewer than 25
	 * blocks of 5x5 at the third scale (where MATLAB's {@code svd} would return fewer than 25 values).
	 */
	public static void checkSize( final String name, final int width, final int height )
	{
		final int w3 = width / 4, h3 = height / 4;
		final long blocks = ( long ) ( ( w3 + 4 ) / 5 ) * ( ( h3 + 4 ) / 5 );
		if ( width < MINIMUM_SIDE || height < MINIMUM_SIDE || blocks < MINIMUM_BLOCKS )
			throw new PdPlaneException( "'" + name + "' is " + width + "x" + height + "; Ma et al.'s metric needs sides of at least " + MINIMUM_SIDE
					+ " pixels and " + MINIMUM_BLOCKS + " blocks of 5x5 pixels at its third scale (" + w3 + "x" + h3 + " here, " + blocks
					+ " block(s)): at least " + MINIMUM_SIZE + "x" + MINIMUM_SIZE + " for a square image (" + minimumSizeReason() + ")." );
	}

	private static void checkNotConstant( final String name, final Plane image )
	{
		final double[] v = image.values();
		for ( int i = 1; i < v.length; i++ )
			if ( v[ i ] != v[ 0 ] )
				return;
		throw new PdPlaneException( "'" + name + "' is constant (every pixel " + v[ 0 ] + "): Ma et al.'s features describe structure (DCT"
				+ " statistics, normalised steerable-pyramid bands), which a constant image does not have, so its score is undefined." );
	}

	private void checkFinite( final String name )
	{
		final double[] all = all();
		for ( int i = 0; i < all.length; i++ )
			if ( !Double.isFinite( all[ i ] ) )
				throw new PdPlaneException( "Ma et al.'s feature " + names().get( i ) + " of '" + name + "' is " + all[ i ]
						+ ": the image has too little structure for the metric (for example large flat areas)." );
	}

	/** The 18 block-DCT features. */
	public double[] f1()
	{
		return f1.clone();
	}

	/** The 45 steerable-pyramid features. */
	public double[] f2()
	{
		return f2.clone();
	}

	/** The 75 singular values. */
	public double[] f3()
	{
		return f3.clone();
	}

	/** {@code [f1 f2 f3]}, 138 values. */
	public double[] all()
	{
		final double[] all = new double[ COUNT ];
		System.arraycopy( f1, 0, all, 0, F1 );
		System.arraycopy( f2, 0, all, F1, F2 );
		System.arraycopy( f3, 0, all, F1 + F2, F3 );
		return all;
	}

	/** {@code f1_1 .. f1_18, f2_1 .. f2_45, f3_1 .. f3_75}: the column names of {@link #all()}. */
	public static List< String > names()
	{
		final List< String > names = new ArrayList<>( COUNT );
		final int[] counts = { F1, F2, F3 };
		for ( int g = 0; g < counts.length; g++ )
			for ( int i = 1; i <= counts[ g ]; i++ )
				names.add( "f" + ( g + 1 ) + "_" + i );
		return Collections.unmodifiableList( names );
	}
}
