package io.github.pdplane.metrics;

import io.github.pdplane.image.Plane;

/** Placeholder, to be written. */
public final class Ssim implements FullReferenceMetric
{
	public static final int WINDOW = 11;

	public Ssim( final boolean downsample )
	{}

	@Override
	public double score( final Plane[] reference, final Plane[] restored, final double dataRange )
	{
		throw new UnsupportedOperationException();
	}
}
