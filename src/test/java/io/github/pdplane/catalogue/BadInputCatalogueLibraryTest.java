package io.github.pdplane.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.catalogue.BadInput.EntryPoint;
import io.github.pdplane.catalogue.BadInput.Invocation;
import io.github.pdplane.catalogue.BadInput.LibraryCall;
import io.github.pdplane.catalogue.BadInput.Pair;
import io.github.pdplane.image.Convention;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.io.imagej.ImageFiles;
import io.github.pdplane.nr.NiqeModel;
import io.github.pdplane.registry.MetricSettings;
import io.github.pdplane.score.PdPlane;
import io.github.pdplane.vgg.VggWeightsFiles;

/**
 * The library against every input of the {@link BadInputCatalogue} that reaches it: pairs through the {@link PdPlane}
 * facade on images read by {@link ImageFiles}, the others through the builders, jobs and readers a program uses. A
 * refusal is a {@link PdPlaneException} naming the input and stating the rule, nothing else is thrown, a job that
 * goes on reports the input among its failures, a warned pair gets a finite value, and the files are unchanged.
 */
class BadInputCatalogueLibraryTest
{
	@TempDir
	Path root;

	@TestFactory
	Stream< DynamicTest > everyBadInputOfTheLibrary()
	{
		return BadInputCatalogue.reaching( EntryPoint.LIBRARY ).stream().map( bad -> dynamicTest( bad.id + ": " + bad.description, () -> check(
				bad ) ) );
	}

	private void check( final BadInput bad ) throws IOException
	{
		final Path dir = Files.createDirectories( root.resolve( bad.id ) );
		final Invocation invocation = bad.fixture.make( dir );
		final Map< Path, String > before = Checksums.of( dir );
		if ( invocation.pair != null )
			checkPair( bad, invocation.pair );
		else
			checkCall( bad, invocation );
		assertEquals( before, Checksums.of( dir ), "files unchanged" );
	}

	private static void checkPair( final BadInput bad, final Pair pair )
	{
		if ( bad.outcome == BadInput.Outcome.WARNED )
			assertTrue( Double.isFinite( score( pair ) ), bad.id );
		else
			assertNamesTheInput( bad, pair.blamed.getFileName().toString(), assertThrows( PdPlaneException.class, () -> score( pair ) )
					.getMessage() );
	}

	/** A refusal is thrown; a run that goes on (a batch past an image it cannot score) reports the input among its failures. */
	private static void checkCall( final BadInput bad, final Invocation invocation ) throws IOException
	{
		final LibraryCall call = invocation.library;
		assertNotNull( call, bad.id + " reaches the library, but has no call of it" );
		final String named = call.named != null ? call.named : invocation.named;
		final List< String > reported;
		try
		{
			reported = call.run.run();
		}
		catch ( final PdPlaneException e )
		{
			assertNamesTheInput( bad, named, e.getMessage() );
			return;
		}
		assertTrue( reported.stream().anyMatch( m -> bad.answeredBy( m, named ) ), () -> bad.id
				+ " was neither refused nor reported naming " + named + " with " + bad.rule + ": " + reported );
	}

	private static void assertNamesTheInput( final BadInput bad, final String named, final String message )
	{
		assertTrue( bad.answeredBy( message, named ), () -> bad.id + " does not name " + named
				+ " with " + bad.rule + ": " + message );
	}

	private static double score( final Pair pair )
	{
		final ImageSource reference = pair.reference == null ? null : ImageFiles.open( pair.reference );
		final ImageSource restored = ImageFiles.open( pair.restored );
		return PdPlane.score( pair.metric, reference, restored, new Preparation( Convention.GRAY, pair.shave, pair.dataRange ), settings( pair ) );
	}

	/** The library's settings with the pair's model file read as a program would: {@link NiqeModel#load}, {@link VggWeightsFiles#load}. */
	private static MetricSettings settings( final Pair pair )
	{
		final MetricSettings defaults = MetricSettings.defaults();
		if ( pair.model == null )
			return defaults;
		return pair.metric.equals( "niqe" ) ? defaults.withNiqeModel( NiqeModel.load( pair.model ) ) : defaults.withVggWeights( VggWeightsFiles
				.load( pair.model ) );
	}
}
