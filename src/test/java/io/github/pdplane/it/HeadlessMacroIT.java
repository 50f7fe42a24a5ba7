package io.github.pdplane.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.github.pdplane.catalogue.BadInput;
import io.github.pdplane.catalogue.BadInput.Pair;
import io.github.pdplane.catalogue.BadInputCatalogue;
import io.github.pdplane.catalogue.Checksums;
import io.github.pdplane.commands.TwelveAlgorithms;
import io.github.pdplane.registry.MetricRegistry;

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
				"run(\"SSIM...\", \"reference=[ref image] restored=[out image]\");",
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
				"newImage(\"b\", \"8-bit ramp\", 64, 64, 1);", "run(\"SSIM...\");", "print(\"not reached\");" );
		final MacroRunner.Run run = imagej.run( macro, null );
		assertClean( run );
		assertTrue( run.output.contains( "SSIM error: There is no display for the dialog: give the command its options in the macro, for "
				+ "example run(\"SSIM...\", \"reference=reference.png restored=restored.png\");" ), run.toString() );
		assertTrue( run.linesAfter( "not reached" ).isEmpty(), run.toString() );
	}

	/**
	 * Every pair of images of the {@link BadInputCatalogue} in a macro, through the menu command of its metric as
	 * ImageJ opens the files: refused, the macro stops with the command's message naming the image and the rule
	 * (the line after it never prints); warned, the Log has the warning naming the image and the macro goes on.
	 * One ImageJ per case, since a refusal ends the macro. Headless only: the commands' bridge is the same with a
	 * display, where other tests drive it.
	 */
	@Test
	void everyCataloguePairInAMacro() throws Exception
	{
		final Path root = Paths.get( "target", "catalogue-macros" ).toAbsolutePath();
		final List< String > menu = Files.readAllLines( Paths.get( "plugins.config" ), StandardCharsets.UTF_8 );
		for ( final BadInput bad : BadInputCatalogue.openImages() )
		{
			final Path dir = root.resolve( bad.id );
			if ( Files.exists( dir ) )
				try ( Stream< Path > old = Files.walk( dir ) )
				{
					old.sorted( Comparator.reverseOrder() ).forEach( p -> p.toFile().delete() );
				}
			Files.createDirectories( dir );
			final Pair pair = bad.fixture.make( dir ).pair;
			final Map< Path, String > before = Checksums.of( dir );
			final String command = menuName( menu, MetricRegistry.byId( pair.metric ).displayName() );
			final StringBuilder options = new StringBuilder();
			if ( pair.reference != null )
				options.append( "reference=[" ).append( pair.reference.getFileName() ).append( "] " );
			options.append( "restored=[" ).append( pair.restored.getFileName() ).append( "] convention=gray shave=" ).append( pair.shave )
					.append( " data_range=" ).append( Double.isNaN( pair.dataRange ) ? 0 : pair.dataRange );
			if ( pair.model != null )
				options.append( ' ' ).append( pair.modelOption().replace( '-', '_' ) ).append( "=[" ).append( pair.model ).append( ']' );
			final Path macro = writeMacro( "catalogue-" + bad.id + ".ijm", "setBatchMode(true);",
					pair.reference == null ? "" : "open(" + quoted( pair.reference ) + ");", "open(" + quoted( pair.restored ) + ");",
					"run(\"" + command + "\", \"" + options + "\");", "print(\"reached\");" );
			final MacroRunner.Run run = imagej.run( macro, null );
			assertClean( run );
			final String named = pair.blamed.getFileName().toString();
			final boolean warned = bad.outcome == BadInput.Outcome.WARNED;
			// the Log names a command by its entry without the dots
			final String prefix = warned ? "" : command.substring( 0, command.length() - "...".length() ) + " error: ";
			assertTrue( Arrays.stream( run.output.split( "\\R" ) ).anyMatch( line -> line.startsWith( prefix ) && line.contains( named ) && bad.rule
					.stream().allMatch( line::contains ) ), () -> bad.id + ": no line '" + prefix + "...' naming " + named + " with " + bad.rule
							+ "\n" + run );
			assertEquals( warned, Arrays.asList( run.output.split( "\\R" ) ).contains( "reached" ), () -> bad.id + "\n" + run );
			assertEquals( before, Checksums.of( dir ), bad.id + ": files unchanged" );
		}
	}

	/** The label of the menu entry of the metric {@code name}: its name and ImageJ's "..." (its dialog asks for more). */
	private static String menuName( final List< String > pluginsConfig, final String name )
	{
		final String label = name + "...";
		assertTrue( pluginsConfig.stream().anyMatch( line -> line.contains( ", \"" + label + "\", " ) ), "no menu entry " + label );
		return label;
	}

	/** The macro call a command called without options prints (the dialog's Help shows the same), taken from its output. */
	private MacroRunner.Run printedExample( final String name, final String menuLabel ) throws Exception
	{
		final MacroRunner.Run run = imagej.run( writeMacro( name, "setBatchMode(true);", "newImage(\"a\", \"8-bit ramp\", 64, 64, 1);",
				"run(\"" + menuLabel + "\");" ), null );
		assertClean( run );
		return run;
	}

	private static String example( final MacroRunner.Run run, final String menuLabel )
	{
		final Matcher m = Pattern.compile( "for example (run\\(\"" + Pattern.quote( menuLabel ) + "\", \"[^\"]*\"\\);)" ).matcher( run.output );
		assertTrue( m.find(), run.toString() );
		return m.group( 1 );
	}

	/**
	 * The example a command prints (and its Help shows) runs as it is: short (the required images and one way to
	 * give each set), with the menu entry's dots, once images of the titles it names are open. For SSIM... a pair
	 * titled reference.png and restored.png gives the library's SSIM; for Evaluate Algorithms... two open stacks
	 * titled reference.tif and restored.tif give one algorithm on the plane.
	 */
	@Test
	void thePrintedExampleRunsAsItIs() throws Exception
	{
		final String ssim = example( printedExample( "example-ssim.ijm", "SSIM..." ), "SSIM..." );
		assertEquals( "run(\"SSIM...\", \"reference=reference.png restored=restored.png\");", ssim );
		final Path ref = PAIRS.resolve( "ref/I19.bmp" ), out = PAIRS.resolve( "dist/I19.bmp" );
		final MacroRunner.Run pair = imagej.run( writeMacro( "example-ssim-run.ijm", "setBatchMode(true);", "open(" + quoted( ref )
				+ "); rename(\"reference.png\");", "open(" + quoted( out ) + "); rename(\"restored.png\");", ssim,
				"print(\"SSIM \" + d2s(getResult(\"SSIM\", nResults - 1), 9));" ), null );
		assertClean( pair );
		assertEquals( library( "ssim", ref, out ), single( pair, "SSIM" ), PRINTED, pair.toString() );

		final String evaluate = example( printedExample( "example-evaluate.ijm", "Evaluate Algorithms..." ), "Evaluate Algorithms..." );
		assertEquals( "run(\"Evaluate Algorithms...\", \"reference_stack=reference.tif stacks=[restored.tif]\");", evaluate );
		final Path stacks = Paths.get( "target", getClass().getSimpleName(), "example stacks" ).toAbsolutePath();
		MacroRunner.deleteRecursively( stacks );
		TwelveAlgorithms.writeStacks( stacks );
		final MacroRunner.Run plane = imagej.run( writeMacro( "example-evaluate-run.ijm", "setBatchMode(true);", "open(" + quoted( stacks.resolve(
				TwelveAlgorithms.REFERENCE + ".tif" ) ) + "); rename(\"reference.tif\");", "open(" + quoted( stacks.resolve( TwelveAlgorithms.name(
						1 ) + ".tif" ) ) + "); rename(\"restored.tif\");", evaluate, "print(\"SUMMARY \" + nResults);" ), null );
		assertClean( plane );
		assertTrue( plane.output.contains( "Evaluate Algorithms: 1 algorithm, " + TwelveAlgorithms.SCENES + " reference images" ), plane
				.toString() );
		assertEquals( Arrays.asList( "1" ), plane.linesAfter( "SUMMARY " ), plane.toString() );
	}

	/**
	 * The README's SLURM array with headless Fiji: macros/evaluate-shard.ijm run as two shards, their partial
	 * results put together by the command line's merge, give the files of the command line's evaluate of the same
	 * settings, byte for byte; a shard writes nothing else.
	 */
	@Test
	void shardsOfTheMacroMergedByTheCommandLineAreTheSingleRun() throws Exception
	{
		final Path root = Paths.get( "target", getClass().getSimpleName(), "shards" ).toAbsolutePath();
		MacroRunner.deleteRecursively( root );
		final Path parts = root.resolve( "parts" ), merged = root.resolve( "merged" ), single = root.resolve( "single" );
		for ( final String shard : new String[] { "1/2", "2/2" } )
		{
			final MacroRunner.Run run = imagej.run( Paths.get( "macros/evaluate-shard.ijm" ).toAbsolutePath(), shard + ";" + parts + ";"
					+ TEST_IMAGES );
			assertClean( run );
			assertEquals( Arrays.asList( shard + " done." ), run.linesAfter( "Shard " ), run.toString() );
		}
		try (Stream< Path > files = Files.list( parts ))
		{
			assertEquals( 2, files.count() );
		}
		final String[] merge = { "merge", parts.resolve( "partial-2-of-2.pdpartial" ).toString(), parts.resolve( "partial-1-of-2.pdpartial" )
				.toString(), "--out", merged.toString() };
		final String[] evaluate = { "evaluate", "--reference", TEST_IMAGES.resolve( "reference" ).toString(), "--x", "rmse", "--y", "niqe",
				"--metrics", "psnr,ssim,nss-fd", "--convention", "gray", "--shave", "0", "--bootstrap", "1000", "--seed", "2018", "--out", single
						.toString() };
		final List< String > all = new java.util.ArrayList<>( Arrays.asList( evaluate ) );
		try (Stream< Path > folders = Files.list( TEST_IMAGES ))
		{
			folders.filter( Files::isDirectory ).filter( f -> !f.getFileName().toString().equals( "reference" ) ).sorted().forEach( f -> {
				all.add( "--restored" );
				all.add( f.toString() );
			} );
		}
		assertEquals( 0, io.github.pdplane.cli.Main.run( merge, System.out, System.err ) );
		assertEquals( 0, io.github.pdplane.cli.Main.run( all.toArray( new String[ 0 ] ), System.out, System.err ) );
		for ( final String file : new String[] { "per-image.csv", "summary.csv", "plane.png", "plane.svg" } )
			assertTrue( Arrays.equals( Files.readAllBytes( single.resolve( file ) ), Files.readAllBytes( merged.resolve( file ) ) ), file );
	}
}
