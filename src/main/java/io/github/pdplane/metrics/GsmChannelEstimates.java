package io.github.pdplane.metrics;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.BorderMode;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.PyramidBands;
import io.github.pdplane.image.SpatialSteerablePyramid;
import io.github.pdplane.math.LinearAlgebra;

/**
 * The statistical models that VIF ({@code vifvec.m}) and IFC ({@code ifcvec.m}) of the LIVE releases share,
 * estimated on the eight sub-bands they use (algorithms spec 6.5 and 6.6), in the releases' arithmetic:
 * <ul>
 * <li><b>Decomposition</b>: {@code buildSpyr(img, 4, 'sp5Filters', 'reflect1')} ({@link SpatialSteerablePyramid});
 * the sub-bands {@code [4 7 10 13 16 19 22 25]} of the releases' reversed band list are orientations 4 and 1
 * (1-based; 90 and 0 degrees) of levels 4, 3, 2 and 1, coarsest first.</li>
 * <li><b>Blocks</b>: each sub-band is cropped to multiples of M = 3 rows and columns; its 3x3 blocks are the
 * GSM vectors.</li>
 * <li><b>Distortion channel</b> ({@code vifsub_est_M.m}, identical to {@code distsub_est_m.m}): at each block
 * centre, sums over a square window of side {@code 2^lev + 1} (3, 5, 9, 17 for levels 4 to 1: {@code lev =
 * ceil((sub - 1) / 6)}) on the cropped sub-band with reflect1 borders ({@code corrDn}, start 2, step 3) give
 * {@code cov = S_xy - n m_x m_y}, {@code ss_x = S_xx - n m_x^2}, {@code ss_y} likewise (n the window's pixel
 * count, m the window means); negative {@code ss} become 0; then the regression {@code g = cov / (ss_x + tol)},
 * {@code vv = (ss_y - g cov) / n} with tol = 1e-15 and the releases' clamps ({@link ChannelRegression}).</li>
 * <li><b>Reference GSM</b> ({@code refparams_vecgsm.m}): the covariance {@code C_u} of all overlapping 3x3
 * patches of the cropped reference sub-band as 9-vectors (elements ordered by column offset, then row
 * offset), normalised by their count (not count - 1); for each block u (not mean-subtracted) the multiplier
 * {@code s^2 = u' inv(C_u) u / 9}; the nine eigenvalues of {@code C_u}.</li>
 * <li><b>Border trim</b>: {@code ceil(((2^lev + 1) - 1) / 2 / 3)} blocks (1, 1, 2, 3 for levels 4 to 1) are
 * dropped from every side of the g, vv and s^2 fields, the blocks whose window reaches the border.</li>
 * </ul>
 * Only the kept blocks are estimated. The sums run in another order than MATLAB's (separable window sums;
 * covariance from products of the raw coefficients, the band means being near zero); {@code inv} and
 * {@code eig} are {@link LinearAlgebra#inverse} and {@link LinearAlgebra#symmetricEigen}. Where the
 * reference's covariance is singular (a constant reference, or one without structure in some orientation),
 * the releases invert it to infinities and return NaN; this class refuses with a message instead.
 */
final class GsmChannelEstimates
{
	/** M: the side of the GSM blocks. */
	static final int BLOCK = 3;

	static final int LEVELS = 4;

	/** The orientations (0-based) of each level the releases use, in their order: their 4th, then their 1st. */
	private static final int[] ORIENTATIONS = { 3, 0 };

	/** The releases' tolerance for zero variance. */
	static final double TOLERANCE = 1e-15;

	private static final int VECTOR = BLOCK * BLOCK;

	private GsmChannelEstimates()
	{}

	/** The estimates of one sub-band, over its kept blocks. */
	static final class Subband
	{
		/** 0-based, 0 the finest. */
		final int level;

		/** 0-based orientation of {@code bfilts}. */
		final int orientation;

		/** Per kept block: the channel gain g, the channel noise variance vv, the GSM multiplier s^2. */
		final double[] gain, noiseVariance, multiplier;

		/** The nine eigenvalues of the reference's patch covariance. */
		final double[] eigenvalues;

		Subband( final int level, final int orientation, final double[] gain, final double[] noiseVariance, final double[] multiplier,
				final double[] eigenvalues )
		{
			this.level = level;
			this.orientation = orientation;
			this.gain = gain;
			this.noiseVariance = noiseVariance;
			this.multiplier = multiplier;
			this.eigenvalues = eigenvalues;
		}

		int blocks()
		{
			return gain.length;
		}
	}

	/**
	 * The eight sub-bands of a pair, in the releases' order (level 4 orientation 4, level 4 orientation 1,
	 * level 3 ..., level 1 orientation 1).
	 *
	 * @param metric
	 *            the metric's name, for messages
	 * @throws PdPlaneException
	 *             where the reference has no structure in a sub-band (its covariance is singular)
	 */
	static Subband[] estimate( final Plane reference, final Plane restored, final String metric )
	{
		final SpatialSteerablePyramid pyramid = SpatialSteerablePyramid.sp5();
		final PyramidBands x = pyramid.orientedBands( reference, LEVELS, ORIENTATIONS );
		final PyramidBands y = pyramid.orientedBands( restored, LEVELS, ORIENTATIONS );
		final Subband[] subbands = new Subband[ LEVELS * ORIENTATIONS.length ];
		int i = 0;
		for ( int level = LEVELS - 1; level >= 0; level-- )
			for ( final int orientation : ORIENTATIONS )
				subbands[ i++ ] = subband( level, orientation, x.band( level, orientation ), y.band( level, orientation ), metric );
		return subbands;
	}

	private static Subband subband( final int level, final int orientation, final Plane x, final Plane y, final String metric )
	{
		final int rows = x.height() / BLOCK * BLOCK, columns = x.width() / BLOCK * BLOCK;
		final int window = ( 1 << ( LEVELS - level ) ) + 1;
		final int trim = ( ( window - 1 ) / 2 + BLOCK - 1 ) / BLOCK;
		final int blockRows = rows / BLOCK - 2 * trim, blockColumns = columns / BLOCK - 2 * trim;
		final int kept = Math.max( 0, blockRows ) * Math.max( 0, blockColumns );
		final double[] gain = new double[ kept ], noiseVariance = new double[ kept ], multiplier = new double[ kept ];
		final double[][] reference = rows( x, rows, columns ), restored = rows( y, rows, columns );
		final double[][] covariance = patchCovariance( reference );
		final double[][] inverse;
		try
		{
			inverse = LinearAlgebra.inverse( covariance );
		}
		catch ( final ArithmeticException e )
		{
			throw new PdPlaneException( metric + " is undefined for this reference: it has no structure at orientation " + ( orientation + 1 )
					+ " of level " + ( level + 1 ) + " of its steerable pyramid (the covariance of its 3x3 neighbourhoods there is singular,"
					+ " and the release divides by zero). A constant reference has none at all." );
		}
		final double[] eigenvalues = LinearAlgebra.symmetricEigen( covariance ).values;
		if ( kept > 0 )
		{
			channel( reference, restored, window, trim, blockRows, blockColumns, gain, noiseVariance );
			multipliers( reference, inverse, trim, blockRows, blockColumns, multiplier );
		}
		return new Subband( level, orientation, gain, noiseVariance, multiplier, eigenvalues );
	}

	/** The top-left {@code rows x columns} of a band (the crop to whole blocks), as separate rows. */
	private static double[][] rows( final Plane band, final int rows, final int columns )
	{
		final double[][] out = new double[ rows ][];
		for ( int r = 0; r < rows; r++ )
			out[ r ] = java.util.Arrays.copyOfRange( band.values(), r * band.width(), r * band.width() + columns );
		return out;
	}

	/**
	 * The covariance of every overlapping 3x3 patch of a band (cropped to whole blocks), as 9-vectors with
	 * element {@code e = 3 j + k} at column offset j and row offset k, normalised by the patch count. The band
	 * is copied at its three column offsets so that every loop reads its arrays at one index (and vectorises);
	 * the sums of products run over columns in a row-long accumulator per element pair.
	 */
	static double[][] patchCovariance( final double[][] band )
	{
		final int patchRows = band.length - BLOCK + 1, patchColumns = band[ 0 ].length - BLOCK + 1;
		final double count = ( double ) patchRows * patchColumns;
		final double[][][] shifted = new double[ BLOCK ][ band.length ][];
		for ( int j = 0; j < BLOCK; j++ )
			for ( int r = 0; r < band.length; r++ )
				shifted[ j ][ r ] = java.util.Arrays.copyOfRange( band[ r ], j, j + patchColumns );
		final double[][] sums = new double[ VECTOR ][ patchColumns ];
		final double[][] products = new double[ VECTOR * ( VECTOR + 1 ) / 2 ][ patchColumns ];
		for ( int r = 0; r < patchRows; r++ )
			for ( int e = 0, pair = 0; e < VECTOR; e++ )
			{
				final double[] a = shifted[ e / BLOCK ][ r + e % BLOCK ];
				add( sums[ e ], a );
				for ( int f = e; f < VECTOR; f++ )
					addProduct( products[ pair++ ], a, shifted[ f / BLOCK ][ r + f % BLOCK ] );
			}
		final double[][] covariance = new double[ VECTOR ][ VECTOR ];
		for ( int e = 0, pair = 0; e < VECTOR; e++ )
			for ( int f = e; f < VECTOR; f++ )
				covariance[ e ][ f ] = covariance[ f ][ e ] = ( sum( products[ pair++ ] ) - sum( sums[ e ] ) * ( sum( sums[ f ] ) / count ) ) / count;
		return covariance;
	}

	private static void add( final double[] accumulator, final double[] a )
	{
		for ( int c = 0; c < accumulator.length; c++ )
			accumulator[ c ] += a[ c ];
	}

	private static void addProduct( final double[] accumulator, final double[] a, final double[] b )
	{
		for ( int c = 0; c < accumulator.length; c++ )
			accumulator[ c ] += a[ c ] * b[ c ];
	}

	/**
	 * The distortion channel at the kept blocks: window sums centred on each block's centre, with the
	 * cropped band mirrored about its edge pixels (reflect1), then the releases' regression and clamps.
	 */
	private static void channel( final double[][] x, final double[][] y, final int window, final int trim, final int blockRows,
			final int blockColumns, final double[] gain, final double[] noiseVariance )
	{
		final int half = window / 2, rows = x.length, columns = x[ 0 ].length;
		final double n = ( double ) window * window, inverseN = 1.0 / n;
		final double[] sx = new double[ columns ], sy = new double[ columns ], sxx = new double[ columns ], syy = new double[ columns ],
				sxy = new double[ columns ];
		final int[] column = new int[ window ];
		for ( int bi = 0; bi < blockRows; bi++ )
		{
			final int centreRow = ( bi + trim ) * BLOCK + BLOCK / 2;
			java.util.Arrays.fill( sx, 0 );
			java.util.Arrays.fill( sy, 0 );
			java.util.Arrays.fill( sxx, 0 );
			java.util.Arrays.fill( syy, 0 );
			java.util.Arrays.fill( sxy, 0 );
			for ( int k = -half; k <= half; k++ )
			{
				final int r = BorderMode.REFLECT1.sourceIndex( centreRow + k, rows );
				final double[] a = x[ r ], b = y[ r ];
				for ( int c = 0; c < columns; c++ )
				{
					sx[ c ] += a[ c ];
					sy[ c ] += b[ c ];
					sxx[ c ] += a[ c ] * a[ c ];
					syy[ c ] += b[ c ] * b[ c ];
					sxy[ c ] += a[ c ] * b[ c ];
				}
			}
			for ( int bj = 0; bj < blockColumns; bj++ )
			{
				final int centreColumn = ( bj + trim ) * BLOCK + BLOCK / 2;
				for ( int k = -half; k <= half; k++ )
					column[ k + half ] = BorderMode.REFLECT1.sourceIndex( centreColumn + k, columns );
				double wx = 0, wy = 0, wxx = 0, wyy = 0, wxy = 0;
				for ( final int c : column )
				{
					wx += sx[ c ];
					wy += sy[ c ];
					wxx += sxx[ c ];
					wyy += syy[ c ];
					wxy += sxy[ c ];
				}
				final double mx = wx * inverseN, my = wy * inverseN;
				final double ssx = wxx - n * ( mx * mx ), ssy = wyy - n * ( my * my ), cov = wxy - n * mx * my;
				ChannelRegression.fit( ssx < 0 ? 0 : ssx, ssy < 0 ? 0 : ssy, cov, TOLERANCE, n, gain, noiseVariance, bi * blockColumns + bj );
			}
		}
	}

	/** {@code s^2 = u' inv(C_u) u / 9} for the kept blocks u (the coefficients as they are, not mean-subtracted). */
	private static void multipliers( final double[][] band, final double[][] inverse, final int trim, final int blockRows,
			final int blockColumns, final double[] multiplier )
	{
		final double[] u = new double[ VECTOR ];
		for ( int bi = 0; bi < blockRows; bi++ )
			for ( int bj = 0; bj < blockColumns; bj++ )
			{
				final int top = ( bi + trim ) * BLOCK, left = ( bj + trim ) * BLOCK;
				for ( int e = 0; e < VECTOR; e++ )
					u[ e ] = band[ top + e % BLOCK ][ left + e / BLOCK ];
				double quadratic = 0;
				for ( int e = 0; e < VECTOR; e++ )
				{
					double w = 0;
					for ( int f = 0; f < VECTOR; f++ )
						w += inverse[ e ][ f ] * u[ f ];
					quadratic += w * u[ e ];
				}
				multiplier[ bi * blockColumns + bj ] = quadratic / VECTOR;
			}
	}

	private static double sum( final double[] values )
	{
		double s = 0;
		for ( final double v : values )
			s += v;
		return s;
	}
}
