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
 * the covariance from the 13 distinct products of the band less its mean, {@link #patchCovariance}); {@code inv} and
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
	 * element {@code e = 3 j + k} at column offset j and row offset k, normalised by the patch count.
	 * <p>
	 * Of the 45 sums of products {@code sum_patches u_e u_f} only 13 are different products: element pairs at
	 * the same offset {@code (k_f - k_e, j_f - j_e)} multiply the same pixels, over windows shifted by at most two
	 * rows and columns. So each of the 13 products is summed once down the columns over the rows every window
	 * shares, the two first and two last rows apart, and each pair adds up its own window from those. Every
	 * loop over a row reads its arrays at one index (the band is copied from columns 1 and 2 on), so it
	 * vectorises. The sums are those of the definition in another order.
	 */
	static double[][] patchCovariance( final double[][] uncentred )
	{
		final int rows = uncentred.length, columns = uncentred[ 0 ].length;
		final int patchRows = rows - BLOCK + 1, patchColumns = columns - BLOCK + 1;
		final double count = ( double ) patchRows * patchColumns;
		final double[][] band = centred( uncentred );
		final double[][][] from = new double[ BLOCK ][][];
		from[ 0 ] = band;
		for ( int dj = 1; dj < BLOCK; dj++ )
		{
			from[ dj ] = new double[ rows ][];
			for ( int r = 0; r < rows; r++ )
				from[ dj ][ r ] = java.util.Arrays.copyOfRange( band[ r ], dj, columns );
		}
		final double[] sums = new double[ VECTOR ];
		final RowTotals pixels = new RowTotals( rows, columns );
		for ( int p = 0; p < rows; p++ )
			pixels.add( p, band[ p ], null );
		for ( int e = 0; e < VECTOR; e++ )
			sums[ e ] = pixels.window( e % BLOCK, e / BLOCK, patchRows, patchColumns );
		final double[][] covariance = new double[ VECTOR ][ VECTOR ];
		for ( int dj = 0; dj < BLOCK; dj++ )
			for ( int dk = dj == 0 ? 0 : 1 - BLOCK; dk < BLOCK; dk++ )
			{
				final RowTotals products = new RowTotals( rows, columns - dj );
				for ( int p = Math.max( 0, -dk ); p < Math.min( rows, rows - dk ); p++ )
					products.add( p, band[ p ], from[ dj ][ p + dk ] );
				for ( int e = 0; e < VECTOR; e++ )
				{
					final int ke = e % BLOCK, je = e / BLOCK, kf = ke + dk, jf = je + dj;
					if ( kf < 0 || kf >= BLOCK || jf >= BLOCK )
						continue;
					final int f = BLOCK * jf + kf;
					final double product = products.window( ke, je, patchRows, patchColumns );
					covariance[ e ][ f ] = covariance[ f ][ e ] = ( product - sums[ e ] * ( sums[ f ] / count ) ) / count;
				}
			}
		return covariance;
	}

	/**
	 * The band less its mean. A covariance does not change with a common offset, and without it the sums of
	 * products would cancel where the 9 element means are not small next to the spread (they differ from the
	 * band's mean only by the few pixels at its border).
	 */
	private static double[][] centred( final double[][] band )
	{
		double sum = 0;
		for ( final double[] row : band )
			for ( final double v : row )
				sum += v;
		final double mean = sum / ( ( double ) band.length * band[ 0 ].length );
		final double[][] out = new double[ band.length ][];
		for ( int r = 0; r < band.length; r++ )
		{
			final double[] row = band[ r ], o = new double[ row.length ];
			for ( int c = 0; c < o.length; c++ )
				o[ c ] = row[ c ] - mean;
			out[ r ] = o;
		}
		return out;
	}

	/**
	 * Rows of a band (or of a product of two bands) summed for the windows of whole patches: the rows every
	 * window shares, summed down each column, and the two first and two last rows on their own.
	 */
	private static final class RowTotals
	{
		private final int rows;

		/** Column totals of rows 2 .. rows - 3. */
		private final double[] shared;

		/** Rows 0, 1, rows - 2 and rows - 1, or null where the product is not defined there. */
		private final double[][] edges = new double[ 4 ][];

		RowTotals( final int rows, final int columns )
		{
			this.rows = rows;
			this.shared = new double[ columns ];
		}

		/** Adds row p: {@code a} itself, or {@code a * b} where {@code b} is given (b already at its column offset). */
		void add( final int p, final double[] a, final double[] b )
		{
			final int edge = p < BLOCK - 1 ? p : p >= rows - BLOCK + 1 ? p - rows + 2 * ( BLOCK - 1 ) : -1;
			final double[] into = edge < 0 ? shared : ( edges[ edge ] = new double[ shared.length ] );
			if ( b == null )
				for ( int q = 0; q < into.length; q++ )
					into[ q ] += a[ q ];
			else
				for ( int q = 0; q < into.length; q++ )
					into[ q ] += a[ q ] * b[ q ];
		}

		/** The sum over rows {@code k .. k + patchRows - 1} and columns {@code j .. j + patchColumns - 1}. */
		double window( final int k, final int j, final int patchRows, final int patchColumns )
		{
			double sum = columnSum( shared, j, patchColumns );
			for ( int edge = 0; edge < 4; edge++ )
			{
				final int p = edge < BLOCK - 1 ? edge : rows - 2 * ( BLOCK - 1 ) + edge;
				if ( p >= k && p < k + patchRows )
					sum += columnSum( edges[ edge ], j, patchColumns );
			}
			return sum;
		}

		private static double columnSum( final double[] values, final int from, final int n )
		{
			double sum = 0;
			for ( int q = from; q < from + n; q++ )
				sum += values[ q ];
			return sum;
		}
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
		// the columns under each block's window, reflected at the borders: the same for every row of blocks
		final int[][] columnsOf = new int[ blockColumns ][ window ];
		for ( int bj = 0; bj < blockColumns; bj++ )
			for ( int k = -half; k <= half; k++ )
				columnsOf[ bj ][ k + half ] = BorderMode.REFLECT1.sourceIndex( ( bj + trim ) * BLOCK + BLOCK / 2 + k, columns );
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
				double wx = 0, wy = 0, wxx = 0, wyy = 0, wxy = 0;
				for ( final int c : columnsOf[ bj ] )
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

	/**
	 * {@code s^2 = u' inv(C_u) u / 9} for the kept blocks u (the coefficients as they are, not mean-subtracted),
	 * a row of blocks at a time: the blocks' elements are gathered into nine rows, so that {@code inv(C_u) u}
	 * runs over the blocks in loops that read every array at one index (and vectorise).
	 */
	private static void multipliers( final double[][] band, final double[][] inverse, final int trim, final int blockRows,
			final int blockColumns, final double[] multiplier )
	{
		final double[][] u = new double[ VECTOR ][ blockColumns ];
		final double[] w = new double[ blockColumns ], quadratic = new double[ blockColumns ];
		for ( int bi = 0; bi < blockRows; bi++ )
		{
			for ( int e = 0; e < VECTOR; e++ )
			{
				final double[] row = band[ ( bi + trim ) * BLOCK + e % BLOCK ], ue = u[ e ];
				for ( int bj = 0, column = trim * BLOCK + e / BLOCK; bj < blockColumns; bj++, column += BLOCK )
					ue[ bj ] = row[ column ];
			}
			java.util.Arrays.fill( quadratic, 0 );
			for ( int e = 0; e < VECTOR; e++ )
			{
				final double[] a = inverse[ e ];
				// nine terms: the first alone, then two per pass
				final double first = a[ 0 ];
				final double[] u0 = u[ 0 ];
				for ( int bj = 0; bj < blockColumns; bj++ )
					w[ bj ] = first * u0[ bj ];
				for ( int f = 1; f + 1 < VECTOR; f += 2 )
					addTwo( w, a[ f ], u[ f ], a[ f + 1 ], u[ f + 1 ] );
				final double[] ue = u[ e ];
				for ( int bj = 0; bj < blockColumns; bj++ )
					quadratic[ bj ] += w[ bj ] * ue[ bj ];
			}
			for ( int bj = 0; bj < blockColumns; bj++ )
				multiplier[ bi * blockColumns + bj ] = quadratic[ bj ] / VECTOR;
		}
	}

	/** {@code w += wa a + wb b}, every array at one index. */
	private static void addTwo( final double[] w, final double wa, final double[] a, final double wb, final double[] b )
	{
		for ( int i = 0; i < w.length; i++ )
			w[ i ] += wa * a[ i ] + wb * b[ i ];
	}
}
