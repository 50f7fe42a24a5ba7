package io.github.pdplane.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.pdplane.image.ArrayImage;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.SampleType;

/** Every PNG written is decoded by the JDK's independent reader and compared. */
class PngWriterTest
{
	private static ArrayImage image( final int w, final int h, final long seed, final boolean smooth )
	{
		final Random random = new Random( seed );
		final double[][] c = new double[ 3 ][ w * h ];
		for ( int i = 0; i < w * h; i++ )
			for ( int k = 0; k < 3; k++ )
				// smooth ramps make the Sub, Up, Average and Paeth filters win; noise makes None win
				c[ k ][ i ] = smooth ? ( ( i % w ) * ( k + 1 ) + ( i / w ) * 3 ) % 256 : random.nextInt( 256 );
		return ArrayImage.rgb( "t.png", w, h, SampleType.UINT8, c[ 0 ], c[ 1 ], c[ 2 ] );
	}

	@Test
	void roundTripsThroughTheJdkDecoder()
	{
		final int[][] sizes = { { 1, 1 }, { 3, 2 }, { 2, 5 }, { 37, 19 }, { 300, 7 } };
		for ( final int[] size : sizes )
			for ( final boolean smooth : new boolean[] { false, true } )
			{
				final ArrayImage original = image( size[ 0 ], size[ 1 ], size[ 0 ] * 31 + size[ 1 ], smooth );
				TestImageSetTest.assertSamePixels( original, RgbFiles.decode( "t.png", RgbFiles.encodePng( original ) ),
						size[ 0 ] + "x" + size[ 1 ] + ( smooth ? " smooth" : " noise" ) );
			}
	}

	@Test
	void startsWithTheSignatureAndHeader()
	{
		final byte[] png = RgbFiles.encodePng( image( 258, 3, 1, true ) );
		assertEquals( ( byte ) 0x89, png[ 0 ] );
		assertEquals( 'P', png[ 1 ] );
		assertEquals( 'I', png[ 12 ] ); // IHDR follows the 8-byte signature and a 4-byte length
		assertEquals( 1, png[ 18 ] ); // width 258 = 0x00000102, big-endian
		assertEquals( 2, png[ 19 ] );
		assertEquals( 8, png[ 24 ] ); // bit depth
		assertEquals( 2, png[ 25 ] ); // colour type RGB
	}

	@Test
	void refusesWhatIsNot8BitRgb()
	{
		final double[] v = { 256 };
		assertThrows( IllegalArgumentException.class,
				() -> RgbFiles.encodePng( ArrayImage.rgb( "x", 1, 1, SampleType.UINT8, v, v, v ) ) );
		final double[] half = { 0.5 };
		assertThrows( IllegalArgumentException.class,
				() -> RgbFiles.encodePng( ArrayImage.rgb( "x", 1, 1, SampleType.UINT8, half, half, half ) ) );
		assertThrows( IllegalArgumentException.class, () -> RgbFiles.encodePng( ArrayImage.grey( "x",
				new io.github.pdplane.image.Plane( 1, 1, new double[] { 1 } ), SampleType.UINT8 ) ) );
	}
}
