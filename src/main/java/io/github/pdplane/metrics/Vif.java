package io.github.pdplane.metrics;

import io.github.pdplane.image.Plane;

/**
 * Visual information fidelity of H. R. Sheikh and A. C. Bovik, "Image information and visual quality", IEEE
 * Trans. Image Processing 15(2):430-444, 2006, in the wavelet domain, as the LIVE release {@code vifvec.m}
 * computes it (algorithms spec 6.5): the reference's sub-band coefficients are a Gaussian scale mixture (3x3
 * vectors {@code s u}, {@code u} with covariance {@code C_u} of eigenvalues {@code lambda_j}), the restored
 * image's are the output of a distortion channel {@code g s u + v} ({@link GsmChannelEstimates}), and both
 * pass through a visual noise of variance {@code sigma_n^2 = 0.4}. Over the eight sub-bands and their kept
 * blocks,
 *
 * <pre>
 * VIF = sum log2(1 + g^2 s^2 lambda_j / (vv + sigma_n^2)) / sum log2(1 + s^2 lambda_j / sigma_n^2)
 * </pre>
 *
 * the information the restored image carries about the reference, as a fraction of the information in the
 * reference itself: 1 for identical images, 0 for a restored image without structure (a constant one),
 * below 1 for blur and noise, and above 1 for contrast enhancement. Higher is better.
 * <p>
 * Both sides are 0..255 grey (other data ranges are scaled to it, colour channels averaged: {@link
 * ReleaseInput}); images need at least 72x72 pixels, the 4 levels of the steerable pyramid. A constant
 * reference, or one without structure in a sub-band, is refused with a message where the release returns
 * NaN. The logarithms are summed as logarithms of products ({@link LogSum}), equal to the release's sums up to
 * rounding. Immutable and thread-safe.
 */
public final class Vif implements FullReferenceMetric
{
	/** The variance of the visual noise, in 8-bit grey levels squared. */
	public static final double NOISE_VARIANCE = 0.4;

	/**
	 * The smallest image side: the 4 levels of the pyramid, {@code maxPyrHt} with the 9-tap low-pass filter
	 * ({@code 9 * 2^3}); a constant so that naming it does not read the filters.
	 */
	public static final int MINIMUM_SIZE = 72;

	/** Why the minimum size is what it is. */
	public static final String MINIMUM_SIZE_REASON = "the " + GsmChannelEstimates.LEVELS + " levels of its steerable pyramid";

	@Override
	public double score( final Plane[] reference, final Plane[] restored, final double dataRange )
	{
		return ReleaseInput.meanOverChannels( reference, restored, dataRange, "VIF", MINIMUM_SIZE, MINIMUM_SIZE_REASON, Vif::channel );
	}

	/** VIF of one channel of 0..255 data. */
	static double channel( final Plane reference, final Plane restored )
	{
		final LogSum distorted = new LogSum(), original = new LogSum();
		for ( final GsmChannelEstimates.Subband s : GsmChannelEstimates.estimate( reference, restored, "VIF" ) )
			for ( int i = 0; i < s.blocks(); i++ )
			{
				// the release's g^2 s^2 lambda_j / (vv + sigma_n^2), the block's factor divided once
				final double g = s.gain[ i ], ss = s.multiplier[ i ];
				distorted.addOnePlusScaled( g * g * ss / ( s.noiseVariance[ i ] + NOISE_VARIANCE ), s.eigenvalues );
				original.addOnePlusScaled( ss / NOISE_VARIANCE, s.eigenvalues );
			}
		// the ratio of natural logarithms is the release's ratio of log2 sums
		return ReleaseInput.finite( distorted.sum() / original.sum(), "VIF" );
	}
}
