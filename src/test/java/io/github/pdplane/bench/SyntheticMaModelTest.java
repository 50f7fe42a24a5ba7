package io.github.pdplane.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.nr.ma.MaFeatures;
import io.github.pdplane.nr.ma.MaModel;
import io.github.pdplane.nr.ma.MaModelStore;

/** The synthetic Ma et al. model: the same file for the same seed, read by the product's loader, trees of regRF's depth. */
class SyntheticMaModelTest
{
	private static final MaFeatures X = MaFeatures.compute( "scene", NiqeBenchmark.scene( 256, 192, 3 ), 255 ),
			Y = MaFeatures.compute( "other scene", NiqeBenchmark.scene( 256, 192, 4 ), 255 );

	private static final SyntheticMaModel.Ranges RANGES = SyntheticMaModel.Ranges.of( Arrays.asList( X, Y ) );

	@Test
	void theSameSeedWritesTheSameFileAndTheProductsLoaderReadsIt( @TempDir final Path folder ) throws IOException
	{
		final Path a = folder.resolve( "a.mat" ), b = folder.resolve( "b.mat" ), c = folder.resolve( "c.mat" );
		SyntheticMaModel.write( a, RANGES, 12, 5 );
		SyntheticMaModel.write( b, RANGES, 12, 5 );
		SyntheticMaModel.write( c, RANGES, 12, 6 );
		assertArrayEquals( Files.readAllBytes( a ), Files.readAllBytes( b ) );
		assertFalse( Arrays.equals( Files.readAllBytes( a ), Files.readAllBytes( c ) ), "another seed, other splits" );

		final MaModel model = MaModelStore.load( a );
		assertEquals( "12, 12 and 12 trees", model.treeCounts() );
		assertEquals( MaFeatures.F1, model.forest( 0 ).features() );
		assertEquals( MaFeatures.F2, model.forest( 1 ).features() );
		assertEquals( MaFeatures.F3, model.forest( 2 ).features() );
		final double score = model.score( X );
		assertTrue( Double.isFinite( score ) && score > -1 && score < 10, "a score in the range of opinion scores: " + score );
		assertEquals( score, MaModelStore.load( b ).score( X ), 0 );
	}

	@Test
	void theNodeArraysHaveTheRowsOfRegRF()
	{
		// randomforest-matlab: nrnodes = 2 * floor(N / nodesize) + 1 with the authors' 1440 images and nodesize 5
		assertEquals( 577, SyntheticMaModel.NODES );
		assertEquals( 2000, MaBenchmark.TREES );
	}

	@Test
	void treesStopWhereRegRFStops()
	{
		final double[][] vectors = new double[ MaBenchmark.TRAINING_VECTORS ][ 45 ];
		final double[] targets = new double[ vectors.length ];
		final Random random = new Random( 9 );
		for ( int i = 0; i < vectors.length; i++ )
		{
			for ( int j = 0; j < vectors[ i ].length; j++ )
				vectors[ i ][ j ] = random.nextDouble();
			targets[ i ] = 10 * random.nextDouble();
		}
		final SyntheticMaModel.Tree tree = new SyntheticMaModel.Tree( vectors.length );
		long leaves = 0, smallLeaves = 0, depthSum = 0;
		for ( int t = 0; t < 20; t++ )
		{
			tree.grow( vectors, targets, random );
			assertTrue( tree.nodes <= SyntheticMaModel.NODES && tree.nodes > 100, "nodes " + tree.nodes );
			assertEquals( MaBenchmark.TRAINING_VECTORS, tree.members( 0 ), "the root holds the whole bootstrap sample" );
			final int[] depth = new int[ tree.nodes ];
			int held = 0;
			for ( int k = 0; k < tree.nodes; k++ )
			{
				if ( tree.left[ k ] == 0 )
				{
					leaves++;
					held += tree.members( k );
					smallLeaves += tree.members( k ) <= MaBenchmark.NODE_SIZE ? 1 : 0;
					depthSum += depth[ k ];
					continue;
				}
				assertTrue( tree.members( k ) > MaBenchmark.NODE_SIZE, "a split node holds more than nodesize vectors" );
				assertEquals( tree.members( k ), tree.members( tree.left[ k ] - 1 ) + tree.members( tree.right[ k ] - 1 ) );
				assertTrue( tree.left[ k ] - 1 > k && tree.right[ k ] == tree.left[ k ] + 1, "daughters after their mother, left then right" );
				assertTrue( tree.split[ k ] >= 0 && tree.split[ k ] <= 1 && tree.variable[ k ] >= 1 && tree.variable[ k ] <= 45 );
				depth[ tree.left[ k ] - 1 ] = depth[ tree.right[ k ] - 1 ] = depth[ k ] + 1;
			}
			assertEquals( MaBenchmark.TRAINING_VECTORS, held, "the leaves hold every vector once" );
		}
		// grown to nodes of nodesize unless the node arrays filled up first, as regRF grows them
		assertTrue( smallLeaves > 0.8 * leaves, smallLeaves + " of " + leaves + " leaves hold at most 5 vectors" );
		final double meanDepth = ( double ) depthSum / leaves;
		assertTrue( meanDepth > 8 && meanDepth < 20, "mean leaf depth " + meanDepth );
	}

	@Test
	void theRangesSpanTheFeaturesWithAMargin()
	{
		for ( int g = 0; g < 3; g++ )
			for ( int j = 0; j < RANGES.low[ g ].length; j++ )
			{
				final double a = SyntheticMaModel.Ranges.group( X, g )[ j ], b = SyntheticMaModel.Ranges.group( Y, g )[ j ];
				assertTrue( RANGES.low[ g ][ j ] < Math.min( a, b ) && RANGES.high[ g ][ j ] > Math.max( a, b ), "group " + g + " feature " + j );
			}
	}
}
