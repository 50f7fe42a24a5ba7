package io.github.pdplane.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
		final String unwrapped = text.replaceAll( "\n +", " " );
		for ( final MetricDescriptor d : MetricRegistry.all() )
			assertTrue( unwrapped.contains( d.displayName() + " (" + d.direction().label() + "): " + d.citation() ), d.id() );
	}

	/**
	 * ImageJ's message box is as wide as its longest line: no line of the text is longer than 80 characters
	 * (about 560 pixels in ImageJ's dialog font), where one citation on one line once made the box 3241 pixels
	 * wide with its OK button off the screen.
	 */
	@Test
	void noLineIsWiderThanTheBox()
	{
		assertEquals( 80, About.LINE_WIDTH );
		final String[] lines = About.text().split( "\n" );
		assertTrue( lines.length > MetricRegistry.all().size() + 2 );
		for ( final String line : lines )
			assertTrue( line.length() <= About.LINE_WIDTH, line.length() + " characters: " + line );
	}
}
