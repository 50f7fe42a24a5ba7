package io.github.pdplane.metrics;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Plane;

/**
 * The mean contrast-structure term of SSIM ({@link Ssim.Means#contrastStructure()}, {@code ssim_index_new}'s
 * cs) for many pairs drawn from a few images, as Ma et al.'s features pair every oriented band with one
 * residual and six bands with each other. Each image's local mean and mean square under the window are
 * filtered once ({@link #of}) and serve every pair it is in; a pair then filters only its cross moment (one of
 * the five filtered quantities of {@link Ssim#means}) and skips SSIM's luminance term. The values are bit for
 * bit those of {@link Ssim#means}: the same operations in the same order. Immutable and thread-safe.
 */
public final class ContrastStructure
{
	private final Plane image;

	private final double[] mean, meanSquare;

	private ContrastStructure( final Plane image, final double[] mean, final double[] meanSquare )
	{
		this.image = image;
		this.mean = mean;
		this.meanSquare = meanSquare;
	}

	/**
	 * The local moments of one image.
	 *
	 * @throws PdPlaneException
	 *             for an image smaller than the window
	 */
	public static ContrastStructure of( final Plane image )
	{
		Ssim.checkSize( image );
		final int w = image.width(), h = image.height();
		final int n = ( w - Ssim.WINDOW + 1 ) * ( h - Ssim.WINDOW + 1 );
		final double[] mean = new double[ n ], meanSquare = new double[ n ];
		SsimStatistics.localMeans( image.values(), null, w, h, mean );
		SsimStatistics.localMeans( image.values(), image.values(), w, h, meanSquare );
		return new ContrastStructure( image, mean, meanSquare );
	}

	/**
	 * {@code Ssim.means(this image, other image, dataRange).contrastStructure()}.
	 *
	 * @throws PdPlaneException
	 *             for images of different sizes or a data range that is not positive and finite
	 */
	public double mean( final ContrastStructure other, final double dataRange )
	{
		Ssim.checkPair( image, other.image );
		Ssim.checkDataRange( dataRange );
		return SsimStatistics.meanContrastStructure( image.values(), other.image.values(), image.width(), image.height(), mean, other.mean,
				meanSquare, other.meanSquare, Ssim.c1( dataRange ), Ssim.c2( dataRange ) );
	}
}
