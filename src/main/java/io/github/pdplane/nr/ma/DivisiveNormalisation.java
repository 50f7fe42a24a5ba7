package io.github.pdplane.nr.ma;

import java.util.Arrays;

import io.github.pdplane.image.Imresize;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.PyramidBands;
import io.github.pdplane.image.ResizeKernel;
import io.github.pdplane.math.LinearAlgebra;

/**
 * The divisive normalisation of steerable-pyramid bands under a Gaussian scale mixture model, as
 * {@code norm_sender_normalized(pyr, pind, 2, 6, 1, 1, 3, 3, 50)} of the DIIVINE release (A. K. Moorthy
 * and A. C. Bovik, "Blind image quality assessment: from natural scene statistics to perceptual quality",
 * IEEE TIP 20(12), 2011) computes it for Ma et al.'s f2 (algorithms spec 3.4).
 * <p>
 * For every oriented band, each pixel away from the 1-pixel border has a neighbourhood vector: its 3x3
 * spatial neighbours, the co-located value of its parent (the same orientation one scale coarser,
 * upsampled by {@code imresize(., 2)} and cropped to the band), and the co-located values of the other
 * orientations of its scale. The release gives a parent only to bands 2..6 of its band list (scale 1,
 * orientations 1..5): its test {@code nband < Nband - Nor} is off by one, so scale 1's sixth orientation
 * has none; that is kept. With {@code C = Y^T Y / n} (no mean removed; negative eigenvalues set to zero
 * and the others rescaled to keep the trace), the multiplier is
 * {@code z = sqrt(y^T pinv(C) y / N)} with {@code N = 9 + (1 if a parent)}, the other orientations
 * not counted. The normalised band is {@code (x - mean(x)) / z} (0 where z is 0) over the interior,
 * without a guard band of 16 pixels at scale 1 and 8 at scale 2 on every side, minus its mean.
 * <p>
 * The order of the vector's components does not matter: {@code y^T pinv(C) y} is the same for any
 * permutation. Stateless.
 */
final class DivisiveNormalisation
{
	/** The guard band at the finest scale, halved at each coarser one. */
	static final int GUARD_BAND = 16;

	/** The release's parent test, {@code nband < Nband - Nor} with 1-based band numbers (band 1 the high-pass residual). */
	static boolean hasParent( final int scale, final int orientation, final int scales, final int orientations )
	{
		final int nband = scale * orientations + orientation + 2;
		final int bandsWithoutLowpass = scales * orientations + 1;
		return nband < bandsWithoutLowpass - orientations;
	}

	private DivisiveNormalisation()
	{}

	/** The normalised subbands, {@code [scale][orientation]}, each {@code (h - 2 - 2 gb) x (w - 2 - 2 gb)}. */
	static Plane[][] normalise( final PyramidBands pyramid )
	{
		final int scales = pyramid.scales(), orientations = pyramid.orientations();
		final Plane[][] out = new Plane[ scales ][ orientations ];
		for ( int s = 0; s < scales; s++ )
			for ( int o = 0; o < orientations; o++ )
			{
				final Plane band = pyramid.band( s, o );
				final Plane parent = hasParent( s, o, scales, orientations ) ? parent( pyramid.band( s + 1, o ), band ) : null;
				final Plane[] others = new Plane[ orientations - 1 ];
				for ( int k = 0, i = 0; k < orientations; k++ )
					if ( k != o )
						others[ i++ ] = pyramid.band( s, k );
				out[ s ][ o ] = normalise( band, parent, others, GUARD_BAND >> s );
			}
		return out;
	}

	/** {@code imresize(coarser, 2)} cropped to the child's size. */
	static Plane parent( final Plane coarser, final Plane child )
	{
		return Imresize.byScale( coarser, 2, ResizeKernel.BICUBIC ).crop( 0, 0, child.width(), child.height() );
	}

	/**
	 * One band.
	 *
	 * @param parent
	 *            the upsampled parent, the band's size, or {@code null}
	 * @param others
	 *            the other orientations of the scale
	 * @param guard
	 *            the guard band cut from every side of the interior
	 */
	static Plane normalise( final Plane band, final Plane parent, final Plane[] others, final int guard )
	{
		final int w = band.width(), h = band.height(), iw = w - 2, ih = h - 2;
		final int spatial = 9, dimension = spatial + ( parent == null ? 0 : 1 ) + others.length;
		// component d of the vector at interior pixel (r, c) is sources[d][(r + 1 + dy[d]) * w + c + 1 + dx[d]]
		final double[][] sources = new double[ dimension ][];
		final int[] shift = new int[ dimension ], rowShift = new int[ dimension ], columnShift = new int[ dimension ];
		int d = 0;
		for ( int dy = -1; dy <= 1; dy++ )
			for ( int dx = -1; dx <= 1; dx++ )
			{
				sources[ d ] = band.values();
				rowShift[ d ] = dy;
				columnShift[ d ] = dx;
				shift[ d++ ] = dy * w + dx;
			}
		if ( parent != null )
			sources[ d++ ] = parent.values();
		for ( final Plane other : others )
			sources[ d++ ] = other.values();

		final double[][] covariance = covariance( sources, rowShift, columnShift, w, h );
		final double[][] inverse = LinearAlgebra.pinv( withoutNegativeEigenvalues( covariance ) );
		final double norm = spatial + ( parent == null ? 0 : 1 );

		final double[] x = band.values();
		double sum = 0;
		for ( int r = 0; r < ih; r++ )
			for ( int c = 0; c < iw; c++ )
				sum += x[ ( r + 1 ) * w + c + 1 ];
		final double mean = sum / ( ( double ) iw * ih );
		// only the pixels inside the guard band are kept, so only they need their multiplier
		final int ow = iw - 2 * guard, oh = ih - 2 * guard;
		final double[] out = new double[ ow * oh ];
		final double[] squared = new double[ ow ], row = new double[ ow ];
		final double[][] segment = new double[ dimension ][ ow ];
		for ( int r = guard; r < ih - guard; r++ )
		{
			// y^T P y = sum_i y_i (P_ii y_i + 2 sum_{j > i} P_ij y_j) for the whole row at once, on copies of the
			// row's segments so that every loop reads and writes at the same index, which the JIT vectorises
			final int start = ( r + 1 ) * w + guard + 1;
			for ( int j = 0; j < dimension; j++ )
				System.arraycopy( sources[ j ], start + shift[ j ], segment[ j ], 0, ow );
			Arrays.fill( squared, 0 );
			for ( int i = 0; i < dimension; i++ )
			{
				final double[] yi = segment[ i ];
				final double pii = inverse[ i ][ i ];
				for ( int c = 0; c < ow; c++ )
					row[ c ] = pii * yi[ c ];
				for ( int j = i + 1; j < dimension; j++ )
				{
					final double p = inverse[ i ][ j ] + inverse[ j ][ i ];
					final double[] yj = segment[ j ];
					for ( int c = 0; c < ow; c++ )
						row[ c ] += p * yj[ c ];
				}
				for ( int c = 0; c < ow; c++ )
					squared[ c ] += yi[ c ] * row[ c ];
			}
			final int o = ( r - guard ) * ow;
			for ( int c = 0; c < ow; c++ )
			{
				final double z = Math.sqrt( squared[ c ] / norm );
				out[ o + c ] = z != 0 ? ( x[ start + c ] - mean ) / z : 0;
			}
		}
		double outSum = 0;
		for ( final double v : out )
			outSum += v;
		final double outMean = outSum / out.length;
		for ( int i = 0; i < out.length; i++ )
			out[ i ] -= outMean;
		return new Plane( ow, oh, out );
	}

	/**
	 * Interior rows summed at once: the tiles of their rows (about 2 MB at scale 1 of a 512x384 image) stay
	 * in the cache while every pair of components runs over them (16 to 64 measured alike).
	 */
	static final int ROW_CHUNK = 32;

	/**
	 * {@code Y^T Y / n}, each element summed as a row-by-row loop would: along each interior row in four
	 * interleaved parts (column {@code c} in part {@code c mod 4}, the columns past the last full group of
	 * four in part 0), the parts added as {@code (p0 + p1) + (p2 + p3)}, and the rows' sums added in order.
	 * The rows are independent until that last addition, so the sums run across the rows instead, a chunk
	 * of rows at a time: each component's values over the chunk are copied into one array per group of four
	 * columns, part by part and row by row, the layout of the partial sums. Each group is then a loop
	 * {@code parts[q] += a[q] * b[q]}, which the JIT vectorises (it does not where the indices differ by an
	 * offset), and every sum sees the same operations in the same order as before, bit for bit.
	 */
	static double[][] covariance( final double[][] sources, final int[] rowShift, final int[] columnShift, final int w,
			final int h )
	{
		final int dimension = sources.length, iw = w - 2, ih = h - 2;
		final int groups = iw / 4, run = 4 * ROW_CHUNK, rest = iw - 4 * groups;
		// [component][group]: value of interior pixel (r0 + r, 4 g + part) at part * ROW_CHUNK + r; [component][k]: column 4 groups + k
		final double[][][] tiles = new double[ dimension ][ groups ][ run ], restTiles = new double[ dimension ][ rest ][ ROW_CHUNK ];
		final double[][] c = new double[ dimension ][ dimension ];
		final double[] parts = new double[ run ];
		for ( int r0 = 0; r0 < ih; r0 += ROW_CHUNK )
		{
			final int rows = Math.min( ROW_CHUNK, ih - r0 );
			for ( int d = 0; d < dimension; d++ )
				fillTiles( sources[ d ], w, r0 + 1 + rowShift[ d ], 1 + columnShift[ d ], rows, tiles[ d ], restTiles[ d ] );
			for ( int i = 0; i < dimension; i++ )
				for ( int j = i; j < dimension; j++ )
				{
					Arrays.fill( parts, 0 );
					final double[][] a = tiles[ i ], b = tiles[ j ];
					for ( int g = 0; g < groups; g++ )
						multiplyAdd( a[ g ], b[ g ], parts, run );
					for ( int k = 0; k < rest; k++ )
						multiplyAdd( restTiles[ i ][ k ], restTiles[ j ][ k ], parts, ROW_CHUNK );
					double sum = c[ i ][ j ];
					for ( int r = 0; r < rows; r++ )
						sum += ( parts[ r ] + parts[ ROW_CHUNK + r ] ) + ( parts[ 2 * ROW_CHUNK + r ] + parts[ 3 * ROW_CHUNK + r ] );
					c[ i ][ j ] = sum;
				}
		}
		final double n = ( double ) iw * ih;
		for ( int i = 0; i < dimension; i++ )
			for ( int j = i; j < dimension; j++ )
				c[ j ][ i ] = c[ i ][ j ] /= n;
		return c;
	}

	/** {@code sum[k] += a[k] * b[k]}. */
	private static void multiplyAdd( final double[] a, final double[] b, final double[] sum, final int n )
	{
		for ( int k = 0; k < n; k++ )
			sum[ k ] += a[ k ] * b[ k ];
	}

	/**
	 * The tiles of one component for the rows {@code y0 .. y0 + rows - 1} and the columns from {@code x0} of
	 * a row-major image of width {@code w}; rows past {@code rows} (a last, short chunk) are 0.
	 */
	private static void fillTiles( final double[] values, final int w, final int y0, final int x0, final int rows, final double[][] tiles,
			final double[][] restTiles )
	{
		final int groups = tiles.length;
		for ( int r = 0; r < rows; r++ )
		{
			final int from = ( y0 + r ) * w + x0;
			for ( int g = 0, at = from; g < groups; g++, at += 4 )
			{
				final double[] tile = tiles[ g ];
				tile[ r ] = values[ at ];
				tile[ ROW_CHUNK + r ] = values[ at + 1 ];
				tile[ 2 * ROW_CHUNK + r ] = values[ at + 2 ];
				tile[ 3 * ROW_CHUNK + r ] = values[ at + 3 ];
			}
			for ( int k = 0; k < restTiles.length; k++ )
				restTiles[ k ][ r ] = values[ from + 4 * groups + k ];
		}
		if ( rows < ROW_CHUNK )
		{
			for ( final double[] tile : tiles )
				for ( int part = 0; part < 4; part++ )
					Arrays.fill( tile, part * ROW_CHUNK + rows, ( part + 1 ) * ROW_CHUNK, 0 );
			for ( final double[] rest : restTiles )
				Arrays.fill( rest, rows, ROW_CHUNK, 0 );
		}
	}

	/**
	 * The release's guard against rounding: negative eigenvalues become 0 and the others are scaled so
	 * that their sum (the trace) stays; {@code Q L Q^T}.
	 */
	static double[][] withoutNegativeEigenvalues( final double[][] c )
	{
		final LinearAlgebra.Eigen e = LinearAlgebra.symmetricEigen( c );
		final int n = c.length;
		double all = 0, positive = 0;
		for ( final double l : e.values )
		{
			all += l;
			positive += Math.max( 0, l );
		}
		final double[] l = new double[ n ];
		for ( int k = 0; k < n; k++ )
			l[ k ] = Math.max( 0, e.values[ k ] ) * all / ( positive + ( positive == 0 ? 1 : 0 ) );
		final double[][] out = new double[ n ][ n ];
		for ( int i = 0; i < n; i++ )
			for ( int j = 0; j < n; j++ )
			{
				double s = 0;
				for ( int k = 0; k < n; k++ )
					s += e.vectors[ i ][ k ] * l[ k ] * e.vectors[ j ][ k ];
				out[ i ][ j ] = s;
			}
		return out;
	}
}
