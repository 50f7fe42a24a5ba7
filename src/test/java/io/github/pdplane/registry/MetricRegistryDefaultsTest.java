package io.github.pdplane.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.github.pdplane.image.Convention;
import io.github.pdplane.image.Preparation;

/** Which convention and shave a run uses where the user names none. */
class MetricRegistryDefaultsTest
{
	@Test
	void plainMetricsUseGrayWithoutShave()
	{
		final Preparation p = MetricRegistry.defaultPreparation( MetricRegistry.parseList( "rmse,ssim,niqe" ) );
		assertEquals( Convention.GRAY, p.convention() );
		assertEquals( 0, p.shave() );
		assertEquals( Double.NaN, p.dataRange() );
	}

	@Test
	void perceptualIndexBringsThePirmProtocolForTheWholeRun()
	{
		final Preparation p = MetricRegistry.defaultPreparation( MetricRegistry.parseList( "rmse,pi" ) );
		assertEquals( Convention.Y, p.convention() );
		assertEquals( 4, p.shave() );
	}

	@Test
	void vgg22AloneIsScoredInColour()
	{
		final Preparation p = MetricRegistry.defaultPreparation( MetricRegistry.parseList( "vgg22" ) );
		assertEquals( Convention.RGB, p.convention() );
		assertEquals( 0, p.shave() );
	}

	@Test
	void colourYieldsToTheGreyMetricsAndToTheirProtocols()
	{
		assertEquals( Convention.GRAY, MetricRegistry.defaultPreparation( MetricRegistry.parseList( "vgg22,niqe" ) ).convention() );
		assertEquals( Convention.GRAY, MetricRegistry.defaultPreparation( MetricRegistry.parseList( "ssim,vgg22" ) ).convention() );
		final Preparation pirm = MetricRegistry.defaultPreparation( MetricRegistry.parseList( "vgg22,pi" ) );
		assertEquals( Convention.Y, pirm.convention() );
		assertEquals( 4, pirm.shave() );
	}
}
