package io.github.pdplane.commands;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.chart.ChartOptions;
import io.github.pdplane.chart.ChartWindow;
import io.github.pdplane.chart.PlaneChart;
import io.github.pdplane.chart.PlaneFiles;
import io.github.pdplane.io.OutputFiles;
import io.github.pdplane.plane.PlaneModel;

/**
 * The plane of a plane command in a window. Without a display (Fiji's {@code --headless}) there is no
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
			ChartWindow.show( PlaneChart.build( plane, options ), reporter.title() + ": " + options.title(), options );
			return;
		}
		final Path written = folder != null ? folder : writeToTemporaryFolder( plane, options );
		reporter.log( "there is no display, so the plane is not shown in a window; it is in '" + written.resolve( PlaneFiles.PNG ) + "' and '"
				+ written.resolve( PlaneFiles.SVG ) + "'." );
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
