package io.github.pdplane.nr;

import io.github.pdplane.metrics.NoReferenceMetric;

/**
 * A no-reference metric computed from NIQE block features ({@link Niqe}), so that a batch that also
 * needs the features for a {@link io.github.pdplane.setlevel.SetLevelMetric} computes them once per image.
 */
public interface BlockFeatureMetric extends NoReferenceMetric
{
	/** The block side the features must have been computed with. */
	int blockSize();

	/**
	 * The score from the features of each prepared channel (one, or three for convention rgb; their
	 * scores are averaged), equal to {@link #score(String, io.github.pdplane.image.Plane[], double)} on the
	 * planes they come from.
	 */
	double score( BlockFeatures[] channels );
}
