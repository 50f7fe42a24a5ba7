package io.github.pdplane.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link Imresize} against values derived by hand from MATLAB's documented algorithm. The 1-D examples
 * use {@code [1 2 3 4]}, whose kernel values at quarter and half steps are exact binary fractions, so
 * the expected results are exact (MATLAB prints them rounded: {@code imresize([1 2 3 4], 0.5)} shows
 * {@code 1.4609 3.5391}).
 */
class ImresizeTest
{
	private static final double[] RAMP = { 1, 2, 3, 4 };

	private static Plane row( final double... values )
	{
		return new Plane( values.length, 1, values.clone() );
	}

	private static Plane column( final double... values )
	{
		return new Plane( 1, values.length, values.clone() );
	}

	private static Plane random( final int width, final int height, final long seed )
	{
		final Random random = new Random( seed );
		final double[] v = new double[ width * height ];
		for ( int i = 0; i < v.length; i++ )
			v[ i ] = 255 * random.nextDouble();
		return new Plane( width, height, v );
	}

	/*
	 * Bicubic 0.5 with antialiasing: kernel 0.5 k(0.5 t), 10 taps around u = 1.5. At t = 0.25, 0.75, 1.25,
	 * 1.75, 2.25 Keys' kernel is 0.8671875, 0.2265625, -0.0703125, -0.0234375, 0; the 10 weights sum to 2,
	 * so after normalisation they are half those values, and the taps j = -2, -1, 0 read pixels 3, 2, 1
	 * (mirror with edge repeat), j = 5 reads pixel 4.
	 */
	@Test
	void bicubicHalfOfRampWithAntialiasing()
	{
		final double first = -0.01171875 * 3 - 0.03515625 * 2 + 0.11328125 * 1 + 0.43359375 * 1 + 0.43359375 * 2 + 0.11328125 * 3
				- 0.03515625 * 4 - 0.01171875 * 4;
		assertEquals( 1.4609375, first, 0 );
		assertArrayEquals( new double[] { 1.4609375, 3.5390625 }, Imresize.byScale( row( RAMP ), 0.5, ResizeKernel.BICUBIC ).values(), 1e-15 );
		assertArrayEquals( new double[] { 1.4609375, 3.5390625 }, Imresize.byScale( column( RAMP ), 0.5, ResizeKernel.BICUBIC ).values(),
				1e-15 );
	}

	/* Without antialiasing the unstretched kernel at t = 0.5, 1.5 gives weights -0.0625 0.5625 0.5625 -0.0625. */
	@Test
	void bicubicHalfOfRampWithoutAntialiasing()
	{
		assertArrayEquals( new double[] { -0.0625 * 1 + 0.5625 * 1 + 0.5625 * 2 - 0.0625 * 3, 3.5625 },
				Imresize.byScale( row( RAMP ), 0.5, ResizeKernel.BICUBIC, false ).values(), 1e-15 );
	}

	/*
	 * Bicubic x2: u = x / 2 + 0.25. At the edges the mirrored taps bend the ramp; inside, cubic convolution
	 * reproduces the line exactly (2.25, 2.75).
	 */
	@Test
	void bicubicDoubleOfRamp()
	{
		final double[] expected = { 0.90625, 1.1796875, 1.7265625, 2.25, 2.75, 3.2734375, 3.8203125, 4.09375 };
		assertArrayEquals( expected, Imresize.toSize( row( RAMP ), 8, 1, ResizeKernel.BICUBIC ).values(), 1e-15 );
		// like MATLAB, scaling a 1x4 row by 2 gives 2x8: both rows are the resized ramp
		final Plane doubled = Imresize.byScale( row( RAMP ), 2, ResizeKernel.BICUBIC );
		assertEquals( 2, doubled.height() );
		assertArrayEquals( concat( expected, expected ), doubled.values(), 1e-15 );
		assertArrayEquals( expected, Imresize.byScale( column( RAMP ), 2, ResizeKernel.BICUBIC ).crop( 1, 0, 1, 8 ).values(), 1e-15 );
	}

	/*
	 * Older imresize.m copies clamp outside taps to the edge: output 1 of the x2 ramp then reads pixels 1,
	 * 1, 1, 2 instead of 2, 1, 1, 2.
	 */
	@Test
	void replicatedEdgesAsInOlderReleases()
	{
		final double[] out = Imresize.toSize( row( RAMP ), 8, 1, ResizeKernel.BICUBIC, true, BorderMode.REPLICATE ).values();
		assertEquals( -0.0234375 * 1 + 0.2265625 * 1 + 0.8671875 * 1 - 0.0703125 * 2, out[ 0 ], 1e-15 );
		assertEquals( 2.25, out[ 3 ], 1e-15 );
		assertThrows( IllegalArgumentException.class,
				() -> Imresize.toSize( row( RAMP ), 8, 1, ResizeKernel.BICUBIC, true, BorderMode.ZERO ) );
	}

	@Test
	void bilinearOfRamp()
	{
		assertArrayEquals( new double[] { 1, 1.25, 1.75, 2.25, 2.75, 3.25, 3.75, 4 },
				Imresize.toSize( row( RAMP ), 8, 1, ResizeKernel.BILINEAR ).values(), 1e-15 );
		// shrinking: triangle stretched to width 4, weights 1/8 3/8 3/8 1/8 around u = 1.5 and 3.5
		assertArrayEquals( new double[] { 1.625, 3.375 }, Imresize.byScale( row( RAMP ), 0.5, ResizeKernel.BILINEAR ).values(), 1e-15 );
	}

	@Test
	void nearestOfRamp()
	{
		assertArrayEquals( new double[] { 1, 1, 2, 2, 3, 3, 4, 4 }, Imresize.toSize( row( RAMP ), 8, 1, ResizeKernel.NEAREST ).values(), 0 );
		// MATLAB picks the second of each pair: u = 1.5 falls in [j - 0.5, j + 0.5) for j = 2
		assertArrayEquals( new double[] { 2, 4 }, Imresize.byScale( row( RAMP ), 0.5, ResizeKernel.NEAREST ).values(), 0 );
		// x4 replicates each pixel four times
		final Plane big = Imresize.byScale( new Plane( 2, 2, new double[] { 1, 2, 3, 4 } ), 4, ResizeKernel.NEAREST );
		assertEquals( 8, big.width() );
		assertEquals( 8, big.height() );
		for ( int y = 0; y < 8; y++ )
			for ( int x = 0; x < 8; x++ )
				assertEquals( 1 + x / 4 + 2 * ( y / 4 ), big.get( x, y ), 0 );
	}

	@Test
	void antialiasDefaultsFollowMatlab()
	{
		assertEquals( false, ResizeKernel.NEAREST.antialiasByDefault() );
		assertEquals( true, ResizeKernel.BILINEAR.antialiasByDefault() );
		assertEquals( true, ResizeKernel.BICUBIC.antialiasByDefault() );
		final Plane p = random( 13, 9, 1 );
		for ( final ResizeKernel k : ResizeKernel.values() )
			assertArrayEquals( Imresize.byScale( p, 0.3, k, k.antialiasByDefault() ).values(), Imresize.byScale( p, 0.3, k ).values(), 0 );
	}

	@Test
	void keysKernelValues()
	{
		final ResizeKernel k = ResizeKernel.BICUBIC;
		assertEquals( 1, k.weight( 0 ), 0 );
		assertEquals( 0, k.weight( 1 ), 0 );
		assertEquals( 0, k.weight( -2 ), 0 );
		assertEquals( 0.5625, k.weight( 0.5 ), 0 );
		assertEquals( -0.0625, k.weight( -1.5 ), 0 );
		assertEquals( 0, k.weight( 2.5 ), 0 );
	}

	@Test
	void outputSizeIsCeilOfScaleTimesInput()
	{
		assertEquals( 256, Imresize.outputLength( 511, 0.5 ) );
		assertEquals( 2048, Imresize.outputLength( 512, 4 ) );
		assertEquals( 1, Imresize.outputLength( 3, 0.01 ) );
		// 1.1 * 50 is 55.00000000000001 in double arithmetic; MATLAB's ceil(scale .* size) makes it 56 too
		assertEquals( 56, Imresize.outputLength( 50, 1.1 ) );
		final Plane p = Imresize.byScale( random( 7, 5, 2 ), 0.75, ResizeKernel.BICUBIC );
		assertEquals( 6, p.width() );
		assertEquals( 4, p.height() );
	}

	@Test
	void scaleOneIsTheIdentity()
	{
		final Plane p = random( 9, 6, 3 );
		for ( final ResizeKernel k : ResizeKernel.values() )
		{
			assertArrayEquals( p.values(), Imresize.byScale( p, 1, k ).values(), 0 );
			assertArrayEquals( p.values(), Imresize.toSize( p, 9, 6, k ).values(), 0 );
		}
	}

	@Test
	void constantImagesStayConstant()
	{
		final double[] v = new double[ 11 * 7 ];
		java.util.Arrays.fill( v, 42.5 );
		final Plane p = new Plane( 11, 7, v );
		for ( final ResizeKernel k : ResizeKernel.values() )
			for ( final double s : new double[] { 0.1, 0.25, 0.37, 0.5, 0.9, 1.6, 2, 3, 4 } )
				for ( final double value : Imresize.byScale( p, s, k ).values() )
					assertEquals( 42.5, value, 1e-12 );
		for ( final double value : Imresize.byScale( new Plane( 1, 1, new double[] { 7 } ), 4, ResizeKernel.BICUBIC ).values() )
			assertEquals( 7, value, 1e-14 );
	}

	@Test
	void weightsSumToOneAndIndicesStayInside()
	{
		for ( final ResizeKernel k : ResizeKernel.values() )
			for ( final double s : new double[] { 0.2, 0.33, 0.5, 0.7, 1, 1.5, 2, 4 } )
				for ( final int in : new int[] { 1, 2, 5, 17 } )
				{
					final int out = Imresize.outputLength( in, s );
					final Imresize.Contributions c = Imresize.contributions( in, out, s, k, true );
					assertEquals( out, c.outLength() );
					for ( int i = 0; i < out; i++ )
					{
						double sum = 0;
						for ( int p = 0; p < c.taps(); p++ )
						{
							sum += c.weight( i, p );
							final int index = c.index( i, p );
							if ( index < 0 || index >= in )
								throw new AssertionError( k + " " + s + " " + in + ": index " + index );
						}
						assertEquals( 1, sum, 1e-14, k + " scale " + s + " length " + in );
					}
				}
	}

	/* Bicubic x2 has 6 taps per output pixel, of which the first and last are zero for every pixel. */
	@Test
	void allZeroTapsAreDropped()
	{
		final Imresize.Contributions c = Imresize.contributions( 4, 8, 2, ResizeKernel.BICUBIC, true );
		assertEquals( 4, c.taps() );
		// output 1 (u = 0.75) reads j = -1, 0, 1, 2, that is pixels 2, 1, 1, 2 (0-based 1, 0, 0, 1)
		assertEquals( 1, c.index( 0, 0 ) );
		assertEquals( 0, c.index( 0, 1 ) );
		assertEquals( 0, c.index( 0, 2 ) );
		assertEquals( 1, c.index( 0, 3 ) );
		assertEquals( -0.0234375, c.weight( 0, 0 ), 0 );
		assertEquals( 0.8671875, c.weight( 0, 2 ), 0 );
	}

	/* When scale * length is whole, the sampling grid is symmetric, so mirroring commutes with resizing. */
	@Test
	void mirroringCommutesWithResizing()
	{
		final Plane p = random( 12, 10, 4 );
		final Plane mirrored = new Plane( 12, 10, mirrorBoth( p.values(), 12, 10 ) );
		for ( final ResizeKernel k : new ResizeKernel[] { ResizeKernel.BILINEAR, ResizeKernel.BICUBIC } )
			for ( final double s : new double[] { 0.5, 1.5, 2, 4 } )
			{
				final Plane a = Imresize.byScale( p, s, k );
				final Plane b = Imresize.byScale( mirrored, s, k );
				assertArrayEquals( a.values(), mirrorBoth( b.values(), b.width(), b.height() ), 1e-12, k + " " + s );
			}
	}

	/* Separable: a rank-one image a b' resizes to (resized a)(resized b)'. */
	@Test
	void rankOneImagesResizeFactorwise()
	{
		final double[] a = { 3, 1, 4, 1, 5, 9, 2 }, b = { 2, 7, 1, 8, 2 };
		final double[] outer = new double[ a.length * b.length ];
		for ( int y = 0; y < a.length; y++ )
			for ( int x = 0; x < b.length; x++ )
				outer[ y * b.length + x ] = a[ y ] * b[ x ];
		final Plane resized = Imresize.toSize( new Plane( b.length, a.length, outer ), 3, 11, ResizeKernel.BICUBIC );
		final double[] ra = Imresize.toSize( column( a ), 1, 11, ResizeKernel.BICUBIC ).values();
		final double[] rb = Imresize.toSize( row( b ), 3, 1, ResizeKernel.BICUBIC ).values();
		for ( int y = 0; y < 11; y++ )
			for ( int x = 0; x < 3; x++ )
				assertEquals( ra[ y ] * rb[ x ], resized.get( x, y ), 1e-12 );
	}

	@Test
	void inputIsNotModified()
	{
		final Plane p = random( 8, 8, 5 );
		final double[] before = p.values().clone();
		Imresize.byScale( p, 0.5, ResizeKernel.BICUBIC );
		Imresize.toSize( p, 3, 20, ResizeKernel.BILINEAR );
		assertArrayEquals( before, p.values(), 0 );
	}

	@Test
	void badArgumentsAreRejected()
	{
		final Plane p = random( 4, 4, 6 );
		assertThrows( IllegalArgumentException.class, () -> Imresize.byScale( p, 0, ResizeKernel.BICUBIC ) );
		assertThrows( IllegalArgumentException.class, () -> Imresize.byScale( p, Double.NaN, ResizeKernel.BICUBIC ) );
		assertThrows( IllegalArgumentException.class, () -> Imresize.toSize( p, 0, 3, ResizeKernel.BICUBIC ) );
		assertThrows( IllegalArgumentException.class, () -> Imresize.byScale( Plane.zeros( 0, 0 ), 2, ResizeKernel.BICUBIC ) );
	}

	private static double[] concat( final double[] a, final double[] b )
	{
		final double[] out = java.util.Arrays.copyOf( a, a.length + b.length );
		System.arraycopy( b, 0, out, a.length, b.length );
		return out;
	}

	private static double[] mirrorBoth( final double[] v, final int width, final int height )
	{
		final double[] out = new double[ v.length ];
		for ( int y = 0; y < height; y++ )
			for ( int x = 0; x < width; x++ )
				out[ ( height - 1 - y ) * width + width - 1 - x ] = v[ y * width + x ];
		return out;
	}
}
