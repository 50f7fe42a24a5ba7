package io.github.pdplane.metrics;

/** What a metric compares. */
public enum MetricKind
{
	/** A restored image against its reference (distortion). */
	FULL_REFERENCE,
	/** A restored image alone (perceptual quality). */
	NO_REFERENCE,
	/** A set of restored images against a set of references, as distributions. */
	SET_LEVEL
}
