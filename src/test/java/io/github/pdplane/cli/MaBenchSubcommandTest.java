package io.github.pdplane.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code bench} with Ma et al.'s metric, which it times on synthetic forests. */
class MaBenchSubcommandTest
{
	@Test
	void benchTimesMaWithoutAnInstalledModel()
	{
		final CliRun run = CliRun.of( "bench", "--metrics", "ma", "--warmup", "0", "--repeats", "1", "--csv" );
		assertEquals( Main.OK, run.exit, run::toString );
		assertEquals( "metric,value,median_ms,min_ms", run.outLines().get( 0 ) );
		assertEquals( 4, run.outLines().size(), run.out );
		assertTrue( run.outLines().get( 2 ).startsWith( "ma features 512x384," ), run.out );
		assertTrue( run.outLines().get( 3 ).startsWith( "ma forests 3 x 2000 trees," ), run.out );
	}
}
