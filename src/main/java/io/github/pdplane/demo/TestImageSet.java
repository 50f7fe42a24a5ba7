package io.github.pdplane.demo;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import io.github.pdplane.image.ArrayImage;
import io.github.pdplane.image.BorderMode;
import io.github.pdplane.image.ColourConversion;
import io.github.pdplane.image.Correlation;
import io.github.pdplane.image.Imresize;
import io.github.pdplane.image.Kernels;
import io.github.pdplane.image.OutputShape;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.ResizeKernel;
import io.github.pdplane.image.SampleType;

/**
 * The bundled demo data set, {@code test-images/}: each reference image and the outputs of the
 * {@link DemoAlgorithm}s on its x{@value #SCALE} downscaled version, made reproducibly (the same pixels
 * on every machine: no time, no unseeded randomness, and only arithmetic that Java defines exactly).
 * <p>
 * The degradation is the usual one of super-resolution benchmarks: the reference is cropped to a
 * multiple of the scale, each colour channel is shrunk by MATLAB {@code imresize(I, 1/4)} (bicubic with
 * antialiasing) and rounded to 8 bits. Each algorithm then upscales that low-resolution image by 4 and
 * its result is rounded to 8 bits as MATLAB's {@code uint8} conversion does.
 */
public final class TestImageSet
{
	/** Where the data set lives, relative to the project root. */
	public static final String DEFAULT_FOLDER = "test-images";

	/** The folder of the references; every other folder is one algorithm. */
	public static final String REFERENCE_FOLDER = "reference";

	public static final int SCALE = 4;

	/** Unsharp mask of {@link DemoAlgorithm#BICUBIC_SHARPENED}: MATLAB {@code imsharpen}'s defaults (radius 1, amount 0.8). */
	static final double SHARPEN_SIGMA = 1;

	static final double SHARPEN_AMOUNT = 0.8;

	/** Standard deviation of the grain of {@link DemoAlgorithm#BICUBIC_GRAIN}, in 8-bit levels. */
	static final double GRAIN_SIGMA = 6;

	/**
	 * Fractions of the reference's missing detail that {@link DemoAlgorithm#BICUBIC_TEXTURE} and
	 * {@link DemoAlgorithm#BICUBIC_TEXTURE_LIGHT} add. Measured on the bundled set, NIQE falls steeply with the
	 * first quarter and has nearly levelled off at one half; beyond about 0.7 the displaced detail doubles the
	 * edges that bicubic already has and NIQE rises again, while RMSE keeps growing.
	 */
	static final double TEXTURE_AMOUNT = 0.5;

	static final double TEXTURE_LIGHT_AMOUNT = 0.25;

	/**
	 * How far the texture is displaced, in pixels, both right and down. The missing detail is nearly
	 * uncorrelated with itself at this lag, so it no longer lines up with the truth, yet it stays in the
	 * same region and so looks like that region's texture. (At 1 pixel it is still partly aligned and
	 * lowers the distortion.)
	 */
	static final int TEXTURE_SHIFT = 2;

	/** Mixed with each image's name, so that every image has its own grain and adding images changes no other. */
	static final long SEED = 20180618L;

	private static final double MAX_8_BIT = SampleType.UINT8.naturalRange();

	private TestImageSet()
	{}

	/** The file name of an image of the set: the source's name with the extension {@code .png}. */
	public static String fileName( final String sourceName )
	{
		final int dot = sourceName.lastIndexOf( '.' );
		return ( dot > 0 ? sourceName.substring( 0, dot ) : sourceName ) + ".png";
	}

	/**
	 * Every image the set holds for one source: the reference first (under {@link #REFERENCE_FOLDER}),
	 * then one output per algorithm (under its {@link DemoAlgorithm#folder()}), each named
	 * {@link #fileName} of the source.
	 *
	 * @param source
	 *            an 8-bit RGB image
	 */
	public static Map< String, ArrayImage > generate( final ArrayImage source )
	{
		final String name = fileName( source.name() );
		final Plane[] reference = modcrop( channels( source ) );
		final Plane[] lowResolution = lowResolution( reference );
		final Map< String, ArrayImage > images = new LinkedHashMap<>();
		images.put( REFERENCE_FOLDER, image( name, reference ) );
		for ( final DemoAlgorithm algorithm : DemoAlgorithm.values() )
		{
			final Plane[] restored = algorithm.restore( lowResolution, reference, new Random( seed( name, algorithm ) ) );
			for ( int c = 0; c < restored.length; c++ )
				restored[ c ] = to8Bit( restored[ c ] );
			images.put( algorithm.folder(), image( name, restored ) );
		}
		return images;
	}

	/** The input of every algorithm: each channel shrunk by {@code imresize(I, 1/SCALE)} and rounded to 8 bits. */
	static Plane[] lowResolution( final Plane[] reference )
	{
		final Plane[] lowResolution = new Plane[ reference.length ];
		for ( int c = 0; c < reference.length; c++ )
			lowResolution[ c ] = to8Bit( Imresize.byScale( reference[ c ], 1.0 / SCALE, ResizeKernel.BICUBIC ) );
		return lowResolution;
	}

	/** The seed of one image and algorithm, from their names (String hash codes are fixed by the Java spec). */
	static long seed( final String imageName, final DemoAlgorithm algorithm )
	{
		long seed = SEED;
		for ( final byte b : ( imageName + "/" + algorithm.folder() ).getBytes( StandardCharsets.UTF_8 ) )
			seed = 31 * seed + b;
		return seed;
	}

	/**
	 * The unsharp mask of MATLAB {@code imsharpen} (threshold 0) on one channel:
	 * {@code x + amount (x - imfilter(x, fspecial('gaussian', 2 ceil(2 sigma) + 1, sigma), 'replicate'))}.
	 * Not rounded. ({@code imsharpen} itself sharpens only the L* of L*a*b*; channel by channel keeps
	 * this a plain, documented filter.)
	 */
	static Plane unsharpMask( final Plane x )
	{
		final int size = 2 * ( int ) Math.ceil( 2 * SHARPEN_SIGMA ) + 1;
		final Plane blurred = Correlation.correlate( x, Kernels.gaussian( size, SHARPEN_SIGMA ), BorderMode.REPLICATE, OutputShape.SAME );
		final double[] v = x.values(), b = blurred.values(), out = new double[ v.length ];
		for ( int i = 0; i < v.length; i++ )
			out[ i ] = v[ i ] + SHARPEN_AMOUNT * ( v[ i ] - b[ i ] );
		return new Plane( x.width(), x.height(), out );
	}

	/**
	 * The "oracle texture" of the texture algorithms, channel by channel: the upscaled image plus
	 * {@code amount} times the detail it misses, {@code reference - upscaled}, taken from
	 * {@link #TEXTURE_SHIFT} pixels up and left, that is displaced by that much right and down (outside
	 * the image, MATLAB's {@code 'symmetric'} border). With amount 1 and no displacement this would be the
	 * reference itself; displaced, it has the reference's texture statistics but not its alignment, which
	 * is what a GAN's hallucinated detail has. Not rounded.
	 */
	static Plane[] withDisplacedDetail( final Plane[] upscaled, final Plane[] reference, final double amount )
	{
		final Plane[] out = new Plane[ upscaled.length ];
		for ( int c = 0; c < out.length; c++ )
			out[ c ] = withDisplacedDetail( upscaled[ c ], reference[ c ], amount );
		return out;
	}

	private static Plane withDisplacedDetail( final Plane upscaled, final Plane reference, final double amount )
	{
		if ( !upscaled.sameSize( reference ) )
			throw new IllegalArgumentException( "the upscaled image is " + upscaled + " but the reference " + reference );
		final int w = upscaled.width(), h = upscaled.height();
		final double[] u = upscaled.values(), r = reference.values(), out = new double[ u.length ];
		for ( int y = 0; y < h; y++ )
		{
			final int sy = BorderMode.SYMMETRIC.sourceIndex( y - TEXTURE_SHIFT, h );
			for ( int x = 0; x < w; x++ )
			{
				final int from = sy * w + BorderMode.SYMMETRIC.sourceIndex( x - TEXTURE_SHIFT, w );
				out[ y * w + x ] = u[ y * w + x ] + amount * ( r[ from ] - u[ from ] );
			}
		}
		return new Plane( w, h, out );
	}

	static Plane[] channels( final ArrayImage source )
	{
		if ( !source.isRgb() || source.sampleType() != SampleType.UINT8 || source.slices() != 1 )
			throw new IllegalArgumentException( "'" + source.name() + "' must be a single 8-bit RGB image, not " + source.describe() );
		final Plane[] planes = new Plane[ source.channels() ];
		for ( int c = 0; c < planes.length; c++ )
			planes[ c ] = new Plane( source.width(), source.height(), source.read( 0, c ) );
		return planes;
	}

	/** The largest top-left part whose sides are multiples of {@link #SCALE}, so that down- and upscaling round-trip the size. */
	private static Plane[] modcrop( final Plane[] planes )
	{
		final Plane[] out = new Plane[ planes.length ];
		for ( int c = 0; c < planes.length; c++ )
			out[ c ] = planes[ c ].crop( 0, 0, planes[ c ].width() - planes[ c ].width() % SCALE,
					planes[ c ].height() - planes[ c ].height() % SCALE );
		return out;
	}

	/** MATLAB's conversion to {@code uint8}: round half away from zero, saturate to 0..255. */
	private static Plane to8Bit( final Plane p )
	{
		final double[] v = p.values(), out = new double[ v.length ];
		for ( int i = 0; i < v.length; i++ )
			out[ i ] = ColourConversion.roundAndSaturate( v[ i ], MAX_8_BIT );
		return new Plane( p.width(), p.height(), out );
	}

	private static ArrayImage image( final String name, final Plane[] rgb )
	{
		return ArrayImage.rgb( name, rgb[ 0 ].width(), rgb[ 0 ].height(), SampleType.UINT8, rgb[ 0 ].values(), rgb[ 1 ].values(),
				rgb[ 2 ].values() );
	}
}
