package io.github.pdplane.catalogue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.imageio.ImageIO;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

import io.github.pdplane.bench.NiqeBenchmark;
import io.github.pdplane.image.Plane;

/** The files of the {@link BadInputCatalogue}: small images written with ImageJ or ImageIO, and bytes that are no image. */
public final class CatalogueFiles
{
	private CatalogueFiles()
	{}

	/** A seeded 8-bit scene with natural statistics (every metric scores it from its minimum size up). */
	static ByteProcessor scene( final int width, final int height, final long seed )
	{
		final Plane p = NiqeBenchmark.scene( width, height, seed );
		final ByteProcessor ip = new ByteProcessor( width, height );
		for ( int i = 0; i < p.values().length; i++ )
			ip.set( i, ( int ) Math.min( 255, Math.max( 0, p.values()[ i ] ) ) );
		return ip;
	}

	static ByteProcessor constant( final int width, final int height, final int value )
	{
		final ByteProcessor ip = new ByteProcessor( width, height );
		ip.setValue( value );
		ip.fill();
		return ip;
	}

	static ShortProcessor sixteenBit( final ByteProcessor source, final int scale )
	{
		final ShortProcessor ip = new ShortProcessor( source.getWidth(), source.getHeight() );
		for ( int i = 0; i < source.getPixelCount(); i++ )
			ip.set( i, source.get( i ) * scale );
		return ip;
	}

	static FloatProcessor float32( final ByteProcessor source, final double scale )
	{
		final FloatProcessor ip = new FloatProcessor( source.getWidth(), source.getHeight() );
		for ( int i = 0; i < source.getPixelCount(); i++ )
			ip.setf( i, ( float ) ( source.get( i ) * scale ) );
		return ip;
	}

	static ColorProcessor rgb( final ByteProcessor grey )
	{
		final ColorProcessor ip = new ColorProcessor( grey.getWidth(), grey.getHeight() );
		for ( int i = 0; i < grey.getPixelCount(); i++ )
		{
			final int v = grey.get( i );
			ip.set( i, v << 16 | ( 255 - v ) << 8 | v / 2 );
		}
		return ip;
	}

	/** Any image (a stack where there are several) as a TIFF file made by ImageJ. */
	static Path tiff( final Path dir, final String name, final ImageProcessor... slices ) throws IOException
	{
		final Path file = dir.resolve( name );
		Files.createDirectories( file.getParent() );
		final ImageStack stack = new ImageStack( slices[ 0 ].getWidth(), slices[ 0 ].getHeight() );
		for ( final ImageProcessor ip : slices )
			stack.addSlice( ip );
		final ImagePlus image = new ImagePlus( name, stack );
		final boolean saved = slices.length == 1 ? new FileSaver( image ).saveAsTiff( file.toString() )
				: new FileSaver( image ).saveAsTiffStack( file.toString() );
		if ( !saved )
			throw new IOException( "ImageJ did not write " + file );
		return file;
	}

	/** A PNG written by ImageIO, for what ImageJ cannot write (transparency). */
	static Path png( final Path dir, final String name, final BufferedImage image ) throws IOException
	{
		final Path file = dir.resolve( name );
		if ( !ImageIO.write( image, "png", file.toFile() ) )
			throw new IOException( "no PNG writer" );
		return file;
	}

	static BufferedImage withAlpha( final int width, final int height )
	{
		final BufferedImage image = new BufferedImage( width, height, BufferedImage.TYPE_INT_ARGB );
		for ( int y = 0; y < height; y++ )
			for ( int x = 0; x < width; x++ )
				image.setRGB( x, y, ( x * 7 + y ) % 256 << 24 | 0x336699 );
		return image;
	}

	static Path bytes( final Path dir, final String name, final byte[] bytes ) throws IOException
	{
		final Path file = dir.resolve( name );
		Files.createDirectories( file.getParent() );
		Files.write( file, bytes );
		return file;
	}

	static Path text( final Path dir, final String name, final String text ) throws IOException
	{
		return bytes( dir, name, text.getBytes( java.nio.charset.StandardCharsets.UTF_8 ) );
	}

	/** The first half of a file. */
	static Path truncated( final Path whole, final String name ) throws IOException
	{
		final byte[] all = Files.readAllBytes( whole );
		return bytes( whole.getParent(), name, Arrays.copyOf( all, all.length / 2 ) );
	}

	/** Random bytes, seeded. */
	static Path noise( final Path dir, final String name, final int length ) throws IOException
	{
		final byte[] b = new byte[ length ];
		new java.util.Random( length ).nextBytes( b );
		return bytes( dir, name, b );
	}

	/** The frame header of a four-component (CMYK) JPEG, which the JDK's decoder cannot read. */
	public static Path cmykJpeg( final Path dir, final String name ) throws IOException
	{
		final int[] header = { 0xFF, 0xD8, // start of image
				0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, // APP0
				0xFF, 0xC0, 0x00, 0x14, 8, 0x00, 0x10, 0x00, 0x10, 4, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0, 4, 0x11, 0, // SOF0, 4 components
				0xFF, 0xD9 };
		final byte[] b = new byte[ header.length ];
		for ( int i = 0; i < b.length; i++ )
			b[ i ] = ( byte ) header[ i ];
		return bytes( dir, name, b );
	}

	/** A named pipe (the tests run on Linux, where mkfifo is part of the base system). */
	static Path namedPipe( final Path dir, final String name ) throws IOException
	{
		final Path fifo = dir.resolve( name );
		try
		{
			if ( new ProcessBuilder( "mkfifo", fifo.toString() ).start().waitFor() != 0 )
				throw new IOException( "mkfifo could not make " + fifo );
		}
		catch ( final InterruptedException e )
		{
			Thread.currentThread().interrupt();
			throw new IOException( e );
		}
		return fifo;
	}
}
