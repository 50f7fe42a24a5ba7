package io.github.pdplane.nr;

import io.github.pdplane.image.BorderMode;

/**
 * The mean-subtracted contrast-normalised (MSCN) coefficients {@code (I - mu) / (sigma + 1)} that NIQE,
 * BRISQUE and PIQE start from, one row at a time, top to bottom: {@code mu} and {@code sigma = sqrt(|w * I^2
 * - mu^2|)} are the local mean and deviation under the 7x7 Gaussian window {@code fspecial('gaussian', 7,
 * 7/6)}. The releases differ only in what lies outside the image: NIQE ({@code imfilter(..., 'replicate')})
 * and PIQE ({@code imgaussfilt(..., 'Padding', 'replicate')}) replicate the edge, BRISQUE
 * ({@code filter2(..., 'same')}) sees zeros.
 * <p>
 * <b>One fixed order of arithmetic.</b> Where the image is constant under the window, {@code I - mu} is zero
 * in exact arithmetic but a residue of about 1e-14 times the intensity in floating point, whose sign (or
 * exact zero) depends on the order of the additions and on the last bits of the weights; the AGGD fits of
 * NIQE and BRISQUE count such values as negative, positive or neither (algorithms spec, 4.3). So the
 * coefficients are computed in plain {@code double} arithmetic in one fixed order: the normalised 1-D factor
 * of the window (built with {@link StrictMath#exp}, since {@link Math#exp} may differ in the last bit
 * between platforms), taps in ascending order, along the row, then down the columns, then
 * {@code (I - mu) / (sigma + 1)}, with no threshold. Results are bit-identical on every platform and for
 * any number of threads. This filter is its own rather than {@link io.github.pdplane.image.Correlation} so
 * that the order, which decides these values, cannot change with that general routine.
 * <p>
 * The row-filtered sums are kept for only the {@link #WINDOW} rows the column pass needs (a ring indexed
 * by row modulo the window, which holds distinct rows since the rows one output needs span at most that
 * many consecutive indices), so that callers can take features a strip or a row at a time: a batch
 * scores images on every core, and full-size intermediate arrays, megabytes each, would otherwise be most
 * of its allocation and keep the garbage collector busy on the cores the workers need. The arithmetic is
 * that of full arrays, value for value. Not thread-safe: one filter per image and thread.
 */
final class MscnFilter
{
	/** The side of the Gaussian window and its standard deviation, {@code fspecial('gaussian', 7, 7/6)}. */
	static final int WINDOW = 7;

	static final double WINDOW_SIGMA = 7.0 / 6;

	/** The constant added to sigma in the denominator, on the 8-bit scale the releases work on. */
	static final double STABILISER = 1;

	private static final int RADIUS = WINDOW / 2;

	/** One factor of the separable, normalised 2-D window. */
	private static final double[] WINDOW_1D = gaussian( WINDOW, WINDOW_SIGMA );

	private final double[] image;

	private final int width, height;

	private final BorderMode border;

	private final double[][] rowMean, rowSquare;

	private final double[] padded, paddedSquare;

	private final double[][] means = new double[ WINDOW ][], squares = new double[ WINDOW ][];

	/** Stands for the rows above and below the image where the border is zero. */
	private final double[] zeroRow;

	private int filtered, y;

	/**
	 * @param border
	 *            {@link BorderMode#REPLICATE} or {@link BorderMode#ZERO}
	 */
	MscnFilter( final double[] image, final int width, final int height, final BorderMode border )
	{
		if ( border != BorderMode.REPLICATE && border != BorderMode.ZERO )
			throw new IllegalArgumentException( "the MSCN filters of the releases replicate the edge or see zeros, not " + border );
		if ( ( long ) width * height != image.length || width < 1 )
			throw new IllegalArgumentException( "a " + width + "x" + height + " image needs " + ( long ) width * height + " values" );
		this.image = image;
		this.width = width;
		this.height = height;
		this.border = border;
		rowMean = new double[ WINDOW ][ width ];
		rowSquare = new double[ WINDOW ][ width ];
		padded = new double[ width + 2 * RADIUS ];
		paddedSquare = new double[ width + 2 * RADIUS ];
		zeroRow = border == BorderMode.ZERO ? new double[ width ] : null;
	}

	/**
	 * The coefficients of a whole image (and, where {@code sigma} is not null, its local deviations), in
	 * row-major arrays of the image's size.
	 */
	static void mscn( final double[] image, final int width, final int height, final BorderMode border, final double[] mscn,
			final double[] sigma )
	{
		final MscnFilter rows = new MscnFilter( image, width, height, border );
		final double[] deviation = sigma == null ? null : new double[ width ];
		for ( int y = 0; y < height; y++ )
		{
			rows.next( mscn, y * width, deviation );
			if ( sigma != null )
				System.arraycopy( deviation, 0, sigma, y * width, width );
		}
	}

	/** The row {@link #next} writes next, 0-based. */
	int row()
	{
		return y;
	}

	/**
	 * Writes the next row's coefficients at {@code mscn[offset .. offset + width - 1]} and, where
	 * {@code deviation} is not null, its local deviations at {@code deviation[0 .. width - 1]}.
	 */
	void next( final double[] mscn, final int offset, final double[] deviation )
	{
		if ( y >= height )
			throw new IllegalStateException( "all " + height + " rows were filtered" );
		final double[] g = WINDOW_1D;
		for ( final int last = Math.min( height - 1, y + RADIUS ); filtered <= last; filtered++ )
			filterRow( filtered, rowMean[ filtered % WINDOW ], rowSquare[ filtered % WINDOW ] );
		for ( int k = 0; k < WINDOW; k++ )
		{
			final int source = border.sourceIndex( y + k - RADIUS, height );
			means[ k ] = source == BorderMode.OUTSIDE ? zeroRow : rowMean[ source % WINDOW ];
			squares[ k ] = source == BorderMode.OUTSIDE ? zeroRow : rowSquare[ source % WINDOW ];
		}
		final int o = y * width;
		for ( int x = 0; x < width; x++ )
		{
			double m = 0, s = 0;
			for ( int k = 0; k < WINDOW; k++ )
			{
				m += g[ k ] * means[ k ][ x ];
				s += g[ k ] * squares[ k ][ x ];
			}
			final double d = Math.sqrt( Math.abs( s - m * m ) );
			mscn[ offset + x ] = ( image[ o + x ] - m ) / ( d + STABILISER );
			if ( deviation != null )
				deviation[ x ] = d;
		}
		y++;
	}

	/** The window along row {@code row}, of the intensities and of their squares. */
	private void filterRow( final int row, final double[] mean, final double[] square )
	{
		final double[] g = WINDOW_1D;
		final int o = row * width;
		for ( int i = 0; i < padded.length; i++ )
		{
			final int x = border.sourceIndex( i - RADIUS, width );
			final double v = x == BorderMode.OUTSIDE ? 0 : image[ o + x ];
			padded[ i ] = v;
			paddedSquare[ i ] = v * v;
		}
		for ( int x = 0; x < width; x++ )
		{
			double m = 0, s = 0;
			for ( int k = 0; k < WINDOW; k++ )
			{
				m += g[ k ] * padded[ x + k ];
				s += g[ k ] * paddedSquare[ x + k ];
			}
			mean[ x ] = m;
			square[ x ] = s;
		}
	}

	/**
	 * The normalised 1-D factor of {@code fspecial('gaussian', n, s)}: the 2-D kernel is its outer product
	 * with itself (no entry of these windows falls below MATLAB's {@code eps * max} cut).
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
}
