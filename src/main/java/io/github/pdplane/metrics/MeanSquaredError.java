package io.github.pdplane.metrics;

import io.github.pdplane.image.Plane;

/**
 * The mean squared error pooled over every pixel of every channel, as MATLAB {@code immse} and
 * scikit-image compute it for multi-channel images; the common core of {@link Rmse} and {@link Psnr}.
 */
public final class MeanSquaredError
{
	private MeanSquaredError()
	{}

	public static double of( final Plane[] reference, final Plane[] restored )
	{
		double sum = 0;
		long n = 0;
		for ( int c = 0; c < reference.length; c++ )
		{
			final double[] a = reference[ c ].values(), b = restored[ c ].values();
			for ( int i = 0; i < a.length; i++ )
			{
				final double d = a[ i ] - b[ i ];
				sum += d * d;
			}
			n += a.length;
		}
		return sum / n;
	}
}
