package io.github.pdplane.commands;

import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;

import javax.swing.SwingUtilities;

import org.jfree.chart.JFreeChart;

import ij.WindowManager;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.chart.ChartOptions;
import io.github.pdplane.chart.ChartWindow;
import io.github.pdplane.chart.PlaneChart;
import io.github.pdplane.chart.PlaneFiles;
import io.github.pdplane.io.OutputFiles;
import io.github.pdplane.plane.PlaneModel;

/**
 * The plane of a plane command in a window, listed in ImageJ's Window menu while it is open, under a title that
 * tells runs apart (the output folder's name, and a number where a window of that title is open). Without a display (Fiji's {@code --headless}) there is no
 * window, so the plane is a pair of files, and the Log says where: in the output folder where one was
 * given, otherwise written into a new folder of the system's temporary folder.
 */
final class PlaneDisplay
{
	/** The start of the name of the temporary folder a plane without an output folder is written to. */
	static final String TEMPORARY_FOLDER = "pd-plane-";

	private PlaneDisplay()
	{}

	/**
	 * @param folder
	 *            the output folder the plane was written to, or null
	 */
	static void show( final PlaneModel plane, final ChartOptions options, final Path folder, final ImageJJobReporter reporter )
	{
		if ( !GraphicsEnvironment.isHeadless() )
		{
			final JFreeChart chart = PlaneChart.build( plane, options );
			final String title = windowTitle( reporter.title(), options, folder );
			// On the event thread, where windows open and close: the title is distinct from those open at that moment.
			SwingUtilities.invokeLater( () -> inWindowMenu( ChartWindow.open( chart, distinctTitle( title, Arrays.asList( WindowManager
					.getNonImageTitles() ) ), options ) ) );
			return;
		}
		final Path written = folder != null ? folder : writeToTemporaryFolder( plane, options );
		reporter.log( "there is no display, so the plane is not shown in a window; it is in '" + written.resolve( PlaneFiles.PNG ) + "' and '"
				+ written.resolve( PlaneFiles.SVG ) + "'." );
	}

	/**
	 * {@code "Evaluate Algorithms: Perception-distortion plane (5 images; gray) - run1"}: the command, the chart's
	 * title and the name of the output folder where there is one, which tells the planes of runs apart.
	 */
	static String windowTitle( final String command, final ChartOptions options, final Path folder )
	{
		final Path name = folder == null ? null : folder.getFileName();
		return command + ": " + options.title() + ( name == null ? "" : " - " + name );
	}

	/** {@code title}, or where a window of that title is open, {@code "title (2)"}, {@code "title (3)"}, ...: the first free. */
	static String distinctTitle( final String title, final Collection< String > open )
	{
		if ( !open.contains( title ) )
			return title;
		for ( int n = 2;; n++ )
		{
			final String numbered = title + " (" + n + ")";
			if ( !open.contains( numbered ) )
				return numbered;
		}
	}

	/** Lists {@code window} in ImageJ's Window menu (WindowManager) until it is closed. */
	private static void inWindowMenu( final Frame window )
	{
		WindowManager.addWindow( window );
		window.addWindowListener( new WindowAdapter()
		{
			@Override
			public void windowClosed( final WindowEvent e )
			{
				WindowManager.removeWindow( window );
			}
		} );
	}

	private static Path writeToTemporaryFolder( final PlaneModel plane, final ChartOptions options )
	{
		final Path folder;
		try
		{
			folder = Files.createTempDirectory( TEMPORARY_FOLDER );
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( "There is no display, and no temporary folder for the plane's files could be made: "
					+ OutputFiles.reason( e ) + "; give an output folder." );
		}
		PlaneFiles.writeChart( plane, options, folder, false );
		return folder;
	}
}
