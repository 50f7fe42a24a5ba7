package io.github.pdplane.ij;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricRegistry;

class AboutTest
{
	/** The About text is built from the registry, so every metric is cited there. */
	@Test
	void citesEveryMetric()
	{
		final String text = About.text();
		for ( final MetricDescriptor d : MetricRegistry.all() )
			assertTrue( text.contains( d.displayName() + " (" + d.direction().label() + "): " + d.citation() ), d.id() );
	}
}
