package io.github.pdplane.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * {@link MacroTests} in Debian's ImageJ 1.x (1.53t) with a display (Xvfb), as a person runs it: the tables
 * are windows, read by their titles. Skipped where ImageJ or Xvfb is missing, unless PDPLANE_REQUIRE_IMAGEJ=1
 * (CI) makes that a failure.
 */
class ImageJMacroIT extends MacroTests
{
	@Override
	MacroRunner install( final Path folder ) throws IOException
	{
		return ImageJRunner.install( folder );
	}

	/**
	 * What only a run with a display has: the plane windows are ImageJ's windows (listed by WindowManager, so in the
	 * Window menu), titled with the output folder's name, and two runs into one folder give two titles.
	 */
	@Test
	void planeWindowsAreInTheWindowMenuUnderDistinctTitles() throws Exception
	{
		final Path out = work().resolve( "window run" );
		MacroRunner.deleteRecursively( out );
		final String evaluate = "run(\"Evaluate Algorithms...\", \"reference_folder=[" + TEST_IMAGES.resolve( "reference" ) + "] x=rmse y=niqe "
				+ "bootstrap=0 show_plot overwrite output_folder=[" + out + "] algorithms=[A=" + TEST_IMAGES.resolve( "bicubic" ) + ";B="
				+ TEST_IMAGES.resolve( "nearest" ) + "]\");";
		final MacroRunner.Run run = imagej.run( writeMacro( "plane-windows.ijm", evaluate, evaluate, "wait(2000);",
				"titles = getList(\"window.titles\");", "for (i = 0; i < titles.length; i++) print(\"WINDOW \" + titles[i]);" ), null );
		assertClean( run );
		final List< String > planes = run.linesAfter( "WINDOW " ).stream().filter( t -> t.startsWith( "Evaluate Algorithms: " ) ).sorted()
				.collect( Collectors.toList() );
		final String title = "Evaluate Algorithms: Perception-distortion plane (5 images; gray) - window run";
		assertEquals( title + "|" + title + " (2)", String.join( "|", planes ), run.toString() );
	}
}
