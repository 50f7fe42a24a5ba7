package io.github.pdplane.plane;

import static io.github.pdplane.plane.PlaneTestData.RMSE;
import static io.github.pdplane.plane.PlaneTestData.SSIM;
import static io.github.pdplane.plane.PlaneTestData.X;
import static io.github.pdplane.plane.PlaneTestData.Y;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.github.pdplane.metrics.Direction;

/** The empirical frontier: hand-drawn examples, degenerate cases and properties of random sets. */
class FrontierTest
{
	private static final double EPS = 1e-12;

	private static Frontier frontier( final double[] x, final double[] y )
	{
		return Frontier.of( X, Y, x, y );
	}

	private static double[] xy( final double... v )
	{
		return v;
	}

	/** D (3, 4) is dominated by B (2, 2); the frontier is A, B, C. */
	@Test
	void dominatedPointsAreNotOnTheFrontier()
	{
		final Frontier f = frontier( xy( 1, 2, 5, 3 ), xy( 5, 2, 1, 4 ) );
		assertArrayEquals( new int[] { 0, 1, 2 }, f.vertexPoints() );
		assertTrue( f.onFrontier( 0 ) && f.onFrontier( 1 ) && f.onFrontier( 2 ) );
		assertFalse( f.onFrontier( 3 ) );
		assertEquals( 0, f.distance( 1 ), 0 );
		assertTrue( f.distance( 3 ) > 0 );
	}

	/**
	 * C (2.5, 2.5) is Pareto-optimal but above the segment from A (0, 4) to B (4, 0), so it is not on
	 * the convex frontier. Axes span 4 each, so normalised C is (0.625, 0.625), at (1.25 - 1) / sqrt(2)
	 * from the line a + b = 1; straight down, the line is at y = 1.5 where x = 2.5.
	 */
	@Test
	void paretoPointsInANonConvexDentAreNotOnTheFrontier()
	{
		final Frontier f = frontier( xy( 0, 4, 2.5 ), xy( 4, 0, 2.5 ) );
		assertArrayEquals( new int[] { 0, 1 }, f.vertexPoints() );
		assertFalse( f.onFrontier( 2 ) );
		assertEquals( 0.25 / Math.sqrt( 2 ), f.distance( 2 ), EPS );
		assertEquals( 1.0, f.verticalGap( 2 ), EPS );
	}

	/** Distances are in units of the algorithms' range on each axis, so the metrics' units do not matter. */
	@Test
	void distancesAreNormalisedByTheRangeOfEachAxis()
	{
		// A (0, 10), B (10, 0), C (10, 10): C normalised is (1, 1), nearest frontier point (0.5, 0.5).
		final Frontier square = frontier( xy( 0, 10, 10 ), xy( 10, 0, 10 ) );
		assertEquals( Math.sqrt( 0.5 ), square.distance( 2 ), EPS );
		assertEquals( 10, square.verticalGap( 2 ), EPS );
		// The same shape with y in other units: the same distance, a gap in the new units.
		final Frontier stretched = frontier( xy( 0, 10, 10 ), xy( 1000, 0, 1000 ) );
		assertEquals( Math.sqrt( 0.5 ), stretched.distance( 2 ), EPS );
		assertEquals( 1000, stretched.verticalGap( 2 ), EPS );
		assertEquals( 10, stretched.xScale(), 0 );
		assertEquals( 1000, stretched.yScale(), 0 );
	}

	/**
	 * Right of the frontier's last vertex the boundary continues horizontally: A (0, 1), B (1, 0),
	 * C (3, 0.5). Normalised (x range 3) C is (1, 0.5), 0.5 above the ray from B.
	 */
	@Test
	void pointsBeyondTheLastVertexMeasureToTheHorizontalRay()
	{
		final Frontier f = frontier( xy( 0, 1, 3 ), xy( 1, 0, 0.5 ) );
		assertArrayEquals( new int[] { 0, 1 }, f.vertexPoints() );
		assertEquals( 0.5, f.distance( 2 ), EPS );
		assertEquals( 0.5, f.verticalGap( 2 ), EPS );
	}

	/** SSIM is higher-is-better: the best points have high SSIM, so the frontier turns the other way. */
	@Test
	void higherIsBetterAxesAreOriented()
	{
		// A (rmse 1, ssim 0.6), B (2, 0.9), C (4, 0.95), D (3, 0.7) dominated by B.
		final double[] rmse = { 1, 2, 4, 3 };
		final double[] ssim = { 0.6, 0.9, 0.95, 0.7 };
		final Frontier f = Frontier.of( RMSE, SSIM, rmse, ssim );
		assertArrayEquals( new int[] { 0, 1, 2 }, f.vertexPoints() );
		assertFalse( f.onFrontier( 3 ) );
		// At rmse 3 the frontier (B to C) has SSIM 0.925; D has 0.7.
		assertEquals( 0.225, f.verticalGap( 3 ), 1e-12 );
		// Read as lower-is-better, A would dominate everything: the orientation is what makes B and C count.
		final Frontier wrong = Frontier.of( RMSE, new PlaneMetric( "ssim", "SSIM", Direction.LOWER_IS_BETTER ), rmse, ssim );
		assertArrayEquals( new int[] { 0 }, wrong.vertexPoints() );
		// Both axes higher-is-better: PSNR and SSIM of the same points (PSNR falls as RMSE rises).
		final double[] psnr = { 40, 34, 28, 31 };
		final Frontier both = Frontier.of( PlaneTestData.PSNR, SSIM, psnr, ssim );
		assertArrayEquals( new int[] { 0, 1, 2 }, both.vertexPoints() );
	}

	@Test
	void onePointIsItsOwnFrontier()
	{
		final Frontier f = frontier( xy( 3 ), xy( 7 ) );
		assertArrayEquals( new int[] { 0 }, f.vertexPoints() );
		assertTrue( f.onFrontier( 0 ) );
		assertEquals( 0, f.distance( 0 ), 0 );
		assertEquals( 0, f.verticalGap( 0 ), 0 );
	}

	@Test
	void twoPoints()
	{
		final Frontier tradeOff = frontier( xy( 0, 1 ), xy( 1, 0 ) );
		assertArrayEquals( new int[] { 0, 1 }, tradeOff.vertexPoints() );
		// B (1, 1) dominated by A (0, 0): the boundary is the rays from A, at distance 1 on both.
		final Frontier dominated = frontier( xy( 0, 1 ), xy( 0, 1 ) );
		assertArrayEquals( new int[] { 0 }, dominated.vertexPoints() );
		assertFalse( dominated.onFrontier( 1 ) );
		assertEquals( 1, dominated.distance( 1 ), EPS );
		assertEquals( 1, dominated.verticalGap( 1 ), EPS );
	}

	@Test
	void identicalPointsAreBothOnTheFrontier()
	{
		final Frontier f = frontier( xy( 1, 1, 0 ), xy( 1, 1, 2 ) );
		assertTrue( f.onFrontier( 0 ) && f.onFrontier( 1 ) && f.onFrontier( 2 ) );
		assertEquals( 2, f.vertexPoints().length );
		assertEquals( 0, f.distance( 1 ), 0 );
	}

	/** B lies on the segment from A to C: on the frontier without being a vertex. */
	@Test
	void collinearPointsAreOnTheFrontierButNotVertices()
	{
		final Frontier f = frontier( xy( 0, 1, 2 ), xy( 2, 1, 0 ) );
		assertArrayEquals( new int[] { 0, 2 }, f.vertexPoints() );
		assertTrue( f.onFrontier( 1 ) );
		assertEquals( 0, f.distance( 1 ), 0 );
	}

	/**
	 * Ties on an axis: B (0, 3) has A's x but a worse y; it lies on the vertical ray above A (distance 0)
	 * and is weakly dominated, so not on the frontier; its gap is 3 - 1. Likewise D (3, 0) right of C (2, 0).
	 */
	@Test
	void tiesOnOneAxisAreWeaklyDominated()
	{
		final Frontier f = frontier( xy( 0, 0, 2, 3 ), xy( 1, 3, 0, 0 ) );
		assertArrayEquals( new int[] { 0, 2 }, f.vertexPoints() );
		assertFalse( f.onFrontier( 1 ) );
		assertEquals( 0, f.distance( 1 ), EPS );
		assertEquals( 2, f.verticalGap( 1 ), EPS );
		assertFalse( f.onFrontier( 3 ) );
		assertEquals( 0, f.distance( 3 ), EPS );
		assertEquals( 0, f.verticalGap( 3 ), EPS );
	}

	@Test
	void allPointsOnOneVerticalLine()
	{
		final Frontier f = frontier( xy( 1, 1, 1 ), xy( 3, 1, 2 ) );
		assertArrayEquals( new int[] { 1 }, f.vertexPoints() );
		assertEquals( 1, f.xScale(), 0 ); // zero range: unit scale
		assertEquals( 2, f.yScale(), 0 );
		// (1, 2) lies on the vertical ray above the single vertex (1, 1): weakly dominated.
		assertFalse( f.onFrontier( 2 ) );
		assertEquals( 0, f.distance( 2 ), 0 );
		assertEquals( 1, f.verticalGap( 2 ), EPS );
	}

	/** A point without coordinates takes no part; the others are unaffected. */
	@Test
	void nanPointsAreLeftOut()
	{
		final Frontier f = frontier( xy( 0, Double.NaN, 1, 5 ), xy( 1, 0, Double.POSITIVE_INFINITY, 0 ) );
		assertArrayEquals( new int[] { 0, 3 }, f.vertexPoints() );
		for ( final int i : new int[] { 1, 2 } )
		{
			assertFalse( f.onFrontier( i ) );
			assertTrue( Double.isNaN( f.distance( i ) ) && Double.isNaN( f.verticalGap( i ) ) );
		}
		final Frontier none = frontier( xy( Double.NaN ), xy( 1 ) );
		assertTrue( none.isEmpty() );
		assertEquals( 0, none.unattainedRegion( 0, 1, 0, 1 ).length );
	}

	/** The region below-left of A (0, 1) and B (1, 0) inside the box [-1, 2] x [-1, 2], corner by corner. */
	@Test
	void unattainedRegionPolygon()
	{
		final double[] polygon = frontier( xy( 0, 1 ), xy( 1, 0 ) ).unattainedRegion( -1, 2, -1, 2 );
		assertArrayEquals( new double[] { -1, 2, 0, 2, 0, 1, 1, 0, 2, 0, 2, -1, -1, -1 }, polygon, EPS );
		// SSIM higher-is-better: the region lies on the high-SSIM side (drawn lower left on an inverted axis).
		final double[] ssim = Frontier.of( X, SSIM, xy( 0, 1 ), xy( 0.5, 0.9 ) ).unattainedRegion( -1, 2, 0, 1 );
		assertArrayEquals( new double[] { -1, 0, 0, 0, 0, 0.5, 1, 0.9, 2, 0.9, 2, 1, -1, 1 }, ssim, EPS );
	}

	/**
	 * Random clouds: the frontier runs from the best x (ties: best y) to the best y (ties: best x), is
	 * strictly decreasing and convex, and every point lies on or above the line through each of its
	 * segments (the supporting-line property of a lower hull); gaps are never negative.
	 */
	@Test
	void randomSetsGiveAConvexDecreasingSupportingFrontier()
	{
		final SplittableRandom random = new SplittableRandom( 11 );
		for ( int trial = 0; trial < 200; trial++ )
		{
			final int n = 1 + random.nextInt( 25 );
			final double[] x = new double[ n ];
			final double[] y = new double[ n ];
			for ( int i = 0; i < n; i++ )
			{
				// a coarse grid makes ties and collinear triples common
				x[ i ] = random.nextInt( 8 );
				y[ i ] = random.nextInt( 8 );
			}
			final Frontier f = frontier( x, y );
			final double[] fx = f.vertexX();
			final double[] fy = f.vertexY();
			for ( int i = 0; i < n; i++ )
			{
				assertTrue( x[ i ] > fx[ 0 ] || x[ i ] == fx[ 0 ] && y[ i ] >= fy[ 0 ], "first vertex is the best in x" );
				assertTrue( y[ i ] > fy[ fy.length - 1 ] || y[ i ] == fy[ fy.length - 1 ] && x[ i ] >= fx[ fx.length - 1 ], "last is the best in y" );
				assertTrue( f.verticalGap( i ) >= 0 && f.distance( i ) >= 0 );
				assertEquals( f.onFrontier( i ), f.distance( i ) == 0 && f.verticalGap( i ) == 0 && onPolyline( fx, fy, x[ i ], y[ i ] ) );
			}
			for ( int k = 1; k < fx.length; k++ )
			{
				assertTrue( fx[ k ] > fx[ k - 1 ] && fy[ k ] < fy[ k - 1 ], "strictly decreasing" );
				if ( k > 1 )
					assertTrue( slope( fx, fy, k ) > slope( fx, fy, k - 1 ), "convex, no collinear vertices" );
				for ( int i = 0; i < n; i++ )
				{
					final double cross = ( fx[ k ] - fx[ k - 1 ] ) * ( y[ i ] - fy[ k - 1 ] ) - ( fy[ k ] - fy[ k - 1 ] ) * ( x[ i ] - fx[ k - 1 ] );
					assertTrue( cross >= -1e-9, "point above every frontier line" );
				}
			}
		}
	}

	private static double slope( final double[] x, final double[] y, final int k )
	{
		return ( y[ k ] - y[ k - 1 ] ) / ( x[ k ] - x[ k - 1 ] );
	}

	private static boolean onPolyline( final double[] fx, final double[] fy, final double x, final double y )
	{
		if ( fx.length == 1 )
			return x == fx[ 0 ] && y == fy[ 0 ];
		for ( int k = 1; k < fx.length; k++ )
			if ( x >= fx[ k - 1 ] && x <= fx[ k ] && Math.abs( fy[ k - 1 ] + ( x - fx[ k - 1 ] ) * slope( fx, fy, k ) - y ) < 1e-9 )
				return true;
		return false;
	}
}
