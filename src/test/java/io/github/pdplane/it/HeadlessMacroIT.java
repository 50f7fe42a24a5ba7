package io.github.pdplane.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@link MacroTests} without a display, in ImageJ 1.x patched by ij1-patcher as Fiji's
 * {@code ImageJ-linux64 --headless -batch} runs it on a cluster node: the dialogs read the macros' options
 * with the headless dialog, the tables are read from ImageJ's "Results" table, and the planes are files.
 * Needs only Maven's dependencies, so it always runs.
 */
class HeadlessMacroIT extends MacroTests
{
	@Override
	MacroRunner install( final Path folder ) throws IOException
	{
		return HeadlessRunner.install( folder );
	}

	/**
	 * What only a run without a display has: "Results" holds the table a command filled last (all of PD
	 * Results after a metric, PD Summary after an evaluation), {@code MacroTables.toResults} puts another
	 * there, and a plane asked for without an output folder is written into a new temporary folder that the
	 * Log names.
	 */
	@Test
	void resultsHoldTheLastTableAndThePlaneIsAFile() throws Exception
	{
		final Path ref = PAIRS.resolve( "ref/I19.bmp" ), out = PAIRS.resolve( "dist/I19.bmp" );
		final Path macro = writePairMacro( "headless-tables.ijm", ref, out,
				"run(\"SSIM\", \"reference=[ref image] restored=[out image]\");",
				"print(\"RESULTS \" + nResults + \" \" + d2s(getResult(\"SSIM\", nResults - 1), 9));",
				"run(\"Evaluate Algorithms...\", \"reference_folder=[" + TEST_IMAGES.resolve( "reference" ) + "] x=rmse y=niqe bootstrap=0 "
						+ "show_plot algorithms=[A=" + TEST_IMAGES.resolve( "bicubic" ) + ";B=" + TEST_IMAGES.resolve( "nearest" ) + "]\");",
				"print(\"SUMMARY \" + nResults + \" \" + getResultString(\"algorithm\", 0) + \" \" + getResultString(\"algorithm\", 1));",
				"rows = call(\"io.github.pdplane.ij.MacroTables.toResults\", \"PD Per Image\");",
				"print(\"PER IMAGE \" + rows + \" \" + nResults + \" \" + getResultString(\"algorithm\", 9));",
				"rows = call(\"io.github.pdplane.ij.MacroTables.toResults\", \"PD Results\");",
				"print(\"BACK \" + nResults + \" \" + d2s(getResult(\"SSIM\", 0), 9));" );
		final MacroRunner.Run run = imagej.run( macro, null );
		assertClean( run );
		final String ssim = String.format( java.util.Locale.ROOT, "%.9f", library( "ssim", ref, out ) );
		assertEquals( Arrays.asList( "1 " + ssim ), run.linesAfter( "RESULTS " ), run.toString() );
		assertEquals( Arrays.asList( "2 A B" ), run.linesAfter( "SUMMARY " ), run.toString() );
		assertEquals( Arrays.asList( "10 10 B" ), run.linesAfter( "PER IMAGE " ), run.toString() );
		assertEquals( Arrays.asList( "1 " + ssim ), run.linesAfter( "BACK " ), run.toString() );
		final Matcher plane = Pattern.compile( "Evaluate Algorithms: there is no display, so the plane is not shown in a window; it is in '(.+)' "
				+ "and '(.+)'\\." ).matcher( run.notes() );
		assertTrue( plane.find(), run.toString() );
		final List< Path > files = Arrays.asList( Paths.get( plane.group( 1 ) ), Paths.get( plane.group( 2 ) ) );
		assertTrue( files.get( 0 ).getParent().getFileName().toString().startsWith( "pd-plane-" ), run.toString() );
		for ( final Path file : files )
		{
			assertTrue( Files.size( file ) > 10_000, file.toString() );
			Files.delete( file );
		}
		Files.delete( files.get( 0 ).getParent() );
	}

	/** Without a display there is no dialog: a command called without options stops with an example of them, and the macro ends. */
	@Test
	void aCommandWithoutOptionsSaysWhatToGive() throws Exception
	{
		final Path macro = writeMacro( "headless-no-options.ijm", "setBatchMode(true);", "newImage(\"a\", \"8-bit ramp\", 64, 64, 1);",
				"newImage(\"b\", \"8-bit ramp\", 64, 64, 1);", "run(\"SSIM\");", "print(\"not reached\");" );
		final MacroRunner.Run run = imagej.run( macro, null );
		assertClean( run );
		assertTrue( run.output.contains( "SSIM error: There is no display for the dialog: give the command its options in the macro, for "
				+ "example \"reference=reference.png restored=restored.png convention=gray shave=0 data_range=0\"." ), run.toString() );
		assertTrue( run.linesAfter( "not reached" ).isEmpty(), run.toString() );
	}
}
