package io.github.pdplane.nr.ma;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Kernels;
import io.github.pdplane.image.Plane;
import io.github.pdplane.nr.TestImages;
import io.github.pdplane.math.LinearAlgebra;

/** The building blocks of Ma et al.'s features on small inputs with values computed from their definitions. */
class MaFeaturesTest
{
	@Test
	void dctIsTheOrthonormalDctIIOfItsDefinition()
	{
		final Random random = new Random( 1 );
		final double[] x = new double[ 49 ], half = new double[ 49 ], d = new double[ 49 ];
		for ( int i = 0; i < 49; i++ )
			x[ i ] = random.nextDouble();
		BlockDct.dct2( x, half, d );
		for ( int k = 0; k < 7; k++ )
			for ( int l = 0; l < 7; l++ )
			{
				// D(k, l) = a_k a_l sum_n sum_m x(n, m) cos(pi (2n + 1) k / 14) cos(pi (2m + 1) l / 14)
				double sum = 0;
				for ( int n = 0; n < 7; n++ )
					for ( int m = 0; m < 7; m++ )
						sum += x[ n * 7 + m ] * Math.cos( Math.PI * ( 2 * n + 1 ) * k / 14 ) * Math.cos( Math.PI * ( 2 * m + 1 ) * l / 14 );
				final double a = Math.sqrt( ( k == 0 ? 1.0 : 2.0 ) / 7 ) * Math.sqrt( ( l == 0 ? 1.0 : 2.0 ) / 7 );
				assertEquals( a * sum, d[ k * 7 + l ], 1e-14, k + "," + l );
			}
		// a constant block has only its DC coefficient: 7 times the value
		java.util.Arrays.fill( x, 0.25 );
		BlockDct.dct2( x, half, d );
		assertEquals( 1.75, d[ 0 ], 1e-15 );
		for ( int i = 1; i < 49; i++ )
			assertEquals( 0, d[ i ], 1e-15 );
	}

	@Test
	void coefficientOfVariationOfMagnitudes()
	{
		// |v| = 1 1 3: mean 5/3, std (N - 1) sqrt(4/3)
		assertEquals( Math.sqrt( 4.0 / 3 ) / ( 5.0 / 3 + 1e-7 ), BlockDct.variationOfMagnitudes( new double[] { 1, -1, 3 }, 3, 1e-7 ), 1e-15 );
	}

	@Test
	void windowsStepByThreeAndScalesHalve()
	{
		assertEquals( 128 * 171, BlockDct.windows( 512, 384 ) );
		assertEquals( 2 * 3, BlockDct.windows( 7, 5 ) );
		final Plane image = TestImages.randomTexture( 11, 9, 2 );
		final Plane[] scales = MaFeatures.spatialScales( image );
		assertEquals( 5, scales[ 1 ].width() );
		assertEquals( 4, scales[ 1 ].height() );
		assertEquals( 2, scales[ 2 ].width() );
		assertEquals( 2, scales[ 2 ].height() );
		// im2(1, 1) (1-based) is the 3x3 Gaussian of sigma 0.5 at pixel (2, 2), i.e. 0-based (1, 1)
		final double[][] h = io.github.pdplane.image.Kernels.gaussian( 3, 0.5 );
		double expected = 0;
		for ( int r = 0; r < 3; r++ )
			for ( int c = 0; c < 3; c++ )
				expected += h[ r ][ c ] * image.get( c, r );
		assertEquals( expected, scales[ 1 ].get( 0, 0 ), 1e-12 );
	}

	@Test
	void singularValuesOfTheBlockMatrixAgainstADirectDecomposition()
	{
		// 23x17: 5x4 blocks after zero padding, so the 25x20 matrix has 20 non-zero singular values at most
		final Plane image = TestImages.randomTexture( 23, 17, 3 );
		final double[][] transposed = BlockSvd.blockMatrixTransposed( image );
		final int blocks = transposed[ 0 ].length;
		assertEquals( 20, blocks );
		final double[][] matrix = new double[ 25 ][ blocks ];
		for ( int p = 0; p < 25; p++ )
			matrix[ p ] = transposed[ p ].clone();
		final double[] direct = LinearAlgebra.svd( matrix ).values;
		// and independently, the square roots of the eigenvalues of A A^T
		final LinearAlgebra.Eigen gram = LinearAlgebra.symmetricEigen( multiplyByTranspose( matrix ) );
		final double[] got = BlockSvd.singularValues( image );
		assertEquals( 25, got.length );
		for ( int k = 0; k < 20; k++ )
		{
			assertEquals( direct[ k ], got[ k ], 1e-12 * direct[ 0 ], "singular value " + k );
			assertEquals( Math.sqrt( gram.values[ k ] ), got[ k ], 1e-9 * direct[ 0 ], "singular value " + k + " from A A^T" );
		}
		for ( int k = 20; k < 25; k++ )
			assertEquals( 0, got[ k ], 1e-12 * direct[ 0 ] );
		// block (bx, by) = (1, 2) holds pixels x 5..9, y 10..14, pixel (r, c) of the block in row c * 5 + r
		assertEquals( image.get( 7, 11 ), transposed[ 2 * 5 + 1 ][ 1 * 4 + 2 ], 0 );
	}

	private static double[][] multiplyByTranspose( final double[][] a )
	{
		final double[][] g = new double[ a.length ][ a.length ];
		for ( int i = 0; i < a.length; i++ )
			for ( int j = 0; j < a.length; j++ )
				for ( int k = 0; k < a[ 0 ].length; k++ )
					g[ i ][ j ] += a[ i ][ k ] * a[ j ][ k ];
		return g;
	}

	@Test
	void identicalBlocksHaveRankOne()
	{
		final Random random = new Random( 4 );
		final double[] block = new double[ 25 ];
		double norm = 0;
		for ( int i = 0; i < 25; i++ )
		{
			block[ i ] = random.nextDouble();
			norm += block[ i ] * block[ i ];
		}
		final double[] v = new double[ 20 * 15 ];
		for ( int y = 0; y < 15; y++ )
			for ( int x = 0; x < 20; x++ )
				v[ y * 20 + x ] = block[ ( y % 5 ) * 5 + x % 5 ];
		final double[] s = BlockSvd.singularValues( new Plane( 20, 15, v ) );
		// 12 equal columns: sigma_1 = sqrt(12) |block|
		assertEquals( Math.sqrt( 12 * norm ), s[ 0 ], 1e-13 );
		for ( int k = 1; k < 25; k++ )
			assertEquals( 0, s[ k ], 1e-13 );
	}

	@Test
	void onlyTheFirstFiveOrientationsOfScaleOneHaveAParent()
	{
		for ( int o = 0; o < 6; o++ )
		{
			assertEquals( o < 5, DivisiveNormalisation.hasParent( 0, o, 2, 6 ), "scale 1, orientation " + ( o + 1 ) );
			assertEquals( false, DivisiveNormalisation.hasParent( 1, o, 2, 6 ) );
		}
	}

	@Test
	void namesAndCounts()
	{
		assertEquals( 138, MaFeatures.COUNT );
		assertEquals( "f1_1", MaFeatures.names().get( 0 ) );
		assertEquals( "f2_1", MaFeatures.names().get( 18 ) );
		assertEquals( "f3_75", MaFeatures.names().get( 137 ) );
	}

	@Test
	void tooSmallAndConstantImagesAreRefusedWithTheRule()
	{
		final PdPlaneException small = assertThrows( PdPlaneException.class,
				() -> MaFeatures.compute( "tiny.png", TestImages.randomTexture( 83, 83, 5 ), 255 ) );
		assertEquals( "'tiny.png' is 83x83; Ma et al.'s metric needs sides of at least 45 pixels and 25 blocks of 5x5 pixels at its third scale"
				+ " (20x20 here, 16 block(s)): at least 84x84 for a square image (its singular-value features need 25 blocks of 5x5 pixels at a"
				+ " quarter of the image's size, and its steerable-pyramid features need sides of 45 pixels).", small.getMessage() );
		assertTrue( assertThrows( PdPlaneException.class, () -> MaFeatures.compute( "thin.png", TestImages.randomTexture( 44, 500, 5 ), 255 ) )
				.getMessage().contains( "is 44x500" ) );
		// the exact rules, not just the square bound: 45 wide and long enough has its 25 third-scale blocks
		assertEquals( MaFeatures.COUNT, MaFeatures.compute( "long.png", TestImages.randomTexture( 45, 500, 6 ), 255 ).all().length );
		assertEquals( MaFeatures.COUNT, MaFeatures.compute( "square.png", TestImages.randomTexture( 84, 84, 7 ), 255 ).all().length );
		final double[] flat = new double[ 100 * 100 ];
		java.util.Arrays.fill( flat, 128 );
		assertTrue( assertThrows( PdPlaneException.class, () -> MaFeatures.compute( "grey.png", new Plane( 100, 100, flat ), 255 ) ).getMessage()
				.startsWith( "'grey.png' is constant (every pixel 128.0)" ) );
	}

	@Test
	void otherDataRangesAreMappedToEightBits()
	{
		final Plane eight = TestImages.randomTexture( 96, 90, 8 );
		final double[] sixteen = eight.values().clone();
		for ( int i = 0; i < sixteen.length; i++ )
			sixteen[ i ] *= 257;
		final double[] a = MaFeatures.compute( "8-bit", eight, 255 ).all();
		final double[] b = MaFeatures.compute( "16-bit", new Plane( 96, 90, sixteen ), 65535 ).all();
		for ( int i = 0; i < a.length; i++ )
			assertEquals( a[ i ], b[ i ], 1e-9 * Math.max( 1, Math.abs( a[ i ] ) ), MaFeatures.names().get( i ) );
		assertArrayEquals( a, MaFeatures.compute( "again", eight, 255 ).all(), 0 );
	}
}
