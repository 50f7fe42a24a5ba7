package io.github.pdplane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.github.pdplane.metrics.Direction;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricRegistry;

/**
 * The README's metric table is the registry's: one source of truth, checked here. On failure the
 * registry's table is written to {@code target/metric-table.md}, ready to paste.
 */
class ReadmeTest
{
	private static final String START = "<!-- metric-table: generated from MetricRegistry; ReadmeTest fails when this table and the registry disagree -->";

	private static final String END = "<!-- end metric-table -->";

	static String metricTable()
	{
		final StringBuilder table = new StringBuilder();
		table.append( "| id | name | kind | better | default convention | minimum size | reference |\n" );
		table.append( "|---|---|---|---|---|---|---|\n" );
		for ( final MetricDescriptor d : MetricRegistry.all() )
			table.append( "| `" ).append( d.id() ).append( "` | " ).append( d.displayName() ).append( " | " )
					.append( d.kind().name().toLowerCase( Locale.ROOT ).replace( '_', '-' ) ).append( " | " )
					.append( d.direction() == Direction.LOWER_IS_BETTER ? "lower" : "higher" ).append( " | " )
					.append( d.defaultConvention().id() ).append( " | " )
					.append( d.minimumSize() ).append( 'x' ).append( d.minimumSize() ).append( " | " )
					.append( d.citation().replace( "|", "\\|" ) ).append( " |\n" );
		return table.toString();
	}

	@Test
	void metricTableMatchesTheRegistry() throws IOException
	{
		final Path readme = Paths.get( "README.md" );
		assertTrue( Files.exists( readme ), "run from the project root" );
		final String text = new String( Files.readAllBytes( readme ), StandardCharsets.UTF_8 );
		final int start = text.indexOf( START ), end = text.indexOf( END );
		assertTrue( start >= 0 && end > start, "README.md lacks the metric-table markers" );
		final String table = text.substring( start + START.length(), end ).trim() + "\n";
		final String expected = metricTable();
		if ( !expected.equals( table ) )
			Files.write( Paths.get( "target", "metric-table.md" ), expected.getBytes( StandardCharsets.UTF_8 ) );
		assertEquals( expected, table, "README.md's metric table differs from MetricRegistry; target/metric-table.md holds the registry's" );
	}
}
