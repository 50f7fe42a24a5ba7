package io.github.pdplane.nr;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Random;

import io.github.pdplane.image.Plane;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.io.imagej.ImageFiles;

/** The reference images of the tests, as grey planes, and 8-bit degradations of them. */
public final class TestImages
{
	public static final Path REFERENCE_DATA = Paths.get( "src", "test", "resources", "reference-data" );

	public static final String[] NIQE_EXAMPLES = { "niqe-examples/image1.bmp", "niqe-examples/image2.bmp", "niqe-examples/image3.bmp",
			"niqe-examples/image4.bmp" };

	public static final String[] TID_REFERENCES = { "tid2013-pairs/ref/I03.bmp", "tid2013-pairs/ref/I04.bmp", "tid2013-pairs/ref/I06.bmp",
			"tid2013-pairs/ref/I08.bmp", "tid2013-pairs/ref/I19.bmp" };

	private TestImages()
	{}

	/** MATLAB rgb2gray of the file, as NIQE's release prepares it. */
	public static Plane gray( final String relative )
	{
		return Preparation.defaults().prepare( ImageFiles.open( REFERENCE_DATA.resolve( relative ) ), 0 )[ 0 ];
	}

	/** Additive Gaussian noise of standard deviation {@code sigma}, rounded and clipped to 8 bits. */
	public static Plane noisy( final Plane p, final double sigma, final long seed )
	{
		final Random random = new Random( seed );
		final double[] in = p.values(), out = new double[ in.length ];
		for ( int i = 0; i < in.length; i++ )
			out[ i ] = Math.min( 255, Math.max( 0, Math.rint( in[ i ] + sigma * random.nextGaussian() ) ) );
		return new Plane( p.width(), p.height(), out );
	}

	/** A Gaussian blur of standard deviation {@code sigma} (radius 3 sigma, clamped borders), rounded to 8 bits. */
	public static Plane blurred( final Plane p, final double sigma )
	{
		final int r = ( int ) Math.ceil( 3 * sigma );
		final double[] k = new double[ 2 * r + 1 ];
		double sum = 0;
		for ( int i = -r; i <= r; i++ )
			sum += k[ i + r ] = Math.exp( -i * i / ( 2 * sigma * sigma ) );
		final int w = p.width(), h = p.height();
		final double[] in = p.values(), tmp = new double[ in.length ], out = new double[ in.length ];
		for ( int y = 0; y < h; y++ )
			for ( int x = 0; x < w; x++ )
			{
				double s = 0;
				for ( int i = -r; i <= r; i++ )
					s += k[ i + r ] * in[ y * w + Math.min( w - 1, Math.max( 0, x + i ) ) ];
				tmp[ y * w + x ] = s / sum;
			}
		for ( int y = 0; y < h; y++ )
			for ( int x = 0; x < w; x++ )
			{
				double s = 0;
				for ( int i = -r; i <= r; i++ )
					s += k[ i + r ] * tmp[ Math.min( h - 1, Math.max( 0, y + i ) ) * w + x ];
				out[ y * w + x ] = Math.rint( s / sum );
			}
		return new Plane( w, h, out );
	}

	/** Uniform noise in [0, 255], rounded: structure everywhere. */
	public static Plane randomTexture( final int w, final int h, final long seed )
	{
		final Random random = new Random( seed );
		final double[] v = new double[ w * h ];
		for ( int i = 0; i < v.length; i++ )
			v[ i ] = Math.rint( 255 * random.nextDouble() );
		return new Plane( w, h, v );
	}

	public static Plane constant( final int w, final int h, final double value )
	{
		final double[] v = new double[ w * h ];
		java.util.Arrays.fill( v, value );
		return new Plane( w, h, v );
	}
}
