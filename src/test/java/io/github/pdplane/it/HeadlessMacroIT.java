package io.github.pdplane.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.github.pdplane.catalogue.BadInput;
import io.github.pdplane.catalogue.BadInput.CommandCall;
import io.github.pdplane.catalogue.BadInput.Invocation;
import io.github.pdplane.catalogue.BadInput.OpenImage;
import io.github.pdplane.catalogue.BadInput.Pair;
import io.github.pdplane.catalogue.BadInputCatalogue;
import io.github.pdplane.catalogue.Checksums;
import io.github.pdplane.commands.TwelveAlgorithms;
import io.github.pdplane.ij.DialogField;
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
	 * Every input of the {@link BadInputCatalogue} that reaches the macros: each pair of images through the menu
	 * command of its metric as ImageJ opens the files, the other inputs through the menu entry of the command the
	 * catalogue names with its parameters as the macro's keys. Refused, the macro stops with the command's message
	 * naming the input and the rule (the line after it never prints); warned, the Log has the warning naming the
	 * image and the macro goes on; a batch that goes on past the input names it in the Log and the macro goes on.
	 * Each case is a macro file of its own, since a refusal ends the macro; a driver macro runs
	 * {@value #CASES_PER_IMAGEJ} of them in one ImageJ ({@code runMacro}), each after a line naming it, so that a
	 * case's lines are those between its line and the next. Headless only: the commands' bridge is the same with a
	 * display, where other tests drive it.
	 */
	@Test
	void everyCatalogueInputInAMacro() throws Exception
	{
		final Path root = Paths.get( "target", "catalogue-macros" ).toAbsolutePath();
		final List< String > menu = Files.readAllLines( Paths.get( "plugins.config" ), StandardCharsets.UTF_8 );
		final List< BadInput > cases = BadInputCatalogue.reaching( BadInput.EntryPoint.MACROS );
		final List< String > failures = new ArrayList<>();
		for ( int first = 0; first < cases.size(); first += CASES_PER_IMAGEJ )
		{
			final Map< BadInput, MacroCall > calls = new LinkedHashMap<>();
			final Map< BadInput, Map< Path, String > > before = new LinkedHashMap<>();
			final List< String > driver = new ArrayList<>();
			for ( final BadInput bad : cases.subList( first, Math.min( cases.size(), first + CASES_PER_IMAGEJ ) ) )
			{
				final Path dir = root.resolve( bad.id );
				MacroRunner.deleteRecursively( dir );
				Files.createDirectories( dir );
				final Invocation invocation = bad.fixture.make( dir );
				before.put( bad, Checksums.of( dir ) );
				final MacroCall call = invocation.pair != null ? pairCall( menu, invocation.pair ) : commandCall( menu, bad, invocation );
				calls.put( bad, call );
				final List< String > lines = new ArrayList<>( Collections.singletonList( "setBatchMode(true);" ) );
				for ( final Path image : call.images )
					lines.add( "open(" + quoted( image ) + ");" );
				lines.add( "run(\"" + call.label + "\", \"" + call.options.toString().replace( "\\", "\\\\" ) + "\");" );
				lines.add( "print(\"reached\");" );
				// the images of the cases before are closed: an image is given by its title, and titles repeat (ref.tif)
				driver.add( "close(\"*\"); print(\"" + CASE + bad.id + "\");" );
				driver.add( "runMacro(" + quoted( writeMacro( "catalogue-" + bad.id + ".ijm", lines.toArray( new String[ 0 ] ) ) ) + ");" );
			}
			driver.add( "print(\"" + CASE + "end\");" );
			final MacroRunner.Run run = imagej.run( writeMacro( "catalogue-" + first + ".ijm", driver.toArray( new String[ 0 ] ) ), null );
			assertClean( run );
			final List< String > all = Arrays.asList( run.output.split( "\\R" ) );
			for ( final Map.Entry< BadInput, MacroCall > e : calls.entrySet() )
			{
				final BadInput bad = e.getKey();
				final MacroCall call = e.getValue();
				final int from = all.indexOf( CASE + bad.id ) + 1;
				int to = from;
				while ( from > 0 && to < all.size() && !all.get( to ).startsWith( CASE ) )
					to++;
				final List< String > lines = notes( all.subList( from, to ) );
				final boolean goesOn = bad.outcome == BadInput.Outcome.WARNED || call.reported;
				// the Log names a command by its entry without the dots
				final String prefix = goesOn ? "" : call.label.substring( 0, call.label.length() - "...".length() ) + " error: ";
				if ( !lines.stream().anyMatch( line -> line.startsWith( prefix ) && bad.answeredBy( line, call.named ) ) )
					failures.add( bad.id + ": no line '" + prefix + "...' naming " + call.named + " with " + bad.rule + ": " + lines );
				else if ( goesOn != lines.contains( "reached" ) )
					failures.add( bad.id + ( goesOn ? ": stopped" : ": went on" ) + ": " + lines );
				if ( !before.get( bad ).equals( Checksums.of( root.resolve( bad.id ) ) ) )
					failures.add( bad.id + ": files changed" );
			}
		}
		assertTrue( failures.isEmpty(), () -> failures.size() + " of " + cases.size() + " cases:\n" + String.join( "\n", failures ) );
	}

	/** How many catalogue cases one ImageJ runs: few enough for the runner's time limit on a busy machine. */
	private static final int CASES_PER_IMAGEJ = 22;

	/** The lines as the Log's notes: a line that continues a wrapped note (it starts with four spaces) joined to the one before. */
	private static List< String > notes( final List< String > lines )
	{
		final List< String > notes = new ArrayList<>();
		for ( final String line : lines )
			if ( line.startsWith( "    " ) && !notes.isEmpty() )
				notes.set( notes.size() - 1, notes.get( notes.size() - 1 ) + " " + line.trim() );
			else
				notes.add( line );
		return notes;
	}

	/** The line a driver macro prints before each case, and the case's id. */
	private static final String CASE = "=== catalogue case ";

	/** A menu entry run by a macro: the images it opens first, the entry, its options, and what its message names. */
	private static final class MacroCall
	{
		final Set< Path > images = new LinkedHashSet<>();

		final StringBuilder options = new StringBuilder();

		String label, named;

		boolean reported;

		void option( final String key, final Object value )
		{
			options.append( options.length() == 0 ? "" : " " ).append( key ).append( value == null ? "" : "=" + value );
		}
	}

	/** The menu command of the pair's metric, with the images by their titles (their file names) and the settings of the pair. */
	private static MacroCall pairCall( final List< String > menu, final Pair pair )
	{
		final MacroCall call = new MacroCall();
		call.label = menuName( menu, MetricRegistry.byId( pair.metric ).displayName() );
		call.named = pair.blamed.getFileName().toString();
		if ( pair.reference != null )
		{
			call.images.add( pair.reference );
			call.option( "reference", "[" + pair.reference.getFileName() + "]" );
		}
		call.images.add( pair.restored );
		call.option( "restored", "[" + pair.restored.getFileName() + "]" );
		call.option( "convention", "gray" );
		call.option( "shave", pair.shave );
		call.option( "data_range", Double.isNaN( pair.dataRange ) ? 0 : pair.dataRange );
		if ( pair.model != null )
			call.option( pair.modelOption().replace( '-', '_' ), "[" + pair.model + "]" );
		return call;
	}

	/**
	 * The menu entry of the command the catalogue names, each input by its key (the parameter's name in snake case):
	 * an image by its title, a path in brackets, a true Boolean as its key alone (a false one left out, as a macro
	 * leaves an unticked box out). The lists of algorithms come last: ImageJ takes a key's value from the first
	 * 'key=' in the options, so a folder such as y=... inside them would be read as another key.
	 */
	private static MacroCall commandCall( final List< String > menu, final BadInput bad, final Invocation invocation )
	{
		final CommandCall command = invocation.command;
		assertNotNull( command, bad.id + " reaches the macros, but has no command call" );
		final MacroCall call = new MacroCall();
		final String bridge = "io.github.pdplane.ij.CommandBridge(\"io.github.pdplane.commands." + command.command + "\")";
		final Matcher entry = Pattern.compile( ", \"([^\"]+)\", " + Pattern.quote( bridge ) ).matcher( String.join( "\n", menu ) );
		assertTrue( entry.find(), "no menu entry runs " + command.command );
		call.label = entry.group( 1 );
		call.named = command.named != null ? command.named : invocation.named;
		call.reported = command.reported;
		final List< String > last = Arrays.asList( "algorithms", "stacks" );
		final List< Map.Entry< String, Object > > inputs = new ArrayList<>( command.inputs.entrySet() );
		inputs.sort( Comparator.comparing( e -> last.contains( e.getKey() ) ) );
		for ( final Map.Entry< String, Object > input : inputs )
		{
			final String key = DialogField.keyOf( input.getKey() );
			final Object value = input.getValue();
			if ( value instanceof OpenImage )
			{
				final Path file = ( ( OpenImage ) value ).file;
				call.images.add( file );
				call.option( key, "[" + file.getFileName() + "]" );
			}
			else if ( value instanceof Boolean )
			{
				if ( ( Boolean ) value )
					call.option( key, null );
			}
			else if ( value instanceof String || value instanceof Path )
				call.option( key, "[" + value + "]" );
			else if ( value != null )
				call.option( key, value );
		}
		return call;
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
		final List< String > all = new ArrayList<>( Arrays.asList( evaluate ) );
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
