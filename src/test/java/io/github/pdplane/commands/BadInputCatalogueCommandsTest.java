package io.github.pdplane.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.InstantiableException;
import org.scijava.command.Command;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.Module;

import ij.IJ;
import ij.ImagePlus;

import io.github.pdplane.catalogue.BadInput;
import io.github.pdplane.catalogue.BadInput.CommandCall;
import io.github.pdplane.catalogue.BadInput.EntryPoint;
import io.github.pdplane.catalogue.BadInput.Invocation;
import io.github.pdplane.catalogue.BadInput.OpenImage;
import io.github.pdplane.catalogue.BadInput.Pair;
import io.github.pdplane.catalogue.BadInputCatalogue;
import io.github.pdplane.catalogue.Checksums;

/**
 * The SciJava commands against every input of the {@link BadInputCatalogue} that reaches them: each pair through the
 * command of its metric with the images opened as ImageJ opens them, the other inputs through the command and
 * parameters the catalogue names. A refusal cancels the command with a reason naming the input and stating the
 * rule, a warned pair gets its value and a logged warning that names the image, a batch that goes on names the input
 * in its Log, and neither the images' pixels nor the files change.
 */
class BadInputCatalogueCommandsTest
{
	private static CommandHarness harness;

	@TempDir
	Path root;

	@BeforeAll
	static void context()
	{
		harness = new CommandHarness();
	}

	@AfterAll
	static void dispose()
	{
		harness.close();
	}

	@TestFactory
	Stream< DynamicTest > everyBadInputOfTheCommands()
	{
		return BadInputCatalogue.reaching( EntryPoint.COMMANDS ).stream().map( bad -> dynamicTest( bad.id + ": " + bad.description, () -> check(
				bad ) ) );
	}

	private void check( final BadInput bad ) throws IOException, InstantiableException, ClassNotFoundException
	{
		final Path dir = Files.createDirectories( root.resolve( bad.id ) );
		final Invocation invocation = bad.fixture.make( dir );
		if ( invocation.pair != null )
			checkPair( bad, dir, invocation.pair );
		else
			checkCall( bad, dir, invocation );
	}

	/**
	 * The command and inputs of {@code invocation}, images opened as ImageJ opens them and paths as files: a refusal
	 * cancels the command with a reason naming the input and stating the rule; a batch that goes on past the input
	 * ends normally, its Log naming the input with the rule.
	 */
	private void checkCall( final BadInput bad, final Path dir, final Invocation invocation ) throws ClassNotFoundException
	{
		final CommandCall call = invocation.command;
		assertNotNull( call, bad.id + " reaches the commands, but has no call of them" );
		final Map< Path, String > files = Checksums.of( dir );
		final List< ImagePlus > images = new ArrayList<>();
		final List< Object > inputs = new ArrayList<>();
		call.inputs.forEach( ( name, value ) -> {
			inputs.add( name );
			if ( value instanceof OpenImage )
			{
				final ImagePlus image = IJ.openImage( ( ( OpenImage ) value ).file.toString() );
				images.add( image );
				inputs.add( image );
			}
			else
				inputs.add( value instanceof Path ? ( ( Path ) value ).toFile() : value );
		} );
		final List< Object > pixels = pixels( images.toArray( new ImagePlus[ 0 ] ) );
		final List< String > log = new ArrayList<>();
		final Class< ? extends Command > command = Class.forName( CommandHarness.class.getPackage().getName() + "."
				+ call.command ).asSubclass( Command.class );
		final Module module = harness.run( command, c -> {
			if ( c instanceof PlaneCommand )
				( ( PlaneCommand ) c ).logWindow = LogNotes.into( log );
		}, inputs.toArray() );
		final String named = call.named != null ? call.named : invocation.named;
		final String reason = CommandHarness.cancelReason( module );
		if ( call.reported )
		{
			assertNull( reason, bad.id );
			assertTrue( log.stream().anyMatch( line -> bad.answeredBy( line, named ) ), () -> bad.id
					+ ": no Log line naming " + named + " with " + bad.rule + ": " + log );
		}
		else
		{
			assertNotNull( reason, bad.id + " was not refused; Log: " + log );
			assertTrue( bad.answeredBy( reason, named ), () -> bad.id + " does not name " + named
					+ " with " + bad.rule + ": " + reason );
		}
		assertEquals( pixels, pixels( images.toArray( new ImagePlus[ 0 ] ) ), "images unchanged" );
		assertEquals( files, Checksums.of( dir ), "files unchanged" );
	}

	private void checkPair( final BadInput bad, final Path dir, final Pair pair ) throws IOException, InstantiableException
	{
		final Map< Path, String > files = Checksums.of( dir );
		final ImagePlus reference = pair.reference == null ? null : IJ.openImage( pair.reference.toString() );
		final ImagePlus restored = IJ.openImage( pair.restored.toString() );
		final List< Object > pixels = pixels( reference, restored );
		final List< Object > inputs = new ArrayList<>( Arrays.asList( "restored", restored, "convention", "gray", "shave", pair.shave, "dataRange",
				Double.isNaN( pair.dataRange ) ? 0.0 : pair.dataRange ) );
		if ( reference != null )
			inputs.addAll( Arrays.asList( "reference", reference ) );
		if ( pair.model != null )
			inputs.addAll( Arrays.asList( pair.metric.equals( "niqe" ) ? "niqeModel" : "vggWeights", pair.model.toFile() ) );
		final int warningsBefore = harness.warnings().size();
		final Module module = harness.run( command( pair.metric ), inputs.toArray() );
		final String named = pair.blamed.getFileName().toString();
		if ( bad.outcome == BadInput.Outcome.WARNED )
		{
			assertNull( CommandHarness.cancelReason( module ), bad.id );
			assertTrue( Double.isFinite( CommandHarness.value( module ) ), bad.id );
			final List< String > warnings = harness.warnings().subList( warningsBefore, harness.warnings().size() );
			assertTrue( warnings.stream().anyMatch( w -> bad.answeredBy( w, named ) ), () -> "no warning naming "
					+ named + " with " + bad.rule + ": " + warnings );
		}
		else
		{
			final String reason = CommandHarness.cancelReason( module );
			assertNotNull( reason, bad.id + " was scored" );
			assertTrue( bad.answeredBy( reason, named ), () -> "does not name " + named + " with "
					+ bad.rule + ": " + reason );
		}
		assertEquals( pixels, pixels( reference, restored ), "images unchanged" );
		assertEquals( files, Checksums.of( dir ), "files unchanged" );
	}

	/** The command whose SciJava name is the metric's id. */
	private static Class< ? extends Command > command( final String metric ) throws InstantiableException
	{
		for ( final CommandInfo info : harness.context().service( CommandService.class ).getCommands() )
			if ( metric.equals( info.getName() ) && info.getClassName().startsWith( CommandHarness.class.getPackage().getName() ) )
				return info.loadClass().asSubclass( Command.class );
		throw new AssertionError( "no command for " + metric );
	}

	/** Copies of every slice's pixels. */
	private static List< Object > pixels( final ImagePlus... images )
	{
		final List< Object > all = new ArrayList<>();
		for ( final ImagePlus image : images )
			if ( image != null )
				for ( int s = 1; s <= image.getStackSize(); s++ )
				{
					final Object p = image.getStack().getPixels( s );
					all.add( p instanceof byte[] ? Arrays.toString( ( byte[] ) p ) : p instanceof short[] ? Arrays.toString( ( short[] ) p )
							: p instanceof float[] ? Arrays.toString( ( float[] ) p ) : Arrays.toString( ( int[] ) p ) );
				}
		return all;
	}
}
