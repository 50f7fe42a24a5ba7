package io.github.pdplane.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Plane;
import io.github.pdplane.metrics.FullReferenceMetric;
import io.github.pdplane.metrics.MetricKind;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;

/** The benchmark's bookkeeping (not its timings): what it runs, the values it reports, its output. */
class MetricBenchmarkTest
{
	@Test
	void timesEveryMetricAndSsimWithDownsampling()
	{
		final Plane[] pair = MetricBenchmark.syntheticPair( 200, 3 );
		final List< Timing.Result > results = MetricBenchmark.run( MetricBenchmark.allFullReference(), pair[ 0 ], pair[ 1 ], 0, 3 );
		// every full-reference metric but VGG2,2, which VggBenchmark times, and SSIM a second time with downsampling
		assertEquals( MetricRegistry.ofKind( io.github.pdplane.metrics.MetricKind.FULL_REFERENCE ).size() - 1 + 1, results.size() );
		for ( final Timing.Result r : results )
		{
			final boolean downsample = r.label().equals( "ssim (downsample)" );
			final String id = downsample ? "ssim" : r.label();
			final FullReferenceMetric m = ( FullReferenceMetric ) MetricRegistry.byId( id ).create( MetricSettings.defaults()
					.withSsimDownsample( downsample ) );
			assertEquals( m.score( new Plane[] { pair[ 0 ] }, new Plane[] { pair[ 1 ] }, 255 ), r.value(), 0, r.label() );
			assertTrue( r.minMs() <= r.medianMs() && r.minMs() >= 0 );
			assertEquals( 3, r.repeats() );
		}
		final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		MetricBenchmark.printCsv( results, new PrintStream( bytes, true ) );
		final String[] lines = new String( bytes.toByteArray(), StandardCharsets.UTF_8 ).split( "\\R" );
		assertEquals( "metric,value,median_ms,min_ms", lines[ 0 ] );
		assertEquals( results.size() + 1, lines.length );
	}

	@Test
	void syntheticPairIsReproducible()
	{
		final Plane[] a = MetricBenchmark.syntheticPair( 64, 5 ), b = MetricBenchmark.syntheticPair( 64, 5 );
		assertArrayEquals( a[ 0 ].values(), b[ 0 ].values(), 0 );
		assertArrayEquals( a[ 1 ].values(), b[ 1 ].values(), 0 );
		for ( final double v : a[ 1 ].values() )
			assertTrue( v >= 0 && v <= 255 && v == Math.rint( v ) );
	}

	@Test
	void badCountsAreRefused()
	{
		final Plane[] pair = MetricBenchmark.syntheticPair( 20, 1 );
		assertThrows( PdPlaneException.class, () -> MetricBenchmark.run( MetricBenchmark.allFullReference(), pair[ 0 ], pair[ 1 ], 0, 0 ) );
	}
}
