package io.github.pdplane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.command.CommandService;
import org.scijava.module.ModuleService;
import org.scijava.script.ScriptInfo;
import org.scijava.script.ScriptLanguageIndex;
import org.scijava.script.ScriptModule;
import org.scijava.script.ScriptService;

import ij.ImagePlus;

import io.github.pdplane.commands.CommandHarness;
import io.github.pdplane.commands.EvaluateAlgorithmsCommand;
import io.github.pdplane.commands.NiqeCommand;
import io.github.pdplane.commands.SsimCommand;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.io.imagej.ImageFiles;
import io.github.pdplane.io.imagej.ImagePlusSource;
import io.github.pdplane.registry.MetricSettings;
import io.github.pdplane.score.PdPlane;

/**
 * The README's script examples, read from README.md (so that they cannot drift) and run as Fiji runs a script:
 * SciJava's script parameters filled, the script's commands run with every pre- and post-processor, in a full
 * context. Fiji's Groovy and Python are SciJava's scripting-groovy and scripting-jython, which wrap the
 * languages' own javax.script engines and are not on Maven Central; here the engines themselves (Groovy's and
 * Jython's, test dependencies) join {@code ScriptService}'s languages as SciJava adapts any javax.script engine.
 * The scripts run as {@code ScriptService.run} runs them ({@code ModuleService.run} of a {@link ScriptInfo}), with
 * the module's output writer set so that what they print is read here.
 */
class ScriptExamplesTest
{
	private static final Path TEST_IMAGES = Paths.get( "test-images" );

	private static CommandHarness harness;

	@TempDir
	Path dir;

	@BeforeAll
	static void start()
	{
		harness = CommandHarness.processing();
		final ScriptLanguageIndex languages = harness.context().service( ScriptService.class ).getIndex();
		for ( final ScriptEngineFactory engine : new ScriptEngineManager().getEngineFactories() )
			languages.add( engine, true );
	}

	@AfterAll
	static void stop()
	{
		final CommandService commands = harness.context().service( CommandService.class );
		for ( final Class< ? > c : Arrays.asList( SsimCommand.class, NiqeCommand.class, EvaluateAlgorithmsCommand.class ) )
			harness.forgetInputs( commands.getCommand( c.getName() ) );
		harness.close();
	}

	/** The text of the fenced block after {@code <!-- script: NAME ...} in README.md. */
	static String script( final String name ) throws IOException
	{
		final String readme = new String( Files.readAllBytes( Paths.get( "README.md" ) ), StandardCharsets.UTF_8 );
		final Matcher m = Pattern.compile( "<!-- script: " + Pattern.quote( name ) + "[^\\n]*-->\\n```[a-z]*\\n(.*?)\\n```\\n", Pattern.DOTALL )
				.matcher( readme );
		assertTrue( m.find(), "README.md has the script " + name );
		return m.group( 1 ) + "\n";
	}

	/** Runs a script of the README with its parameters; returns the lines it printed. */
	private static List< String > run( final String name, final Map< String, Object > inputs ) throws IOException, InterruptedException,
			ExecutionException
	{
		final ScriptInfo info = new ScriptInfo( harness.context(), name, new StringReader( script( name ) ) );
		final ModuleService modules = harness.context().service( ModuleService.class );
		final ScriptModule module = ( ScriptModule ) modules.createModule( info );
		final StringWriter out = new StringWriter(), err = new StringWriter();
		module.setOutputWriter( out );
		module.setErrorWriter( err );
		modules.run( module, true, inputs ).get();
		harness.forgetInputs( info );
		assertEquals( "", err.toString(), name + " wrote errors" );
		assertNull( module.getReturnValue(), name + " returns nothing that Fiji would show as its output" );
		return Arrays.asList( out.toString().trim().split( "\\R" ) );
	}

	/** SSIM and NIQE of every image of bicubic/ against reference/: the library's values, printed. */
	@Test
	void groovyScoresAFolder() throws Exception
	{
		final Map< String, Object > inputs = new HashMap<>();
		inputs.put( "referenceFolder", TEST_IMAGES.resolve( "reference" ).toFile() );
		inputs.put( "restoredFolder", TEST_IMAGES.resolve( "bicubic" ).toFile() );
		final List< String > expected = new ArrayList<>();
		for ( final String image : Arrays.asList( "I03.png", "I04.png", "I06.png", "I08.png", "I19.png" ) )
		{
			final ImagePlus reference = ImageFiles.openImagePlus( TEST_IMAGES.resolve( "reference" ).resolve( image ) );
			final ImagePlus restored = ImageFiles.openImagePlus( TEST_IMAGES.resolve( "bicubic" ).resolve( image ) );
			final ImagePlusSource x = new ImagePlusSource( reference ), y = new ImagePlusSource( restored );
			expected.add( image + ": SSIM " + PdPlane.score( "ssim", x, y, Preparation.defaults(), MetricSettings.defaults() ) + ", NIQE " + PdPlane
					.score( "niqe", null, y, Preparation.defaults(), MetricSettings.defaults() ) );
		}
		assertEquals( expected, run( "score-folder.groovy", inputs ) );
	}

	/** Evaluate Algorithms on test-images/: the set values of summary.csv, one line per algorithm. */
	@Test
	void pythonEvaluatesAlgorithms() throws Exception
	{
		final Map< String, Object > inputs = new HashMap<>();
		inputs.put( "referenceFolder", TEST_IMAGES.resolve( "reference" ).toFile() );
		inputs.put( "algorithmsFolder", TEST_IMAGES.toFile() );
		inputs.put( "outputFolder", dir.toFile() );
		final List< String > printed = run( "evaluate.py", inputs );
		// the columns read come before any quoted text (the provenance columns are last)
		final List< String > lines = Files.readAllLines( dir.resolve( "summary.csv" ), StandardCharsets.UTF_8 );
		final List< String > header = Arrays.asList( lines.get( 0 ).split( "," ) );
		final List< String > expected = new ArrayList<>();
		for ( final String line : lines.subList( 1, lines.size() ) )
		{
			final String[] cells = line.split( "," );
			final double ssim = Double.parseDouble( cells[ header.indexOf( "ssim" ) ] );
			assertTrue( ssim > 0.5 && ssim < 1, line );
			expected.add( cells[ header.indexOf( "algorithm" ) ] + ": RMSE " + cells[ header.indexOf( "rmse" ) ] + ", NIQE " + cells[ header.indexOf(
					"niqe" ) ] + ", SSIM " + cells[ header.indexOf( "ssim" ) ] );
		}
		assertEquals( 7, expected.size() );
		assertEquals( expected, printed );
	}
}
