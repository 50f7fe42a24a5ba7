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

	/**
	 * Channel {@code channel} of slice {@code slice} of {@code image}, read into this channel's array
	 * where it has the image's size (else into one that has, which is kept for the next image).
	 */
	double[] read( final ImageSource image, final int slice, final int channel )
	{
		final int n = image.width() * image.height();
		final double[] offered = channels[ channel ] != null && channels[ channel ].length == n ? channels[ channel ] : new double[ n ];
		channels[ channel ] = image.read( slice, channel, offered );
		return channels[ channel ];
	}
}
