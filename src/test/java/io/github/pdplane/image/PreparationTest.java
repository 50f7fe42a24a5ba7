package io.github.pdplane.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.github.pdplane.PdPlaneException;

class PreparationTest
{
	private static ArrayImage rgb3x3()
	{
		final double[] r = new double[ 9 ], g = new double[ 9 ], b = new double[ 9 ];
		for ( int i = 0; i < 9; i++ )
		{
			r[ i ] = 20 * i;
			g[ i ] = 255 - 20 * i;
			b[ i ] = 7 * i;
		}
		return ArrayImage.rgb( "colour.png", 3, 3, SampleType.UINT8, r, g, b );
	}

	/** A shave near Integer.MAX_VALUE is refused as leaving nothing; twice it once wrapped to a large side. */
	@Test
	void aHugeShaveLeavesNothingWithoutOverflow()
	{
		for ( final int shave : new int[] { 2, 1 << 30, Integer.MAX_VALUE - 1, Integer.MAX_VALUE } )
		{
			final Preparation p = new Preparation( Convention.GRAY, shave, Double.NaN );
			assertTrue( p.preparedWidth( rgb3x3() ) < 1 && p.preparedHeight( rgb3x3() ) < 1, "shave " + shave );
			final PdPlaneException e = assertThrows( PdPlaneException.class, () -> p.checkShape( rgb3x3() ) );
			assertEquals( "A shave of " + shave + " pixels leaves nothing of 'colour.png' (3x3).", e.getMessage() );
		}
	}

	@Test
	void conventionsGiveOneOrThreePlanes()
	{
		final ArrayImage img = rgb3x3();
		assertEquals( 1, new Preparation( Convention.GRAY, 0, Double.NaN ).prepare( img, 0 ).length );
		assertEquals( 1, new Preparation( Convention.Y, 0, Double.NaN ).prepare( img, 0 ).length );
		final Plane[] rgb = new Preparation( Convention.RGB, 0, Double.NaN ).prepare( img, 0 );
		assertEquals( 3, rgb.length );
		assertArrayEquals( img.read( 0, 1 ), rgb[ 1 ].values(), 0 );
	}

	@Test
	void grayAndYFollowColourConversion()
	{
		final ArrayImage img = rgb3x3();
		final double[] r = img.read( 0, 0 ), g = img.read( 0, 1 ), b = img.read( 0, 2 );
		assertArrayEquals( ColourConversion.rgb2gray( r, g, b, 255 ),
				new Preparation( Convention.GRAY, 0, Double.NaN ).prepare( img, 0 )[ 0 ].values(), 0 );
		assertArrayEquals( ColourConversion.rgb2ycbcrY( r, g, b ),
				new Preparation( Convention.Y, 0, Double.NaN ).prepare( img, 0 )[ 0 ].values(), 0 );
	}

	@Test
	void greyImagesPassEveryConventionUnchanged()
	{
		final Plane p = new Plane( 2, 2, new double[] { 1, 2, 3, 4 } );
		final ArrayImage img = ArrayImage.grey( "g.png", p, SampleType.UINT8 );
		for ( final Convention c : Convention.values() )
			assertArrayEquals( p.values(), new Preparation( c, 0, Double.NaN ).prepare( img, 0 )[ 0 ].values(), 0 );
	}

	@Test
	void shaveCutsEverySide()
	{
		final double[] v = new double[ 36 ];
		for ( int i = 0; i < v.length; i++ )
			v[ i ] = i;
		final ArrayImage img = ArrayImage.grey( "g.png", new Plane( 6, 6, v ), SampleType.UINT8 );
		final Plane shaved = new Preparation( Convention.GRAY, 2, Double.NaN ).prepare( img, 0 )[ 0 ];
		assertEquals( 2, shaved.width() );
		assertEquals( 2, shaved.height() );
		assertArrayEquals( new double[] { 14, 15, 20, 21 }, shaved.values(), 0 );
	}

	@Test
	void shaveThatLeavesNothingIsRefused()
	{
		final ArrayImage img = ArrayImage.grey( "tiny.png", Plane.zeros( 8, 8 ), SampleType.UINT8 );
		final PdPlaneException e = assertThrows( PdPlaneException.class, () -> new Preparation( Convention.GRAY, 4, Double.NaN ).prepare( img, 0 ) );
		assertTrue( e.getMessage().contains( "tiny.png" ), e.getMessage() );
	}

	@Test
	void dataRangeComesFromTheBitDepthOrTheUser()
	{
		final Preparation auto = Preparation.defaults();
		assertEquals( 255, auto.peak( ArrayImage.grey( "a", Plane.zeros( 1, 1 ), SampleType.UINT8 ) ), 0 );
		assertEquals( 65535, auto.peak( ArrayImage.grey( "a", Plane.zeros( 1, 1 ), SampleType.UINT16 ) ), 0 );
		final ArrayImage float32 = ArrayImage.grey( "float.tif", Plane.zeros( 1, 1 ), SampleType.FLOAT32 );
		final PdPlaneException e = assertThrows( PdPlaneException.class, () -> auto.peak( float32 ) );
		assertTrue( e.getMessage().contains( "float.tif" ) && e.getMessage().contains( "data range" ), e.getMessage() );
		assertEquals( 1, new Preparation( Convention.GRAY, 0, 1 ).peak( float32 ), 0 );
		assertEquals( 4095, new Preparation( Convention.GRAY, 0, 4095 ).peak( float32 ), 0 );
	}

	@Test
	void badParametersAreRefused()
	{
		assertThrows( PdPlaneException.class, () -> new Preparation( Convention.GRAY, -1, Double.NaN ) );
		assertThrows( PdPlaneException.class, () -> new Preparation( Convention.GRAY, 0, 0 ) );
		assertThrows( PdPlaneException.class, () -> new Preparation( Convention.GRAY, 0, -5 ) );
		assertThrows( PdPlaneException.class, () -> new Preparation( Convention.GRAY, 0, Double.POSITIVE_INFINITY ) );
		assertThrows( PdPlaneException.class, () -> Convention.fromId( "hsv" ) );
		assertEquals( Convention.Y, Convention.fromId( " Y " ) );
	}

	@Test
	void nonFinitePixelsAreNamedWithTheirPosition()
	{
		final double[] v = { 0, 1, 2, 3, Double.NaN, 5 };
		final ArrayImage img = new ArrayImage( "nan.tif", 3, 2, SampleType.FLOAT32, new double[][][] { { v.clone() }, { v.clone() } } );
		final PdPlaneException e = assertThrows( PdPlaneException.class, () -> new Preparation( Convention.GRAY, 0, 1 ).prepare( img, 1 ) );
		assertTrue( e.getMessage().contains( "nan.tif (slice 2)" ) && e.getMessage().contains( "NaN" ) && e.getMessage().contains( "x=1, y=1" ),
				e.getMessage() );
		v[ 4 ] = Double.NEGATIVE_INFINITY;
		final ArrayImage inf = new ArrayImage( "inf.tif", 3, 2, SampleType.FLOAT32, new double[][][] { { v } } );
		final PdPlaneException e2 = assertThrows( PdPlaneException.class, () -> new Preparation( Convention.GRAY, 0, 1 ).prepare( inf, 0 ) );
		assertTrue( e2.getMessage().contains( "infinite" ), e2.getMessage() );
	}

	@Test
	void yNeeds8BitColour()
	{
		final double[] c = new double[ 4 ];
		final ArrayImage rgb16 = ArrayImage.rgb( "deep.tif", 2, 2, SampleType.UINT16, c, c, c );
		assertThrows( PdPlaneException.class, () -> new Preparation( Convention.Y, 0, Double.NaN ).prepare( rgb16, 0 ) );
		// 16-bit colour to grey rounds and saturates to the 16-bit range
		final double[] big = { 65535, 65535, 65535, 65535 };
		final ArrayImage white = ArrayImage.rgb( "white.tif", 2, 2, SampleType.UINT16, big, big, big );
		assertArrayEquals( big, new Preparation( Convention.GRAY, 0, Double.NaN ).prepare( white, 0 )[ 0 ].values(), 0 );
	}

	@Test
	void preparationNeverWritesIntoTheSource()
	{
		final double[] v = { 5, 6, 7, 8 };
		final ArrayImage img = ArrayImage.grey( "g.png", new Plane( 2, 2, v ), SampleType.UINT8 );
		final Plane p = Preparation.defaults().prepare( img, 0 )[ 0 ];
		p.values()[ 0 ] = 99;
		assertArrayEquals( new double[] { 5, 6, 7, 8 }, img.read( 0, 0 ), 0 );
	}

	/**
	 * Reading into buffers gives the planes a fresh read gives, reuses the arrays from image to image
	 * of the same size (the point of them), takes a new one for another size, and leaves the source
	 * as it was.
	 */
	@Test
	void buffersAreReusedAndGiveTheSameValues()
	{
		final ReadBuffers buffers = new ReadBuffers();
		final Preparation rgb = new Preparation( Convention.RGB, 0, Double.NaN );
		final ArrayImage colour = rgb3x3();
		final Plane[] first = rgb.prepare( colour, 0, buffers );
		for ( int c = 0; c < 3; c++ )
			assertArrayEquals( rgb.prepare( colour, 0 )[ c ].values(), first[ c ].values(), 0 );
		final double[] red = first[ 0 ].values();
		final ArrayImage other = ArrayImage.grey( "other.png", new Plane( 3, 3, new double[] { 9, 8, 7, 6, 5, 4, 3, 2, 1 } ), SampleType.UINT8 );
		final Plane second = rgb.prepare( other, 0, buffers )[ 0 ];
		assertSame( red, second.values(), "the array of the first image holds the second" );
		assertArrayEquals( new double[] { 9, 8, 7, 6, 5, 4, 3, 2, 1 }, second.values(), 0 );
		final Plane larger = rgb.prepare( ArrayImage.grey( "larger.png", new Plane( 2, 5, new double[ 10 ] ), SampleType.UINT8 ), 0, buffers )[ 0 ];
		assertEquals( 10, larger.values().length );
		assertArrayEquals( new double[] { 9, 8, 7, 6, 5, 4, 3, 2, 1 }, other.read( 0, 0 ), 0 );
		// gray from colour converts into a plane of its own: the buffers hold only what was read
		final Plane grey = Preparation.defaults().prepare( colour, 0, buffers )[ 0 ];
		assertArrayEquals( Preparation.defaults().prepare( colour, 0 )[ 0 ].values(), grey.values(), 0 );
	}
}
