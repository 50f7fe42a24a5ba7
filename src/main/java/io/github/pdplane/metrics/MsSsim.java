package io.github.pdplane.metrics;

import io.github.pdplane.image.Plane;

/** Placeholder, to be written. */
public final class MsSsim implements FullReferenceMetric
{
	public static final int SCALES = 5;

	public static final int MINIMUM_SIZE = Ssim.WINDOW << ( SCALES - 1 );

	public MsSsim( final MsSsimVariant variant )
	{}

	@Override
	public double score( final Plane[] reference, final Plane[] restored, final double dataRange )
	{
		throw new UnsupportedOperationException();
	}
}
