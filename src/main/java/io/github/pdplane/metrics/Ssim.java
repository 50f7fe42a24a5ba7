package io.github.pdplane.metrics;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.BorderMode;
import io.github.pdplane.image.Downsample;
import io.github.pdplane.image.OutputShape;
import io.github.pdplane.image.Plane;

/**
 * The structural similarity index of Z. Wang, A. C. Bovik, H. R. Sheikh and E. P. Simoncelli, "Image
 * quality assessment: from error visibility to structural similarity", IEEE Trans. Image Processing
 * 13(4):600-612, 2004, as their MATLAB release {@code ssim_index.m} computes it (algorithms spec 6.2):
 * <ul>
 * <li>local statistics under the normalised 11x11 Gaussian window of sigma 1.5 ({@code fspecial}),
 * over the positions where the window lies inside the image ({@code filter2 'valid'}), so the map is
 * {@code (M - 10) x (N - 10)};</li>
 * <li>{@code sigma^2 = E[x^2] - mu^2} and {@code sigma_xy = E[xy] - mu_x mu_y} (population moments);</li>
 * <li>{@code map = ((2 mu_x mu_y + C1)(2 sigma_xy + C2)) / ((mu_x^2 + mu_y^2 + C1)(sigma_x^2 + sigma_y^2 +
 * C2))} with {@code C1 = (K1 L)^2}, {@code C2 = (K2 L)^2}, K1 = 0.01, K2 = 0.03 and L the data range;
 * where C1 or C2 is 0 (only for data ranges so small that they underflow) the release's guarded
 * formula;</li>
 * <li>SSIM = the mean of the map; for several channels the mean of the per-channel values.</li>
 * </ul>
 * With {@code downsample}, the automatic downsampling of the 2009 release {@code ssim.m} runs first:
 * {@code f = max(1, round(min(M, N) / 256))}; for {@code f > 1} both images are averaged over
 * {@code f x f} boxes ({@code imfilter} with symmetric borders) and every f-th pixel from the first is
 * kept. {@link #map} returns the SSIM map itself, {@link #means} the mean contrast-structure term that
 * {@link MsSsim} pools. Immutable and thread-safe.
 */
public final class Ssim implements FullReferenceMetric
{
	/** The side of the Gaussian window, and so the smallest image side. */
	public static final int WINDOW = SsimStatistics.WINDOW;

	/** The standard deviation of the Gaussian window. */
	public static final double SIGMA = 1.5;

	public static final double K1 = 0.01;

	public static final double K2 = 0.03;

	/** The image side the 2009 release downsamples towards. */
	public static final int DOWNSAMPLE_TARGET = 256;

	private final boolean downsample;

	/**
	 * @param downsample
	 *            whether to apply the automatic downsampling of the 2009 {@code ssim.m} first
	 */
	public Ssim( final boolean downsample )
	{
		this.downsample = downsample;
	}

	public boolean downsample()
	{
		return downsample;
	}

	/** The mean of the per-channel SSIM. */
	@Override
	public double score( final Plane[] reference, final Plane[] restored, final double dataRange )
	{
		checkChannels( reference, restored );
		double sum = 0;
		for ( int c = 0; c < reference.length; c++ )
			sum += score( reference[ c ], restored[ c ], dataRange );
		return sum / reference.length;
	}

	/** SSIM of one channel. */
	public double score( final Plane reference, final Plane restored, final double dataRange )
	{
		return means( prepared( reference ), prepared( restored ), dataRange ).ssim();
	}

	/**
	 * The SSIM map of one channel: {@code (M - 10) x (N - 10)}, of the downsampled images where this
	 * metric downsamples. Its mean is {@link #score(Plane, Plane, double)}.
	 */
	public Plane map( final Plane reference, final Plane restored, final double dataRange )
	{
		final Plane x = prepared( reference ), y = prepared( restored );
		checkPair( x, y );
		checkDataRange( dataRange );
		final double[] map = new double[ ( x.width() - WINDOW + 1 ) * ( x.height() - WINDOW + 1 ) ];
		SsimStatistics.means( x.values(), y.values(), x.width(), x.height(), c1( dataRange ), c2( dataRange ), map );
		return new Plane( x.width() - WINDOW + 1, x.height() - WINDOW + 1, map );
	}

	/**
	 * The mean SSIM and mean contrast-structure term {@code (2 sigma_xy + C2) / (sigma_x^2 + sigma_y^2 + C2)}
	 * of one channel, without downsampling ({@code ssim_index_new} of the MS-SSIM releases).
	 */
	public static Means means( final Plane x, final Plane y, final double dataRange )
	{
		checkPair( x, y );
		checkDataRange( dataRange );
		final double[] m = SsimStatistics.means( x.values(), y.values(), x.width(), x.height(), c1( dataRange ), c2( dataRange ), null );
		return new Means( m[ 0 ], m[ 1 ] );
	}

	/** The 2009 release's downsampling factor, {@code max(1, round(min(M, N) / 256))}. */
	public static int downsampleFactor( final int width, final int height )
	{
		return ( int ) Math.max( 1, Math.round( Math.min( width, height ) / ( double ) DOWNSAMPLE_TARGET ) );
	}

	private Plane prepared( final Plane image )
	{
		if ( !downsample )
			return image;
		final int f = downsampleFactor( image.width(), image.height() );
		return f == 1 ? image : Downsample.box( image, f, BorderMode.SYMMETRIC, OutputShape.SAME );
	}

	static double c1( final double dataRange )
	{
		return ( K1 * dataRange ) * ( K1 * dataRange );
	}

	static double c2( final double dataRange )
	{
		return ( K2 * dataRange ) * ( K2 * dataRange );
	}

	static void checkChannels( final Plane[] reference, final Plane[] restored )
	{
		if ( reference.length == 0 || reference.length != restored.length )
			throw new PdPlaneException( "The reference has " + reference.length + " channel(s) and the restored image " + restored.length
					+ ": full-reference metrics need the same number of channels on both sides." );
	}

	static void checkPair( final Plane x, final Plane y )
	{
		if ( !x.sameSize( y ) )
			throw new PdPlaneException( "SSIM compares images of equal size, not " + x.width() + "x" + x.height() + " and " + y.width() + "x"
					+ y.height() + "." );
		checkSize( x );
	}

	static void checkSize( final Plane x )
	{
		if ( x.width() < WINDOW || x.height() < WINDOW )
			throw new PdPlaneException( "SSIM needs images of at least " + WINDOW + "x" + WINDOW + " pixels (its Gaussian window), not "
					+ x.width() + "x" + x.height() + "." );
	}

	static void checkDataRange( final double dataRange )
	{
		if ( !( dataRange > 0 && dataRange < Double.POSITIVE_INFINITY ) )
			throw new PdPlaneException( "The data range must be a positive finite number, not " + dataRange + "." );
	}

	/** The two means SSIM-type metrics pool: SSIM itself and its contrast-structure factor. */
	public static final class Means
	{
		private final double ssim;

		private final double contrastStructure;

		public Means( final double ssim, final double contrastStructure )
		{
			this.ssim = ssim;
			this.contrastStructure = contrastStructure;
		}

		/** The mean of the SSIM map. */
		public double ssim()
		{
			return ssim;
		}

		/** The mean of the contrast-structure map {@code (2 sigma_xy + C2) / (sigma_x^2 + sigma_y^2 + C2)}. */
		public double contrastStructure()
		{
			return contrastStructure;
		}

		@Override
		public String toString()
		{
			return "ssim " + ssim + ", cs " + contrastStructure;
		}
	}
}
