package io.github.pdplane.nr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.bench.NiqeBenchmark;
import io.github.pdplane.image.Plane;

class PiqeTest
{
	private static final int W = 256, H = 192, B = Piqe.BLOCK;

	/**
	 * A natural scene (a seeded 1/f scene) with two damaged regions of 4x4 blocks: at the top left, blocking
	 * (every 8x8 tile replaced by its mean plus a random offset of deviation 10, the staircase of a coarsely
	 * quantised DC), and at blocks (8..11, 8..11) strong Gaussian noise (deviation 20). The blocky blocks are
	 * flagged as artefacts and not as noise, the noisy ones as noise and not as artefacts, and a clean region
	 * (blocks 8..15 of the top four rows) is active and flagged by neither.
	 */
	@Test
	void masksFlagTheBlockyAndTheNoisyRegionsAndNotTheCleanOne()
	{
		final double[] v = NiqeBenchmark.scene( W, H, 1 ).values().clone();
		final Random random = new Random( 11 );
		for ( int ty = 0; ty < 4 * B; ty += 8 )
			for ( int tx = 0; tx < 4 * B; tx += 8 )
			{
				double sum = 0;
				for ( int y = ty; y < ty + 8; y++ )
					for ( int x = tx; x < tx + 8; x++ )
						sum += v[ y * W + x ];
				final double tile = clip( sum / 64 + 10 * random.nextGaussian() );
				for ( int y = ty; y < ty + 8; y++ )
					for ( int x = tx; x < tx + 8; x++ )
						v[ y * W + x ] = tile;
			}
		for ( int y = 8 * B; y < 12 * B; y++ )
			for ( int x = 8 * B; x < 12 * B; x++ )
				v[ y * W + x ] = clip( v[ y * W + x ] + 20 * random.nextGaussian() );
		final Piqe.Result result = Piqe.evaluate( "damaged", new Plane( W, H, v ), 255 );
		final BlockMask active = result.activityMask(), artefacts = result.artefactMask(), noise = result.noiseMask();
		for ( int by = 0; by < H / B; by++ )
			for ( int bx = 0; bx < W / B; bx++ )
			{
				final String block = "block " + bx + "," + by;
				if ( bx < 4 && by < 4 )
				{
					assertTrue( active.isBlockFlagged( bx, by ) && artefacts.isBlockFlagged( bx, by ), "blocky " + block );
					assertFalse( noise.isBlockFlagged( bx, by ), "blocky " + block );
				}
				else if ( bx >= 8 && bx < 12 && by >= 8 )
				{
					assertTrue( active.isBlockFlagged( bx, by ) && noise.isBlockFlagged( bx, by ), "noisy " + block );
					assertFalse( artefacts.isBlockFlagged( bx, by ), "noisy " + block );
				}
				else if ( bx >= 8 && by < 4 )
				{
					assertTrue( active.isBlockFlagged( bx, by ), "clean " + block );
					assertFalse( artefacts.isBlockFlagged( bx, by ) || noise.isBlockFlagged( bx, by ), "clean " + block );
				}
				// the masks flag only active blocks
				assertTrue( active.isBlockFlagged( bx, by ) || !artefacts.isBlockFlagged( bx, by ) && !noise.isBlockFlagged( bx, by ), block );
			}
		// as 8-bit images: 255 on every pixel of a flagged block, 0 elsewhere
		final byte[] pixels = artefacts.toBytes();
		assertEquals( W * H, pixels.length );
		assertEquals( 255, pixels[ 5 * W + 7 ] & 0xff );
		assertEquals( 0, pixels[ 5 * W + 9 * B ] );
		assertEquals( 255, noise.toPlane().get( 8 * B, 12 * B - 1 ), 0 );
		assertEquals( 0, noise.toPlane().get( 12 * B, 8 * B ), 0 );
	}

	private static double clip( final double v )
	{
		return Math.min( 255, Math.max( 0, Math.rint( v ) ) );
	}

	/**
	 * MATLAB pads the bottom and right to whole blocks by replicating the last row and column, scores the
	 * padded image, and crops the masks to the input's size.
	 */
	@Test
	void partialBlocksArePaddedByReplicationAndMasksCropped()
	{
		final Plane image = NiqeBenchmark.scene( 250, 183, 3 );
		final double[] padded = new double[ 256 * 192 ];
		for ( int y = 0; y < 192; y++ )
			for ( int x = 0; x < 256; x++ )
				padded[ y * 256 + x ] = image.get( Math.min( x, 249 ), Math.min( y, 182 ) );
		final Piqe.Result cropped = Piqe.evaluate( "cropped", image, 255 ), whole = Piqe.evaluate( "padded", new Plane( 256, 192, padded ), 255 );
		assertEquals( whole.score(), cropped.score(), 0 );
		assertEquals( 250, cropped.noiseMask().width() );
		assertEquals( 183, cropped.noiseMask().height() );
		assertEquals( 16, cropped.activityMask().blockColumns() );
		assertEquals( 12, cropped.activityMask().blockRows() );
		assertEquals( 250 * 183, cropped.activityMask().toBytes().length );
		for ( int by = 0; by < 12; by++ )
			for ( int bx = 0; bx < 16; bx++ )
				assertEquals( whole.activityMask().isBlockFlagged( bx, by ), cropped.activityMask().isBlockFlagged( bx, by ) );
		// the padding changes the score: partial blocks are not dropped
		final Piqe.Result dropped = Piqe.evaluate( "dropped", image.crop( 0, 0, 240, 176 ), 255 );
		assertTrue( dropped.score() != cropped.score() );
	}

	/** MATLAB documents 100 for a uniform image; any non-empty image has a score, one pixel too. */
	@Test
	void constantAndTinyImagesScoreAHundred()
	{
		for ( final double value : new double[] { 0, 77, 255 } )
		{
			final Piqe.Result r = Piqe.evaluate( "grey", TestImages.constant( 40, 20, value ), 255 );
			assertEquals( 100, r.score(), 0 );
			assertEquals( 0, r.activityMask().flaggedBlocks() );
		}
		assertEquals( 100, Piqe.evaluate( "one pixel", TestImages.constant( 1, 1, 9 ), 255 ).score(), 0 );
		assertEquals( 100, new Piqe().score( "flat", new Plane[] { TestImages.constant( 17, 33, 3 ) }, 255 ), 0 );
	}

	/**
	 * Levels are {@code round(255 * im2double(I))}: the data range, not the image's maximum; 16-bit data of
	 * the same levels give the same score, and a dim image keeps its levels.
	 */
	@Test
	void levelsComeFromTheDataRange()
	{
		final Plane image = NiqeBenchmark.scene( 128, 96, 5 );
		final double[] wide = image.values().clone(), unit = image.values().clone(), dim = image.values().clone();
		for ( int i = 0; i < wide.length; i++ )
		{
			wide[ i ] *= 257;
			unit[ i ] /= 255;
			dim[ i ] = Math.floor( dim[ i ] / 2 );
		}
		final double eight = Piqe.evaluate( "8-bit", image, 255 ).score();
		assertEquals( eight, Piqe.evaluate( "16-bit", new Plane( 128, 96, wide ), 65535 ).score(), 0 );
		assertEquals( eight, Piqe.evaluate( "float", new Plane( 128, 96, unit ), 1 ).score(), 0 );
		// scaling by the maximum (as some ports do) would stretch the dim image back to the bright one's levels
		final Plane half = new Plane( 128, 96, dim );
		final double[] stretched = dim.clone();
		double max = 0;
		for ( final double d : dim )
			max = Math.max( max, d );
		for ( int i = 0; i < stretched.length; i++ )
			stretched[ i ] = Math.rint( 255 * stretched[ i ] / max );
		assertTrue( Piqe.evaluate( "dim", half, 255 ).score() != Piqe.evaluate( "stretched", new Plane( 128, 96, stretched ), 255 ).score() );
	}

	@Test
	void matlabRoundsHalvesAwayFromZero()
	{
		assertEquals( 3, Piqe.roundHalfAwayFromZero( 2.5 ), 0 );
		assertEquals( -3, Piqe.roundHalfAwayFromZero( -2.5 ), 0 );
		assertEquals( 2, Piqe.roundHalfAwayFromZero( 2.4999999999999996 ), 0 );
		assertEquals( 0, Piqe.roundHalfAwayFromZero( 0.49999999999999994 ), 0 );
		assertEquals( 255, Piqe.roundHalfAwayFromZero( 255 * ( 255 / 255.0 ) ), 0 );
	}

	@Test
	void nonFiniteAndEmptyImagesAreRefused()
	{
		final double[] v = TestImages.randomTexture( 20, 20, 1 ).values().clone();
		v[ 2 * 20 + 11 ] = Double.NaN;
		final PdPlaneException e = assertThrows( PdPlaneException.class, () -> Piqe.evaluate( "nan.tif", new Plane( 20, 20, v ), 255 ) );
		assertEquals( "'nan.tif' has a non-finite pixel at x=11, y=2: PIQE needs finite values.", e.getMessage() );
		assertThrows( PdPlaneException.class, () -> Piqe.evaluate( "empty", new Plane( 0, 5, new double[ 0 ] ), 255 ) );
	}
}
