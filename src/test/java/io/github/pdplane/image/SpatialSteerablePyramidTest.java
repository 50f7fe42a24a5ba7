package io.github.pdplane.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link SpatialSteerablePyramid} against {@code buildSpyr}'s definition written out here: each band a direct
 * 2-D correlation with its sp5 kernel, the image mirrored about its edge pixels, on odd-sized images.
 */
class SpatialSteerablePyramidTest
{
	private static final SpatialSteerablePyramid SP5 = SpatialSteerablePyramid.sp5();

	/** Taps as printed in matlabPyrTools' sp5Filters.m. */
	@Test
	void filtersAreThePublishedTaps()
	{
		assertEquals( 6, SP5.orientations() );
		assertEquals( 0.81380200, SP5.highpassFilter()[ 4 ][ 4 ], 0 );
		assertEquals( -0.00033429, SP5.highpassFilter()[ 8 ][ 0 ], 0 );
		assertEquals( 0.40304148, SP5.firstLowpassFilter()[ 2 ][ 2 ], 0 );
		assertEquals( 0.00341614, SP5.firstLowpassFilter()[ 4 ][ 0 ], 0 );
		// lofilt = 2*[0.00085404 ... 0.10096540 ...]
		assertEquals( 2 * 0.00085404, SP5.lowpassFilter()[ 0 ][ 0 ], 0 );
		assertEquals( 2 * 0.10096540, SP5.lowpassFilter()[ 4 ][ 4 ], 0 );
		// the first row of the bfilts listing, before its transpose, is column 1: it fills the kernel column by column
		final double[] firstSeven = { 0.00277643, 0.00496194, 0.01026699, 0.01455399, 0.01026699, 0.00496194, 0.00277643 };
		final double[][] b1 = SP5.bandFilter( 0 );
		for ( int r = 0; r < 7; r++ )
		{
			assertEquals( firstSeven[ r ], b1[ r ][ 0 ], 0 );
			assertEquals( -firstSeven[ r ], b1[ r ][ 6 ], 0 );
		}
		assertEquals( -0.00986904, b1[ 0 ][ 1 ], 0 );
		// orientation 4 is orientation 1 turned by 90 degrees: b4 = -b1'
		final double[][] b4 = SP5.bandFilter( 3 );
		for ( int r = 0; r < 7; r++ )
			for ( int c = 0; c < 7; c++ )
				assertEquals( -b1[ c ][ r ], b4[ r ][ c ], 0 );
		// band-pass: every oriented kernel sums to zero
		for ( int b = 0; b < 6; b++ )
		{
			double sum = 0;
			for ( final double[] row : SP5.bandFilter( b ) )
				for ( final double v : row )
					sum += v;
			assertEquals( 0, sum, 1e-15, "band " + b );
		}
	}

	@Test
	void everyBandIsADirectCorrelationWithReflectedBorders()
	{
		for ( final int[] size : new int[][] { { 37, 29 }, { 41, 47 }, { 18, 19 } } )
		{
			final Plane image = random( size[ 0 ], size[ 1 ], 7 );
			final int height = SP5.maximumHeight( size[ 0 ], size[ 1 ] );
			final PyramidBands pyramid = SP5.build( image, height );
			final String what = size[ 0 ] + "x" + size[ 1 ];
			assertClose( direct( image, SP5.highpassFilter(), 1 ), pyramid.highpass(), what + " high-pass" );
			Plane lowpass = direct( image, SP5.firstLowpassFilter(), 1 );
			for ( int level = 0; level < height; level++ )
			{
				for ( int b = 0; b < 6; b++ )
					assertClose( direct( lowpass, SP5.bandFilter( b ), 1 ), pyramid.band( level, b ), what + " level " + level + " band " + b );
				lowpass = direct( lowpass, SP5.lowpassFilter(), 2 );
			}
			assertClose( lowpass, pyramid.lowpass(), what + " low-pass" );
		}
	}

	/** Odd sides round up at every level: 37x29 gives 37x29 bands, then 19x15; the low-pass residual 10x8. */
	@Test
	void oddSidesRoundUp()
	{
		final PyramidBands p = SP5.build( random( 37, 29, 1 ), 2 );
		assertEquals( 2, p.scales() );
		assertEquals( 6, p.orientations() );
		assertEquals( 37, p.band( 0, 5 ).width() );
		assertEquals( 29, p.band( 0, 5 ).height() );
		assertEquals( 19, p.band( 1, 0 ).width() );
		assertEquals( 15, p.band( 1, 0 ).height() );
		assertEquals( 10, p.lowpass().width() );
		assertEquals( 8, p.lowpass().height() );
	}

	@Test
	void orientedBandsAreThoseOfTheFullPyramid()
	{
		final Plane image = random( 75, 80, 3 );
		final PyramidBands all = SP5.build( image, 4 ), some = SP5.orientedBands( image, 4, 0, 3 );
		for ( int level = 0; level < 4; level++ )
			for ( final int b : new int[] { 0, 3 } )
				assertArrayEquals( all.band( level, b ).values(), some.band( level, b ).values(), 0 );
		assertThrows( IllegalStateException.class, () -> some.band( 0, 1 ) );
		assertThrows( IllegalStateException.class, some::highpass );
		assertThrows( IllegalStateException.class, some::lowpass );
	}

	/** maxPyrHt with the 9-tap lofilt: halving (rounding down) while both sides are at least 9. */
	@Test
	void heightsAndMinimumSides()
	{
		assertEquals( 4, SP5.maximumHeight( 72, 72 ) );
		assertEquals( 3, SP5.maximumHeight( 71, 500 ) );
		assertEquals( 5, SP5.maximumHeight( 144, 150 ) );
		assertEquals( 0, SP5.maximumHeight( 8, 100 ) );
		assertEquals( 72, SP5.minimumSide( 4 ) );
		assertEquals( 4, SP5.maximumHeight( SP5.minimumSide( 4 ), SP5.minimumSide( 4 ) ) );
		assertEquals( 3, SP5.maximumHeight( SP5.minimumSide( 4 ) - 1, SP5.minimumSide( 4 ) ) );
		assertThrows( IllegalArgumentException.class, () -> SP5.build( random( 71, 80, 2 ), 4 ) );
	}

	/**
	 * {@code corrDn(x, kernel, 'reflect1', [step step], [1 1])} by its definition: the correlation around the
	 * kernel's centre written out in {@link CorrelationTest}, positions outside mirrored about the edge pixel (-1
	 * reads 1, n reads n - 2), then every step-th pixel.
	 */
	private static Plane direct( final Plane x, final double[][] kernel, final int step )
	{
		return Downsample.every( CorrelationTest.definition( x, kernel, BorderMode.REFLECT1, OutputShape.SAME ), step );
	}

	private static void assertClose( final Plane expected, final Plane actual, final String what )
	{
		assertEquals( expected.width(), actual.width(), what );
		assertEquals( expected.height(), actual.height(), what );
		// 8-bit data through at most three filters: rounding of sums of a few hundred products
		assertArrayEquals( expected.values(), actual.values(), 1e-11, what );
	}

	private static Plane random( final int width, final int height, final long seed )
	{
		final Random random = new Random( seed );
		final double[] v = new double[ width * height ];
		for ( int i = 0; i < v.length; i++ )
			v[ i ] = random.nextInt( 256 );
		return new Plane( width, height, v );
	}
}
