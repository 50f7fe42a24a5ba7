package io.github.pdplane.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Pins the colour conversions to MATLAB's documented arithmetic and rounding. */
class ColourConversionTest
{
	/** The weights are row 1 of the inverse NTSC matrix, not the rounded ones in MATLAB's help text. */
	@Test
	void grayWeightsAreRowOneOfInverseNtscMatrix()
	{
		// inv([1 .956 .621; 1 -.272 -.647; 1 -1.106 1.703]), first row, by the adjugate formula
		final double a = -0.272 * 1.703 - ( -0.647 ) * ( -1.106 );
		final double b = -( 0.956 * 1.703 - 0.621 * ( -1.106 ) );
		final double c = 0.956 * ( -0.647 ) - 0.621 * ( -0.272 );
		final double det = 1 * a + 1 * b + 1 * c;
		assertEquals( a / det, ColourConversion.GRAY_R, 1e-14 );
		assertEquals( b / det, ColourConversion.GRAY_G, 1e-14 );
		assertEquals( c / det, ColourConversion.GRAY_B, 1e-14 );
	}

	@Test
	void rgb2grayRoundsHalfAwayFromZeroAndKeepsExtremes()
	{
		final double[] r = { 0, 255, 255, 0, 0, 100 };
		final double[] g = { 0, 255, 0, 255, 0, 150 };
		final double[] b = { 0, 255, 0, 0, 255, 200 };
		final double[] y = ColourConversion.rgb2gray( r, g, b, 255 );
		// 255 * 0.298936.. = 76.2287 -> 76; 255 * 0.587043.. = 149.696 -> 150; 255 * 0.114020.. = 29.075 -> 29
		// 100 .2989 + 150 .5870 + 200 .1140 = 29.8936 + 88.0565 + 22.8042 = 140.754 -> 141
		assertArrayEquals( new double[] { 0, 255, 76, 150, 29, 141 }, y, 0 );
	}

	@Test
	void rgb2grayOfFloatDataIsNotRounded()
	{
		final double[] y = ColourConversion.rgb2gray( new double[] { 1 }, new double[] { 0 }, new double[] { 0 }, Double.NaN );
		assertEquals( ColourConversion.GRAY_R, y[ 0 ], 0 );
	}

	@Test
	void ycbcrLumaSpans16To235()
	{
		final double[] y = ColourConversion.rgb2ycbcrY( new double[] { 0, 255, 255, 10 }, new double[] { 0, 255, 0, 20 },
				new double[] { 0, 255, 0, 30 } );
		// 16 + 65.481 = 81.481 -> 81; 16 + (654.81 + 2571.06 + 748.98) / 255 = 16 + 15.5876 = 31.59 -> 32
		assertArrayEquals( new double[] { 16, 235, 81, 32 }, y, 0 );
	}

	@Test
	void roundingSaturatesLikeMatlabIntegerCasts()
	{
		assertEquals( 0, ColourConversion.roundAndSaturate( -3.7, 255 ), 0 );
		assertEquals( 0, ColourConversion.roundAndSaturate( Double.NaN, 255 ), 0 );
		assertEquals( 3, ColourConversion.roundAndSaturate( 2.5, 255 ), 0 );
		assertEquals( 2, ColourConversion.roundAndSaturate( 2.4999, 255 ), 0 );
		assertEquals( 255, ColourConversion.roundAndSaturate( 300, 255 ), 0 );
		assertEquals( 65535, ColourConversion.roundAndSaturate( 70000, 65535 ), 0 );
	}
}
