package io.github.pdplane.chart;

import java.awt.Dimension;
import java.awt.Frame;
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
		checkDisplay( title );
		SwingUtilities.invokeLater( () -> open( chart, title, options ) );
	}

	/**
	 * Opens the window and returns it, for a host that keeps a list of its windows (ImageJ's Window menu).
	 * Call it on the event thread.
	 *
	 * @throws PdPlaneException
	 *             where there is no display (headless); write the chart to a file instead
	 */
	public static Frame open( final JFreeChart chart, final String title, final ChartOptions options )
	{
		checkDisplay( title );
		final ChartFrame frame = new ChartFrame( title, chart );
		frame.setDefaultCloseOperation( WindowConstants.DISPOSE_ON_CLOSE );
		frame.getChartPanel().setPreferredSize( new Dimension( options.width(), options.height() ) );
		frame.getChartPanel().setInitialDelay( 100 );
		frame.pack();
		frame.setLocationByPlatform( true );
		frame.setVisible( true );
		return frame;
	}

	private static void checkDisplay( final String title )
	{
		if ( GraphicsEnvironment.isHeadless() )
			throw new PdPlaneException( "Cannot show the chart '" + title + "': there is no display (headless); save it as PNG or SVG instead." );
	}
}
