package io.github.pdplane.plane;

import static io.github.pdplane.plane.PlaneTestData.PSNR;
import static io.github.pdplane.plane.PlaneTestData.RMSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.github.pdplane.PdPlaneException;

/** The plane model: points, frontier flags, cloud and intervals together. */
class PlaneModelTest
{
	/**
	 * Three algorithms on RMSE (lower better) and PSNR (higher better, here only as a second axis):
	 * A (2, 30), B (3, 35), C (4, 29) dominated by both.
	 */
	private static Evaluation threeAlgorithms()
	{
		final Evaluation.Builder b = Evaluation.builder( RMSE, PSNR );
		b.putAll( "A", "i1", new double[] { 2, 31 } ).putAll( "A", "i2", new double[] { 2, 29 } );
		b.putAll( "B", "i1", new double[] { 3, 36 } ).putAll( "B", "i2", new double[] { 3, 34 } );
		b.putAll( "C", "i1", new double[] { 4, 29 } ).putAll( "C", "i2", new double[] { Double.NaN, 29 } ).putAll( "C", "i3",
				new double[] { 4, Double.NaN } );
		return b.build();
	}

	@Test
	void pointsCarryValuesFrontierAndCloud()
	{
		final PlaneModel m = PlaneModel.of( threeAlgorithms(), "rmse", "psnr" );
		assertEquals( "rmse", m.xMetric().id() );
		assertEquals( 3, m.points().size() );
		final PlanePoint a = m.point( "A" );
		assertEquals( 2, a.x(), 1e-12 );
		assertEquals( 30, a.y(), 1e-12 );
		assertTrue( a.onFrontier() && m.point( "B" ).onFrontier() );
		assertFalse( m.point( "C" ).onFrontier() );
		assertEquals( Arrays.asList( "A", "B" ), m.frontierAlgorithms() );
		// C's cloud has only the image with both values.
		assertEquals( Arrays.asList( "i1" ), m.point( "C" ).cloudImages() );
		assertEquals( 1, m.point( "C" ).xSummary().missing() );
		assertEquals( 2, a.cloudX().length );
		assertTrue( a.xInterval().isDefined() && a.yInterval().contains( 30 ) );
		// Normalised (x range 2, y range 6) A is (0, 5/6), B (0.5, 0), C (1, 1): C is 5.5 / sqrt(34) from
		// the segment AB (nearer than the ray right of B, at 1); straight down it is 6 dB below B's PSNR.
		assertEquals( 5.5 / Math.sqrt( 34 ), m.point( "C" ).distance(), 1e-12 );
		assertEquals( 6, m.point( "C" ).verticalGap(), 1e-12 );
	}

	@Test
	void withoutBootstrapThereAreNoIntervals()
	{
		final PlaneModel m = PlaneModel.of( threeAlgorithms(), "rmse", "psnr", null );
		assertNull( m.bootstrap() );
		assertFalse( m.point( "A" ).xInterval().isDefined() );
	}

	@Test
	void sweepsAreAdded()
	{
		final PlaneModel m = PlaneModel.of( threeAlgorithms(), "rmse", "psnr", null );
		final SweepCurve s = new SweepCurve( "A to B", new double[] { 0, 1 }, new double[] { 2, 3 }, new double[] { 30, 35 } );
		assertEquals( 1, m.withSweep( s ).sweeps().size() );
		assertEquals( 0, m.sweeps().size() );
	}

	@Test
	void axesMustBeTwoEvaluatedMetrics()
	{
		final Evaluation e = threeAlgorithms();
		final PdPlaneException same = assertThrows( PdPlaneException.class, () -> PlaneModel.of( e, "rmse", "rmse" ) );
		assertTrue( same.getMessage().contains( "two different metrics" ), same.getMessage() );
		final PdPlaneException missing = assertThrows( PdPlaneException.class, () -> PlaneModel.of( e, "rmse", "niqe" ) );
		assertTrue( missing.getMessage().contains( "'niqe' was not evaluated" ), missing.getMessage() );
	}

	/** An algorithm whose every image failed is listed but not plotted and not on the frontier. */
	@Test
	void algorithmsWithoutValuesAreNotPlotted()
	{
		final Evaluation e = Evaluation.builder( RMSE, PSNR ).putAll( "A", "i", new double[] { 2, 30 } )
				.putAll( "Broken", "i", new double[] { Double.NaN, Double.NaN } ).build();
		final PlaneModel m = PlaneModel.of( e, "rmse", "psnr" );
		assertFalse( m.point( "Broken" ).isPlotted() );
		assertFalse( m.point( "Broken" ).onFrontier() );
		assertTrue( Double.isNaN( m.point( "Broken" ).distance() ) );
		assertFalse( m.point( "Broken" ).xInterval().isDefined() );
		assertTrue( m.point( "A" ).onFrontier() );
	}
}
