package io.github.pdplane.nr.ma;

import io.github.pdplane.image.Imresize;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.PyramidBands;
import io.github.pdplane.image.ResizeKernel;
import io.github.pdplane.metrics.ContrastStructure;
import io.github.pdplane.metrics.Ssim;
import io.github.pdplane.nr.Ggd;

/**
 * Ma et al.'s f2, the 45 statistics of {@code global_gsm.m} (algorithms spec 3.4), on the image in 0..255:
 * a steerable pyramid of 2 scales and 6 orientations ({@link FourierSteerablePyramid}), its oriented bands
 * normalised by {@link DivisiveNormalisation}, then
 * <ol>
 * <li>the generalized Gaussian shape ({@link Ggd#MA}) of each of the 12 normalised bands;</li>
 * <li>the shape of each orientation's two scales pooled (6);</li>
 * <li>the mean SSIM contrast-structure term between each raw oriented band, resized to the image by
 * bicubic {@code imresize}, and the high-pass residual (12);</li>
 * <li>the same term between every pair of normalised scale-1 bands (15).</li>
 * </ol>
 * The contrast-structure terms are those of {@code ssim_index_new}: 11x11 Gaussian window of sigma 1.5,
 * 'valid' filtering, {@code C2 = (0.03 L)^2} with L = 255 hard-wired whatever the band's range
 * ({@link Ssim#means}, computed by {@link ContrastStructure}). Stateless.
 */
final class GsmFeatures
{
	static final int SCALES = 2, ORIENTATIONS = 6;

	static final int FEATURES = 45;

	/** The data range {@code ssim_index_new} assumes. */
	static final double SSIM_RANGE = 255;

	private static final FourierSteerablePyramid PYRAMID = new FourierSteerablePyramid( SCALES, ORIENTATIONS - 1 );

	private GsmFeatures()
	{}

	/** The 45 features of an image in 0..255. */
	static double[] features( final Plane image )
	{
		final PyramidBands pyramid = PYRAMID.build( image );
		final Plane[][] normalised = DivisiveNormalisation.normalise( pyramid );
		final double[] f = new double[ FEATURES ];
		int k = 0;
		for ( int s = 0; s < SCALES; s++ )
			for ( int o = 0; o < ORIENTATIONS; o++ )
				f[ k++ ] = Ggd.MA.shape( normalised[ s ][ o ].values() );
		for ( int o = 0; o < ORIENTATIONS; o++ )
			f[ k++ ] = Ggd.MA.shape( normalised[ 0 ][ o ].values(), normalised[ 1 ][ o ].values() );
		// each image's local moments are filtered once for all the pairs it is in
		final Plane highpass = pyramid.highpass();
		final ContrastStructure residual = ContrastStructure.of( highpass );
		for ( int s = 0; s < SCALES; s++ )
			for ( int o = 0; o < ORIENTATIONS; o++ )
				f[ k++ ] = ContrastStructure.of( resized( pyramid.band( s, o ), highpass ) ).mean( residual, SSIM_RANGE );
		final ContrastStructure[] finest = new ContrastStructure[ ORIENTATIONS ];
		for ( int o = 0; o < ORIENTATIONS; o++ )
			finest[ o ] = ContrastStructure.of( normalised[ 0 ][ o ] );
		for ( int i = 0; i < ORIENTATIONS; i++ )
			for ( int j = i + 1; j < ORIENTATIONS; j++ )
				f[ k++ ] = finest[ i ].mean( finest[ j ], SSIM_RANGE );
		return f;
	}

	/** {@code imresize(band, size(like))}; a band of that size already comes back unchanged, as its weights are 1 and 0. */
	private static Plane resized( final Plane band, final Plane like )
	{
		return band.sameSize( like ) ? band : Imresize.toSize( band, like.width(), like.height(), ResizeKernel.BICUBIC );
	}
}
