package io.github.pdplane.nr.ma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.github.pdplane.PdPlaneException;

class RegressionForestTest
{
	private static RegressionForest twoTrees( final double[] coef )
	{
		return RegressionForest.of( 2, SyntheticModel.L_DAU, SyntheticModel.R_DAU, SyntheticModel.UPPER, SyntheticModel.AVNODE,
				SyntheticModel.MBEST, new int[] { 3, 5 }, coef, "test forest" );
	}

	@Test
	void walksEachTreeAndAveragesTheLeaves()
	{
		final RegressionForest f = twoTrees( null );
		// tree 1: 0.5 <= 0.5 goes left (1); tree 2: -1 <= -1 left, then 0.5 > 0.2 right (20)
		assertEquals( ( 1 + 20 ) / 2.0, f.predict( new double[] { 0.5, -1 } ), 0 );
		// tree 1: right (3); tree 2: 0 > -1 right (30)
		assertEquals( ( 3 + 30 ) / 2.0, f.predict( new double[] { 0.6, 0 } ), 0 );
		// tree 2 left then left (10)
		assertEquals( ( 1 + 10 ) / 2.0, f.predict( new double[] { 0.2, -5 } ), 0 );
		assertEquals( 2, f.trees() );
		assertEquals( 8, f.nodes() );
	}

	@Test
	void biasCorrectionOnlyWhenCoefIsNotZero()
	{
		assertEquals( 10.5, twoTrees( new double[] { 0, 0 } ).predict( new double[] { 0.5, -1 } ), 0 );
		assertEquals( 1 + 2 * 10.5, twoTrees( new double[] { 1, 2 } ).predict( new double[] { 0.5, -1 } ), 0 );
	}

	@Test
	void columnsMayStopBeforeTheirTreeEnds()
	{
		// trailing zeros dropped, as the loader keeps the node arrays
		final RegressionForest f = RegressionForest.of( 2, new int[][] { { 2 }, { 2, 4 } }, new int[][] { { 3 }, { 3, 5 } },
				new double[][] { { 0.5 }, { -1, 0.2 } }, new double[][] { { 2, 1, 3 }, { 20, 15, 30, 10, 20 } },
				new int[][] { { 1 }, { 2, 1 } }, new int[] { 3, 5 }, null, "t" );
		assertEquals( 10.5, f.predict( new double[] { 0.5, -1 } ), 0 );
	}

	@Test
	void brokenTreesAreRefusedWithTheNode()
	{
		final int[][] backwards = { { 2, 0, 0 }, { 2, 1, 0, 0, 0 } };
		final int[][] right = { { 3, 0, 0 }, { 3, 5, 0, 0, 0 } };
		PdPlaneException e = assertThrows( PdPlaneException.class, () -> RegressionForest.of( 2, backwards, right, SyntheticModel.UPPER,
				SyntheticModel.AVNODE, SyntheticModel.MBEST, new int[] { 3, 5 }, null, "f" ) );
		assertEquals( "f: tree 2, node 2 has daughters 1 and 5; they must lie after it and within the tree's 5 nodes (ndtree).", e.getMessage() );
		e = assertThrows( PdPlaneException.class, () -> RegressionForest.of( 1, SyntheticModel.L_DAU, SyntheticModel.R_DAU, SyntheticModel.UPPER,
				SyntheticModel.AVNODE, SyntheticModel.MBEST, new int[] { 3, 5 }, null, "f" ) );
		assertEquals( "f: tree 2, node 1 splits on feature 2, but the forest reads 1 features.", e.getMessage() );
		e = assertThrows( PdPlaneException.class, () -> RegressionForest.of( 2, SyntheticModel.L_DAU, SyntheticModel.R_DAU, SyntheticModel.UPPER,
				SyntheticModel.AVNODE, SyntheticModel.MBEST, new int[] { 3, 4 }, null, "f" ) );
		assertTrue( e.getMessage().contains( "tree 2, node 2 has daughters 4 and 5" ), e.getMessage() );
		e = assertThrows( PdPlaneException.class, () -> RegressionForest.of( 2, SyntheticModel.L_DAU, new int[][] { { 3, 2, 0 }, { 3, 5, 0, 0, 0 } },
				SyntheticModel.UPPER, SyntheticModel.AVNODE, SyntheticModel.MBEST, new int[] { 3, 5 }, null, "f" ) );
		assertEquals( "f: tree 1, node 2 has a right daughter (2) but no left one.", e.getMessage() );
		final double[][] nan = { { Double.NaN, 0, 0 }, SyntheticModel.UPPER[ 1 ] };
		e = assertThrows( PdPlaneException.class, () -> RegressionForest.of( 2, SyntheticModel.L_DAU, SyntheticModel.R_DAU, nan,
				SyntheticModel.AVNODE, SyntheticModel.MBEST, new int[] { 3, 5 }, null, "f" ) );
		assertEquals( "f: tree 1, node 1 has the split value (upper) NaN; a forest needs finite values.", e.getMessage() );
		e = assertThrows( PdPlaneException.class, () -> RegressionForest.of( 2, new int[ 0 ][], new int[ 0 ][], new double[ 0 ][],
				new double[ 0 ][], new int[ 0 ][], new int[ 0 ], null, "f" ) );
		assertEquals( "f has no trees.", e.getMessage() );
	}
}
