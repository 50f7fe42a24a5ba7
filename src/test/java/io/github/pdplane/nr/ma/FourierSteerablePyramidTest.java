package io.github.pdplane.nr.ma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;

import io.github.pdplane.image.Plane;
import io.github.pdplane.nr.TestImages;
import io.github.pdplane.image.PyramidBands;

class FourierSteerablePyramidTest
{
	@Test
	void buildThenReconstructReturnsTheImage()
	{
		// even and odd sides, a prime side (Bluestein), the sizes of Ma's features
		final int[][] sizes = { { 64, 48 }, { 45, 53 }, { 67, 32 }, { 512, 384 } };
		for ( final int[] size : sizes )
			for ( final int height : new int[] { 1, 2, 3 } )
			{
				final Plane image = TestImages.randomTexture( size[ 0 ], size[ 1 ], size[ 0 ] * 31 + height );
				final FourierSteerablePyramid sp = new FourierSteerablePyramid( height, 5 );
				final Plane back = sp.reconstruct( sp.build( image ) );
				double worst = 0;
				for ( int i = 0; i < image.size(); i++ )
					worst = Math.max( worst, Math.abs( back.values()[ i ] - image.values()[ i ] ) );
				System.out.printf( "%dx%d height %d: worst round-trip error %.2e%n", size[ 0 ], size[ 1 ], height, worst );
				assertTrue( worst < 1e-9, size[ 0 ] + "x" + size[ 1 ] + " height " + height + ": " + worst );
			}
	}

	@Test
	void bandSizesFollowBuildSFpyr()
	{
		final FourierSteerablePyramid sp = new FourierSteerablePyramid( 2, 5 );
		final PyramidBands p = sp.build( TestImages.randomTexture( 45, 38, 1 ) );
		assertEquals( 6, p.orientations() );
		assertEquals( 2, p.scales() );
		assertEquals( 45, p.highpass().width() );
		assertEquals( 38, p.highpass().height() );
		for ( int b = 0; b < 6; b++ )
		{
			assertEquals( 45, p.band( 0, b ).width() );
			assertEquals( 38, p.band( 0, b ).height() );
			// ceil((dims - 0.5) / 2)
			assertEquals( 23, p.band( 1, b ).width() );
			assertEquals( 19, p.band( 1, b ).height() );
		}
		assertEquals( 12, p.lowpass().width() );
		assertEquals( 10, p.lowpass().height() );
		assertEquals( 192, FourierSteerablePyramid.bandSide( 384, 1 ) );
		assertEquals( 188, FourierSteerablePyramid.bandSide( 375, 1 ) );
		assertEquals( 94, FourierSteerablePyramid.bandSide( 375, 2 ) );
	}

	@Test
	void heightIsLimitedAsInTheRelease()
	{
		// floor(log2(min(dims))) - 2
		assertEquals( 2, FourierSteerablePyramid.maximumHeight( 16, 100 ) );
		assertEquals( 1, FourierSteerablePyramid.maximumHeight( 15, 100 ) );
		assertThrows( IllegalArgumentException.class, () -> new FourierSteerablePyramid( 2, 5 ).build( TestImages.randomTexture( 15, 40, 2 ) ) );
	}

	@Test
	void aConstantImageLivesInTheLowpassResidualOnly()
	{
		final double[] v = new double[ 40 * 32 ];
		java.util.Arrays.fill( v, 100 );
		final PyramidBands p = new FourierSteerablePyramid( 2, 5 ).build( new Plane( 40, 32, v ) );
		for ( int s = 0; s < 2; s++ )
			for ( int b = 0; b < 6; b++ )
				for ( final double x : p.band( s, b ).values() )
					assertEquals( 0, x, 1e-10 );
		for ( final double x : p.highpass().values() )
			assertEquals( 0, x, 1e-10 );
		// the DC passes the low-pass masks (YIrcos = 1 near zero frequency) and the crops keep its coefficient, the
		// sum of the pixels, which the smaller inverse FFT divides by fewer pixels: 100 * (40 * 32) / (10 * 8)
		for ( final double x : p.lowpass().values() )
			assertEquals( 1600, x, 1e-9 );
	}

	@Test
	void pointOpInterpolatesAndExtrapolatesLinearly()
	{
		final double[] lut = { 0, 10, 30 };
		assertEquals( 5, FourierSteerablePyramid.pointOp( lut, 0, 1, 0.5 ), 0 );
		assertEquals( 20, FourierSteerablePyramid.pointOp( lut, 0, 1, 1.5 ), 0 );
		// beyond the ends: the end segments continued
		assertEquals( -10, FourierSteerablePyramid.pointOp( lut, 0, 1, -1 ), 0 );
		assertEquals( 50, FourierSteerablePyramid.pointOp( lut, 0, 1, 3 ), 0 );
		assertEquals( 10, FourierSteerablePyramid.pointOp( lut, 2, 0.5, 2.5 ), 0 );
	}
}
