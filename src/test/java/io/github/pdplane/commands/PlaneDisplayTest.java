package io.github.pdplane.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Collections;

import org.junit.jupiter.api.Test;

import io.github.pdplane.chart.ChartOptions;

/** The title of a plane's window: which run it shows, and never the title of a window still open. */
class PlaneDisplayTest
{
	private static final ChartOptions CHART = ChartOptions.defaults().withTitle( "Perception-distortion plane (5 images; gray)" );

	@Test
	void theTitleNamesTheCommandTheChartAndTheOutputFolder()
	{
		assertEquals( "Evaluate Algorithms: Perception-distortion plane (5 images; gray) - run1", PlaneDisplay.windowTitle( "Evaluate Algorithms",
				CHART, Paths.get( "/data/planes/run1" ) ) );
		assertEquals( "Evaluate Algorithms: Perception-distortion plane (5 images; gray)", PlaneDisplay.windowTitle( "Evaluate Algorithms", CHART,
				null ), "without an output folder" );
	}

	@Test
	void aTitleOfAnOpenWindowGetsTheFirstFreeNumber()
	{
		assertEquals( "plane", PlaneDisplay.distinctTitle( "plane", Collections.emptyList() ) );
		assertEquals( "plane", PlaneDisplay.distinctTitle( "plane", Arrays.asList( "Log", "plane (2)" ) ), "the window of that title was closed" );
		assertEquals( "plane (2)", PlaneDisplay.distinctTitle( "plane", Arrays.asList( "Log", "plane" ) ) );
		assertEquals( "plane (4)", PlaneDisplay.distinctTitle( "plane", Arrays.asList( "plane (3)", "plane", "plane (2)" ) ) );
	}
}
