package io.github.pdplane.setlevel;

import io.github.pdplane.metrics.Metric;
import io.github.pdplane.nr.BlockFeatures;
import io.github.pdplane.setlevel.SetDistances.FeatureSet;

/**
 * A distance between the distribution of a set of restored images and that of a set of reference
 * images (registry kind {@code SET_LEVEL}), from the pooled NIQE block features of each set. A batch
 * computes each image's {@link BlockFeatures} once, scores NIQE from them and adds them to the sets
 * in a fixed order; the metric only compares the two sets. Immutable and thread-safe, like every
 * {@link Metric}.
 */
public interface SetLevelMetric extends Metric
{
	/**
	 * @throws io.github.pdplane.PdPlaneException
	 *             naming the set, where it has too few blocks with structure for a covariance
	 */
	double between( FeatureSet reference, FeatureSet restored );
}
