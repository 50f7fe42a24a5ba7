package io.github.pdplane.metrics;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The value of each full-reference metric for an image against itself, for the tests. IFC has none: on identical
 * images it is the image's own information.
 */
public final class PerfectScores
{
	private static final Map< String, Double > PERFECT = new HashMap<>();
	static
	{
		PERFECT.put( "rmse", 0.0 );
		PERFECT.put( "psnr", Double.POSITIVE_INFINITY );
		PERFECT.put( "ssim", 1.0 );
		PERFECT.put( "ms-ssim", 1.0 );
		PERFECT.put( "vif", 1.0 );
		PERFECT.put( "vifp", 1.0 );
		PERFECT.put( "vgg22", 0.0 );
	}

	private PerfectScores()
	{}

	/** Metric id to its value on identical images. */
	public static Map< String, Double > byId()
	{
		return Collections.unmodifiableMap( PERFECT );
	}
}
