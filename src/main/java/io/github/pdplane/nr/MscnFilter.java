package io.github.pdplane.nr;

import io.github.pdplane.image.BorderMode;

/**
 * The mean-subtracted contrast-normalised (MSCN) coefficients {@code (I - mu) / (sigma + 1)} that NIQE,
 * BRISQUE and PIQE start from, one row at a time, top to bottom: {@code mu} and {@code sigma = sqrt(|w * I^2
 * - mu^2|)} are the local mean and deviation under the 7x7 Gaussian window {@code fspecial('gaussian', 7,
 * 7/6)}. Each release filters in its own way ({@link Release}): what lies outside the image, which 1-D
 * factor of the window, and which pass first.
 * <p>
 * <b>Why the arithmetic matters.</b> Where the image is constant under the window, {@code I - mu} is zero
 * in exact arithmetic but a residue of about 1e-14 times the intensity in floating point, whose sign (or
 * exact zero) depends on the last bits of the weights and the order of the additions; the AGGD fits of
 * NIQE and BRISQUE count such values as negative, positive or neither (algorithms spec, 4.3), so on images
 * with large flat areas their results depend on it, MATLAB's own included. MATLAB separates the window by
 * an SVD ({@code filter2}, {@code imfilter}), whose last bits (LAPACK's) cannot be reproduced; so each
 * release's filter is computed here in plain {@code double} arithmetic in one fixed order, described on
 * its constant, with no threshold: the window built with {@link StrictMath#exp} (since {@link Math#exp} may
 * differ in the last bit between platforms), taps in ascending order, one pass and then the other, then
 * {@code (I - mu) / (sigma + 1)}. Results are bit-identical on every platform and for any number of
 * threads. This filter is its own rather than {@link io.github.pdplane.image.Correlation} so that the
 * order, which decides these values, cannot change with that general routine.
 * <p>
 * Only the rows the pass down the columns needs are kept: a ring of {@link #WINDOW} rows (row-filtered ones
 * for rows first, the squared image rows for columns first), indexed by row modulo the window, which holds
 * distinct rows since the rows one output needs span at most that many consecutive indices. So callers
 * can take features a strip or a row at a time: a batch scores images on every core, and full-size
 * intermediate arrays, megabytes each, would otherwise be most of its allocation and keep the garbage
 * collector busy on the cores the workers need. The arithmetic is that of full arrays, value for value. Not
 * thread-safe: one filter per image and thread.
 */
final class MscnFilter
{
	/** The side of the Gaussian window and its standard deviation, {@code fspecial('gaussian', 7, 7/6)} ({@link #sevenTaps} unrolls it). */
	static final int WINDOW = 7;

	static final double WINDOW_SIGMA = 7.0 / 6;

	/** The constant added to sigma in the denominator, on the 8-bit scale the releases work on. */
	static final double STABILISER = 1;

	private static final int RADIUS = WINDOW / 2;

	/** How each release filters. */
	enum Release
	{
		/**
		 * NIQE's {@code imfilter(I, w, 'replicate')}: the edge replicated, the rows filtered first (as
		 * {@code imfilter}'s separable path does), with the normalised 1-D Gaussian as factor. This order
		 * reproduces MATLAB's NIQE on every tight reference image; on images with large flat areas it lands
		 * within MATLAB's own arithmetic spread (algorithms spec, 4.3).
		 */
		NIQE( BorderMode.REPLICATE, false, gaussian( WINDOW, WINDOW_SIGMA ) ),
		/**
		 * BRISQUE's {@code filter2(w, I, 'same')}: zeros outside; {@code filter2} finds the window separable
		 * and calls {@code conv2(hcol, hrow, I)}, which filters the columns first. Its factors come from an
		 * SVD of the release's window ({@code fspecial}, then divided by {@code sum(sum(window))} once more);
		 * here the factor is that window's middle column divided by the square root of its centre, equal to
		 * the SVD's in exact arithmetic and built from the same 2-D weights. Of the constructions equal in
		 * exact arithmetic that were tried, this one reproduces the signs of MATLAB's flat-region residues on
		 * the reference images (TID2013 I06 to its published digits, I08 to 0.02, where the normalised 1-D
		 * Gaussian is 0.003 and 0.24 off and zeroing the residues 0.002 and 0.55), and it was chosen for that.
		 * (Summing the 2-D window directly, as scipy's {@code correlate2d} does, also meets I06 and I08, but is
		 * 7.7 off on I19, against 2.0.)
		 */
		BRISQUE( BorderMode.ZERO, true, windowFactor( WINDOW, WINDOW_SIGMA ) ),
		/**
		 * PIQE's {@code imgaussfilt(I, 7/6, 'FilterSize', 7, 'Padding', 'replicate')}: the edge replicated,
		 * the normalised 1-D Gaussian of {@code createGaussianKernel}, the columns filtered first. (PIQE's
		 * thresholds do not see flat-region residues.)
		 */
		PIQE( BorderMode.REPLICATE, true, gaussian( WINDOW, WINDOW_SIGMA ) );

		final BorderMode border;

		final boolean columnsFirst;

		/** The 1-D factor of the window, used for both passes. */
		final double[] factor;

		Release( final BorderMode border, final boolean columnsFirst, final double[] factor )
		{
			this.border = border;
			this.columnsFirst = columnsFirst;
			this.factor = factor;
		}
	}

	private final double[] image;

	private final int width, height;

	private final Release release;

	/**
	 * A ring of {@link #WINDOW} rows, indexed by row modulo the window. Rows first: the row-filtered
	 * intensities and squares. Columns first: only the squares of the image's rows (the intensities are read
	 * from the image).
	 */
	private final double[][] ringMean, ringSquare;

	/** The rows the ring holds up to (exclusive). */
	private int ringEnd;

	/** The sums of one pass over the current row. */
	private final double[] mean, square;

	private final double[] padded, paddedSquare;

	/** The sources of the taps of the pass down the columns: arrays and where the current row's pixels start in them. */
	private final double[][] downMeans = new double[ WINDOW ][], downSquares = new double[ WINDOW ][];

	private final int[] downMeanOffsets = new int[ WINDOW ], downSquareOffsets = new int[ WINDOW ];

	/** The sources of the taps of the pass along the padded row: the padded arrays, shifted by the tap. */
	private final double[][] alongMeans = new double[ WINDOW ][], alongSquares = new double[ WINDOW ][];

	private final int[] alongOffsets = new int[ WINDOW ];

	/** Stands for the rows above and below the image where the border is zero. */
	private final double[] zeroRow;

	private int y;

	MscnFilter( final double[] image, final int width, final int height, final Release release )
	{
		if ( ( long ) width * height != image.length || width < 1 )
			throw new IllegalArgumentException( "a " + width + "x" + height + " image needs " + ( long ) width * height + " values" );
		this.image = image;
		this.width = width;
		this.height = height;
		this.release = release;
		ringMean = release.columnsFirst ? null : new double[ WINDOW ][ width ];
		ringSquare = new double[ WINDOW ][ width ];
		mean = new double[ width ];
		square = new double[ width ];
		padded = new double[ width + 2 * RADIUS ];
		paddedSquare = new double[ width + 2 * RADIUS ];
		for ( int k = 0; k < WINDOW; k++ )
		{
			alongMeans[ k ] = padded;
			alongSquares[ k ] = paddedSquare;
			alongOffsets[ k ] = k;
		}
		zeroRow = new double[ width ];
	}

	/**
	 * The coefficients of a whole image (and, where {@code sigma} is not null, its local deviations), in
	 * row-major arrays of the image's size.
	 */
	static void mscn( final double[] image, final int width, final int height, final Release release, final double[] mscn,
			final double[] sigma )
	{
		final MscnFilter rows = new MscnFilter( image, width, height, release );
		final double[] deviation = sigma == null ? null : new double[ width ];
		for ( int y = 0; y < height; y++ )
		{
			rows.next( mscn, y * width, deviation );
			if ( sigma != null )
				System.arraycopy( deviation, 0, sigma, y * width, width );
		}
	}

	/**
	 * Writes the next row's coefficients at {@code mscn[offset .. offset + width - 1]} and, where
	 * {@code deviation} is not null, its local deviations at {@code deviation[0 .. width - 1]}.
	 */
	void next( final double[] mscn, final int offset, final double[] deviation )
	{
		if ( y >= height )
			throw new IllegalStateException( "all " + height + " rows were filtered" );
		// the ring takes the rows that enter the window
		for ( final int last = Math.min( height - 1, y + RADIUS ); ringEnd <= last; ringEnd++ )
		{
			final int slot = ringEnd % WINDOW, o = ringEnd * width;
			if ( release.columnsFirst )
				for ( int x = 0; x < width; x++ )
					ringSquare[ slot ][ x ] = image[ o + x ] * image[ o + x ];
			else
			{
				pad( image, o, null );
				addTaps( alongMeans, alongOffsets, alongSquares, alongOffsets, ringMean[ slot ], ringSquare[ slot ] );
			}
		}
		for ( int k = 0; k < WINDOW; k++ )
		{
			final int source = release.border.sourceIndex( y + k - RADIUS, height );
			final boolean outside = source == BorderMode.OUTSIDE;
			downMeans[ k ] = outside ? zeroRow : release.columnsFirst ? image : ringMean[ source % WINDOW ];
			downMeanOffsets[ k ] = outside || !release.columnsFirst ? 0 : source * width;
			downSquares[ k ] = outside ? zeroRow : ringSquare[ source % WINDOW ];
		}
		addTaps( downMeans, downMeanOffsets, downSquares, downSquareOffsets, mean, square );
		if ( release.columnsFirst )
		{
			pad( mean, 0, square );
			addTaps( alongMeans, alongOffsets, alongSquares, alongOffsets, mean, square );
		}
		normalise( mean, square, mscn, offset, deviation );
		y++;
	}

	/**
	 * One pass of the window: {@code mean[x] = sum_k g_k means[k][meanOffsets[k] + x]}, and likewise for the
	 * squares, each sum from zero over the taps in ascending order.
	 */
	private void addTaps( final double[][] means, final int[] meanOffsets, final double[][] squares, final int[] squareOffsets,
			final double[] mean, final double[] square )
	{
		sevenTaps( release.factor, means, meanOffsets, mean, width );
		sevenTaps( release.factor, squares, squareOffsets, square, width );
	}

	/**
	 * {@code out[x] = sum_k g_k sources[k][offsets[k] + x]} for the {@value #WINDOW} taps, from zero in ascending
	 * order. The taps are unrolled so that a pixel's sum stays in a register: one pass over the row, where adding
	 * a tap at a time read and wrote the sums seven times; the additions are the same, in the same order.
	 */
	private static void sevenTaps( final double[] g, final double[][] sources, final int[] offsets, final double[] out, final int width )
	{
		final double g0 = g[ 0 ], g1 = g[ 1 ], g2 = g[ 2 ], g3 = g[ 3 ], g4 = g[ 4 ], g5 = g[ 5 ], g6 = g[ 6 ];
		final double[] s0 = sources[ 0 ], s1 = sources[ 1 ], s2 = sources[ 2 ], s3 = sources[ 3 ], s4 = sources[ 4 ], s5 = sources[ 5 ],
				s6 = sources[ 6 ];
		final int o0 = offsets[ 0 ], o1 = offsets[ 1 ], o2 = offsets[ 2 ], o3 = offsets[ 3 ], o4 = offsets[ 4 ], o5 = offsets[ 5 ], o6 = offsets[ 6 ];
		for ( int x = 0; x < width; x++ )
		{
			double sum = 0;
			sum += g0 * s0[ o0 + x ];
			sum += g1 * s1[ o1 + x ];
			sum += g2 * s2[ o2 + x ];
			sum += g3 * s3[ o3 + x ];
			sum += g4 * s4[ o4 + x ];
			sum += g5 * s5[ o5 + x ];
			sum += g6 * s6[ o6 + x ];
			out[ x ] = sum;
		}
	}

	/**
	 * Copies {@code width} values from {@code values[offset..]} into the padded row, with the border beyond
	 * both ends, and into the padded squares either their squares ({@code second} null) or the values of
	 * {@code second}.
	 */
	private void pad( final double[] values, final int offset, final double[] second )
	{
		System.arraycopy( values, offset, padded, RADIUS, width );
		if ( second == null )
			for ( int i = RADIUS; i < RADIUS + width; i++ )
				paddedSquare[ i ] = padded[ i ] * padded[ i ];
		else
			System.arraycopy( second, 0, paddedSquare, RADIUS, width );
		// the border, the only place where the positions need mapping
		for ( int i = 0; i < RADIUS; i++ )
			padBorder( i, values, offset, second );
		for ( int i = RADIUS + width; i < padded.length; i++ )
			padBorder( i, values, offset, second );
	}

	/** Position {@code i} of the padded rows, outside the image: what the border puts there. */
	private void padBorder( final int i, final double[] values, final int offset, final double[] second )
	{
		final int x = release.border.sourceIndex( i - RADIUS, width );
		final double v = x == BorderMode.OUTSIDE ? 0 : values[ offset + x ];
		padded[ i ] = v;
		paddedSquare[ i ] = x == BorderMode.OUTSIDE ? 0 : second == null ? v * v : second[ x ];
	}

	/** {@code (I - mu) / (sigma + 1)} of the current row from its local means and mean squares. */
	private void normalise( final double[] mean, final double[] square, final double[] mscn, final int offset, final double[] deviation )
	{
		final int o = y * width;
		for ( int x = 0; x < width; x++ )
		{
			final double m = mean[ x ];
			final double d = Math.sqrt( Math.abs( square[ x ] - m * m ) );
			mscn[ offset + x ] = ( image[ o + x ] - m ) / ( d + STABILISER );
			if ( deviation != null )
				deviation[ x ] = d;
		}
	}

	/**
	 * The normalised 1-D factor of {@code fspecial('gaussian', n, s)}, as {@code createGaussianKernel} builds
	 * it: the 2-D kernel is its outer product with itself (no entry of these windows falls below MATLAB's
	 * {@code eps * max} cut).
	 */
	static double[] gaussian( final int n, final double s )
	{
		final double[] g = new double[ n ];
		double sum = 0;
		for ( int i = 0; i < n; i++ )
		{
			final double x = i - ( n - 1 ) / 2.0;
			g[ i ] = StrictMath.exp( -x * x / ( 2 * s * s ) );
			sum += g[ i ];
		}
		for ( int i = 0; i < n; i++ )
			g[ i ] /= sum;
		return g;
	}

	/**
	 * The 1-D factor {@code a} of BRISQUE's 2-D window {@code K = a a'}, from the window's own weights:
	 * {@code K = fspecial('gaussian', n, s)} ({@code exp(-(x^2 + y^2) / (2 s^2))}, divided by its sum, taken
	 * down the columns in MATLAB's order), divided by {@code sum(sum(K))} once more as the release does, then
	 * {@code a = K(:, c) / sqrt(K(c, c))} for the middle column {@code c}.
	 */
	static double[] windowFactor( final int n, final double s )
	{
		final double[][] k = new double[ n ][ n ]; // k[row][column]
		final double c = ( n - 1 ) / 2.0;
		double sum = 0;
		for ( int column = 0; column < n; column++ )
			for ( int row = 0; row < n; row++ )
			{
				final double x = column - c, y = row - c;
				k[ row ][ column ] = StrictMath.exp( -( x * x + y * y ) / ( 2 * s * s ) );
				sum += k[ row ][ column ];
			}
		double again = 0; // sum(sum(K)): the column sums, then their sum
		for ( int column = 0; column < n; column++ )
		{
			double columnSum = 0;
			for ( int row = 0; row < n; row++ )
				columnSum += k[ row ][ column ] /= sum;
			again += columnSum;
		}
		final int middle = n / 2;
		final double[] a = new double[ n ];
		for ( int row = 0; row < n; row++ )
			a[ row ] = k[ row ][ middle ] / again / Math.sqrt( k[ middle ][ middle ] / again );
		return a;
	}
}
