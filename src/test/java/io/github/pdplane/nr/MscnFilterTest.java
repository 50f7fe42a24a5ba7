package io.github.pdplane.nr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.github.pdplane.image.BorderMode;
import io.github.pdplane.image.Correlation;
import io.github.pdplane.image.Kernels;
import io.github.pdplane.image.OutputShape;
import io.github.pdplane.image.Plane;

class MscnFilterTest
{
	private static final double[] G = MscnFilter.gaussian( 7, 7.0 / 6 );

	@Test
	void windowIsFspecialsGaussian()
	{
		double sum = 0;
		for ( final double g : G )
			sum += g;
		assertEquals( 1, sum, 1e-15 );
		for ( int k = 0; k < 3; k++ )
			assertEquals( G[ k ], G[ 6 - k ], 0 );
		// exp(-x^2 / (2 s^2)) with s = 7/6, relative to the centre
		assertEquals( Math.exp( -9 / ( 2 * 49.0 / 36 ) ), G[ 0 ] / G[ 3 ], 1e-15 );
	}

	/**
	 * On a horizontal ramp I = x the symmetric window leaves the mean equal to x inside, and the local
	 * variance is the window's own, sum g_k (k - 3)^2; at the left edge the replicated border gives
	 * mu = g_4 + 2 g_5 + 3 g_6.
	 */
	@Test
	void mscnOfARampWithReplicatedBorders()
	{
		final int w = 20, h = 9;
		final double[] ramp = new double[ w * h ];
		for ( int i = 0; i < ramp.length; i++ )
			ramp[ i ] = i % w;
		final double[] mscn = new double[ w * h ], sigma = new double[ w * h ];
		MscnFilter.mscn( ramp, w, h, MscnFilter.Release.NIQE, mscn, sigma );
		double variance = 0;
		for ( int k = 0; k < 7; k++ )
			variance += G[ k ] * ( k - 3 ) * ( k - 3 );
		final int inside = 4 * w + 10;
		assertEquals( Math.sqrt( variance ), sigma[ inside ], 1e-7 );
		assertEquals( 0, mscn[ inside ], 1e-13 );
		final double mu = G[ 4 ] + 2 * G[ 5 ] + 3 * G[ 6 ];
		final double second = G[ 4 ] + 4 * G[ 5 ] + 9 * G[ 6 ];
		final double edgeSigma = Math.sqrt( second - mu * mu );
		assertEquals( edgeSigma, sigma[ 4 * w ], 1e-12 );
		assertEquals( -mu / ( edgeSigma + 1 ), mscn[ 4 * w ], 1e-12 );
		// top and bottom rows replicate too: the ramp is the same on every row
		assertEquals( mscn[ 4 * w ], mscn[ 0 ], 1e-15 );
	}

	/**
	 * Each release's filter against MATLAB's definition written out with the general 2-D correlation and the
	 * outer product of its factor: {@code filter2(w, I, 'same')} (zeros outside, BRISQUE),
	 * {@code imfilter(I, w, 'replicate')} (NIQE) and {@code imgaussfilt} (replicate, PIQE), equal up to the
	 * rounding of another order of summation.
	 */
	@Test
	void eachReleaseFiltersWithItsBorder()
	{
		final Plane image = TestImages.randomTexture( 23, 17, 5 );
		for ( final MscnFilter.Release release : MscnFilter.Release.values() )
		{
			final double[][] window = Kernels.outer( release.factor, release.factor );
			final Plane mu = Correlation.correlate( image, window, release.border, OutputShape.SAME );
			final double[] squares = image.values().clone();
			for ( int i = 0; i < squares.length; i++ )
				squares[ i ] *= squares[ i ];
			final Plane second = Correlation.correlate( new Plane( 23, 17, squares ), window, release.border, OutputShape.SAME );
			final double[] mscn = new double[ 23 * 17 ], sigma = new double[ 23 * 17 ];
			MscnFilter.mscn( image.values(), 23, 17, release, mscn, sigma );
			for ( int i = 0; i < mscn.length; i++ )
			{
				final double m = mu.values()[ i ], d = Math.sqrt( Math.abs( second.values()[ i ] - m * m ) );
				assertEquals( d, sigma[ i ], 1e-9, release + " deviation at " + i );
				assertEquals( ( image.values()[ i ] - m ) / ( d + 1 ), mscn[ i ], 1e-12, release + " coefficient at " + i );
			}
		}
		assertEquals( BorderMode.ZERO, MscnFilter.Release.BRISQUE.border );
		assertEquals( BorderMode.REPLICATE, MscnFilter.Release.NIQE.border );
		assertEquals( BorderMode.REPLICATE, MscnFilter.Release.PIQE.border );
	}

	/**
	 * BRISQUE's factor comes from its 2-D window and equals the normalised 1-D Gaussian up to rounding; the
	 * last bits differ, which is what decides the flat-region residues (see {@link MscnFilter.Release#BRISQUE}).
	 */
	@Test
	void brisquesFactorIsTheWindowsOwn()
	{
		final double[] a = MscnFilter.windowFactor( 7, 7.0 / 6 );
		boolean differs = false;
		for ( int k = 0; k < 7; k++ )
		{
			assertEquals( G[ k ], a[ k ], 1e-15 );
			differs |= G[ k ] != a[ k ];
		}
		assertTrue( differs, "the two factors are not the same bits" );
	}

	/** A constant image: zero inside under either border, positive near the edges only where zeros lie outside. */
	@Test
	void constantImage()
	{
		final double[] v = TestImages.constant( 12, 10, 100 ).values();
		final double[] replicate = new double[ v.length ], zero = new double[ v.length ];
		MscnFilter.mscn( v, 12, 10, MscnFilter.Release.NIQE, replicate, null );
		MscnFilter.mscn( v, 12, 10, MscnFilter.Release.BRISQUE, zero, null );
		double inside = 0;
		for ( int k = 0; k < 7; k++ )
			inside += G[ k ];
		double corner = 0;
		for ( int k = 3; k < 7; k++ )
			corner += G[ k ];
		final double weight = corner * corner; // of the window inside the image at a corner
		for ( int i = 0; i < v.length; i++ )
			assertEquals( 0, replicate[ i ], 1e-12 );
		assertEquals( 0, zero[ 5 * 12 + 6 ], 1e-12 );
		assertEquals( 100 * ( inside - weight ) / ( 100 * Math.sqrt( weight - weight * weight ) + 1 ), zero[ 0 ], 1e-9 );
	}
}
