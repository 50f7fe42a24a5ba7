package io.github.pdplane.metrics;

import io.github.pdplane.image.Kernels;
import io.github.pdplane.image.Plane;

/**
 * Visual information fidelity in the pixel domain, the multi-scale scalar-GSM derivative of VIF (H. R. Sheikh
 * and A. C. Bovik, "Image information and visual quality", IEEE Trans. Image Processing 15(2):430-444, 2006)
 * that the LIVE release {@code vifp_mscale.m} computes (algorithms spec 6.4). At four scales, with the window
 * {@code w = fspecial('gaussian', N, N/5)} of {@code N = 2^(4 - scale + 1) + 1} = 17, 9, 5, 3 (sigma 3.4,
 * 1.8, 1, 0.6: the release's formula in every copy found, with which it reproduces its published values; the
 * "33, 17, 9, 5" of the spec's section 6.4 does not follow from it):
 * <ul>
 * <li>from the second scale on, both images are filtered with {@code w} ({@code filter2 'valid'}) and every
 * second row and column from the first is kept;</li>
 * <li>local means, variances and covariance under {@code w} ({@code filter2 'valid'}, {@code sigma^2 =
 * E[x^2] - mu^2});</li>
 * <li>the release's regression and clamps ({@link ChannelRegression} with tolerance 1e-10): negative variances
 * become 0; {@code g = sigma_12 / (sigma_1^2 + 1e-10)}, {@code sv^2 = sigma_2^2 - g sigma_12}; where {@code
 * sigma_1^2 < 1e-10}: g = 0, {@code sv^2 = sigma_2^2}, {@code sigma_1^2 = 0}; where {@code sigma_2^2 < 1e-10}: g =
 * 0, {@code sv^2 = 0}; where g &lt; 0: {@code sv^2 = sigma_2^2}, g = 0; {@code sv^2 <= 1e-10} becomes 1e-10;</li>
 * <li>{@code VIFp = sum log10(1 + g^2 sigma_1^2 / (sv^2 + sigma_n^2)) / sum log10(1 + sigma_1^2 /
 * sigma_n^2)} over all scales and positions, with {@code sigma_n^2 = 2}.</li>
 * </ul>
 * 1 for identical images, 0 for a constant restored image; higher is better. The Gaussian windows are
 * separable ({@link Kernels#gaussianFactor}: equal to {@code fspecial}'s 2-D kernel up to rounding, as none
 * of its entries is truncated) and applied by {@link TransposingWindowFilter}; the logarithms are summed as
 * logarithms of products ({@link LogSum}).
 * <p>
 * Input as for {@link Vif} ({@link ReleaseInput}); images need at least 41x41 pixels so that the 3x3 window
 * of the fourth scale finds a position (with fewer, {@code filter2} returns empty scales and the release
 * scores the remaining ones). A constant reference is refused (the release computes 0/0). Immutable and
 * thread-safe.
 */
public final class Vifp implements FullReferenceMetric
{
	/** The variance of the visual noise, in 8-bit grey levels squared. */
	public static final double NOISE_VARIANCE = 2;

	public static final int SCALES = 4;

	/** The smallest image side: each scale's valid window and halving leave one position at the fourth scale. */
	public static final int MINIMUM_SIZE = minimumSide();

	/** Why the minimum size is what it is. */
	public static final String MINIMUM_SIZE_REASON = "its " + window( 1 ) + "x" + window( 1 ) + " Gaussian window and " + ( SCALES - 1 )
			+ " halvings with windows down to " + window( SCALES ) + "x" + window( SCALES );

	/** The release's floor under the variances. */
	private static final double FLOOR = 1e-10;

	/** The separable Gaussian windows of scales 1 to 4. */
	private static final TransposingWindowFilter[] WINDOWS = new TransposingWindowFilter[ SCALES ];
	static
	{
		for ( int scale = 1; scale <= SCALES; scale++ )
			WINDOWS[ scale - 1 ] = new TransposingWindowFilter( Kernels.gaussianFactor( window( scale ), window( scale ) / 5.0 ) );
	}

	@Override
	public double score( final Plane[] reference, final Plane[] restored, final double dataRange )
	{
		return ReleaseInput.meanOverChannels( reference, restored, dataRange, "VIFp", MINIMUM_SIZE, MINIMUM_SIZE_REASON, Vifp::channel );
	}

	/** The window side at scale 1..4: {@code 2^(4 - scale + 1) + 1}. */
	static int window( final int scale )
	{
		return ( 1 << ( SCALES - scale + 1 ) ) + 1;
	}

	/**
	 * The smallest side with at least one position at every scale, from the fourth back: a scale needs its
	 * own window, and enough for the next one after that one's window and the halving (ceil((n - N + 1) / 2)
	 * of n values).
	 */
	private static int minimumSide()
	{
		int side = window( SCALES );
		for ( int scale = SCALES - 1; scale >= 1; scale-- )
			side = Math.max( window( scale ), 2 * side + window( scale + 1 ) - 2 );
		return side;
	}

	/**
	 * VIFp of one channel of 0..255 data. The filtering transposes ({@link TransposingWindowFilter}), so
	 * each scale works on the previous one's transpose; the window is square and the sums run over all
	 * positions, so that changes nothing.
	 */
	static double channel( final Plane reference, final Plane restored )
	{
		final LogSum distorted = new LogSum(), original = new LogSum();
		double[][] x = rows( reference ), y = rows( restored );
		for ( int scale = 1; scale <= SCALES; scale++ )
		{
			final TransposingWindowFilter w = WINDOWS[ scale - 1 ];
			if ( scale > 1 )
			{
				x = w.apply( x, 2 );
				y = w.apply( y, 2 );
			}
			final double[][] mu1 = w.apply( x, 1 ), mu2 = w.apply( y, 1 );
			final double[][] exx = w.apply( product( x, x ), 1 ), eyy = w.apply( product( y, y ), 1 ), exy = w.apply( product( x, y ), 1 );
			final double[] gain = new double[ mu1.length == 0 ? 0 : mu1[ 0 ].length ], noise = new double[ gain.length ];
			for ( int r = 0; r < mu1.length; r++ )
				for ( int i = 0; i < gain.length; i++ )
				{
					final double m1 = mu1[ r ][ i ], m2 = mu2[ r ][ i ];
					final double s1 = exx[ r ][ i ] - m1 * m1, s2 = eyy[ r ][ i ] - m2 * m2;
					final double sigma1 = s1 < 0 ? 0 : s1, sigma2 = s2 < 0 ? 0 : s2;
					ChannelRegression.fit( sigma1, sigma2, exy[ r ][ i ] - m1 * m2, FLOOR, 1, gain, noise, i );
					// sigma1_sq(sigma1_sq < 1e-10) = 0, after the regression and before both sums
					final double information = sigma1 < FLOOR ? 0 : sigma1, g = gain[ i ];
					distorted.add( 1 + g * g * information / ( noise[ i ] + NOISE_VARIANCE ) );
					original.add( 1 + information / NOISE_VARIANCE );
				}
		}
		// the ratio of natural logarithms is the release's ratio of log10 sums
		return ReleaseInput.finite( distorted.sum() / original.sum(), "VIFp" );
	}

	private static double[][] rows( final Plane image )
	{
		final double[][] rows = new double[ image.height() ][];
		for ( int r = 0; r < rows.length; r++ )
			rows[ r ] = java.util.Arrays.copyOfRange( image.values(), r * image.width(), ( r + 1 ) * image.width() );
		return rows;
	}

	private static double[][] product( final double[][] a, final double[][] b )
	{
		final double[][] out = new double[ a.length ][];
		for ( int r = 0; r < a.length; r++ )
		{
			final double[] x = a[ r ], y = b[ r ], o = new double[ x.length ];
			for ( int i = 0; i < o.length; i++ )
				o[ i ] = x[ i ] * y[ i ];
			out[ r ] = o;
		}
		return out;
	}
}
