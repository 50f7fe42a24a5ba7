package io.github.pdplane.metrics;

import io.github.pdplane.image.Plane;

/** A distortion measure of a restored image against its reference. */
public interface FullReferenceMetric extends Metric
{
	/**
	 * @param reference
	 *            the reference channels (one plane, or three for convention rgb)
	 * @param restored
	 *            the restored channels, as many as {@code reference} and of the same size
	 * @param dataRange
	 *            the data range L (255 for 8-bit data)
	 */
	double score( Plane[] reference, Plane[] restored, double dataRange );
}
