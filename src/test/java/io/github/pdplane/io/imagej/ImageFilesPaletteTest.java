package io.github.pdplane.io.imagej;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ByteProcessor;

/** Palette files are read as the grey levels or colours their palette names, not as its indexes. */
class ImageFilesPaletteTest
{
	@TempDir
	Path dir;

	/** Indexes 0..3 in a 4x2 image. */
	private static final int[] INDEXES = { 0, 1, 2, 3, 3, 2, 1, 0 };

	@Test
	void aGreyPaletteGivesItsGreyLevels() throws IOException
	{
		final Path scaled = palettePng( "scaled.png", i -> new int[] { 40 * i, 40 * i, 40 * i } );
		assertArrayEquals( new double[] { 0, 40, 80, 120, 120, 80, 40, 0 }, ImageFiles.open( scaled ).read( 0, 0 ), 0 );
		final Path inverted = palettePng( "inverted.png", i -> new int[] { 255 - i, 255 - i, 255 - i } );
		assertArrayEquals( new double[] { 255, 254, 253, 252, 252, 253, 254, 255 }, ImageFiles.open( inverted ).read( 0, 0 ), 0 );
		final Path identity = palettePng( "identity.png", i -> new int[] { i, i, i } );
		assertArrayEquals( new double[] { 0, 1, 2, 3, 3, 2, 1, 0 }, ImageFiles.open( identity ).read( 0, 0 ), 0 );
	}

	@Test
	void aColourPaletteGivesItsColours() throws IOException
	{
		final Path colour = palettePng( "colour.png", i -> new int[] { 10 * i, 200 - i, 7 } );
		final ImagePlusSource image = ImageFiles.open( colour );
		assertEquals( 3, image.channels() );
		assertArrayEquals( new double[] { 0, 10, 20, 30, 30, 20, 10, 0 }, image.read( 0, 0 ), 0 );
		assertArrayEquals( new double[] { 200, 199, 198, 197, 197, 198, 199, 200 }, image.read( 0, 1 ), 0 );
	}

	/** A grey TIFF's inverted lookup table is how ImageJ shows its values (WhiteIsZero, masks), not a palette: read as ImageJ reads it. */
	@Test
	void aGreyTiffKeepsItsValuesWhateverItsTable()
	{
		final byte[] pixels = new byte[ INDEXES.length ];
		for ( int i = 0; i < pixels.length; i++ )
			pixels[ i ] = ( byte ) ( 50 * INDEXES[ i ] );
		final ByteProcessor ip = new ByteProcessor( 4, 2, pixels );
		ip.invertLut();
		final Path tiff = dir.resolve( "inverted-table.tif" );
		IJ.saveAsTiff( new ImagePlus( "inverted-table", ip ), tiff.toString() );
		final byte[] asImageJReadsIt = ( byte[] ) IJ.openImage( tiff.toString() ).getProcessor().getPixels();
		final double[] expected = new double[ asImageJReadsIt.length ];
		for ( int i = 0; i < expected.length; i++ )
			expected[ i ] = asImageJReadsIt[ i ] & 0xff;
		assertArrayEquals( expected, ImageFiles.open( tiff ).read( 0, 0 ), 0 );
	}

	private interface Palette
	{
		int[] rgb( int index );
	}

	/** An 8-bit palette PNG of {@link #INDEXES} with the 256 entries of {@code palette}. */
	private Path palettePng( final String name, final Palette palette ) throws IOException
	{
		final byte[] r = new byte[ 256 ], g = new byte[ 256 ], b = new byte[ 256 ];
		for ( int i = 0; i < 256; i++ )
		{
			final int[] c = palette.rgb( i );
			r[ i ] = ( byte ) Math.min( 255, c[ 0 ] );
			g[ i ] = ( byte ) Math.min( 255, c[ 1 ] );
			b[ i ] = ( byte ) Math.min( 255, c[ 2 ] );
		}
		final BufferedImage image = new BufferedImage( 4, 2, BufferedImage.TYPE_BYTE_INDEXED, new IndexColorModel( 8, 256, r, g, b ) );
		for ( int i = 0; i < INDEXES.length; i++ )
			image.getRaster().setSample( i % 4, i / 4, 0, INDEXES[ i ] );
		final Path file = dir.resolve( name );
		ImageIO.write( image, "png", file.toFile() );
		return file;
	}
}
