package io.github.pdplane.catalogue;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.github.pdplane.catalogue.BadInput.EntryPoint;

/** The README's catalogue of bad inputs is the {@link BadInputCatalogue} the tests run, line for line. */
class CatalogueReadmeTest
{
	private static final String[] ANSWERS = { "refused, exit 1", "usage error, exit 2", "scored with a warning, exit 0" };

	@Test
	void theReadmeListsEveryCase() throws IOException
	{
		final String readme = new String( Files.readAllBytes( Paths.get( "README.md" ) ), StandardCharsets.UTF_8 );
		final StringBuilder table = new StringBuilder( "| id | input | answer | entry points |\n|---|---|---|---|\n" );
		for ( final BadInput bad : BadInputCatalogue.all() )
			table.append( "| `" ).append( bad.id ).append( "` | " ).append( bad.description ).append( " | " ).append( ANSWERS[ bad.outcome
					.ordinal() ] ).append( " | " ).append( bad.entryPoints.stream().map( e -> e.label ).collect( Collectors.joining( ", " ) ) )
					.append( " |\n" );
		assertTrue( readme.contains( table ), "README.md's catalogue should read:\n" + table );
		final String counts = "Of the " + BadInputCatalogue.all().size() + " kinds the library takes " + BadInputCatalogue.reaching(
				EntryPoint.LIBRARY ).size() + ", the commands\n" + BadInputCatalogue.reaching( EntryPoint.COMMANDS ).size() + ", the macros "
				+ BadInputCatalogue.reaching( EntryPoint.MACROS ).size() + ".";
		assertTrue( readme.contains( counts ), "README.md's catalogue should say: " + counts );
	}
}
