package io.github.pdplane.nr.ma;

import io.github.pdplane.image.Plane;
import io.github.pdplane.metrics.NoReferenceMetric;
import io.github.pdplane.nr.Niqe;

/**
 * The Perceptual Index of the PIRM 2018 challenge (Y. Blau, R. Mechrez, R. Timofte, T. Michaeli and L.
 * Zelnik-Manor, "The 2018 PIRM challenge on perceptual image super-resolution", ECCV Workshops 2018):
 * {@code PI = ((10 - Ma) + NIQE) / 2} of one image, lower is better; the challenge scores an algorithm by
 * the same formula on its mean Ma and mean NIQE over the set ({@link #ofSet}), which equals the mean of
 * the per-image values. The challenge's convention is the 8-bit Y of {@code rgb2ycbcr} with 4 pixels
 * shaved from every side. Immutable and thread-safe.
 */
public final class PerceptualIndex implements NoReferenceMetric
{
	/** The registry id. */
	public static final String ID = "pi";

	public static final String CITATION = "Y. Blau, R. Mechrez, R. Timofte, T. Michaeli and L. Zelnik-Manor, \"The 2018 PIRM challenge on "
			+ "perceptual image super-resolution\", ECCV Workshops 2018; PI = ((10 - Ma) + NIQE) / 2";

	/** The top of Ma et al.'s scale, which the index turns into a lower-is-better term. */
	public static final double MA_SCALE = 10;

	/** The border PIRM 2018 shaves before scoring. */
	public static final int PIRM_SHAVE = 4;

	private final MaScore ma;

	private final Niqe niqe;

	public PerceptualIndex( final MaScore ma, final Niqe niqe )
	{
		this.ma = ma;
		this.niqe = niqe;
	}

	/** The mean of the channels' indices (one channel for conventions gray and y). */
	@Override
	public double score( final String name, final Plane[] channels, final double dataRange )
	{
		double sum = 0;
		for ( int c = 0; c < channels.length; c++ )
		{
			final String channel = channels.length == 1 ? name : name + " (channel " + ( c + 1 ) + ")";
			sum += of( ma.score( channel, channels[ c ], dataRange ), niqe.score( channel, channels[ c ], dataRange ) );
		}
		return sum / channels.length;
	}

	/** {@code ((10 - ma) + niqe) / 2}. */
	public static double of( final double ma, final double niqe )
	{
		return ( ( MA_SCALE - ma ) + niqe ) / 2;
	}

	/** The set value of PIRM 2018's {@code evaluate_results.m}: {@code (mean(NIQE) + (10 - mean(Ma))) / 2}. */
	public static double ofSet( final double[] ma, final double[] niqe )
	{
		if ( ma.length == 0 || ma.length != niqe.length )
			throw new IllegalArgumentException( "a set needs as many Ma as NIQE values, at least one: " + ma.length + ", " + niqe.length );
		return of( mean( ma ), mean( niqe ) );
	}

	private static double mean( final double[] v )
	{
		double sum = 0;
		for ( final double x : v )
			sum += x;
		return sum / v.length;
	}
}
