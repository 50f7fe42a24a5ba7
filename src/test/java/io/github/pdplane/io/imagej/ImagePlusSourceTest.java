package io.github.pdplane.io.imagej;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ShortProcessor;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.SampleType;

class ImagePlusSourceTest
{
	@Test
	void readsEveryImageJTypeAsRawValues()
	{
		final ImagePlusSource bytes = new ImagePlusSource( new ImagePlus( "b", new ByteProcessor( 2, 1, new byte[] { 7, ( byte ) 255 } ) ) );
		assertEquals( SampleType.UINT8, bytes.sampleType() );
		assertArrayEquals( new double[] { 7, 255 }, bytes.read( 0, 0 ), 0 );

		final ImagePlusSource shorts = new ImagePlusSource( new ImagePlus( "s", new ShortProcessor( 2, 1, new short[] { 1000, ( short ) 65535 }, null ) ) );
		assertEquals( SampleType.UINT16, shorts.sampleType() );
		assertArrayEquals( new double[] { 1000, 65535 }, shorts.read( 0, 0 ), 0 );

		final ImagePlusSource floats = new ImagePlusSource( new ImagePlus( "f", new FloatProcessor( 2, 1, new float[] { -0.5f, 3.25f } ) ) );
		assertEquals( SampleType.FLOAT32, floats.sampleType() );
		assertArrayEquals( new double[] { -0.5, 3.25 }, floats.read( 0, 0 ), 0 );

		final ImagePlusSource rgb = new ImagePlusSource( new ImagePlus( "c", new ColorProcessor( 1, 1, new int[] { 0x102030 } ) ) );
		assertEquals( 3, rgb.channels() );
		assertArrayEquals( new double[] { 0x10 }, rgb.read( 0, 0 ), 0 );
		assertArrayEquals( new double[] { 0x20 }, rgb.read( 0, 1 ), 0 );
		assertArrayEquals( new double[] { 0x30 }, rgb.read( 0, 2 ), 0 );
	}

	@Test
	void stacksHaveOneSlicePerPlane()
	{
		final ImageStack stack = new ImageStack( 2, 1 );
		stack.addSlice( new ByteProcessor( 2, 1, new byte[] { 1, 2 } ) );
		stack.addSlice( new ByteProcessor( 2, 1, new byte[] { 3, 4 } ) );
		final ImagePlusSource src = new ImagePlusSource( new ImagePlus( "stack", stack ) );
		assertEquals( 2, src.slices() );
		assertArrayEquals( new double[] { 3, 4 }, src.read( 1, 0 ), 0 );
		assertEquals( "stack (slice 2)", src.sliceName( 1 ) );
	}

	@Test
	void readingReturnsCopies()
	{
		final byte[] pixels = { 1, 2 };
		final ImagePlusSource src = new ImagePlusSource( new ImagePlus( "b", new ByteProcessor( 2, 1, pixels ) ) );
		src.read( 0, 0 )[ 0 ] = 100;
		assertEquals( 1, pixels[ 0 ] );
	}

	/** A batch worker's array is filled where it fits (every element overwritten), and left alone where it does not. */
	@Test
	void readsIntoAGivenArrayOfTheRightSize()
	{
		final ImagePlusSource colour = new ImagePlusSource( new ImagePlus( "c", new ColorProcessor( 2, 1, new int[] { 0x0a1400, 0x1e2832 } ) ) );
		final double[] into = { -1, -1 };
		assertSame( into, colour.read( 0, 1, into ) );
		assertArrayEquals( new double[] { 20, 40 }, into, 0 );
		final ImagePlusSource floats = new ImagePlusSource( new ImagePlus( "f", new FloatProcessor( 2, 1, new float[] { -0.5f, 3.25f } ) ) );
		assertSame( into, floats.read( 0, 0, into ) );
		assertArrayEquals( new double[] { -0.5, 3.25 }, into, 0 );
		final double[] wrong = new double[ 3 ];
		final double[] read = floats.read( 0, 0, wrong );
		assertNotSame( wrong, read );
		assertArrayEquals( new double[] { -0.5, 3.25 }, read, 0 );
		assertArrayEquals( new double[ 3 ], wrong, 0 );
	}

	@Test
	void missingAndUnreadableFilesAreNamed( @TempDir final Path dir ) throws IOException
	{
		final Path missing = dir.resolve( "missing.png" );
		assertTrue( assertThrows( PdPlaneException.class, () -> ImageFiles.open( missing ) ).getMessage().contains( "does not exist" ) );
		final Path junk = dir.resolve( "junk.png" );
		Files.write( junk, new byte[] { 1, 2, 3, 4, 5 } );
		final String m = assertThrows( PdPlaneException.class, () -> ImageFiles.open( junk ) ).getMessage();
		assertTrue( m.contains( "junk.png" ) && m.contains( "could not be read" ), m );
		assertTrue( assertThrows( PdPlaneException.class, () -> ImageFiles.open( dir ) ).getMessage().contains( "folder" ) );

		// a PNG signature followed by garbage gets past the signature check and fails in the decoder
		final Path truncated = dir.resolve( "truncated.png" );
		Files.write( truncated, new byte[] { ( byte ) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0 } );
		final String t = assertThrows( PdPlaneException.class, () -> ImageFiles.open( truncated ) ).getMessage();
		assertTrue( t.contains( "truncated.png" ) && t.contains( "could not be read" ), t );
	}

	@Test
	void opensTheReferenceBitmapsAsRgb() throws Exception
	{
		final Path bmp = Paths.get( getClass().getResource( "/reference-data/tid2013-pairs/ref/I04.bmp" ).toURI() );
		final ImagePlusSource src = ImageFiles.open( bmp );
		assertEquals( "I04.bmp", src.name() );
		assertEquals( 512, src.width() );
		assertEquals( 384, src.height() );
		assertTrue( src.isRgb() );
	}
}
