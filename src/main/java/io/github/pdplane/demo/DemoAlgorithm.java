package io.github.pdplane.demo;

import java.util.Random;

import io.github.pdplane.image.Imresize;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.ResizeKernel;

/**
 * The simple x{@value TestImageSet#SCALE} super-resolution "algorithms" of the bundled demo data set.
 * Each upscales the low-resolution image with one MATLAB {@code imresize} kernel; four then add apparent
 * detail (sharpening, grain, displaced texture), so that together they spread over the
 * perception-distortion plane. They work on the unrounded double output of {@code imresize};
 * {@link TestImageSet} rounds once at the end.
 * <p>
 * The two texture algorithms are <em>oracle</em> toys: they take their detail from the reference image,
 * which a real method never sees. They imitate what GAN super-resolution does (detail that looks natural
 * but is not where the truth has it), so that the demo shows a perception-distortion trade-off without
 * shipping a neural network.
 */
public enum DemoAlgorithm
{
	/** Pixel replication: blocky, high distortion. */
	NEAREST( "nearest", ResizeKernel.NEAREST, "imresize 'nearest' x4: pixel replication, blocky" ),
	/** Triangle interpolation: smooth and blurred. */
	BILINEAR( "bilinear", ResizeKernel.BILINEAR, "imresize 'bilinear' x4: smooth, blurred" ),
	/** Keys cubic interpolation, MATLAB's default: sharper than bilinear, still blurred. */
	BICUBIC( "bicubic", ResizeKernel.BICUBIC, "imresize 'bicubic' x4 (MATLAB's default): sharper than bilinear, still blurred" ),
	/**
	 * Bicubic, then an unsharp mask: crisper edges with halos. It undoes part of the blur of shrinking and
	 * enlarging, so it also lowers the distortion a little.
	 */
	BICUBIC_SHARPENED( "bicubic-sharpened", ResizeKernel.BICUBIC, "bicubic x4, then an unsharp mask (Gaussian sigma "
			+ TestImageSet.SHARPEN_SIGMA + " px, amount " + TestImageSet.SHARPEN_AMOUNT + ") per channel: crisper edges, halos" )
	{
		@Override
		Plane[] finish( final Plane[] upscaled, final Plane[] reference, final Random random )
		{
			final Plane[] out = new Plane[ upscaled.length ];
			for ( int c = 0; c < out.length; c++ )
				out[ c ] = TestImageSet.unsharpMask( upscaled[ c ] );
			return out;
		}
	},
	/** Bicubic, then seeded Gaussian grain: texture the blur lacks, bought with more distortion. */
	BICUBIC_GRAIN( "bicubic-grain", ResizeKernel.BICUBIC, "bicubic x4, then Gaussian grain (sigma " + TestImageSet.GRAIN_SIGMA
			+ " levels, the same in R, G and B, seeded): fake texture" )
	{
		@Override
		Plane[] finish( final Plane[] upscaled, final Plane[] reference, final Random random )
		{
			final int n = upscaled[ 0 ].size();
			final double[] grain = new double[ n ];
			for ( int i = 0; i < n; i++ )
				grain[ i ] = TestImageSet.GRAIN_SIGMA * random.nextGaussian();
			final Plane[] out = new Plane[ upscaled.length ];
			for ( int c = 0; c < out.length; c++ )
			{
				final double[] v = upscaled[ c ].values(), sum = new double[ n ];
				for ( int i = 0; i < n; i++ )
					sum[ i ] = v[ i ] + grain[ i ];
				out[ c ] = new Plane( upscaled[ c ].width(), upscaled[ c ].height(), sum );
			}
			return out;
		}
	},
	/**
	 * Oracle texture: bicubic plus a fraction of the detail bicubic misses (reference minus bicubic),
	 * displaced: natural-looking detail in the wrong place, as a GAN invents it. Much lower NIQE than any
	 * interpolation, bought with more distortion. See {@link TestImageSet#withDisplacedDetail}.
	 */
	BICUBIC_TEXTURE( "bicubic-texture", ResizeKernel.BICUBIC, "bicubic x4 plus " + TestImageSet.TEXTURE_AMOUNT
			+ " x the detail it misses, taken from the reference (reference minus bicubic) and displaced by " + TestImageSet.TEXTURE_SHIFT
			+ " px right and down: plausible but misaligned texture, as GAN super-resolution invents it (an oracle toy: real"
			+ " methods never see the reference)" )
	{
		@Override
		Plane[] finish( final Plane[] upscaled, final Plane[] reference, final Random random )
		{
			return TestImageSet.withDisplacedDetail( upscaled, reference, TestImageSet.TEXTURE_AMOUNT );
		}
	},
	/**
	 * {@link #BICUBIC_TEXTURE} with less of the displaced detail: a point between interpolation and texture,
	 * as blending the outputs of a distortion-oriented and a GAN network gives.
	 */
	BICUBIC_TEXTURE_LIGHT( "bicubic-texture-light", ResizeKernel.BICUBIC, "bicubic-texture with "
			+ TestImageSet.TEXTURE_LIGHT_AMOUNT + " x the displaced detail instead of " + TestImageSet.TEXTURE_AMOUNT
			+ ": between interpolation and texture (an oracle toy too)" )
	{
		@Override
		Plane[] finish( final Plane[] upscaled, final Plane[] reference, final Random random )
		{
			return TestImageSet.withDisplacedDetail( upscaled, reference, TestImageSet.TEXTURE_LIGHT_AMOUNT );
		}
	};

	private final String folder;

	private final ResizeKernel kernel;

	private final String description;

	DemoAlgorithm( final String folder, final ResizeKernel kernel, final String description )
	{
		this.folder = folder;
		this.kernel = kernel;
		this.description = description;
	}

	/** The folder of {@code test-images/} that holds this algorithm's outputs. */
	public String folder()
	{
		return folder;
	}

	public String description()
	{
		return description;
	}

	/**
	 * The unrounded output for the channels of a low-resolution image.
	 *
	 * @param reference
	 *            the channels of the reference that {@code lowResolution} was made from; only the oracle
	 *            texture algorithms look at it
	 * @param random
	 *            the seeded source of any randomness, one per image
	 */
	Plane[] restore( final Plane[] lowResolution, final Plane[] reference, final Random random )
	{
		final Plane[] upscaled = new Plane[ lowResolution.length ];
		for ( int c = 0; c < upscaled.length; c++ )
			upscaled[ c ] = Imresize.byScale( lowResolution[ c ], TestImageSet.SCALE, kernel );
		return finish( upscaled, reference, random );
	}

	/** What the algorithm does after upscaling; nothing for plain interpolation. */
	Plane[] finish( final Plane[] upscaled, final Plane[] reference, final Random random )
	{
		return upscaled;
	}
}
