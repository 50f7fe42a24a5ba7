package io.github.pdplane.metrics;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.BorderMode;
import io.github.pdplane.image.Downsample;
import io.github.pdplane.image.OutputShape;
import io.github.pdplane.image.Plane;

/**
 * Multi-scale structural similarity of Z. Wang, E. P. Simoncelli and A. C. Bovik, "Multiscale structural
 * similarity for image quality assessment", 37th Asilomar Conference on Signals, Systems and Computers,
 * 2003, as the authors' MATLAB releases compute it (algorithms spec 6.3).
 * <p>
 * At each of 5 scales the mean SSIM and the mean contrast-structure term {@code cs} of {@link Ssim} (11x11
 * Gaussian window, K1 = 0.01, K2 = 0.03, L = the data range; the releases fix L = 255, the range of the
 * 8-bit images they were written for) are taken; between scales both images are
 * averaged over 2x2 boxes and every second pixel is kept. With the weights {@code w = [0.0448 0.2856 0.3001
 * 0.2363 0.1333]} the releases ({@link MsSsimVariant}) pool them as:
 * <ul>
 * <li>{@link MsSsimVariant#PAPER} ({@code msssim.m}, the default): symmetric borders for the 2x2 average,
 * so odd sides round up; {@code prod_{l=1..4} cs_l^w_l * ssim_5^w_5}, eq. 7 of the paper;</li>
 * <li>{@link MsSsimVariant#MSCALE_NEW} ({@code ssim_mscale_new.m}): 'valid' 2x2 average, so odd sides
 * round down; {@code prod_{l=1..4} cs_l^w_l * ssim_5}, the coarsest SSIM without its exponent;</li>
 * <li>{@link MsSsimVariant#WEIGHTED_SUM} ({@code msssim.m} with {@code 'wtd_sum'}): as the paper's for the
 * scales, pooled as {@code sum_{l=1..4} cs_l w_l / sum(w) + ssim_5 w_5 / sum(w)}.</li>
 * </ul>
 * Which release made the published values: on the five TID2013 pairs of the reference data (published
 * 0.6733, 0.9996, 0.9998, 0.9566, 0.8462) the paper's product gives 0.669979, 0.999634, 0.999823,
 * 0.956527, 0.841789 (I03 and I19 off by 3.3e-3 and 4.4e-3), {@code ssim_mscale_new.m} 0.572879,
 * 0.999590, 0.999817, 0.911232, 0.830173, and the weighted sum 0.673314, 0.999634, 0.999823, 0.956567,
 * 0.846176: only the weighted sum reproduces every published value to its four decimals. (Those images
 * have even sides at every scale, so the two 2x2 averages agree on them; only the pooling tells the
 * releases apart.) The paper's product stays the default, as the formula of the paper.
 * <p>
 * A mean {@code cs} or the coarsest mean SSIM can be negative (anti-correlated structure). Raised to a
 * fractional weight it makes the MATLAB releases return a complex number; like piq (Kastryulin et al.) this
 * class clamps such a value to 0 before the power, so the product is 0 there: real, at most 1, and
 * monotone in each scale's value. ({@code ssim_mscale_new.m} does not raise the coarsest SSIM, which
 * therefore keeps its sign; the weighted sum needs no powers.) Immutable and thread-safe.
 */
public final class MsSsim implements FullReferenceMetric
{
	public static final int SCALES = 5;

	/** The smallest image side: the window must fit at the coarsest scale, {@code 11 * 2^(SCALES - 1)}. */
	public static final int MINIMUM_SIZE = Ssim.WINDOW << ( SCALES - 1 );

	private static final double[] WEIGHTS = { 0.0448, 0.2856, 0.3001, 0.2363, 0.1333 };

	private final MsSsimVariant variant;

	public MsSsim( final MsSsimVariant variant )
	{
		if ( variant == null )
			throw new IllegalArgumentException( "no MS-SSIM variant" );
		this.variant = variant;
	}

	public MsSsimVariant variant()
	{
		return variant;
	}

	/** The exponent of scale {@code scale} (0 = finest). */
	public static double weight( final int scale )
	{
		return WEIGHTS[ scale ];
	}

	/** The mean of the per-channel MS-SSIM. */
	@Override
	public double score( final Plane[] reference, final Plane[] restored, final double dataRange )
	{
		Ssim.checkChannels( reference, restored );
		double sum = 0;
		for ( int c = 0; c < reference.length; c++ )
			sum += score( reference[ c ], restored[ c ], dataRange );
		return sum / reference.length;
	}

	/** MS-SSIM of one channel. */
	public double score( final Plane reference, final Plane restored, final double dataRange )
	{
		return pool( scales( reference, restored, dataRange ) );
	}

	/** The mean SSIM and cs at each scale, finest first. */
	public Ssim.Means[] scales( final Plane reference, final Plane restored, final double dataRange )
	{
		if ( !reference.sameSize( restored ) )
			throw new PdPlaneException( "MS-SSIM compares images of equal size, not " + reference.width() + "x" + reference.height() + " and "
					+ restored.width() + "x" + restored.height() + "." );
		if ( reference.width() < MINIMUM_SIZE || reference.height() < MINIMUM_SIZE )
			throw new PdPlaneException( "MS-SSIM needs images of at least " + MINIMUM_SIZE + "x" + MINIMUM_SIZE + " pixels (" + SCALES
					+ " scales of its " + Ssim.WINDOW + "x" + Ssim.WINDOW + " window), not " + reference.width() + "x" + reference.height()
					+ "." );
		final Ssim.Means[] means = new Ssim.Means[ SCALES ];
		Plane x = reference, y = restored;
		for ( int l = 0; l < SCALES; l++ )
		{
			means[ l ] = Ssim.means( x, y, dataRange );
			if ( l < SCALES - 1 )
			{
				x = halve( x );
				y = halve( y );
			}
		}
		return means;
	}

	/** Combines the per-scale means as this variant does. */
	public double pool( final Ssim.Means[] scales )
	{
		final Ssim.Means coarsest = scales[ SCALES - 1 ];
		switch ( variant )
		{
		case WEIGHTED_SUM:
		{
			double total = 0;
			for ( final double w : WEIGHTS )
				total += w;
			double sum = 0;
			for ( int l = 0; l < SCALES - 1; l++ )
				sum += scales[ l ].contrastStructure() * ( WEIGHTS[ l ] / total );
			return sum + coarsest.ssim() * ( WEIGHTS[ SCALES - 1 ] / total );
		}
		case MSCALE_NEW:
			return contrastStructureProduct( scales ) * coarsest.ssim();
		default:
			return contrastStructureProduct( scales ) * power( coarsest.ssim(), WEIGHTS[ SCALES - 1 ] );
		}
	}

	/** {@code prod_{l=1..4} cs_l^w_l}. */
	private static double contrastStructureProduct( final Ssim.Means[] scales )
	{
		double product = 1;
		for ( int l = 0; l < SCALES - 1; l++ )
			product *= power( scales[ l ].contrastStructure(), WEIGHTS[ l ] );
		return product;
	}

	private Plane halve( final Plane image )
	{
		return variant != MsSsimVariant.MSCALE_NEW ? Downsample.box( image, 2, BorderMode.SYMMETRIC, OutputShape.SAME )
				: Downsample.box( image, 2, BorderMode.ZERO, OutputShape.VALID );
	}

	/** {@code value^weight}, with negative values clamped to 0 (see the class comment). */
	private static double power( final double value, final double weight )
	{
		return value > 0 ? Math.pow( value, weight ) : 0;
	}
}
