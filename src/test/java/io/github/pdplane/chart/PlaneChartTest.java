package io.github.pdplane.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.GraphicsEnvironment;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.junit.jupiter.api.Test;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.metrics.Direction;
import io.github.pdplane.plane.Evaluation;
import io.github.pdplane.plane.PlaneMetric;
import io.github.pdplane.plane.PlaneModel;
import io.github.pdplane.plane.PlanePoint;
import io.github.pdplane.plane.SweepCurve;

/** Building the plane chart, without a display. */
class PlaneChartTest
{
	static final PlaneMetric RMSE = new PlaneMetric( "rmse", "RMSE", Direction.LOWER_IS_BETTER );

	static final PlaneMetric SSIM = new PlaneMetric( "ssim", "SSIM", Direction.HIGHER_IS_BETTER );

	/** Three algorithms on RMSE and SSIM; C is dominated. Names with XML's special characters. */
	static PlaneModel small()
	{
		final Evaluation e = Evaluation.builder( RMSE, SSIM ).putAll( "Fast & <simple>", "i1", new double[] { 2, 0.70 } )
				.putAll( "Fast & <simple>", "i2", new double[] { 2.2, 0.72 } ).putAll( "B", "i1", new double[] { 3, 0.90 } )
				.putAll( "B", "i2", new double[] { 3.2, 0.88 } ).putAll( "C", "i1", new double[] { 4, 0.65 } )
				.putAll( "C", "i2", new double[] { 4.1, 0.6 } ).build();
		return PlaneModel.of( e, "rmse", "ssim" );
	}

	@Test
	void axesAreLabelledAndOrientedSoThatBetterIsLowerLeft()
	{
		final XYPlot plot = PlaneChart.build( small(), ChartOptions.defaults() ).getXYPlot();
		final ValueAxis x = plot.getDomainAxis();
		final ValueAxis y = plot.getRangeAxis();
		assertEquals( "RMSE (lower is better)", x.getLabel() );
		assertEquals( "SSIM (higher is better)", y.getLabel() );
		assertFalse( x.isInverted() );
		assertTrue( y.isInverted() );
		// Every point and interval inside the ranges, with room below-left for the unattained region.
		for ( final PlanePoint p : small().points() )
		{
			assertTrue( x.getRange().contains( p.xInterval().lower() ) && x.getRange().contains( p.xInterval().upper() ) );
			assertTrue( y.getRange().contains( p.yInterval().lower() ) && y.getRange().contains( p.yInterval().upper() ) );
		}
		assertTrue( x.getLowerBound() < 2 && y.getUpperBound() > 0.89 );
	}

	@Test
	void chartHasPointsFrontierRegionAndLegend()
	{
		final PlaneModel model = small();
		final JFreeChart chart = PlaneChart.build( model, ChartOptions.defaults() );
		final XYPlot plot = chart.getXYPlot();
		// the frontier dataset then the points
		assertEquals( 2, plot.getDatasetCount() );
		assertEquals( 3, plot.getDataset( 1 ).getSeriesCount() );
		assertEquals( 3, plot.getDataset( 0 ).getSeriesCount() ); // the polyline and its two rays
		assertEquals( 2, plot.getDataset( 0 ).getItemCount( 0 ) ); // two algorithms on the frontier
		boolean region = false;
		for ( final Object a : ( ( AbstractXYItemRenderer ) plot.getRenderer( 1 ) ).getAnnotations() )
			region |= a instanceof XYPolygonAnnotation; // drawn behind everything else
		assertTrue( region );
		final LegendItemCollection legend = plot.getFixedLegendItems();
		assertEquals( "Fast & <simple>", legend.get( 0 ).getLabel() );
		assertEquals( "empirical frontier", legend.get( 3 ).getLabel() );
		assertNotNull( chart.getLegend() );
		assertNotNull( plot.getRenderer( 1 ).getDefaultToolTipGenerator() );
	}

	@Test
	void optionsSwitchPartsOff()
	{
		final ChartOptions bare = ChartOptions.defaults().withFrontier( false ).withUnattainedRegion( false ).withLegend( false ).withLabels( false )
				.withCaption( false ).withTitle( null );
		final JFreeChart chart = PlaneChart.build( small(), bare );
		final XYPlot plot = chart.getXYPlot();
		assertEquals( 1, plot.getDatasetCount() );
		assertTrue( ( ( AbstractXYItemRenderer ) plot.getRenderer( 0 ) ).getAnnotations().isEmpty() );
		assertTrue( plot.getAnnotations().isEmpty() );
		assertEquals( null, chart.getLegend() );
		assertEquals( null, chart.getTitle() );
		final JFreeChart cloud = PlaneChart.build( small(), ChartOptions.defaults().withCloud( true ) );
		assertEquals( 6, cloud.getXYPlot().getDataset( 0 ).getItemCount( 0 ) + cloud.getXYPlot().getDataset( 0 ).getItemCount( 1 )
				+ cloud.getXYPlot().getDataset( 0 ).getItemCount( 2 ) );
	}

	/** Drawing onto an image works without a display, at the requested size. */
	@Test
	void drawsHeadless()
	{
		final BufferedImage image = PlaneChart.build( small(), ChartOptions.defaults().withCloud( true ) ).createBufferedImage( 640, 480 );
		assertEquals( 640, image.getWidth() );
		assertEquals( 480, image.getHeight() );
	}

	@Test
	void tooltipsNameTheAlgorithmValuesAndFrontier()
	{
		final PlaneModel model = small();
		final String on = PlaneChart.describe( model.point( "B" ), model );
		assertTrue( on.startsWith( "B: RMSE 3.102 [" ) && on.contains( "SSIM 0.89 [" ) && on.endsWith( "on the frontier" ), on );
		final String off = PlaneChart.describe( model.point( "C" ), model );
		assertTrue( off.contains( "distance to the frontier" ) && off.contains( "SSIM 0.265 worse" ), off );
	}

	@Test
	void numbersHaveFourSignificantDigits()
	{
		assertEquals( "12.35", PlaneChart.format( 12.345678 ) );
		assertEquals( "0.8123", PlaneChart.format( 0.812345 ) );
		assertEquals( "2", PlaneChart.format( 2 ) );
		assertEquals( "1234", PlaneChart.format( 1234.4 ) );
		assertEquals( "n/a", PlaneChart.format( Double.NaN ) );
		assertEquals( "1.235e+05", PlaneChart.format( 123456 ) );
	}

	/** An evaluation where nothing could be scored still draws (an empty plane) rather than failing. */
	@Test
	void emptyPlaneStillDraws()
	{
		final Evaluation e = Evaluation.builder( RMSE, SSIM ).putAll( "A", "i", new double[] { Double.NaN, Double.NaN } ).build();
		final JFreeChart chart = PlaneChart.build( PlaneModel.of( e, "rmse", "ssim" ), ChartOptions.defaults() );
		assertEquals( 100, chart.createBufferedImage( 100, 100 ).getWidth() );
	}

	@Test
	void showingNeedsADisplay()
	{
		assumeTrue( GraphicsEnvironment.isHeadless(), "a display is present; nothing to check" );
		final JFreeChart chart = PlaneChart.build( small(), ChartOptions.defaults() );
		final PdPlaneException e = assertThrows( PdPlaneException.class, () -> ChartWindow.show( chart, "plane", ChartOptions.defaults() ) );
		assertTrue( e.getMessage().contains( "no display" ), e.getMessage() );
	}

	@Test
	void badSizeIsRefused()
	{
		assertThrows( IllegalArgumentException.class, () -> ChartOptions.defaults().withSize( 10, 480 ) );
	}

	/**
	 * A sweep whose blend beats both its ends (lower RMSE and higher SSIM than either): the shaded region is
	 * what neither the algorithms nor any blend drawn attain, so no drawn point lies inside it, and its label
	 * says so.
	 */
	@Test
	void theRegionWithSweepsHoldsNoDrawnPoint()
	{
		final PlaneModel model = small().withSweep( new SweepCurve( "Fast & <simple> to B", new double[] { 0, 0.5, 1 }, new double[] { 2.1,
				1.5, 3.1 }, new double[] { 0.71, 0.93, 0.89 } ) );
		final JFreeChart chart = PlaneChart.build( model, ChartOptions.defaults() );
		final List< XYPolygonAnnotation > regions = new ArrayList<>();
		for ( final Object renderer : rendererAnnotations( chart.getXYPlot() ) )
			if ( renderer instanceof XYPolygonAnnotation )
				regions.add( ( XYPolygonAnnotation ) renderer );
		assertEquals( 1, regions.size() );
		final double[] polygon = regions.get( 0 ).getPolygonCoordinates();
		final Path2D.Double shape = new Path2D.Double();
		shape.moveTo( polygon[ 0 ], polygon[ 1 ] );
		for ( int i = 2; i < polygon.length; i += 2 )
			shape.lineTo( polygon[ i ], polygon[ i + 1 ] );
		shape.closePath();
		final double[][] drawn = { { 2.1, 0.71 }, { 1.5, 0.93 }, { 3.1, 0.89 }, { 4.05, 0.625 } };
		for ( final double[] p : drawn )
			assertFalse( strictlyInside( shape, p[ 0 ], p[ 1 ] ), p[ 0 ] + ", " + p[ 1 ] + " lies in the region " + Arrays.toString( polygon ) );
		// the blend at alpha 0.5 is attained: the region ends before it
		assertFalse( strictlyInside( shape, 1.55, 0.92 ) );
		assertTrue( strictlyInside( shape, 1.45, 0.94 ), "what lies beyond the best blend is shaded" );
		assertTrue( legendTooltips( chart ).contains( PlaneChart.REGION_WITH_BLENDS_LABEL ), legendTooltips( chart ).toString() );
	}

	/** Inside, and not on the boundary: a small square around the point lies within the shape. */
	private static boolean strictlyInside( final Path2D shape, final double x, final double y )
	{
		final double e = 1e-6;
		return shape.contains( x - e, y - e ) && shape.contains( x + e, y + e ) && shape.contains( x - e, y + e ) && shape.contains( x + e, y - e );
	}

	private static List< Object > rendererAnnotations( final XYPlot plot )
	{
		final List< Object > all = new ArrayList<>();
		for ( int i = 0; i < plot.getRendererCount(); i++ )
			if ( plot.getRenderer( i ) instanceof AbstractXYItemRenderer )
				all.addAll( ( ( AbstractXYItemRenderer ) plot.getRenderer( i ) ).getAnnotations() );
		return all;
	}

	private static List< String > legendTooltips( final JFreeChart chart )
	{
		final List< String > labels = new ArrayList<>();
		final LegendItemCollection items = chart.getXYPlot().getFixedLegendItems();
		for ( int i = 0; i < items.getItemCount(); i++ )
			labels.add( items.get( i ).getToolTipText() );
		return labels;
	}
}
