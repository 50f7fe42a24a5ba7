package io.github.pdplane.metrics;

import static io.github.pdplane.metrics.MetricTestImages.map;
import static io.github.pdplane.metrics.MetricTestImages.noisy;
import static io.github.pdplane.metrics.MetricTestImages.pattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.BorderMode;
import io.github.pdplane.image.Downsample;
import io.github.pdplane.image.OutputShape;
import io.github.pdplane.image.Plane;

class MsSsimTest
{
	private static final double[] W = { 0.0448, 0.2856, 0.3001, 0.2363, 0.1333 };

	private static Ssim.Means[] scales( final double cs, final double coarsestSsim )
	{
		final Ssim.Means[] m = new Ssim.Means[ 5 ];
		for ( int l = 0; l < 4; l++ )
			m[ l ] = new Ssim.Means( 0.9, cs );
		m[ 4 ] = new Ssim.Means( coarsestSsim, 0.8 );
		return m;
	}

	@Test
	void poolingOfEachRelease()
	{
		final Ssim.Means[] m = scales( 0.5, 0.25 );
		final double csExponent = W[ 0 ] + W[ 1 ] + W[ 2 ] + W[ 3 ];
		assertEquals( Math.pow( 0.5, csExponent ) * Math.pow( 0.25, W[ 4 ] ), new MsSsim( MsSsimVariant.PAPER ).pool( m ), 1e-15 );
		assertEquals( Math.pow( 0.5, csExponent ) * 0.25, new MsSsim( MsSsimVariant.MSCALE_NEW ).pool( m ), 1e-15 );
		assertEquals( ( 0.5 * csExponent + 0.25 * W[ 4 ] ) / 1.0001, new MsSsim( MsSsimVariant.WEIGHTED_SUM ).pool( m ), 1e-15 );
	}

	/* Negative means would make MATLAB's powers complex; they count as 0. */
	@Test
	void negativeScaleValuesAreClampedToZero()
	{
		assertEquals( 0, new MsSsim( MsSsimVariant.PAPER ).pool( scales( -0.1, 0.5 ) ), 0 );
		assertEquals( 0, new MsSsim( MsSsimVariant.PAPER ).pool( scales( 0.5, -0.2 ) ), 0 );
		assertEquals( 0, new MsSsim( MsSsimVariant.MSCALE_NEW ).pool( scales( -0.1, 0.5 ) ), 0 );
		// ssim_mscale_new.m does not raise the coarsest SSIM, so its sign survives
		assertTrue( new MsSsim( MsSsimVariant.MSCALE_NEW ).pool( scales( 0.5, -0.2 ) ) < 0 );
		// an inverted image is anti-correlated at every scale
		final Plane x = pattern( 200, 180 );
		final Plane inverted = map( x, v -> 255 - v );
		for ( final Ssim.Means m : new MsSsim( MsSsimVariant.PAPER ).scales( x, inverted, 255 ) )
			assertTrue( m.contrastStructure() < 0 );
		assertEquals( 0, new MsSsim( MsSsimVariant.PAPER ).score( x, inverted, 255 ), 0 );
		assertTrue( new MsSsim( MsSsimVariant.WEIGHTED_SUM ).score( x, inverted, 255 ) < 0 );
	}

	/*
	 * Scale l is SSIM of the images averaged l times over 2x2 boxes: symmetric borders, keep odd MATLAB
	 * indices (msssim.m: 181 -> 91 -> 46 -> 23 -> 12) or 'valid' (ssim_mscale_new.m: 181 -> 90 -> 45 -> 22
	 * -> 11).
	 */
	@Test
	void scalesAreTheBoxPyramid()
	{
		final Plane x = pattern( 181, 181 ), y = noisy( x, 30, 1 );
		for ( final MsSsimVariant v : MsSsimVariant.values() )
		{
			final boolean valid = v == MsSsimVariant.MSCALE_NEW;
			final Ssim.Means[] scales = new MsSsim( v ).scales( x, y, 255 );
			Plane a = x, b = y;
			for ( int l = 0; l < 5; l++ )
			{
				if ( l == 4 )
				{
					assertEquals( valid ? 11 : 12, a.width(), v.toString() );
					assertEquals( valid ? 11 : 12, a.height(), v.toString() );
				}
				final Ssim.Means expected = Ssim.means( a, b, 255 );
				assertEquals( expected.ssim(), scales[ l ].ssim(), 0, v + " scale " + l );
				assertEquals( expected.contrastStructure(), scales[ l ].contrastStructure(), 0, v + " scale " + l );
				a = valid ? Downsample.box( a, 2, BorderMode.ZERO, OutputShape.VALID ) : Downsample.box( a, 2, BorderMode.SYMMETRIC, OutputShape.SAME );
				b = valid ? Downsample.box( b, 2, BorderMode.ZERO, OutputShape.VALID ) : Downsample.box( b, 2, BorderMode.SYMMETRIC, OutputShape.SAME );
			}
		}
	}

	@Test
	void identicalImagesScoreOne()
	{
		final Plane x = pattern( 190, 176 );
		assertEquals( 1, new MsSsim( MsSsimVariant.PAPER ).score( x, x, 255 ), 0 );
		assertEquals( 1, new MsSsim( MsSsimVariant.MSCALE_NEW ).score( x, x, 255 ), 0 );
		assertEquals( 1, new MsSsim( MsSsimVariant.WEIGHTED_SUM ).score( x, x, 255 ), 1e-15 );
	}

	@Test
	void channelsAreAveraged()
	{
		final MsSsim m = new MsSsim( MsSsimVariant.PAPER );
		final Plane[] x = { pattern( 180, 180 ), map( pattern( 180, 180 ), v -> 255 - v ) };
		final Plane[] y = { noisy( x[ 0 ], 20, 1 ), noisy( x[ 1 ], 50, 2 ) };
		assertEquals( ( m.score( x[ 0 ], y[ 0 ], 255 ) + m.score( x[ 1 ], y[ 1 ], 255 ) ) / 2, m.score( x, y, 255 ), 1e-15 );
	}

	@Test
	void smallImagesAreRefusedWithAMessage()
	{
		assertEquals( 176, MsSsim.MINIMUM_SIZE );
		final Plane ok = pattern( 176, 176 );
		for ( final MsSsimVariant v : MsSsimVariant.values() )
			new MsSsim( v ).score( ok, noisy( ok, 10, 1 ), 255 );
		final Plane small = pattern( 175, 400 );
		final PdPlaneException e = assertThrows( PdPlaneException.class,
				() -> new MsSsim( MsSsimVariant.PAPER ).score( small, small, 255 ) );
		assertTrue( e.getMessage().contains( "176x176" ), e.getMessage() );
	}
}
