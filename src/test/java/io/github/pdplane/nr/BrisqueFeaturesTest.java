package io.github.pdplane.nr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Imresize;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.ResizeKernel;

class BrisqueFeaturesTest
{
	/**
	 * The release's features written out on whole arrays: {@code circshift} of the whole coefficient map and
	 * the products over every pixel, against the row-by-row products of {@link BrisqueFeatures}; equal up to
	 * the order of the sums (the products of the first row with the last are added at the end).
	 */
	@Test
	void featuresAreTheReleasesOnWholeArrays()
	{
		for ( final int[] size : new int[][] { { 40, 31 }, { 13, 13 }, { 64, 17 } } )
		{
			final Plane image = TestImages.randomTexture( size[ 0 ], size[ 1 ], size[ 0 ] );
			final double[] expected = new double[ 36 ];
			scale( image, expected, 0 );
			scale( Imresize.byScale( image, 0.5, ResizeKernel.BICUBIC ), expected, 18 );
			final double[] features = BrisqueFeatures.compute( "texture", image, 255 );
			for ( int i = 0; i < 36; i++ )
				assertEquals( expected[ i ], features[ i ], 1e-12 * Math.max( 1, Math.abs( expected[ i ] ) ), size[ 0 ] + "x" + size[ 1 ] + " feature " + ( i + 1 ) );
		}
	}

	private static void scale( final Plane image, final double[] features, final int offset )
	{
		final int w = image.width(), h = image.height();
		final double[] mscn = new double[ w * h ];
		MscnFilter.mscn( image.values(), w, h, MscnFilter.Release.BRISQUE, mscn, null );
		double squares = 0, absolute = 0;
		for ( final double v : mscn )
		{
			squares += v * v;
			absolute += Math.abs( v );
		}
		final double sigma = Math.sqrt( squares / mscn.length );
		features[ offset ] = Ggd.BRISQUE.shapeOfZeroMeanMoments( squares / mscn.length, absolute / mscn.length );
		features[ offset + 1 ] = sigma * sigma;
		final int[][] shifts = { { 0, 1 }, { 1, 0 }, { 1, 1 }, { -1, 1 } }; // circshift (rows, columns)
		for ( int p = 0; p < 4; p++ )
		{
			final double[] products = new double[ w * h ];
			for ( int y = 0; y < h; y++ )
				for ( int x = 0; x < w; x++ )
					products[ y * w + x ] = mscn[ y * w + x ]
							* mscn[ Math.floorMod( y - shifts[ p ][ 0 ], h ) * w + Math.floorMod( x - shifts[ p ][ 1 ], w ) ];
			final Aggd.Fit fit = Aggd.fit( products );
			final double l = fit.leftDeviation(), r = fit.rightDeviation(), a = fit.shape();
			final int q = offset + 2 + 4 * p;
			features[ q ] = a;
			features[ q + 1 ] = ( r - l ) * ( gamma( 2 / a ) / gamma( 1 / a ) ) * ( Math.sqrt( gamma( 1 / a ) ) / Math.sqrt( gamma( 3 / a ) ) );
			features[ q + 2 ] = l * l;
			features[ q + 3 ] = r * r;
		}
	}

	private static double gamma( final double x )
	{
		return io.github.pdplane.math.Gamma.gamma( x );
	}

	@Test
	void imagesWithoutTwoScalesAreRefused()
	{
		final PdPlaneException e = assertThrows( PdPlaneException.class, () -> BrisqueFeatures.compute( "small.png", TestImages.randomTexture( 12, 50, 1 ), 255 ) );
		assertEquals( "'small.png' is 12x50; BRISQUE needs at least 13x13 pixels (its 7x7 Gaussian window inside the half-size second scale).",
				e.getMessage() );
		assertEquals( 13, BrisqueFeatures.MINIMUM_SIZE );
		assertEquals( 7, Imresize.outputLength( 13, 0.5 ) );
		assertEquals( 6, Imresize.outputLength( 12, 0.5 ) );
		assertEquals( 36, BrisqueFeatures.compute( "ok.png", TestImages.randomTexture( 13, 13, 1 ), 255 ).length );
	}

	@Test
	void constantAndNonFiniteImagesAreRefused()
	{
		for ( final double value : new double[] { 0, 128, 255 } )
		{
			final PdPlaneException e = assertThrows( PdPlaneException.class, () -> BrisqueFeatures.compute( "grey.png", TestImages.constant( 30, 20, value ), 255 ) );
			assertTrue( e.getMessage().startsWith( "'grey.png' is constant (every pixel " ) && e.getMessage().contains( "BRISQUE's fits are undefined" ),
					e.getMessage() );
		}
		final double[] v = TestImages.randomTexture( 20, 20, 1 ).values().clone();
		v[ 3 * 20 + 4 ] = Double.POSITIVE_INFINITY;
		final PdPlaneException e = assertThrows( PdPlaneException.class, () -> BrisqueFeatures.compute( "inf.tif", new Plane( 20, 20, v ), 255 ) );
		assertEquals( "'inf.tif' has a non-finite pixel at x=4, y=3: BRISQUE needs finite values.", e.getMessage() );
	}

	/**
	 * A checkerboard's horizontal neighbours always have coefficients of opposite signs: their products have
	 * no positive value, the AGGD's right deviation is NaN, and so would the release's regression be.
	 */
	@Test
	void anUndefinedFitIsRefusedByName()
	{
		final double[] v = new double[ 32 * 32 ];
		for ( int i = 0; i < v.length; i++ )
			v[ i ] = ( ( i % 32 ) + ( i / 32 ) ) % 2 == 0 ? 0 : 255;
		final PdPlaneException e = assertThrows( PdPlaneException.class, () -> BrisqueFeatures.compute( "checkers.png", new Plane( 32, 32, v ), 255 ) );
		assertTrue( e.getMessage().startsWith( "'checkers.png' cannot be scored by BRISQUE: at scale 1 the products of its MSCN coefficients with their"
				+ " neighbours at (0,1) are all of one sign, so their asymmetric fit and feature 4 are undefined (NaN)" ), e.getMessage() );
	}

	@Test
	void layoutAndRanges()
	{
		final double[] f = BrisqueFeatures.compute( "texture", TestImages.blurred( TestImages.randomTexture( 96, 80, 4 ), 1.2 ), 255 );
		for ( int scale = 0; scale < 2; scale++ )
		{
			final int o = scale * BrisqueFeatures.PER_SCALE;
			assertTrue( f[ o ] >= 0.2 && f[ o ] <= 10 );
			assertTrue( f[ o + 1 ] > 0 );
			for ( int p = 0; p < 4; p++ )
			{
				final int q = o + 2 + 4 * p;
				assertTrue( f[ q ] >= 0.2 && f[ q ] <= 10 );
				// the mean has the sign of sigma_r - sigma_l
				assertEquals( Math.signum( Math.sqrt( f[ q + 3 ] ) - Math.sqrt( f[ q + 2 ] ) ), Math.signum( f[ q + 1 ] ), 0 );
			}
		}
	}

	@Test
	void otherBitDepthsAreTakenOnTheEightBitScale()
	{
		final Plane image = TestImages.randomTexture( 40, 30, 9 );
		final double[] wide = image.values().clone();
		for ( int i = 0; i < wide.length; i++ )
			wide[ i ] *= 257;
		final double[] eight = BrisqueFeatures.compute( "8-bit", image, 255 ), sixteen = BrisqueFeatures.compute( "16-bit", new Plane( 40, 30, wide ), 65535 );
		for ( int i = 0; i < 36; i++ )
			assertEquals( eight[ i ], sixteen[ i ], 1e-12 * Math.max( 1, Math.abs( eight[ i ] ) ) );
	}
}
