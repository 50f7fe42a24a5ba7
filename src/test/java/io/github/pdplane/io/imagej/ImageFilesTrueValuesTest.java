package io.github.pdplane.io.imagej;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Convention;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.image.SampleType;

/**
 * TIFFs whose values ImageJ stores shifted, rounded or not at all are read with their true values; files
 * whose header declares more than memory holds, and TIFFs whose pages differ in size, are refused before
 * any pixel is read.
 */
class ImageFilesTrueValuesTest
{
	@TempDir
	Path dir;

	private ImageSource read( final TinyTiff tiff, final String name ) throws IOException
	{
		final Path file = dir.resolve( name );
		tiff.write( file );
		return ImageFiles.read( file, name );
	}

	/** ImageJ adds 32768 and sets a calibration function; the values read are the signed ones, and there is no natural range. */
	@Test
	void signed16BitTiffsAreReadWithTheirSignedValues() throws IOException
	{
		final ImageSource image = read( TinyTiff.of( 16, TinyTiff.SIGNED ).page( 2, 2, -32768, -1000, 0, 32767 ), "signed.tif" );
		assertEquals( SampleType.INT16, image.sampleType() );
		assertArrayEquals( new double[] { -32768, -1000, 0, 32767 }, image.read( 0, 0 ), 0 );
		final String m = assertThrows( PdPlaneException.class, () -> Preparation.defaults().peak( image ) ).getMessage();
		assertTrue( m.startsWith( "'signed.tif' is 16-bit signed data, which has no natural range: give its data range" ), m );
		assertEquals( 2000, new Preparation( Convention.GRAY, 0, 2000 ).peak( image ), 0 );
	}

	/** 32-bit integers beyond 2^24 (ImageJ's float rounds them) and unsigned ones beyond 2^31 (ImageJ reads them negative) are exact. */
	@Test
	void thirtyTwoBitIntegerTiffsAreReadExactly() throws IOException
	{
		final ImageSource signed = read( TinyTiff.of( 32, TinyTiff.SIGNED ).page( 2, 2, -5, 16777217, 2e9, -2147483648 ).page( 2, 2, 1, 2, 3,
				4 ), "int32.tif" );
		assertEquals( SampleType.INT32, signed.sampleType() );
		assertEquals( 2, signed.slices() );
		assertArrayEquals( new double[] { -5, 16777217, 2e9, -2147483648 }, signed.read( 0, 0 ), 0 );
		assertArrayEquals( new double[] { 1, 2, 3, 4 }, signed.read( 1, 0 ), 0 );
		final ImageSource unsigned = read( TinyTiff.of( 32, TinyTiff.UNSIGNED ).page( 2, 1, 4e9, 16777217 ), "uint32.tif" );
		assertEquals( SampleType.UINT32, unsigned.sampleType() );
		assertArrayEquals( new double[] { 4e9, 16777217 }, unsigned.read( 0, 0 ), 0 );
		assertTrue( Double.isNaN( SampleType.UINT32.naturalRange() ) );
	}

	/** ImageJ does not read 64-bit floats at all ("may be damaged"); they are read here to the last bit. */
	@Test
	void sixtyFourBitFloatTiffsAreReadExactly() throws IOException
	{
		final ImageSource image = read( TinyTiff.of( 64, TinyTiff.FLOAT ).page( 3, 1, 0.1, 1e300, -2.5 ), "float64.tif" );
		assertEquals( SampleType.FLOAT64, image.sampleType() );
		assertArrayEquals( new double[] { 0.1, 1e300, -2.5 }, image.read( 0, 0 ), 0 );
		assertEquals( "float64.tif", image.name() );
	}

	/** A compressed one cannot be read exactly here: refused with what to do, not rounded. */
	@Test
	void compressedWideTiffsAreRefusedWithWhatToDo() throws IOException
	{
		final Path file = dir.resolve( "deflated.tif" );
		TinyTiff.of( 32, TinyTiff.SIGNED ).labelledCompressed( 8 ).page( 2, 1, 1, 2 ).write( file );
		assertEquals( "'deflated.tif' is a compressed TIFF of 32-bit signed integer samples, which ImageJ reads as 32-bit float, exact only up"
				+ " to 2^24, and PD Plane reads exactly only uncompressed: save it uncompressed (with libtiff: tiffcp -c none IN OUT).",
				assertThrows( PdPlaneException.class, () -> ImageFiles.read( file, "deflated.tif" ) ).getMessage() );
	}

	/** ImageJ would read page 1 only. */
	@Test
	void tiffsWhosePagesDifferInSizeAreRefusedNamingTheSizes() throws IOException
	{
		final Path file = dir.resolve( "pages.tif" );
		TinyTiff.of( 8, TinyTiff.UNSIGNED ).page( 2, 2, 1, 2, 3, 4 ).page( 3, 1, 5, 6, 7 ).write( file );
		final String m = assertThrows( PdPlaneException.class, () -> ImageFiles.read( file, file.toString() ) ).getMessage();
		assertEquals( "'" + file + "' is a TIFF whose pages differ in size (page 1 is 2x2, page 2 is 3x1): ImageJ would read page 1 only, and"
				+ " PD Plane scores the pages of a stack as slices of one size. Save each page as a file of its own (with libtiff: tiffsplit).", m );
		assertEquals( m, assertThrows( PdPlaneException.class, () -> ImageFiles.openImagePlus( file ) ).getMessage() );
		final ImageSource equal = read( TinyTiff.of( 8, TinyTiff.UNSIGNED ).page( 2, 1, 1, 2 ).page( 2, 1, 3, 4 ), "equal.tif" );
		assertEquals( 2, equal.slices() );
		assertArrayEquals( new double[] { 3, 4 }, equal.read( 1, 0 ), 0 );
	}

	/** A small file whose header declares 40000x40000 pixels fails at once, naming its size and the memory there is. */
	@Test
	@Timeout( value = 10, unit = TimeUnit.SECONDS )
	void aHeaderDeclaringMoreThanMemoryHoldsFailsBeforeAnyPixelIsRead() throws IOException
	{
		final Path tiff = dir.resolve( "huge.tif" );
		TinyTiff.writeHeaderOnly( tiff, 16, TinyTiff.UNSIGNED, 40000, 40000 );
		final Path png = dir.resolve( "huge.png" );
		Files.write( png, pngHeader( 40000, 40000 ) );
		final long heap = Runtime.getRuntime().maxMemory();
		for ( final Path file : new Path[] { tiff, png } )
		{
			assertTrue( Files.size( file ) < 1000 );
			final String m = assertThrows( PdPlaneException.class, () -> ImageFiles.read( file, file.toString() ) ).getMessage();
			assertTrue( m.startsWith( "'" + file + "' declares 40000x40000 pixels: reading and scoring it needs about " ), m );
			assertTrue( m.contains( " GB, and this Java has " ) && m.contains( String.format( java.util.Locale.ROOT, "(maximum %.1f GB, ", heap
					/ 1e9 ) ) && m.endsWith( "Give Java more memory (java -Xmx on the command line; in ImageJ, Edit > Options > Memory &"
							+ " Threads) or use a smaller image." ), m );
		}
		final Path wide = dir.resolve( "wide.tif" );
		TinyTiff.writeHeaderOnly( wide, 8, TinyTiff.UNSIGNED, 60000, 60000 );
		assertEquals( "'" + wide + "' declares 60000x60000 pixels: more pixels in one slice than a Java array holds (2^31), so it cannot be"
				+ " read. Crop or split it first.", assertThrows( PdPlaneException.class, () -> ImageFiles.read( wide, wide.toString() ) )
						.getMessage() );
	}

	/** A PNG of its signature, its IHDR chunk (8-bit grey) and IEND: a header and no pixels. */
	private static byte[] pngHeader( final int width, final int height ) throws IOException
	{
		final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		final DataOutputStream out = new DataOutputStream( bytes );
		out.write( new byte[] { ( byte ) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' } );
		final ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
		final DataOutputStream h = new DataOutputStream( ihdr );
		h.writeBytes( "IHDR" );
		h.writeInt( width );
		h.writeInt( height );
		h.write( new byte[] { 8, 0, 0, 0, 0 } ); // 8-bit grey, deflate, adaptive filtering, no interlace
		chunk( out, ihdr.toByteArray() );
		chunk( out, "IEND".getBytes( "US-ASCII" ) );
		return bytes.toByteArray();
	}

	private static void chunk( final DataOutputStream out, final byte[] typeAndData ) throws IOException
	{
		out.writeInt( typeAndData.length - 4 );
		out.write( typeAndData );
		final CRC32 crc = new CRC32();
		crc.update( typeAndData );
		out.writeInt( ( int ) crc.getValue() );
	}
}
