package io.github.pdplane.metrics;

import static io.github.pdplane.metrics.MetricTestImages.constant;
import static io.github.pdplane.metrics.MetricTestImages.noise;
import static io.github.pdplane.metrics.MetricTestImages.noisy;
import static io.github.pdplane.metrics.MetricTestImages.pattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Plane;

class ContrastStructureTest
{
	private static void assertSameBits( final double expected, final double actual, final String what )
	{
		assertEquals( Double.doubleToLongBits( expected ), Double.doubleToLongBits( actual ), what + ": " + expected + " and " + actual );
	}

	/** Every pair of a few images, in both orders (the formula is not symmetric in its rounding), at several data ranges. */
	@Test
	void equalsSsimMeansBitForBit()
	{
		final Plane pattern = pattern( 61, 37 );
		final Plane[] images = { pattern, noisy( pattern, 20, 1 ), noise( 61, 37, 2 ), constant( 61, 37, 7 ), noisy( pattern, 0.5, 3 ) };
		final ContrastStructure[] moments = new ContrastStructure[ images.length ];
		for ( int i = 0; i < images.length; i++ )
			moments[ i ] = ContrastStructure.of( images[ i ] );
		// 1e-200: C1 and C2 underflow to 0, the guarded formula
		for ( final double range : new double[] { 255, 1, 1e-200 } )
			for ( int i = 0; i < images.length; i++ )
				for ( int j = 0; j < images.length; j++ )
					assertSameBits( Ssim.means( images[ i ], images[ j ], range ).contrastStructure(), moments[ i ].mean( moments[ j ], range ),
							"images " + i + " and " + j + ", range " + range );
	}

	@Test
	void refusesWhatSsimRefuses()
	{
		final ContrastStructure a = ContrastStructure.of( pattern( 20, 20 ) ), b = ContrastStructure.of( pattern( 21, 20 ) );
		assertTrue( assertThrows( PdPlaneException.class, () -> a.mean( b, 255 ) ).getMessage().contains( "20x20 and 21x20" ) );
		assertTrue( assertThrows( PdPlaneException.class, () -> a.mean( a, 0 ) ).getMessage().contains( "data range" ) );
		assertTrue( assertThrows( PdPlaneException.class, () -> ContrastStructure.of( pattern( 10, 30 ) ) ).getMessage().contains(
				"at least 11x11" ) );
	}
}
