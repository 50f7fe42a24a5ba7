package io.github.pdplane.metrics;

import io.github.pdplane.image.Plane;

/**
 * A no-reference metric defined on one grey plane, as the MATLAB releases are: the three channels of
 * convention rgb are scored one by one and their scores averaged.
 */
public interface ChannelwiseMetric extends NoReferenceMetric
{
	/**
	 * The score of one plane.
	 *
	 * @throws io.github.pdplane.PdPlaneException
	 *             naming the image and the rule where the metric is undefined for it
	 */
	double score( String name, Plane plane, double dataRange );

	/** The mean of the channels' scores, each channel named in messages ({@code "x.png (channel 2)"}). */
	@Override
	default double score( final String name, final Plane[] channels, final double dataRange )
	{
		double sum = 0;
		for ( int c = 0; c < channels.length; c++ )
			sum += score( channels.length == 1 ? name : name + " (channel " + ( c + 1 ) + ")", channels[ c ], dataRange );
		return sum / channels.length;
	}
}
