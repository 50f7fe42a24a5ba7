package io.github.pdplane.metrics;

import static io.github.pdplane.metrics.MetricTestImages.noisy;
import static io.github.pdplane.metrics.MetricTestImages.pattern;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.pdplane.bench.VggBenchmark;
import io.github.pdplane.image.Plane;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;

/** Every full-reference metric of the registry: the perfect score on identical images, inputs untouched. */
class IdentityTest
{
	private static final Map< String, Double > PERFECT = PerfectScores.byId();

	/**
	 * Metrics whose value on identical images is the image's own information, not a constant: there the
	 * identical pair must score more than any distorted one.
	 */
	private static final List< String > UNBOUNDED = Arrays.asList( "ifc" );

	/**
	 * How far from the perfect score identical images may land: 0 where the formula gives it exactly; VIF
	 * and VIFp reach 1 only up to their releases' zero-variance tolerances (g = s^2 / (s^2 + tol) &lt; 1).
	 */
	private static double tolerance( final String id, final MetricSettings s )
	{
		if ( id.equals( "vif" ) || id.equals( "vifp" ) )
			return 1e-9;
		return s.msSsimVariant() == MsSsimVariant.WEIGHTED_SUM ? 1e-15 : 0;
	}

	private static MetricSettings[] allSettings()
	{
		// VGG2,2 on random weights in VGG19's shapes: identity and untouched inputs do not depend on trained values
		final MetricSettings base = MetricSettings.defaults().withVggWeights( VggBenchmark.randomWeights( 1 ) );
		return new MetricSettings[] { base, base.withSsimDownsample( true ), base.withMsSsimVariant( MsSsimVariant.MSCALE_NEW ),
				base.withMsSsimVariant( MsSsimVariant.WEIGHTED_SUM ) };
	}

	@Test
	void identicalImagesScorePerfectly()
	{
		final Plane[] x = { pattern( 400, 390 ) }, noisy = { noisy( x[ 0 ], 10, 4 ) };
		for ( final MetricDescriptor d : MetricRegistry.ofKind( MetricKind.FULL_REFERENCE ) )
			for ( final MetricSettings s : allSettings() )
			{
				final FullReferenceMetric metric = ( FullReferenceMetric ) d.create( s );
				final double value = metric.score( x, x, 255 );
				if ( UNBOUNDED.contains( d.id() ) )
					assertTrue( value > metric.score( x, noisy, 255 ), d.id() + " " + value );
				else
				{
					assertTrue( PERFECT.containsKey( d.id() ), "no perfect score known for " + d.id() );
					assertEquals( PERFECT.get( d.id() ), value, tolerance( d.id(), s ), d.id() );
				}
			}
	}

	@Test
	void inputsAreNotModified()
	{
		final Plane[] x = { pattern( 390, 400 ), pattern( 390, 400 ), pattern( 390, 400 ) };
		final Plane[] y = { noisy( x[ 0 ], 20, 1 ), noisy( x[ 1 ], 30, 2 ), noisy( x[ 2 ], 40, 3 ) };
		final double[][] before = new double[ 6 ][];
		for ( int c = 0; c < 3; c++ )
		{
			before[ c ] = x[ c ].values().clone();
			before[ 3 + c ] = y[ c ].values().clone();
		}
		for ( final MetricDescriptor d : MetricRegistry.ofKind( MetricKind.FULL_REFERENCE ) )
			for ( final MetricSettings s : allSettings() )
			{
				final FullReferenceMetric m = ( FullReferenceMetric ) d.create( s );
				m.score( x, y, 255 );
				m.score( new Plane[] { x[ 0 ] }, new Plane[] { y[ 0 ] }, 255 );
				for ( int c = 0; c < 3; c++ )
				{
					assertArrayEquals( before[ c ], x[ c ].values(), 0, d.id() );
					assertArrayEquals( before[ 3 + c ], y[ c ].values(), 0, d.id() );
				}
			}
		final Ssim ssim = new Ssim( true );
		ssim.map( x[ 0 ], y[ 0 ], 255 );
		Ssim.means( x[ 1 ], y[ 1 ], 255 );
		new MsSsim( MsSsimVariant.PAPER ).scales( x[ 2 ], y[ 2 ], 255 );
		for ( int c = 0; c < 3; c++ )
		{
			assertArrayEquals( before[ c ], x[ c ].values(), 0 );
			assertArrayEquals( before[ 3 + c ], y[ c ].values(), 0 );
		}
	}
}
