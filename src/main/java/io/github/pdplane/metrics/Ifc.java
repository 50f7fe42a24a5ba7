package io.github.pdplane.metrics;

import io.github.pdplane.image.Plane;

/**
 * The information fidelity criterion of H. R. Sheikh, A. C. Bovik and G. de Veciana, "An information fidelity
 * criterion for image quality assessment using natural scene statistics", IEEE Trans. Image Processing
 * 14(12):2117-2128, 2005, as the LIVE release {@code ifcvec.m} computes it (algorithms spec 6.6): the model of
 * VIF without its visual noise ({@link GsmChannelEstimates}: the same pyramid, sub-bands, blocks, channel and
 * GSM estimates and border trim), the information the restored image carries about the reference,
 *
 * <pre>
 * IFC = sum log2(1 + g^2 s^2 lambda_j / (vv + 1e-10)) / (number of pixels of the reference)
 * </pre>
 *
 * over the eight sub-bands, their kept blocks and the nine eigenvalues. The release's normalisation makes its
 * unit bits per image pixel, of twice the mutual information: the Gaussian channel's information is {@code
 * 1/2 log2(1 + SNR)} per dimension (the paper's formula), and the release leaves out the {@code 1/2}. It has
 * no upper bound: identical images score the information of the reference under the release's noise floor
 * {@code 1e-10} (tens of bits per pixel), and a constant restored image scores 0. Higher is better.
 * <p>
 * Input as for {@link Vif} ({@link ReleaseInput}; at least 72x72). Immutable and thread-safe.
 */
public final class Ifc implements FullReferenceMetric
{
	/** The release's floor under the channel noise variance. */
	public static final double NOISE_FLOOR = 1e-10;

	private static final double LN2 = Math.log( 2 );

	@Override
	public double score( final Plane[] reference, final Plane[] restored, final double dataRange )
	{
		return ReleaseInput.meanOverChannels( reference, restored, dataRange, "IFC", Vif.MINIMUM_SIZE, Vif.MINIMUM_SIZE_REASON,
				Ifc::channel );
	}

	/** IFC of one channel of 0..255 data. */
	static double channel( final Plane reference, final Plane restored )
	{
		final LogSum information = new LogSum();
		for ( final GsmChannelEstimates.Subband s : GsmChannelEstimates.estimate( reference, restored, "IFC" ) )
			for ( int i = 0; i < s.blocks(); i++ )
			{
				// the release's g^2 s^2 lambda_j / (vv + 1e-10), the block's factor divided once
				final double g = s.gain[ i ];
				information.addOnePlusScaled( g * g * s.multiplier[ i ] / ( s.noiseVariance[ i ] + NOISE_FLOOR ), s.eigenvalues );
			}
		return ReleaseInput.finite( information.sum() / LN2 / ( ( double ) reference.width() * reference.height() ), "IFC" );
	}
}
