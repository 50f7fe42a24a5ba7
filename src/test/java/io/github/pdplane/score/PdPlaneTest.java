package io.github.pdplane.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import net.imglib2.img.array.ArrayImgs;

import io.github.pdplane.PdPlaneException;

class PdPlaneTest
{
	@Test
	void scoresImgLib2ImagesWithTheirNaturalRange()
	{
		final byte[] a = new byte[ 16 ], b = new byte[ 16 ];
		for ( int i = 0; i < 16; i++ )
		{
			a[ i ] = ( byte ) ( 10 * i );
			b[ i ] = ( byte ) ( 10 * i + 5 );
		}
		assertEquals( 5, PdPlane.score( "rmse", ArrayImgs.unsignedBytes( a, 4, 4 ), ArrayImgs.unsignedBytes( b, 4, 4 ) ), 1e-12 );
		assertEquals( 10 * Math.log10( 255.0 * 255 / 25 ),
				PdPlane.score( "psnr", ArrayImgs.unsignedBytes( a, 4, 4 ), ArrayImgs.unsignedBytes( b, 4, 4 ) ), 1e-12 );
	}

	@Test
	void floatImagesNeedARange()
	{
		final float[] a = { 0, 0.5f, 1, 0.25f }, b = { 0, 0.5f, 1, 0.5f };
		assertThrows( PdPlaneException.class, () -> PdPlane.score( "psnr", ArrayImgs.floats( a, 2, 2 ), ArrayImgs.floats( b, 2, 2 ) ) );
		// MSE = 0.0625 / 4
		assertEquals( 10 * Math.log10( 1 / ( 0.0625 / 4 ) ), PdPlane.score( "psnr", ArrayImgs.floats( a, 2, 2 ), ArrayImgs.floats( b, 2, 2 ), 1 ),
				1e-9 );
	}

	@Test
	void stacksGiveTheMeanOverSlices()
	{
		final byte[] a = new byte[ 8 ], b = new byte[ 8 ];
		for ( int i = 4; i < 8; i++ )
			b[ i ] = 2; // slice 1 identical, slice 2 off by 2
		assertEquals( 1, PdPlane.score( "rmse", ArrayImgs.unsignedBytes( a, 2, 2, 2 ), ArrayImgs.unsignedBytes( b, 2, 2, 2 ) ), 1e-12 );
	}
}
