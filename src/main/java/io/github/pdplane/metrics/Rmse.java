package io.github.pdplane.metrics;

import io.github.pdplane.image.Plane;

/**
 * Root mean squared error in the units of the data (8-bit levels for 8-bit images), lower is better.
 * Over a set, PIRM 2018 reports the root of the mean per-image MSE (Blau, Mechrez, Timofte, Michaeli and
 * Zelnik-Manor, "The 2018 PIRM Challenge on Perceptual Image Super-resolution", ECCV Workshops 2018).
 */
public final class Rmse implements FullReferenceMetric
{
	@Override
	public double score( final Plane[] reference, final Plane[] restored, final double dataRange )
	{
		return Math.sqrt( MeanSquaredError.of( reference, restored ) );
	}
}
