package io.github.pdplane.io.imagej;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.catalogue.CatalogueFiles;

/** Files that would be read wrongly or not at all are refused up front, with what to do. */
class ImageFilesRefusalsTest
{
	@TempDir
	Path dir;

	@Test
	void transparentPngsAreRefusedAndOpaqueOnesRead() throws IOException
	{
		for ( final int type : new int[] { BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_4BYTE_ABGR } )
		{
			final Path file = png( "alpha" + type + ".png", type );
			final PdPlaneException e = assertThrows( PdPlaneException.class, () -> ImageFiles.open( file ) );
			assertTrue( e.getMessage().startsWith( "'" + file + "' has an alpha channel (transparency), which PD Plane does not score" ), e
					.getMessage() );
		}
		assertEquals( 3, ImageFiles.open( png( "opaque.png", BufferedImage.TYPE_INT_RGB ) ).channels() );
	}

	/** A JPEG of four components (CMYK, YCCK) is refused from its frame header, before the JDK's decoder prints a stack trace. */
	@Test
	void aCmykJpegIsRefusedFromItsHeader() throws IOException
	{
		final Path jpeg = CatalogueFiles.cmykJpeg( dir, "cmyk.jpg" );
		final PdPlaneException e = assertThrows( PdPlaneException.class, () -> ImageFiles.open( jpeg ) );
		assertEquals( "'" + jpeg + "' is a CMYK JPEG, which ImageJ cannot read: convert it to RGB first (with ImageMagick: convert IN"
				+ " -colorspace sRGB OUT).", e.getMessage() );
	}

	/** A named pipe would block the reading of its signature for ever; where the system has them, it is refused at once. */
	@Test
	@Timeout( value = 20, unit = TimeUnit.SECONDS )
	void aNamedPipeIsRefusedWithoutWaiting() throws IOException, InterruptedException
	{
		final Path fifo = dir.resolve( "pipe.png" );
		final Process mkfifo;
		try
		{
			mkfifo = new ProcessBuilder( "mkfifo", fifo.toString() ).start();
		}
		catch ( final IOException e )
		{
			assumeTrue( false, "no mkfifo here: " + e );
			return;
		}
		assumeTrue( mkfifo.waitFor() == 0, "mkfifo failed" );
		final PdPlaneException e = assertThrows( PdPlaneException.class, () -> ImageFiles.open( fifo ) );
		assertEquals( "'" + fifo + "' is not a regular file (a named pipe, a device or a socket): PD Plane reads image files.", e.getMessage() );
		assertFalse( ImageFiles.isImage( fifo ) );
	}

	private Path png( final String name, final int type ) throws IOException
	{
		final BufferedImage image = new BufferedImage( 6, 5, type );
		for ( int y = 0; y < 5; y++ )
			for ( int x = 0; x < 6; x++ )
				image.setRGB( x, y, 0x80 << 24 | ( 20 * x ) << 16 | ( 30 * y ) << 8 | 7 );
		final Path file = dir.resolve( name );
		ImageIO.write( image, "png", file.toFile() );
		return file;
	}
}
