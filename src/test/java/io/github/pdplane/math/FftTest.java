package io.github.pdplane.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class FftTest
{
	/** The definition, summed directly with the angle reduced modulo n. */
	private static double[][] naive( final double[] re, final double[] im )
	{
		final int n = re.length;
		final double[] outRe = new double[ n ], outIm = new double[ n ];
		for ( int k = 0; k < n; k++ )
			for ( int j = 0; j < n; j++ )
			{
				final double a = -2 * Math.PI * ( ( ( long ) j * k ) % n ) / n;
				outRe[ k ] += re[ j ] * Math.cos( a ) - im[ j ] * Math.sin( a );
				outIm[ k ] += re[ j ] * Math.sin( a ) + im[ j ] * Math.cos( a );
			}
		return new double[][] { outRe, outIm };
	}

	private static double[] random( final int n, final Random random )
	{
		final double[] v = new double[ n ];
		for ( int i = 0; i < n; i++ )
			v[ i ] = random.nextGaussian();
		return v;
	}

	@Test
	void matchesTheDefinitionForEveryKindOfLength()
	{
		final Random random = new Random( 5 );
		// powers of two, each radix, mixed, the direct odd primes, Bluestein primes and their multiples
		for ( final int n : new int[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 15, 16, 25, 30, 47, 60, 61, 64, 67, 97, 128, 134, 188, 192, 243, 256, 376,
				383, 384, 509, 512 } )
		{
			final double[] re = random( n, random ), im = random( n, random );
			final double[][] expected = naive( re, im );
			final double[] r = re.clone(), i = im.clone();
			Fft.of( n ).forward( r, i, 0, 1 );
			double scale = 0;
			for ( int k = 0; k < n; k++ )
				scale = Math.max( scale, Math.hypot( expected[ 0 ][ k ], expected[ 1 ][ k ] ) );
			for ( int k = 0; k < n; k++ )
			{
				assertEquals( expected[ 0 ][ k ], r[ k ], 1e-13 * scale * Math.max( 1, Math.log( n ) ), "re, n = " + n + ", k = " + k );
				assertEquals( expected[ 1 ][ k ], i[ k ], 1e-13 * scale * Math.max( 1, Math.log( n ) ), "im, n = " + n + ", k = " + k );
			}
			Fft.of( n ).inverse( r, i, 0, 1 );
			for ( int k = 0; k < n; k++ )
			{
				assertEquals( re[ k ], r[ k ], 1e-13, "round trip, n = " + n );
				assertEquals( im[ k ], i[ k ], 1e-13, "round trip, n = " + n );
			}
		}
	}

	@Test
	void interleavedSequencesAreTransformedIndependently()
	{
		final Random random = new Random( 9 );
		final int n = 24, count = 5, offset = 3;
		final double[] re = new double[ offset + n * count + 2 ], im = new double[ re.length ];
		for ( int i = 0; i < re.length; i++ )
		{
			re[ i ] = random.nextGaussian();
			im[ i ] = random.nextGaussian();
		}
		final double[] r = re.clone(), i = im.clone();
		Fft.of( n ).forward( r, i, offset, count );
		for ( int q = 0; q < count; q++ )
		{
			final double[] sr = new double[ n ], si = new double[ n ];
			for ( int j = 0; j < n; j++ )
			{
				sr[ j ] = re[ offset + q + count * j ];
				si[ j ] = im[ offset + q + count * j ];
			}
			final double[][] expected = naive( sr, si );
			for ( int k = 0; k < n; k++ )
			{
				assertEquals( expected[ 0 ][ k ], r[ offset + q + count * k ], 1e-12 );
				assertEquals( expected[ 1 ][ k ], i[ offset + q + count * k ], 1e-12 );
			}
		}
		// outside the sequences nothing changes
		assertEquals( re[ 0 ], r[ 0 ], 0 );
		assertEquals( re[ re.length - 1 ], r[ re.length - 1 ], 0 );
	}

	@Test
	void twoDimensionalTransformOfAnImpulseAndAPlaneWave()
	{
		final int w = 12, h = 10;
		final double[] re = new double[ w * h ], im = new double[ w * h ];
		re[ 0 ] = 1;
		Fft.forward2d( re, im, w, h );
		for ( int k = 0; k < w * h; k++ )
		{
			assertEquals( 1, re[ k ], 1e-15 );
			assertEquals( 0, im[ k ], 1e-15 );
		}
		// cos(2 pi (3 x / w + 2 y / h)) has its energy at (3, 2) and (w - 3, h - 2), w h / 2 each
		for ( int y = 0; y < h; y++ )
			for ( int x = 0; x < w; x++ )
			{
				re[ y * w + x ] = Math.cos( 2 * Math.PI * ( 3.0 * x / w + 2.0 * y / h ) );
				im[ y * w + x ] = 0;
			}
		Fft.forward2d( re, im, w, h );
		for ( int y = 0; y < h; y++ )
			for ( int x = 0; x < w; x++ )
			{
				final boolean peak = x == 3 && y == 2 || x == w - 3 && y == h - 2;
				assertEquals( peak ? w * h / 2.0 : 0, re[ y * w + x ], 1e-12, x + "," + y );
				assertEquals( 0, im[ y * w + x ], 1e-12 );
			}
		Fft.inverse2d( re, im, w, h );
		assertEquals( 1, re[ 0 ], 1e-14 );
	}

	@Test
	void factorsAndPlansAreShared()
	{
		assertEquals( Arrays.asList( 2, 2, 2, 3, 47 ), Fft.factor( 1128 ) );
		assertEquals( Arrays.asList( 1 ), Fft.factor( 1 ) );
		assertTrue( Fft.of( 384 ) == Fft.of( 384 ) );
	}

	/**
	 * A Bluestein plan builds the plan of its power of two while it is being built itself. A plan cache
	 * that did that inside {@code ConcurrentHashMap.computeIfAbsent} failed with "Recursive update" where
	 * the inner insertion made the map grow (a 1024x683 image after a few other sizes, found while hashing
	 * Ma et al.'s features of the test images). The class is loaded afresh so that its cache starts empty:
	 * eight plans in the bin of the multiples of 16, then a prime length whose padded length 2048 falls in
	 * that bin too and makes the 16-slot table grow.
	 */
	@Test
	void aPlanThatNeedsANewPlanWhileItIsBuiltIsCached() throws Exception
	{
		final URL classes = Fft.class.getProtectionDomain().getCodeSource().getLocation();
		try (URLClassLoader isolated = new URLClassLoader( new URL[] { classes }, null ))
		{
			final Method of = isolated.loadClass( Fft.class.getName() ).getMethod( "of", int.class );
			for ( int n = 16; n <= 128; n += 16 )
				of.invoke( null, n );
			final Object prime = of.invoke( null, 683 );
			assertTrue( prime == of.invoke( null, 683 ) );
			assertEquals( 683, prime.getClass().getMethod( "length" ).invoke( prime ) );
		}
	}
}
