package io.github.pdplane.image;

/**
 * Filter kernels as MATLAB's {@code fspecial} builds them (algorithms spec, section 0). 2-D kernels are
 * {@code double[rows][columns]}, rows running down the image (MATLAB's dimension 1).
 */
public final class Kernels
{
	/** MATLAB's {@code eps}, the spacing of doubles at 1. */
	public static final double EPS = Math.ulp( 1.0 );

	private Kernels()
	{}

	/** {@code fspecial('gaussian', size, sigma)}: a square Gaussian kernel. */
	public static double[][] gaussian( final int size, final double sigma )
	{
		return gaussian( size, size, sigma );
	}

	/**
	 * {@code fspecial('gaussian', [rows columns], sigma)}: {@code exp(-(x^2 + y^2) / (2 sigma^2))} on the
	 * grid {@code -(n-1)/2 .. (n-1)/2}, entries below {@code eps} times the largest set to zero, normalised
	 * to sum 1.
	 */
	public static double[][] gaussian( final int rows, final int columns, final double sigma )
	{
		checkSize( rows );
		checkSize( columns );
		if ( !( sigma > 0 && sigma < Double.POSITIVE_INFINITY ) )
			throw new IllegalArgumentException( "a Gaussian needs a positive finite sigma, not " + sigma );
		final double[][] h = new double[ rows ][ columns ];
		final double halfRows = ( rows - 1 ) / 2.0, halfColumns = ( columns - 1 ) / 2.0;
		double max = 0;
		for ( int r = 0; r < rows; r++ )
			for ( int c = 0; c < columns; c++ )
			{
				final double y = r - halfRows, x = c - halfColumns;
				h[ r ][ c ] = Math.exp( -( x * x + y * y ) / ( 2 * sigma * sigma ) );
				max = Math.max( max, h[ r ][ c ] );
			}
		double sum = 0;
		for ( int c = 0; c < columns; c++ ) // MATLAB's sum(h(:)) runs down the columns
			for ( int r = 0; r < rows; r++ )
			{
				if ( h[ r ][ c ] < EPS * max )
					h[ r ][ c ] = 0;
				sum += h[ r ][ c ];
			}
		for ( final double[] row : h )
			for ( int c = 0; c < columns; c++ )
				row[ c ] /= sum;
		return h;
	}

	/**
	 * The 1-D factor {@code g} of {@code fspecial('gaussian', size, sigma)}: the normalised 1-D Gaussian on
	 * the same grid, so that {@code g[r] * g[c]} is the 2-D kernel.
	 * <p>
	 * The untruncated 2-D Gaussian is separable: {@code exp(-(x^2 + y^2)/(2 s^2)) = exp(-x^2/(2 s^2))
	 * exp(-y^2/(2 s^2))}, and the sum over the square grid is the square of the 1-D sum, so the normalised
	 * kernel is the outer product of the normalised 1-D factors: correlating with {@code g} down the
	 * columns and then along the rows is correlation with the 2-D kernel. In floating point the two
	 * differ by rounding only: each 2-D entry is one {@code exp} divided by one sum, each product two
	 * {@code exp}s and two sums, a few units in the last place (about 1e-16 relative), and separable
	 * filtering adds the same products in another order; filtered 8-bit images agree to about 1e-13.
	 * {@code fspecial} truncates entries below {@code eps} times the peak, which would break the rank one
	 * structure; this happens only where the corner entry is below {@code eps} times the peak (for 11x11
	 * only for sigma below about 0.83), and this method refuses those.
	 *
	 * @throws IllegalArgumentException
	 *             where {@code fspecial} would truncate entries of the 2-D kernel
	 */
	public static double[] gaussianFactor( final int size, final double sigma )
	{
		if ( !gaussianIsSeparable( size, sigma ) )
			throw new IllegalArgumentException( "fspecial('gaussian', " + size + ", " + sigma
					+ ") truncates entries below eps, so it is not the outer product of a 1-D kernel" );
		final double[][] column = gaussian( size, 1, sigma );
		final double[] g = new double[ size ];
		for ( int i = 0; i < size; i++ )
			g[ i ] = column[ i ][ 0 ];
		return g;
	}

	/** Whether no entry of {@code fspecial('gaussian', size, sigma)} is truncated, so that it is separable. */
	public static boolean gaussianIsSeparable( final int size, final double sigma )
	{
		checkSize( size );
		final double corner = ( size - 1 ) / 2.0, centre = size % 2 == 0 ? 0.5 : 0;
		final double peak = Math.exp( -( centre * centre + centre * centre ) / ( 2 * sigma * sigma ) );
		return !( Math.exp( -( corner * corner + corner * corner ) / ( 2 * sigma * sigma ) ) < EPS * peak );
	}

	/** {@code ones(rows, columns) / (rows * columns)}, the averaging box. */
	public static double[][] box( final int rows, final int columns )
	{
		checkSize( rows );
		checkSize( columns );
		final double w = 1.0 / ( ( double ) rows * columns );
		final double[][] h = new double[ rows ][ columns ];
		for ( final double[] row : h )
			java.util.Arrays.fill( row, w );
		return h;
	}

	/** {@code vertical * horizontal'}: the 2-D kernel of a separable pair. */
	public static double[][] outer( final double[] vertical, final double[] horizontal )
	{
		final double[][] h = new double[ vertical.length ][ horizontal.length ];
		for ( int r = 0; r < vertical.length; r++ )
			for ( int c = 0; c < horizontal.length; c++ )
				h[ r ][ c ] = vertical[ r ] * horizontal[ c ];
		return h;
	}

	private static void checkSize( final int n )
	{
		if ( n < 1 )
			throw new IllegalArgumentException( "a kernel needs a size of at least 1, not " + n );
	}
}
