package io.github.pdplane.metrics;

import static io.github.pdplane.metrics.MetricTestImages.constant;
import static io.github.pdplane.metrics.MetricTestImages.noise;
import static io.github.pdplane.metrics.MetricTestImages.noisy;
import static io.github.pdplane.metrics.MetricTestImages.pattern;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.BorderMode;
import io.github.pdplane.image.Correlation;
import io.github.pdplane.image.Downsample;
import io.github.pdplane.image.Kernels;
import io.github.pdplane.image.OutputShape;
import io.github.pdplane.image.Plane;

class SsimTest
{
	private static final Ssim PLAIN = new Ssim( false );

	/**
	 * ssim_index.m written out with 2-D filter2 'valid' passes over whole images: mu, E[x^2], E[y^2],
	 * E[xy], then the map. Returns the map; its mean is SSIM. With C1 or C2 = 0 the guarded formula.
	 */
	static double[][] definition( final Plane x, final Plane y, final double c1, final double c2 )
	{
		final double[][] w = Kernels.gaussian( 11, 1.5 );
		final double[] mu1 = filter( x, w ), mu2 = filter( y, w );
		final double[] xx = filter( product( x, x ), w ), yy = filter( product( y, y ), w ), xy = filter( product( x, y ), w );
		final double[] map = new double[ mu1.length ], cs = new double[ mu1.length ];
		for ( int i = 0; i < map.length; i++ )
		{
			final double s1 = xx[ i ] - mu1[ i ] * mu1[ i ], s2 = yy[ i ] - mu2[ i ] * mu2[ i ], s12 = xy[ i ] - mu1[ i ] * mu2[ i ];
			final double n1 = 2 * mu1[ i ] * mu2[ i ] + c1, n2 = 2 * s12 + c2;
			final double d1 = mu1[ i ] * mu1[ i ] + mu2[ i ] * mu2[ i ] + c1, d2 = s1 + s2 + c2;
			if ( c1 > 0 && c2 > 0 )
				map[ i ] = n1 * n2 / ( d1 * d2 );
			else
				map[ i ] = d1 * d2 > 0 ? n1 * n2 / ( d1 * d2 ) : d1 != 0 && d2 == 0 ? n1 / d1 : 1;
			cs[ i ] = c2 > 0 || d2 > 0 ? n2 / d2 : 1;
		}
		return new double[][] { map, cs };
	}

	private static double[] filter( final Plane p, final double[][] w )
	{
		return Correlation.correlate( p, w, BorderMode.ZERO, OutputShape.VALID ).values();
	}

	private static Plane product( final Plane a, final Plane b )
	{
		final double[] out = new double[ a.size() ];
		for ( int i = 0; i < out.length; i++ )
			out[ i ] = a.values()[ i ] * b.values()[ i ];
		return new Plane( a.width(), a.height(), out );
	}

	private static double mean( final double[] v )
	{
		double s = 0;
		for ( final double d : v )
			s += d;
		return s / v.length;
	}

	@Test
	void agreesWithTheTwoDimensionalDefinition()
	{
		final Plane[][] pairs = { { noise( 37, 23, 1 ), noise( 37, 23, 2 ) }, { pattern( 64, 48 ), noisy( pattern( 64, 48 ), 30, 3 ) },
				{ pattern( 11, 11 ), noisy( pattern( 11, 11 ), 5, 4 ) }, { pattern( 12, 90 ), noise( 12, 90, 5 ) } };
		for ( final Plane[] pair : pairs )
			for ( final double range : new double[] { 255, 1000, 1 } )
			{
				final double[][] expected = definition( pair[ 0 ], pair[ 1 ], Ssim.c1( range ), Ssim.c2( range ) );
				final Plane map = PLAIN.map( pair[ 0 ], pair[ 1 ], range );
				assertEquals( pair[ 0 ].width() - 10, map.width() );
				assertEquals( pair[ 0 ].height() - 10, map.height() );
				assertArrayEquals( expected[ 0 ], map.values(), 1e-12 );
				final Ssim.Means means = Ssim.means( pair[ 0 ], pair[ 1 ], range );
				assertEquals( mean( expected[ 0 ] ), means.ssim(), 1e-12 );
				assertEquals( mean( expected[ 1 ] ), means.contrastStructure(), 1e-12 );
				assertEquals( means.ssim(), PLAIN.score( pair[ 0 ], pair[ 1 ], range ), 0 );
				assertEquals( mean( map.values() ), means.ssim(), 1e-14 ); // summation order only
			}
	}

	/* Constant images have no contrast: cs = C2 / C2 = 1 and SSIM is the luminance term. */
	@Test
	void constantImagesGiveTheLuminanceTerm()
	{
		final double a = 100, b = 110, c1 = 2.55 * 2.55;
		final Ssim.Means means = Ssim.means( constant( 20, 15, a ), constant( 20, 15, b ), 255 );
		assertEquals( ( 2 * a * b + c1 ) / ( a * a + b * b + c1 ), means.ssim(), 1e-12 );
		assertEquals( 1, means.contrastStructure(), 1e-12 );
	}

	/*
	 * A data range of 1e-170 makes C1 and C2 underflow to 0: ssim_index.m then guards its divisions. Zero
	 * images have both denominators 0 and score 1; a zero image against texture has a luminance
	 * numerator of 0 and scores 0; elsewhere the plain ratio without constants.
	 */
	@Test
	void guardedFormulaWhenTheConstantsVanish()
	{
		final double range = 1e-170;
		assertEquals( 0, Ssim.c1( range ), 0 );
		final Plane zero = constant( 16, 16, 0 );
		assertEquals( 1, PLAIN.score( zero, zero, range ), 0 );
		final Ssim.Means againstTexture = Ssim.means( zero, noise( 16, 16, 9 ), range );
		assertEquals( 0, againstTexture.ssim(), 0 );
		assertEquals( 0, againstTexture.contrastStructure(), 0 );
		final Plane x = noise( 30, 20, 7 ), y = noisy( x, 40, 8 );
		final double[][] expected = definition( x, y, 0, 0 );
		assertArrayEquals( expected[ 0 ], PLAIN.map( x, y, range ).values(), 1e-12 );
		assertEquals( mean( expected[ 1 ] ), Ssim.means( x, y, range ).contrastStructure(), 1e-12 );
	}

	@Test
	void identicalImagesScoreExactlyOne()
	{
		for ( final Plane p : new Plane[] { noise( 40, 30, 1 ), pattern( 300, 280 ), constant( 12, 12, 77 ) } )
		{
			assertEquals( 1, PLAIN.score( p, p, 255 ), 0 );
			assertEquals( 1, new Ssim( true ).score( p, p, 255 ), 0 );
			assertEquals( 1, Ssim.means( p, p, 255 ).contrastStructure(), 0 );
		}
	}

	/* ssim.m (2009): f = max(1, round(min(M, N) / 256)), MATLAB's round taking halves away from zero. */
	@Test
	void downsamplingFactor()
	{
		assertEquals( 1, Ssim.downsampleFactor( 11, 11 ) );
		assertEquals( 1, Ssim.downsampleFactor( 383, 1000 ) );
		assertEquals( 2, Ssim.downsampleFactor( 384, 384 ) );
		assertEquals( 2, Ssim.downsampleFactor( 512, 512 ) );
		assertEquals( 3, Ssim.downsampleFactor( 640, 2000 ) );
		assertEquals( 2, Ssim.downsampleFactor( 2000, 512 ) );
	}

	@Test
	void downsamplingAveragesSymmetricBoxesThenKeepsEveryFthPixel()
	{
		final Plane x = pattern( 700, 390 ), y = noisy( x, 25, 2 );
		final int f = Ssim.downsampleFactor( 700, 390 );
		assertEquals( 2, f );
		final Plane dx = Downsample.box( x, f, BorderMode.SYMMETRIC, OutputShape.SAME ), dy = Downsample.box( y, f, BorderMode.SYMMETRIC,
				OutputShape.SAME );
		assertEquals( 350, dx.width() );
		assertEquals( 195, dx.height() );
		final Ssim downsampling = new Ssim( true );
		assertEquals( PLAIN.score( dx, dy, 255 ), downsampling.score( x, y, 255 ), 0 );
		assertEquals( 340, downsampling.map( x, y, 255 ).width() );
		// below 384 pixels nothing changes
		final Plane small = pattern( 300, 383 );
		assertEquals( PLAIN.score( small, noisy( small, 9, 1 ), 255 ), downsampling.score( small, noisy( small, 9, 1 ), 255 ), 0 );
	}

	@Test
	void channelsAreAveraged()
	{
		final Plane[] x = { noise( 20, 20, 1 ), pattern( 20, 20 ), noise( 20, 20, 3 ) };
		final Plane[] y = { noisy( x[ 0 ], 20, 4 ), noisy( x[ 1 ], 60, 5 ), noisy( x[ 2 ], 5, 6 ) };
		final double expected = ( PLAIN.score( x[ 0 ], y[ 0 ], 255 ) + PLAIN.score( x[ 1 ], y[ 1 ], 255 ) + PLAIN.score( x[ 2 ], y[ 2 ], 255 ) )
				/ 3;
		assertEquals( expected, PLAIN.score( x, y, 255 ), 1e-15 );
	}

	@Test
	void badInputIsRefusedWithAMessage()
	{
		final PdPlaneException small = assertThrows( PdPlaneException.class, () -> PLAIN.score( noise( 10, 40, 1 ), noise( 10, 40, 2 ), 255 ) );
		assertEquals( true, small.getMessage().contains( "11x11" ) );
		assertThrows( PdPlaneException.class, () -> PLAIN.score( noise( 20, 20, 1 ), noise( 20, 21, 2 ), 255 ) );
		assertThrows( PdPlaneException.class, () -> PLAIN.score( noise( 20, 20, 1 ), noise( 20, 20, 2 ), 0 ) );
		assertThrows( PdPlaneException.class,
				() -> PLAIN.score( new Plane[] { noise( 20, 20, 1 ) }, new Plane[] { noise( 20, 20, 1 ), noise( 20, 20, 2 ) }, 255 ) );
	}
}
