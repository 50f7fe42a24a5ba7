package io.github.pdplane.metrics;

import static io.github.pdplane.metrics.MetricTestImages.noisy;
import static io.github.pdplane.metrics.MetricTestImages.pattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.github.pdplane.image.BorderMode;
import io.github.pdplane.image.Correlation;
import io.github.pdplane.image.Downsample;
import io.github.pdplane.image.Kernels;
import io.github.pdplane.image.OutputShape;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.image.SpatialSteerablePyramid;
import io.github.pdplane.io.imagej.ImageFiles;
import io.github.pdplane.math.LinearAlgebra;

/**
 * VIF, IFC and VIFp against {@code vifvec.m}, {@code ifcvec.m} and {@code vifp_mscale.m} written out here
 * step by step with the plain primitives: 2-D correlations ({@code corrDn} as correlation with reflect1
 * borders, then subsampling; {@code filter2} with {@code fspecial}'s 2-D kernel), the covariance of the 3x3
 * patches from their mean-subtracted 9-vectors, one logarithm per term. What the metrics do faster (mirrored
 * taps, separable windows, transposes, products of logarithms) must not change the value beyond rounding.
 */
class InformationFidelityDefinitionTest
{
	private static final int M = 3;

	private static final int[][] SUBBANDS = { { 3, 3 }, { 3, 0 }, { 2, 3 }, { 2, 0 }, { 1, 3 }, { 1, 0 }, { 0, 3 }, { 0, 0 } };

	/**
	 * On crops of a photograph with added noise. (Not on the synthetic {@code pattern}: its smooth sinusoids
	 * make the patch covariances nearly singular, condition numbers up to 4e6, and then any two orders of
	 * summation give multipliers s^2 that differ by 1e-10; the photograph's stay below 5e4.)
	 */
	@Test
	void vifAndIfcAreTheReleasesOnOddSizes() throws Exception
	{
		final Plane photograph = Preparation.defaults().prepare( ImageFiles.open( PublishedValuesTest.folder().resolve(
				"tid2013-pairs/ref/I04.bmp" ) ), 0 )[ 0 ];
		for ( final int[] size : new int[][] { { 97, 83 }, { 150, 131 } } )
		{
			final Plane x = photograph.crop( 200, 100, size[ 0 ], size[ 1 ] ), y = noisy( x, 25, 5 );
			final double[] release = vifAndIfc( x, y );
			final double vif = Vif.channel( x, y ), ifc = Ifc.channel( x, y );
			System.out.printf( Locale.ROOT, "%dx%d: VIF %.12f (written out %.12f), IFC %.12f (written out %.12f)%n", size[ 0 ], size[ 1 ], vif,
					release[ 0 ], ifc, release[ 1 ] );
			assertEquals( release[ 0 ], vif, 1e-11, "VIF" );
			assertEquals( release[ 1 ], ifc, 1e-11 * release[ 1 ], "IFC" );
		}
	}

	@Test
	void vifpIsTheRelease()
	{
		for ( final int[] size : new int[][] { { 41, 41 }, { 97, 83 }, { 150, 131 } } )
		{
			final Plane x = pattern( size[ 0 ], size[ 1 ] ), y = noisy( x, 25, 6 );
			assertEquals( vifp( x, y ), Vifp.channel( x, y ), 1e-11, size[ 0 ] + "x" + size[ 1 ] );
		}
	}

	/** {VIF, IFC} as vifvec.m and ifcvec.m compute them. */
	private static double[] vifAndIfc( final Plane x, final Plane y )
	{
		final Plane[][] org = bands( x ), dist = bands( y );
		double num = 0, den = 0, ifc = 0;
		for ( final int[] sub : SUBBANDS )
		{
			final int level = sub[ 0 ], orientation = sub[ 1 ];
			final Plane a = crop( org[ level ][ orientation ] ), b = crop( dist[ level ][ orientation ] );
			final int winsize = ( 1 << ( 4 - level ) ) + 1, offset = ( int ) Math.ceil( ( winsize - 1 ) / 2.0 / M );
			final double[][] channel = distortionChannel( a, b, winsize );
			final double[][] cu = covariance( a );
			final double[][] inverse = LinearAlgebra.inverse( cu );
			final double[] lambda = LinearAlgebra.symmetricEigen( cu ).values;
			final int blockRows = a.height() / M, blockColumns = a.width() / M;
			for ( int i = offset; i < blockRows - offset; i++ )
				for ( int j = offset; j < blockColumns - offset; j++ )
				{
					final double[] u = new double[ M * M ];
					for ( int e = 0; e < u.length; e++ )
						u[ e ] = a.get( M * j + e / M, M * i + e % M );
					double ss = 0;
					for ( int e = 0; e < u.length; e++ )
						for ( int f = 0; f < u.length; f++ )
							ss += u[ e ] * inverse[ e ][ f ] * u[ f ];
					ss /= M * M;
					final double g = channel[ 0 ][ i * blockColumns + j ], vv = channel[ 1 ][ i * blockColumns + j ];
					for ( final double l : lambda )
					{
						num += log2( 1 + g * g * ss * l / ( vv + Vif.NOISE_VARIANCE ) );
						den += log2( 1 + ss * l / Vif.NOISE_VARIANCE );
						ifc += log2( 1 + g * g * ss * l / ( vv + 1e-10 ) );
					}
				}
		}
		return new double[] { num / den, ifc / x.size() };
	}

	/** buildSpyr's bands: corrDn is correlation with reflect1 borders, and lofilt keeps every second pixel. */
	private static Plane[][] bands( final Plane image )
	{
		final SpatialSteerablePyramid sp5 = SpatialSteerablePyramid.sp5();
		Plane lo = corrDn( image, sp5.firstLowpassFilter() );
		final Plane[][] bands = new Plane[ 4 ][ 6 ];
		for ( int level = 0; level < 4; level++ )
		{
			for ( int b = 0; b < 6; b++ )
				bands[ level ][ b ] = corrDn( lo, sp5.bandFilter( b ) );
			lo = Downsample.every( corrDn( lo, sp5.lowpassFilter() ), 2 );
		}
		return bands;
	}

	private static Plane corrDn( final Plane image, final double[][] kernel )
	{
		return Correlation.correlate( image, kernel, BorderMode.REFLECT1, OutputShape.SAME );
	}

	private static Plane crop( final Plane band )
	{
		return band.crop( 0, 0, band.width() / M * M, band.height() / M * M );
	}

	/** vifsub_est_M: {g, vv} per block, row by row. */
	private static double[][] distortionChannel( final Plane a, final Plane b, final int winsize )
	{
		final double n = winsize * winsize;
		final double[][] ones = new double[ winsize ][ winsize ], mean = new double[ winsize ][ winsize ];
		for ( int r = 0; r < winsize; r++ )
			for ( int c = 0; c < winsize; c++ )
			{
				ones[ r ][ c ] = 1;
				mean[ r ][ c ] = 1 / n;
			}
		final Plane mx = corrDn( a, mean ), my = corrDn( b, mean );
		final Plane sxy = corrDn( product( a, b ), ones ), sxx = corrDn( product( a, a ), ones ), syy = corrDn( product( b, b ), ones );
		final int blockRows = a.height() / M, blockColumns = a.width() / M, blocks = blockRows * blockColumns;
		final double[] cov = new double[ blocks ], ssx = new double[ blocks ], ssy = new double[ blocks ];
		for ( int i = 0; i < blockRows; i++ )
			for ( int j = 0; j < blockColumns; j++ )
			{
				// winstart = [2 2], winstep = [3 3]: the block centres
				final int cx = M * j + 1, cy = M * i + 1, k = i * blockColumns + j;
				final double meanX = mx.get( cx, cy ), meanY = my.get( cx, cy );
				cov[ k ] = sxy.get( cx, cy ) - n * meanX * meanY;
				ssx[ k ] = sxx.get( cx, cy ) - n * meanX * meanX;
				ssy[ k ] = syy.get( cx, cy ) - n * meanY * meanY;
			}
		return regression( ssx, ssy, cov, 1e-15, n );
	}

	/** The releases' regression and clamps, statement by statement over whole arrays, as MATLAB runs them. */
	private static double[][] regression( final double[] ssx, final double[] ssy, final double[] cov, final double tol, final double n )
	{
		final int count = ssx.length;
		final double[] g = new double[ count ], vv = new double[ count ];
		for ( int k = 0; k < count; k++ ) // ss_x(ss_x<0)=0; ss_y(ss_y<0)=0;
		{
			ssx[ k ] = ssx[ k ] < 0 ? 0 : ssx[ k ];
			ssy[ k ] = ssy[ k ] < 0 ? 0 : ssy[ k ];
		}
		for ( int k = 0; k < count; k++ ) // g = cov_xy./(ss_x+tol); vv = (ss_y - g.*cov_xy)/(sum(win(:)));
		{
			g[ k ] = cov[ k ] / ( ssx[ k ] + tol );
			vv[ k ] = ( ssy[ k ] - g[ k ] * cov[ k ] ) / n;
		}
		for ( int k = 0; k < count; k++ ) // g(ss_x<tol)=0; vv(ss_x<tol)=ss_y(ss_x<tol);
			if ( ssx[ k ] < tol )
			{
				g[ k ] = 0;
				vv[ k ] = ssy[ k ];
			}
		for ( int k = 0; k < count; k++ ) // g(ss_y<tol)=0; vv(ss_y<tol)=0;
			if ( ssy[ k ] < tol )
			{
				g[ k ] = 0;
				vv[ k ] = 0;
			}
		for ( int k = 0; k < count; k++ ) // vv(g<0)=ss_y(g<0); g(g<0)=0;
			if ( g[ k ] < 0 )
			{
				vv[ k ] = ssy[ k ];
				g[ k ] = 0;
			}
		for ( int k = 0; k < count; k++ ) // vv(vv<=tol)=tol;
			vv[ k ] = vv[ k ] <= tol ? tol : vv[ k ];
		return new double[][] { g, vv };
	}

	/** refparams_vecgsm's cu: every overlapping 3x3 patch as a 9-vector (column offset outer), mean removed, / N. */
	private static double[][] covariance( final Plane y )
	{
		final int rows = y.height() - M + 1, columns = y.width() - M + 1, count = rows * columns;
		final double[][] temp = new double[ M * M ][ count ];
		for ( int j = 0; j < M; j++ )
			for ( int k = 0; k < M; k++ )
				for ( int c = 0, p = 0; c < columns; c++ )
					for ( int r = 0; r < rows; r++ )
						temp[ M * j + k ][ p++ ] = y.get( c + j, r + k );
		final double[] mean = new double[ M * M ];
		for ( int e = 0; e < mean.length; e++ )
		{
			for ( final double v : temp[ e ] )
				mean[ e ] += v;
			mean[ e ] /= count;
		}
		final double[][] cu = new double[ M * M ][ M * M ];
		for ( int e = 0; e < mean.length; e++ )
			for ( int f = 0; f < mean.length; f++ )
			{
				double s = 0;
				for ( int p = 0; p < count; p++ )
					s += ( temp[ e ][ p ] - mean[ e ] ) * ( temp[ f ][ p ] - mean[ f ] );
				cu[ e ][ f ] = s / count;
			}
		return cu;
	}

	/** vifp_mscale.m with fspecial's 2-D windows and filter2 'valid'. */
	private static double vifp( final Plane reference, final Plane restored )
	{
		Plane ref = reference, dist = restored;
		double num = 0, den = 0;
		for ( int scale = 1; scale <= 4; scale++ )
		{
			final int n = ( 1 << ( 4 - scale + 1 ) ) + 1;
			final double[][] win = Kernels.gaussian( n, n / 5.0 );
			if ( scale > 1 )
			{
				ref = Downsample.every( filter2( win, ref ), 2 );
				dist = Downsample.every( filter2( win, dist ), 2 );
			}
			final Plane mu1 = filter2( win, ref ), mu2 = filter2( win, dist );
			final Plane exx = filter2( win, product( ref, ref ) ), eyy = filter2( win, product( dist, dist ) ),
					exy = filter2( win, product( ref, dist ) );
			final int count = mu1.size();
			final double[] s1 = new double[ count ], s2 = new double[ count ], s12 = new double[ count ];
			for ( int i = 0; i < count; i++ )
			{
				final double m1 = mu1.values()[ i ], m2 = mu2.values()[ i ];
				s1[ i ] = exx.values()[ i ] - m1 * m1;
				s2[ i ] = eyy.values()[ i ] - m2 * m2;
				s12[ i ] = exy.values()[ i ] - m1 * m2;
			}
			final double[][] channel = regression( s1, s2, s12, 1e-10, 1 );
			for ( int i = 0; i < count; i++ )
			{
				final double sigma1 = s1[ i ] < 1e-10 ? 0 : s1[ i ], g = channel[ 0 ][ i ]; // sigma1_sq(sigma1_sq<1e-10)=0;
				num += Math.log10( 1 + g * g * sigma1 / ( channel[ 1 ][ i ] + Vifp.NOISE_VARIANCE ) );
				den += Math.log10( 1 + sigma1 / Vifp.NOISE_VARIANCE );
			}
		}
		return num / den;
	}

	private static Plane filter2( final double[][] win, final Plane image )
	{
		return Correlation.correlate( image, win, BorderMode.ZERO, OutputShape.VALID );
	}

	private static Plane product( final Plane a, final Plane b )
	{
		final double[] out = new double[ a.size() ];
		for ( int i = 0; i < out.length; i++ )
			out[ i ] = a.values()[ i ] * b.values()[ i ];
		return new Plane( a.width(), a.height(), out );
	}

	private static double log2( final double v )
	{
		return Math.log( v ) / Math.log( 2 );
	}
}
