package io.github.pdplane.image;

/**
 * Arrays that {@link Preparation#prepare(ImageSource, int, ReadBuffers)} reads images into and reuses
 * from one image to the next, one per channel: a batch worker that scores thousands of images keeps
 * its pixels in the same few arrays rather than asking the collector for megabytes per image, which
 * on two cores costs the second worker a tenth of its time. One thread's; never shared.
 */
public final class ReadBuffers
{
	private final double[][] channels = new double[ 3 ][];

	/** The array of {@code channel} with {@code n} elements: the last one where it fits, else a new one. */
	double[] get( final int channel, final int n )
	{
		if ( channels[ channel ] == null || channels[ channel ].length != n )
			channels[ channel ] = new double[ n ];
		return channels[ channel ];
	}

	/** Takes note of the array {@code channel} was read into (a source may not have used the one offered). */
	void keep( final int channel, final double[] values )
	{
		channels[ channel ] = values;
	}
}
