package io.github.pdplane.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link Correlation} and {@link BorderMode} against the definition, written out independently of the
 * code, and against small cases computed by hand on MATLAB's {@code magic(4)}.
 */
class CorrelationTest
{
	/** magic(4) */
	private static final Plane MAGIC = new Plane( 4, 4, new double[] { 16, 2, 3, 13, 5, 11, 10, 8, 9, 7, 6, 12, 4, 14, 15, 1 } );

	private static Plane firstRow( final Plane p )
	{
		return p.crop( 0, 0, p.width(), 1 );
	}

	/* imfilter(magic(4), [1 2 3]): correlation, so the right neighbour gets 3 (conv2 would give it 1). */
	@Test
	void rowKernelOnMagicFour()
	{
		final double[][] h = { { 1, 2, 3 } };
		assertArrayEquals( new double[] { 38, 29, 47, 29 },
				firstRow( Correlation.correlate( MAGIC, h, BorderMode.ZERO, OutputShape.SAME ) ).values(), 0 );
		assertArrayEquals( new double[] { 54, 29, 47, 68 },
				firstRow( Correlation.correlate( MAGIC, h, BorderMode.REPLICATE, OutputShape.SAME ) ).values(), 0 );
		final Plane valid = Correlation.correlate( MAGIC, h, BorderMode.ZERO, OutputShape.VALID );
		assertEquals( 2, valid.width() );
		assertEquals( 4, valid.height() );
		assertArrayEquals( new double[] { 29, 47 }, firstRow( valid ).values(), 0 );
	}

	/*
	 * [1 0 0 0 1] adds the pixels two to the left and two to the right of [16 2 3 13]. Outside: zero gives 0;
	 * replicate 16 | 13; symmetric mirrors with the edge, ... 2 16 | 16 2 3 13 | 13 3 ...
	 */
	@Test
	void twoPixelBordersOnMagicFour()
	{
		final double[][] h = { { 1, 0, 0, 0, 1 } };
		assertArrayEquals( new double[] { 3, 13, 16, 2 },
				firstRow( Correlation.correlate( MAGIC, h, BorderMode.ZERO, OutputShape.SAME ) ).values(), 0 );
		assertArrayEquals( new double[] { 19, 29, 29, 15 },
				firstRow( Correlation.correlate( MAGIC, h, BorderMode.REPLICATE, OutputShape.SAME ) ).values(), 0 );
		assertArrayEquals( new double[] { 5, 29, 29, 5 },
				firstRow( Correlation.correlate( MAGIC, h, BorderMode.SYMMETRIC, OutputShape.SAME ) ).values(), 0 );
	}

	/* Down the first column [16 5 9 4] with [1; 0; 0; 0; 1] (symmetric): 5+9, 16+4, 16+4, 5+9. */
	@Test
	void columnKernelOnMagicFour()
	{
		final double[][] h = { { 1 }, { 0 }, { 0 }, { 0 }, { 1 } };
		final Plane out = Correlation.correlate( MAGIC, h, BorderMode.SYMMETRIC, OutputShape.SAME );
		assertArrayEquals( new double[] { 14, 20, 20, 14 }, out.crop( 0, 0, 1, 4 ).values(), 0 );
	}

	/* An even kernel anchors on its first element of the centre pair: imfilter([1 2 3 4], [1 1]) = [3 5 7 4]. */
	@Test
	void evenKernelAnchor()
	{
		final Plane row = new Plane( 4, 1, new double[] { 1, 2, 3, 4 } );
		assertArrayEquals( new double[] { 3, 5, 7, 4 }, Correlation.correlate( row, new double[][] { { 1, 1 } }, BorderMode.ZERO,
				OutputShape.SAME ).values(), 0 );
		assertArrayEquals( new double[] { 3, 5, 7, 8 }, Correlation.correlate( row, new double[][] { { 1, 1 } }, BorderMode.SYMMETRIC,
				OutputShape.SAME ).values(), 0 );
		assertEquals( 0, OutputShape.anchor( 2 ) );
		assertEquals( 1, OutputShape.anchor( 4 ) );
		assertEquals( 5, OutputShape.anchor( 11 ) );
	}

	/*
	 * A 1x7 box on the 1x2 image [1 2]: the symmetric border repeats with period 4, ... 2 2 1 | 1 2 | 2 1
	 * 1 ..., so the sums are 11 and 10; replicate gives 1 1 1 | 1 2 | 2 2 2: 10 and 11.
	 */
	@Test
	void kernelLargerThanTheImage()
	{
		final Plane tiny = new Plane( 2, 1, new double[] { 1, 2 } );
		final double[][] ones = { { 1, 1, 1, 1, 1, 1, 1 } };
		assertArrayEquals( new double[] { 11, 10 }, Correlation.correlate( tiny, ones, BorderMode.SYMMETRIC, OutputShape.SAME ).values(), 0 );
		assertArrayEquals( new double[] { 10, 11 }, Correlation.correlate( tiny, ones, BorderMode.REPLICATE, OutputShape.SAME ).values(), 0 );
		assertArrayEquals( new double[] { 3, 3 }, Correlation.correlate( tiny, ones, BorderMode.ZERO, OutputShape.SAME ).values(), 0 );
		final Plane valid = Correlation.correlate( tiny, ones, BorderMode.ZERO, OutputShape.VALID );
		assertEquals( 0, valid.width() );
		assertEquals( 0, valid.size() );
	}

	@Test
	void borderIndices()
	{
		// n = 3, positions -6 .. 6: 0 1 2 2 1 0 | 0 1 2 | 2 1 0 0
		final int[] symmetric = { 0, 1, 2, 2, 1, 0, 0, 1, 2, 2, 1, 0, 0 };
		for ( int i = -6; i <= 6; i++ )
			assertEquals( symmetric[ i + 6 ], BorderMode.SYMMETRIC.sourceIndex( i, 3 ), "at " + i );
		assertEquals( 0, BorderMode.REPLICATE.sourceIndex( -5, 3 ) );
		assertEquals( 2, BorderMode.REPLICATE.sourceIndex( 9, 3 ) );
		assertEquals( BorderMode.OUTSIDE, BorderMode.ZERO.sourceIndex( -1, 3 ) );
		assertEquals( BorderMode.OUTSIDE, BorderMode.ZERO.sourceIndex( 3, 3 ) );
		assertEquals( 1, BorderMode.ZERO.sourceIndex( 1, 3 ) );
		// reflect1, n = 3: mirror about the edge pixel without repeating it, ... 2 1 | 0 1 2 | 1 0 ...
		final int[] reflect1 = { 2, 1, 0, 1, 2, 1, 0, 1, 2, 1, 0, 1, 2 };
		for ( int i = -6; i <= 6; i++ )
			assertEquals( reflect1[ i + 6 ], BorderMode.REFLECT1.sourceIndex( i, 3 ), "at " + i );
		assertEquals( 0, BorderMode.REFLECT1.sourceIndex( -4, 1 ) );
		assertEquals( 0, BorderMode.REFLECT1.sourceIndex( 5, 1 ) );
	}

	/*
	 * [1 0 0 0 1] on [16 2 3 13] with reflect1 borders, ... 3 2 | 16 2 3 13 | 3 2 ...: 3+3, 2+13, 16+3, 2+2
	 * (corrDn itself refuses a kernel wider than the image; on wider images the mirror is the same).
	 */
	@Test
	void reflect1OnMagicFour()
	{
		final double[][] h = { { 1, 0, 0, 0, 1 } };
		assertArrayEquals( new double[] { 6, 15, 19, 4 },
				firstRow( Correlation.correlate( MAGIC, h, BorderMode.REFLECT1, OutputShape.SAME ) ).values(), 0 );
	}

	/** Every border, shape and size, including 1-pixel images and kernels larger than the image. */
	@Test
	void matchesTheDefinition()
	{
		final Random random = new Random( 11 );
		final int[][] imageSizes = { { 1, 1 }, { 1, 5 }, { 6, 1 }, { 2, 3 }, { 7, 5 }, { 12, 9 } };
		final int[][] kernelSizes = { { 1, 1 }, { 3, 3 }, { 2, 4 }, { 5, 1 }, { 1, 6 }, { 11, 11 }, { 4, 7 } };
		for ( final int[] is : imageSizes )
			for ( final int[] ks : kernelSizes )
			{
				final Plane image = randomPlane( is[ 0 ], is[ 1 ], random );
				final double[] vertical = randomVector( ks[ 1 ], random ), horizontal = randomVector( ks[ 0 ], random );
				final double[][] kernel = Kernels.outer( vertical, horizontal );
				final double[] before = image.values().clone();
				for ( final BorderMode border : BorderMode.values() )
					for ( final OutputShape shape : OutputShape.values() )
					{
						final String what = is[ 0 ] + "x" + is[ 1 ] + " image, " + ks[ 0 ] + "x" + ks[ 1 ] + " kernel, " + border + ", " + shape;
						final Plane expected = definition( image, kernel, border, shape );
						final Plane direct = Correlation.correlate( image, kernel, border, shape );
						final Plane separable = Correlation.correlateSeparable( image, vertical, horizontal, border, shape );
						assertEquals( expected.width(), direct.width(), what );
						assertEquals( expected.height(), direct.height(), what );
						assertArrayEquals( expected.values(), direct.values(), 1e-12, what );
						assertEquals( expected.width(), separable.width(), what );
						assertEquals( expected.height(), separable.height(), what );
						assertArrayEquals( expected.values(), separable.values(), 1e-12, what );
					}
				assertArrayEquals( before, image.values(), 0 );
			}
	}

	/** The separable Gaussian and the 2-D fspecial kernel agree on an 8-bit image to 1e-12. */
	@Test
	void separableGaussianEqualsTwoDimensional()
	{
		final Random random = new Random( 5 );
		final double[] v = new double[ 40 * 31 ];
		for ( int i = 0; i < v.length; i++ )
			v[ i ] = random.nextInt( 256 );
		final Plane image = new Plane( 40, 31, v );
		final double[] g = Kernels.gaussianFactor( 11, 1.5 );
		for ( final BorderMode border : BorderMode.values() )
			for ( final OutputShape shape : OutputShape.values() )
				assertArrayEquals( Correlation.correlate( image, Kernels.gaussian( 11, 1.5 ), border, shape ).values(),
						Correlation.correlateSeparable( image, g, g, border, shape ).values(), 1e-12 );
	}

	/**
	 * out(i, j) = sum over the kernel of h(r, c) X(i + r - a, j + c - b), with the outside read by
	 * reflecting the position back into the image as many times as needed (symmetric with the edge pixel,
	 * reflect1 without it), clamping (replicate), or zero.
	 */
	static Plane definition( final Plane image, final double[][] h, final BorderMode border, final OutputShape shape )
	{
		final int kh = h.length, kw = h[ 0 ].length, w = image.width(), ht = image.height();
		final int outW = shape == OutputShape.SAME ? w : Math.max( 0, w - kw + 1 );
		final int outH = shape == OutputShape.SAME ? ht : Math.max( 0, ht - kh + 1 );
		final int a = shape == OutputShape.SAME ? ( kh - 1 ) / 2 : 0, b = shape == OutputShape.SAME ? ( kw - 1 ) / 2 : 0;
		final double[] out = new double[ outW * outH ];
		for ( int i = 0; i < outH; i++ )
			for ( int j = 0; j < outW; j++ )
			{
				double sum = 0;
				for ( int r = 0; r < kh; r++ )
					for ( int c = 0; c < kw; c++ )
						sum += h[ r ][ c ] * pixel( image, j + c - b, i + r - a, border );
				out[ i * outW + j ] = sum;
			}
		return new Plane( outW, outH, out );
	}

	private static double pixel( final Plane image, final int x, final int y, final BorderMode border )
	{
		final int w = image.width(), h = image.height();
		if ( x >= 0 && x < w && y >= 0 && y < h )
			return image.get( x, y );
		switch ( border )
		{
		case ZERO:
			return 0;
		case REPLICATE:
			return image.get( Math.min( Math.max( x, 0 ), w - 1 ), Math.min( Math.max( y, 0 ), h - 1 ) );
		case REFLECT1:
			return image.get( reflectWithoutEdge( x, w ), reflectWithoutEdge( y, h ) );
		default:
			return image.get( reflect( x, w ), reflect( y, h ) );
		}
	}

	private static int reflect( final int position, final int n )
	{
		int i = position;
		while ( i < 0 || i >= n )
			i = i < 0 ? -1 - i : 2 * n - 1 - i;
		return i;
	}

	/** The mirror through the edge pixel, as many times as needed; a single pixel mirrors onto itself. */
	private static int reflectWithoutEdge( final int position, final int n )
	{
		if ( n == 1 )
			return 0;
		int i = position;
		while ( i < 0 || i >= n )
			i = i < 0 ? -i : 2 * ( n - 1 ) - i;
		return i;
	}

	private static Plane randomPlane( final int w, final int h, final Random random )
	{
		return new Plane( w, h, randomVector( w * h, random ) );
	}

	private static double[] randomVector( final int n, final Random random )
	{
		final double[] v = new double[ n ];
		for ( int i = 0; i < n; i++ )
			v[ i ] = random.nextDouble() * 2 - 0.5;
		return v;
	}
}
