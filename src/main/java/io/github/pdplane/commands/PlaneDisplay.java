package io.github.pdplane.commands;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;

import io.github.pdplane.chart.ChartOptions;
import io.github.pdplane.chart.ChartWindow;
import io.github.pdplane.chart.PlaneChart;
import io.github.pdplane.chart.PlaneFiles;
import io.github.pdplane.plane.PlaneModel;

/** The plane of a plane command in a window; without a display, the Log says where it was written (or that it could not be shown). */
final class PlaneDisplay
{
	private PlaneDisplay()
	{}

	/**
	 * @param folder
	 *            the output folder the plane was written to, or null
	 */
	static void show( final PlaneModel plane, final ChartOptions options, final Path folder, final ImageJJobReporter reporter )
	{
		if ( GraphicsEnvironment.isHeadless() )
		{
			reporter.log( folder == null ? "there is no display, so the plane cannot be shown in a window; give an output folder to have it "
					+ "written as " + PlaneFiles.PNG + " and " + PlaneFiles.SVG + "."
					: "there is no display, so the plane is not shown in a window; it is in '" + folder.resolve( PlaneFiles.PNG ) + "' and '"
							+ folder.resolve( PlaneFiles.SVG ) + "'." );
			return;
		}
		ChartWindow.show( PlaneChart.build( plane, options ), reporter.title() + ": " + options.title(), options );
	}
}
