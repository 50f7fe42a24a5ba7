package io.github.pdplane.demo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.ArrayImage;
import io.github.pdplane.image.SampleType;

/**
 * 8-bit RGB images from files (the JDK's decoders, {@code javax.imageio}) and to PNG
 * ({@link PngWriter}), so that the demo data set can be made and checked without ImageJ.
 */
public final class RgbFiles
{
	private static final int RED = 0, GREEN = 1, BLUE = 2;

	private RgbFiles()
	{}

	/** Any file the JDK decodes (PNG, BMP, GIF, JPEG) as 8-bit RGB, named by its file name. */
	public static ArrayImage read( final Path file )
	{
		try (InputStream in = Files.newInputStream( file ))
		{
			return decode( file.getFileName().toString(), in );
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( "'" + file + "' could not be read: " + e.getMessage(), e );
		}
	}

	/** PNG or another JDK format from memory. */
	public static ArrayImage decode( final String name, final byte[] bytes )
	{
		try
		{
			return decode( name, new ByteArrayInputStream( bytes ) );
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( "'" + name + "' could not be decoded: " + e.getMessage(), e );
		}
	}

	private static ArrayImage decode( final String name, final InputStream in ) throws IOException
	{
		final BufferedImage image = ImageIO.read( in );
		if ( image == null )
			throw new PdPlaneException( "'" + name + "' is not an image the JDK can decode (PNG, BMP, GIF, JPEG)." );
		if ( image.getColorModel().hasAlpha() || image.getColorModel().getComponentSize( 0 ) != 8 )
			throw new PdPlaneException( "'" + name + "' is not 8-bit RGB without transparency." );
		final int w = image.getWidth(), h = image.getHeight();
		final int[] argb = image.getRGB( 0, 0, w, h, null, 0, w );
		final double[][] channels = new double[ 3 ][ w * h ];
		for ( int i = 0; i < argb.length; i++ )
			for ( int c = RED; c <= BLUE; c++ )
				channels[ c ][ i ] = ( argb[ i ] >> shift( c ) ) & 0xff;
		return ArrayImage.rgb( name, w, h, SampleType.UINT8, channels[ RED ], channels[ GREEN ], channels[ BLUE ] );
	}

	/** A PNG of an 8-bit RGB image whose samples are whole numbers in 0..255. */
	public static byte[] encodePng( final ArrayImage image )
	{
		if ( !image.isRgb() || image.slices() != 1 || image.sampleType() != SampleType.UINT8 )
			throw new IllegalArgumentException( "'" + image.name() + "' is not a single 8-bit RGB image: " + image.describe() );
		final byte[] rgb = new byte[ image.width() * image.height() * 3 ];
		for ( int c = RED; c <= BLUE; c++ )
		{
			final double[] v = image.read( 0, c );
			for ( int i = 0; i < v.length; i++ )
			{
				if ( !( v[ i ] >= 0 && v[ i ] <= 255 && v[ i ] == Math.rint( v[ i ] ) ) )
					throw new IllegalArgumentException( "'" + image.name() + "' has a sample " + v[ i ] + " that is not 8-bit" );
				rgb[ 3 * i + c ] = ( byte ) v[ i ];
			}
		}
		return PngWriter.encodeRgb( image.width(), image.height(), rgb );
	}

	private static int shift( final int channel )
	{
		return 16 - 8 * channel;
	}
}
