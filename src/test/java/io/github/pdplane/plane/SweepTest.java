package io.github.pdplane.plane;

import static io.github.pdplane.plane.PlaneTestData.PSNR;
import static io.github.pdplane.plane.PlaneTestData.RMSE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Plane;

/** The trade-off sweep: the alphas, the pixel blend and the curve. */
class SweepTest
{
	@Test
	void alphasRunFromZeroToOneInTenths()
	{
		final double[] alphas = Sweep.alphas();
		assertEquals( 11, alphas.length );
		assertEquals( 0, alphas[ 0 ], 0 );
		assertEquals( 1, alphas[ 10 ], 0 );
		assertEquals( 0.3, alphas[ 3 ], 0 ); // 3 / 10, not 0.1 + 0.1 + 0.1
		assertEquals( 0.7, alphas[ 7 ], 0 );
		assertEquals( "alpha=0.3", Sweep.algorithmName( alphas[ 3 ] ) );
		assertEquals( "alpha=0", Sweep.algorithmName( 0 ) );
		assertEquals( "alpha=1", Sweep.algorithmName( 1 ) );
	}

	/** A count of steps outside 1..1000 is refused before any array is made: Integer.MAX_VALUE + 1 alphas would overflow. */
	@Test
	void stepsOutsideTheirRangeAreRefused()
	{
		assertEquals( Sweep.MAXIMUM_STEPS + 1, Sweep.alphas( Sweep.MAXIMUM_STEPS ).length );
		assertEquals( "A sweep takes 1..1000 steps between its two outputs, not 2147483647.", assertThrows( PdPlaneException.class,
				() -> Sweep.alphas( Integer.MAX_VALUE ) ).getMessage() );
		assertThrows( PdPlaneException.class, () -> Sweep.alphas( Sweep.MAXIMUM_STEPS + 1 ) );
		assertThrows( PdPlaneException.class, () -> Sweep.alphas( 0 ) );
	}

	@Test
	void blendIsPixelwiseAndExactAtTheEnds()
	{
		final Plane a = new Plane( 2, 1, new double[] { 0.1, 1.0 / 3 } );
		final Plane b = new Plane( 2, 1, new double[] { 10, 20 } );
		assertArrayEquals( new double[] { 0.7 * 0.1 + 0.3 * 10, 0.7 / 3 + 0.3 * 20 }, Sweep.blend( a, b, 0.3 ).values(), 1e-14 );
		assertArrayEquals( a.values(), Sweep.blend( a, b, 0 ).values(), 0 );
		assertArrayEquals( b.values(), Sweep.blend( a, b, 1 ).values(), 0 );
		final Plane[] rgb = Sweep.blend( new Plane[] { a, a, b }, new Plane[] { b, b, a }, 0.5 );
		assertEquals( 5.05, rgb[ 2 ].values()[ 0 ], 1e-14 );
	}

	@Test
	void blendRefusesMismatchedImages()
	{
		final Plane a = Plane.zeros( 2, 2 );
		assertThrows( PdPlaneException.class, () -> Sweep.blend( a, Plane.zeros( 3, 2 ), 0.5 ) );
		assertThrows( PdPlaneException.class, () -> Sweep.blend( new Plane[] { a }, new Plane[] { a, a, a }, 0.5 ) );
		assertThrows( IllegalArgumentException.class, () -> Sweep.blend( a, a, 1.5 ) );
		assertThrows( IllegalArgumentException.class, () -> Sweep.blend( a, a, Double.NaN ) );
	}

	/** The curve's points are the blends' set values under the usual rules (RMSE: root of mean MSE). */
	@Test
	void curveTakesTheSetValueOfEachBlend()
	{
		final double[] alphas = { 0, 0.5, 1 };
		final Evaluation.Builder b = Evaluation.builder( RMSE, PSNR );
		for ( int k = 0; k < alphas.length; k++ )
		{
			b.put( Sweep.algorithmName( alphas[ k ] ), "img0", "rmse", 3 + k );
			b.put( Sweep.algorithmName( alphas[ k ] ), "img1", "rmse", 4 + k );
			b.put( Sweep.algorithmName( alphas[ k ] ), "img0", "psnr", 30 - k );
			b.put( Sweep.algorithmName( alphas[ k ] ), "img1", "psnr", 32 - k );
		}
		final SweepCurve c = Sweep.curve( "A to B", b.build(), "rmse", "psnr", alphas );
		assertEquals( 3, c.size() );
		assertEquals( Math.sqrt( ( 9 + 16 ) / 2.0 ), c.x( 0 ), 1e-12 );
		assertEquals( Math.sqrt( ( 25 + 36 ) / 2.0 ), c.x( 2 ), 1e-12 );
		assertEquals( 30, c.y( 1 ), 1e-12 );
		assertEquals( 0.5, c.alpha( 1 ), 0 );
		assertEquals( "A to B", c.label() );
		assertThrows( IllegalArgumentException.class, () -> Sweep.curve( "x", b.build(), "rmse", "psnr", new double[] { 0.1 } ) );
	}
}
