package io.github.pdplane.vgg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.pdplane.image.Plane;

class Vgg22Test
{
	/** The acceptance bound: relative difference to the double-loop forward pass. */
	private static final double RELATIVE_TOLERANCE = 1e-5;

	@Test
	void agreesWithThePlainDoubleForwardPassOnOddSizesAndBothNormalisations()
	{
		for ( final VggWeights weights : new VggWeights[] { RandomVggWeights.torchvision( 1 ), RandomVggWeights.matConvNet( 2 ) } )
			for ( final int[] size : new int[][] { { 13, 11 }, { 2, 2 }, { 40, 7 }, { 131, 9 } } )
			{
				final double[][][] reference = randomImage( 3, size[ 0 ], size[ 1 ], 255, 3 ), restored = noisy( reference, 20, 4 );
				final double expected = ReferenceVgg.vgg22( weights, reference, restored, 255 );
				final double actual = new Vgg22( weights, 1 ).score( planes( reference ), planes( restored ), 255 );
				assertTrue( expected > 0 );
				assertEquals( expected, actual, RELATIVE_TOLERANCE * expected, weights.source() + " " + size[ 0 ] + "x" + size[ 1 ] );
			}
	}

	@Test
	void closeImagesStillAgree()
	{
		final VggWeights weights = RandomVggWeights.torchvision( 5 );
		final double[][][] reference = randomImage( 3, 37, 29, 255, 6 ), restored = noisy( reference, 1, 7 );
		final double expected = ReferenceVgg.vgg22( weights, reference, restored, 255 );
		assertEquals( expected, new Vgg22( weights, 1 ).score( planes( reference ), planes( restored ), 255 ), RELATIVE_TOLERANCE * expected );
	}

	@Test
	void aGreyPlaneIsRepeatedToThreeChannels()
	{
		final VggWeights weights = RandomVggWeights.matConvNet( 8 );
		final double[][][] grey = randomImage( 1, 17, 15, 1, 9 ), other = noisy( grey, 0.05, 10 );
		final Vgg22 metric = new Vgg22( weights, 1 );
		final double oneChannel = metric.score( planes( grey ), planes( other ), 1 );
		final double threeChannels = metric.score( planes( repeat( grey ) ), planes( repeat( other ) ), 1 );
		assertEquals( threeChannels, oneChannel, 0 );
		assertEquals( ReferenceVgg.vgg22( weights, grey, other, 1 ), oneChannel, RELATIVE_TOLERANCE * oneChannel );
	}

	@Test
	void theDataRangeScalesTheInputToOne()
	{
		final VggWeights weights = RandomVggWeights.torchvision( 11 );
		final double[][][] a = randomImage( 3, 12, 10, 255, 12 ), b = noisy( a, 9, 13 );
		final double eightBit = new Vgg22( weights, 1 ).score( planes( a ), planes( b ), 255 );
		final double sixteenBit = new Vgg22( weights, 1 ).score( planes( scale( a, 257 ) ), planes( scale( b, 257 ) ), 65535 );
		assertEquals( eightBit, sixteenBit, 1e-6 * eightBit );
	}

	@Test
	void identicalImagesAreAtDistanceZeroAndTheOrderOfThePairDoesNotMatter()
	{
		final Vgg22 metric = new Vgg22( RandomVggWeights.torchvision( 14 ), 1 );
		final Plane[] a = planes( randomImage( 3, 20, 20, 255, 15 ) ), b = planes( randomImage( 3, 20, 20, 255, 16 ) );
		assertEquals( 0, metric.score( a, a, 255 ), 0 );
		assertEquals( metric.score( a, b, 255 ), metric.score( b, a, 255 ), 0 );
	}

	@Test
	void bandsOfRowsInParallelGiveTheSameBits()
	{
		final VggWeights weights = RandomVggWeights.torchvision( 17 );
		final Plane[] a = planes( randomImage( 3, 300, 41, 255, 18 ) ), b = planes( randomImage( 3, 300, 41, 255, 19 ) );
		final double serial = new Vgg22( weights, 1 ).score( a, b, 255 );
		for ( final int parallelism : new int[] { 2, 3, 8, 100 } )
			assertEquals( serial, new Vgg22( weights, parallelism ).score( a, b, 255 ), 0, "parallelism " + parallelism );
	}

	@Test
	void featuresHaveHalfTheSizeRoundedDown()
	{
		final FeatureMap phi = new Vgg22( RandomVggWeights.torchvision( 20 ), 1 ).features( planes( randomImage( 3, 9, 7, 255, 21 ) ), 255 );
		assertEquals( 128, phi.channels() );
		assertEquals( 4, phi.width() );
		assertEquals( 3, phi.height() );
	}

	/** A remembered reference is used only for the same values: callers refill their arrays between calls. */
	@Test
	void aReferenceArrayRefilledWithOtherValuesIsScoredAnew()
	{
		final VggWeights weights = RandomVggWeights.torchvision( 22 );
		final Vgg22 metric = new Vgg22( weights, 1 );
		final double[][][] first = randomImage( 3, 16, 12, 255, 23 ), second = randomImage( 3, 16, 12, 255, 24 ), restored = noisy( first, 9,
				25 );
		final Plane[] reused = planes( first ), out = planes( restored );
		final double once = metric.score( reused, out, 255 );
		assertEquals( once, metric.score( reused, out, 255 ), 0, "the same reference again" );
		final Plane[] refilled = planes( second );
		for ( int c = 0; c < 3; c++ )
			System.arraycopy( refilled[ c ].values(), 0, reused[ c ].values(), 0, reused[ c ].size() );
		final double expected = ReferenceVgg.vgg22( weights, second, restored, 255 );
		assertEquals( expected, metric.score( reused, out, 255 ), RELATIVE_TOLERANCE * expected );
		assertEquals( new Vgg22( weights, 1 ).score( reused, out, 1000 ), metric.score( reused, out, 1000 ), 0, "another data range" );
	}

	static double[][][] randomImage( final int channels, final int width, final int height, final double peak, final long seed )
	{
		final Random random = new Random( seed );
		final double[][][] image = new double[ channels ][ height ][ width ];
		for ( final double[][] channel : image )
			for ( final double[] row : channel )
				for ( int x = 0; x < width; x++ )
					row[ x ] = peak == 255 ? random.nextInt( 256 ) : random.nextDouble() * peak;
		return image;
	}

	/** The image plus Gaussian noise, clipped and (for 8-bit values) rounded. */
	static double[][][] noisy( final double[][][] image, final double sigma, final long seed )
	{
		final Random random = new Random( seed );
		final double peak = sigma >= 1 ? 255 : 1;
		final double[][][] out = new double[ image.length ][][];
		for ( int c = 0; c < image.length; c++ )
		{
			out[ c ] = new double[ image[ c ].length ][];
			for ( int y = 0; y < image[ c ].length; y++ )
			{
				out[ c ][ y ] = new double[ image[ c ][ y ].length ];
				for ( int x = 0; x < out[ c ][ y ].length; x++ )
				{
					final double v = Math.min( peak, Math.max( 0, image[ c ][ y ][ x ] + random.nextGaussian() * sigma ) );
					out[ c ][ y ][ x ] = peak == 255 ? Math.rint( v ) : v;
				}
			}
		}
		return out;
	}

	static Plane[] planes( final double[][][] image )
	{
		final Plane[] planes = new Plane[ image.length ];
		for ( int c = 0; c < image.length; c++ )
		{
			final int height = image[ c ].length, width = image[ c ][ 0 ].length;
			final double[] values = new double[ width * height ];
			for ( int y = 0; y < height; y++ )
				System.arraycopy( image[ c ][ y ], 0, values, y * width, width );
			planes[ c ] = new Plane( width, height, values );
		}
		return planes;
	}

	private static double[][][] repeat( final double[][][] grey )
	{
		return new double[][][] { grey[ 0 ], grey[ 0 ], grey[ 0 ] };
	}

	private static double[][][] scale( final double[][][] image, final double factor )
	{
		final double[][][] out = new double[ image.length ][][];
		for ( int c = 0; c < image.length; c++ )
		{
			out[ c ] = new double[ image[ c ].length ][];
			for ( int y = 0; y < image[ c ].length; y++ )
			{
				out[ c ][ y ] = image[ c ][ y ].clone();
				for ( int x = 0; x < out[ c ][ y ].length; x++ )
					out[ c ][ y ][ x ] *= factor;
			}
		}
		return out;
	}
}
