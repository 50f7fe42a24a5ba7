package io.github.pdplane.chart;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;

import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

import org.jfree.chart.ChartFrame;
import org.jfree.chart.JFreeChart;

import io.github.pdplane.PdPlaneException;

/** Shows a chart in a window (with tooltips, zoom and JFreeChart's own save menu). Needs a display. */
public final class ChartWindow
{
	private ChartWindow()
	{}

	/**
	 * Opens the window on the event thread and returns at once.
	 *
	 * @throws PdPlaneException
	 *             where there is no display (headless); write the chart to a file instead
	 */
	public static void show( final JFreeChart chart, final String title, final ChartOptions options )
	{
		if ( GraphicsEnvironment.isHeadless() )
			throw new PdPlaneException( "Cannot show the chart '" + title + "': there is no display (headless); save it as PNG or SVG instead." );
		SwingUtilities.invokeLater( () -> {
			final ChartFrame frame = new ChartFrame( title, chart );
			frame.setDefaultCloseOperation( WindowConstants.DISPOSE_ON_CLOSE );
			frame.getChartPanel().setPreferredSize( new Dimension( options.width(), options.height() ) );
			frame.getChartPanel().setInitialDelay( 100 );
			frame.pack();
			frame.setLocationByPlatform( true );
			frame.setVisible( true );
		} );
	}
}
