package io.github.pdplane.metrics;

import io.github.pdplane.image.Plane;

/**
 * A perceptual-quality score of a restored image alone (NIQE, BRISQUE, PIQE, Ma et al., the Perceptual
 * Index). Immutable and thread-safe, like every {@link Metric}.
 */
public interface NoReferenceMetric extends Metric
{
	/**
	 * @param name
	 *            the image (or slice) name, for messages about input the metric cannot score
	 * @param channels
	 *            the prepared channels: one plane, or three for convention rgb (scored one by one and
	 *            averaged)
	 * @param dataRange
	 *            the data range L of the planes (255 for 8-bit data); the published no-reference models
	 *            are defined on 8-bit intensities, and other data are mapped to that scale
	 * @throws io.github.pdplane.PdPlaneException
	 *             naming the image and the rule where the metric is undefined for it (too small, flat)
	 */
	double score( String name, Plane[] channels, double dataRange );

	/**
	 * Whether the metric has a value for a constant image (PIQE's: 100, no block is active); the others
	 * refuse one, and the scorer says so before any work.
	 */
	default boolean scoresConstantImages()
	{
		return false;
	}
}
