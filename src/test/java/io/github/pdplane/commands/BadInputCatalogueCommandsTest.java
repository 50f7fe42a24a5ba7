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
import io.github.pdplane.catalogue.BadInput.Pair;
import io.github.pdplane.catalogue.BadInputCatalogue;
import io.github.pdplane.catalogue.Checksums;

/**
 * The SciJava commands against every pair of the {@link BadInputCatalogue}, each through the command of its metric
 * with the images opened as ImageJ opens them: a refusal cancels the command with a reason naming the image and
 * stating the rule, a warned pair gets its value and a logged warning that names the image, and neither the
 * images' pixels nor the files change.
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
	Stream< DynamicTest > everyBadPair()
	{
		return BadInputCatalogue.openImages().stream().map( bad -> dynamicTest( bad.id + ": " + bad.description, () -> check( bad ) ) );
	}

	private void check( final BadInput bad ) throws IOException, InstantiableException
	{
		final Path dir = Files.createDirectories( root.resolve( bad.id ) );
		final Pair pair = bad.fixture.make( dir ).pair;
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
			assertTrue( warnings.stream().anyMatch( w -> w.contains( named ) && bad.rule.stream().allMatch( w::contains ) ), () -> "no warning naming "
					+ named + " with " + bad.rule + ": " + warnings );
		}
		else
		{
			final String reason = CommandHarness.cancelReason( module );
			assertNotNull( reason, bad.id + " was scored" );
			assertTrue( reason.contains( named ) && bad.rule.stream().allMatch( reason::contains ), () -> "does not name " + named + " with "
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
