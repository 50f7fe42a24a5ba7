package io.github.pdplane.nr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Plane;

class NiqeFeaturesTest
{
	/**
	 * The sharpness of a block is blkproc's mean2 of the deviation map: each block's deviations summed
	 * row by row, left to right, then divided by its pixel count. The features accumulate it while
	 * filtering; this sums a full deviation map in that order and expects the same bits, on an image
	 * cropped to whole blocks and with blocks of different positions in both directions.
	 */
	@Test
	void sharpnessIsTheBlockMeanOfTheDeviationMap()
	{
		final int block = 32, columns = 3, rows = 2;
		final Plane image = TestImages.randomTexture( columns * block + 5, rows * block + 11, 3 );
		final BlockFeatures f = NiqeFeatures.compute( "texture", image, 255, block );
		final int w = columns * block, h = rows * block;
		final double[] cropped = image.crop( 0, 0, w, h ).values();
		final double[] mscn = new double[ w * h ], sigma = new double[ w * h ];
		MscnFilter.mscn( cropped, w, h, MscnFilter.Release.NIQE, mscn, sigma );
		for ( int bx = 0; bx < columns; bx++ )
			for ( int by = 0; by < rows; by++ )
			{
				double sum = 0;
				for ( int y = by * block; y < ( by + 1 ) * block; y++ )
					for ( int x = bx * block; x < ( bx + 1 ) * block; x++ )
						sum += sigma[ y * w + x ];
				assertEquals( sum / ( block * block ), f.sharpness( bx * rows + by ), 0, "block " + bx + "," + by );
			}
	}

	@Test
	void blocksAreInMatlabsColumnMajorOrder()
	{
		// texture only in the bottom-left block of a 2x2-block image: MATLAB's second block
		final Plane texture = TestImages.randomTexture( 192, 192, 7 );
		final double[] v = TestImages.constant( 192, 192, 0 ).values().clone();
		for ( int y = 96; y < 192; y++ )
			for ( int x = 0; x < 96; x++ )
				v[ y * 192 + x ] = texture.get( x, y );
		final BlockFeatures f = NiqeFeatures.compute( "bottom-left", new Plane( 192, 192, v ), 255, 96 );
		assertEquals( 4, f.blockCount() );
		assertEquals( 2, f.blockColumns() );
		assertEquals( 1, f.completeCount() );
		assertTrue( f.complete( 1 ) );
		assertTrue( f.sharpness( 1 ) > 10 * f.sharpness( 2 ) );
		// a flat block: MATLAB's min over an all-NaN vector gives the first shape, 0.2, and NaN scales
		assertFalse( f.complete( 0 ) );
		assertEquals( 0.2, f.get( 0, 0 ), 0 );
		assertTrue( Double.isNaN( f.get( 0, 1 ) ) );
	}

	@Test
	void featureLayoutPerBlock()
	{
		final BlockFeatures f = NiqeFeatures.compute( "texture", TestImages.randomTexture( 192, 96, 3 ), 255, 96 );
		assertEquals( 2, f.blockCount() );
		for ( int b = 0; b < 2; b++ )
			for ( int scale = 0; scale < 2; scale++ )
			{
				final int o = scale * NiqeFeatures.PER_SCALE;
				assertTrue( f.get( b, o ) >= 0.2 && f.get( b, o ) <= 10 );
				assertTrue( f.get( b, o + 1 ) > 0 ); // mean scale of the coefficients
				for ( int p = 0; p < 4; p++ )
				{
					final int q = o + 2 + 4 * p;
					final double mean = f.get( b, q + 1 ), left = f.get( b, q + 2 ), right = f.get( b, q + 3 );
					// the AGGD mean has the sign of beta_r - beta_l
					assertEquals( Math.signum( right - left ), Math.signum( mean ), 0 );
				}
			}
		assertEquals( f.get( 1, 5 ), f.row( 1 )[ 5 ], 0 );
	}

	@Test
	void badInput()
	{
		final PdPlaneException small = assertThrows( PdPlaneException.class,
				() -> NiqeFeatures.compute( "tiny.png", TestImages.randomTexture( 95, 300, 1 ), 255, 96 ) );
		assertEquals( "'tiny.png' is 95x300, smaller than one 96x96 NIQE block.", small.getMessage() );
		final double[] v = TestImages.randomTexture( 100, 100, 1 ).values().clone();
		v[ 5 * 100 + 7 ] = Double.NaN;
		final PdPlaneException nan = assertThrows( PdPlaneException.class, () -> NiqeFeatures.compute( "nan.tif", new Plane( 100, 100, v ), 255, 96 ) );
		assertTrue( nan.getMessage().contains( "x=7, y=5" ), nan.getMessage() );
		assertThrows( PdPlaneException.class, () -> NiqeFeatures.compute( "odd", TestImages.randomTexture( 100, 100, 1 ), 255, 95 ) );
	}
}
