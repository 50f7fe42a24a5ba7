package io.github.pdplane.metrics;

import io.github.pdplane.image.Plane;

/**
 * Peak signal-to-noise ratio, 10 log10(L^2 / MSE) in dB with L the data range, higher is better;
 * {@code +Infinity} for identical images. The MSE is pooled over channels, as scikit-image's
 * {@code peak_signal_noise_ratio} does (Huynh-Thu and Ghanbari, "Scope of validity of PSNR in
 * image/video quality assessment", Electronics Letters 44(13), 2008).
 */
public final class Psnr implements FullReferenceMetric
{
	@Override
	public double score( final Plane[] reference, final Plane[] restored, final double dataRange )
	{
		final double mse = MeanSquaredError.of( reference, restored );
		return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10( dataRange * dataRange / mse );
	}
}
