package io.github.pdplane.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.catalogue.BadInput;
import io.github.pdplane.catalogue.BadInput.Invocation;
import io.github.pdplane.catalogue.BadInputCatalogue;

/**
 * The command line against every kind of bad input of the {@link BadInputCatalogue}: the exit code the README
 * documents (1 refused, 2 usage, 0 scored with a warning), a message line naming the input and stating the rule,
 * no stack trace, and every input file unchanged.
 */
class BadInputCatalogueCliTest
{
	@TempDir
	Path root;

	@TestFactory
	Stream< DynamicTest > everyKindOfBadInput()
	{
		return BadInputCatalogue.all().stream().map( bad -> dynamicTest( bad.id + ": " + bad.description, () -> check( bad ) ) );
	}

	private void check( final BadInput bad ) throws IOException
	{
		final Path dir = Files.createDirectories( root.resolve( bad.id ) );
		final Invocation invocation = bad.fixture.make( dir );
		final Map< Path, String > before = inputs( dir );
		final CliRun run = CliRun.of( invocation.arguments.toArray( new String[ 0 ] ) );
		assertEquals( bad.outcome.exit, run.exit, run::toString );
		run.assertNoStackTrace();
		final String kind = bad.outcome == BadInput.Outcome.WARNED ? "warning: " : "error: ";
		assertTrue( run.errLines().stream().anyMatch( line -> line.startsWith( kind ) && bad.answeredBy( line, invocation.named ) ), () -> "no " + kind + "line naming '" + invocation.named + "' with " + bad.rule + ":\n" + run );
		assertEquals( before, inputs( dir ), "inputs unchanged" );
	}

	/** The checksums of the input files: everything in the case's folder but the output folder a batch writes. */
	private static Map< Path, String > inputs( final Path dir )
	{
		final Map< Path, String > sums = new TreeMap<>( CliRun.checksums( dir ) );
		sums.keySet().removeIf( p -> p.startsWith( dir.resolve( "out" ) ) );
		return sums;
	}
}
