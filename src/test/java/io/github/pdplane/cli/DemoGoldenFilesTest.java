package io.github.pdplane.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.nr.ma.MaModelStore;

/**
 * Determinism, pinned: the demo's CSVs are the golden files of {@code src/test/resources/golden/demo} byte for
 * byte, with one thread and with two, and its SVG is the same bytes from run to run. A change that moves a
 * number fails here until the golden files are replaced (their README says how), so no number moves unnoticed.
 */
class DemoGoldenFilesTest
{
	private static final Path GOLDEN = Paths.get( "src", "test", "resources", "golden", "demo" );

	private static final Path BUNDLED = Paths.get( "test-images" );

	@Test
	void theDemosCsvsAreTheGoldenFilesAndItsSvgRepeats( @TempDir final Path dir ) throws IOException
	{
		// with a Ma et al. model installed the demo's y axis is PI, not the NIQE of the golden files (CI has none)
		assumeFalse( MaModelStore.fromEnvironment().isAvailable(), "a Ma et al. model is installed: the demo plots PI" );
		final Path one = run( dir.resolve( "one" ), 1 ), two = run( dir.resolve( "two" ), 2 );
		for ( final String csv : new String[] { "per-image.csv", "summary.csv" } )
		{
			assertEquals( text( GOLDEN.resolve( csv ) ), text( one.resolve( csv ) ), csv + ", one thread" );
			assertArrayEquals( Files.readAllBytes( GOLDEN.resolve( csv ) ), Files.readAllBytes( two.resolve( csv ) ), csv + ", two threads" );
		}
		assertArrayEquals( Files.readAllBytes( one.resolve( "plane.svg" ) ), Files.readAllBytes( two.resolve( "plane.svg" ) ), "plane.svg" );
	}

	private static Path run( final Path out, final int threads )
	{
		final CliRun run = CliRun.of( "demo", "--images", BUNDLED.toString(), "--out", out.toString(), "--threads", Integer.toString( threads ) );
		assertEquals( Main.OK, run.exit, run::toString );
		return out;
	}

	private static String text( final Path file ) throws IOException
	{
		return new String( Files.readAllBytes( file ), StandardCharsets.UTF_8 );
	}
}
