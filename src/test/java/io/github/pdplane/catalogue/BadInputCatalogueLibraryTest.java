package io.github.pdplane.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.PdPlaneException;
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
 * The library (the {@link PdPlane} facade on images read by {@link ImageFiles}) against every pair of the
 * {@link BadInputCatalogue}: a refusal is a {@link PdPlaneException} naming the image and stating the rule, nothing
 * else is thrown, a warned pair gets a finite value, and the files are unchanged.
 */
class BadInputCatalogueLibraryTest
{
	@TempDir
	Path root;

	@TestFactory
	Stream< DynamicTest > everyBadPair()
	{
		return BadInputCatalogue.pairs().stream().map( bad -> dynamicTest( bad.id + ": " + bad.description, () -> check( bad ) ) );
	}

	private void check( final BadInput bad ) throws IOException
	{
		final Path dir = Files.createDirectories( root.resolve( bad.id ) );
		final Pair pair = bad.fixture.make( dir ).pair;
		final Map< Path, String > before = Checksums.of( dir );
		if ( bad.outcome == BadInput.Outcome.WARNED )
			assertTrue( Double.isFinite( score( pair ) ), bad.id );
		else
		{
			final PdPlaneException e = assertThrows( PdPlaneException.class, () -> score( pair ) );
			assertTrue( e.getMessage().contains( pair.blamed.getFileName().toString() ) && bad.rule.stream().allMatch( e.getMessage()::contains ),
					() -> "does not name " + pair.blamed.getFileName() + " with " + bad.rule + ": " + e.getMessage() );
		}
		assertEquals( before, Checksums.of( dir ), "files unchanged" );
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
