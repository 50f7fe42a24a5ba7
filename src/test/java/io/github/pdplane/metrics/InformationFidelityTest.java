package io.github.pdplane.metrics;

import static io.github.pdplane.metrics.MetricTestImages.constant;
import static io.github.pdplane.metrics.MetricTestImages.map;
import static io.github.pdplane.metrics.MetricTestImages.noisy;
import static io.github.pdplane.metrics.MetricTestImages.pattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Convention;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.image.SpatialSteerablePyramid;
import io.github.pdplane.io.imagej.ImageFiles;

/** VIF, VIFp and IFC: the behaviour the papers promise, and the input rules of the releases. */
class InformationFidelityTest
{
	private static final FullReferenceMetric VIF = new Vif(), VIFP = new Vifp(), IFC = new Ifc();

	/** A Kodak photograph (TID2013 reference I04), grey as MATLAB's rgb2gray makes it. */
	private static Plane photograph() throws Exception
	{
		return Preparation.defaults().prepare( ImageFiles.open( PublishedValuesTest.folder().resolve( "tid2013-pairs/ref/I04.bmp" ) ), 0 )[ 0 ];
	}

	/** {@code image} plus Gaussian noise of standard deviation {@code sigma}, rounded and clipped to 8 bits. */
	private static Plane withGaussianNoise( final Plane image, final double sigma, final long seed )
	{
		final Random random = new Random( seed );
		return map( image, v -> Math.min( 255, Math.max( 0, Math.rint( v + sigma * random.nextGaussian() ) ) ) );
	}

	private static double score( final FullReferenceMetric m, final Plane x, final Plane y )
	{
		return m.score( new Plane[] { x }, new Plane[] { y }, 255 );
	}

	@Test
	void identicalPhotographsScoreOne() throws Exception
	{
		final Plane x = photograph();
		final double vif = score( VIF, x, x ), vifp = score( VIFP, x, x );
		System.out.printf( Locale.ROOT, "identical photograph: VIF - 1 = %.2e, VIFp - 1 = %.2e, IFC = %.4f%n", vif - 1, vifp - 1,
				score( IFC, x, x ) );
		assertEquals( 1, vif, 1e-9 );
		assertEquals( 1, vifp, 1e-9 );
	}

	/** More noise, less information: every metric falls at every step of sigma 5, 10, 20, 40. */
	@Test
	void informationFallsAsGaussianNoiseGrows() throws Exception
	{
		final Plane x = photograph();
		for ( final FullReferenceMetric m : new FullReferenceMetric[] { VIF, IFC, VIFP } )
		{
			double previous = score( m, x, x );
			final StringBuilder values = new StringBuilder( m.getClass().getSimpleName() + ": identical " + previous );
			for ( final double sigma : new double[] { 5, 10, 20, 40 } )
			{
				final double value = score( m, x, withGaussianNoise( x, sigma, 2005 ) );
				values.append( String.format( Locale.ROOT, ", sigma %.0f %.6f", sigma, value ) );
				assertTrue( value < previous, values.toString() );
				assertTrue( value > 0, values.toString() );
				previous = value;
			}
			System.out.println( values );
		}
	}

	/** VIF above 1: a contrast stretch without clipping adds visible information (the paper's Fig. 5). */
	@Test
	void contrastEnhancementScoresAboveOne()
	{
		final Plane x = map( pattern( 200, 180 ), v -> 64 + ( v - 128 ) / 2 ), stretched = map( x, v -> 128 + 1.5 * ( v - 128 ) );
		assertTrue( score( VIF, x, stretched ) > 1, "VIF " + score( VIF, x, stretched ) );
		assertTrue( score( VIFP, x, stretched ) > 1, "VIFp " + score( VIFP, x, stretched ) );
	}

	/** A constant restored image keeps no information: exactly 0, as the releases give. */
	@Test
	void constantRestoredImagesScoreZero()
	{
		final Plane x = pattern( 120, 100 ), flat = constant( 120, 100, 128 );
		assertEquals( 0, score( VIF, x, flat ), 0 );
		assertEquals( 0, score( VIFP, x, flat ), 0 );
		assertEquals( 0, score( IFC, x, flat ), 0 );
	}

	/** A constant reference has no information to keep: the releases return NaN; here a message says so. */
	@Test
	void constantReferencesAreRefused()
	{
		final Plane flat = constant( 120, 100, 90 ), y = pattern( 120, 100 );
		for ( final FullReferenceMetric m : new FullReferenceMetric[] { VIF, IFC, VIFP } )
		{
			final String message = assertThrows( PdPlaneException.class, () -> score( m, flat, y ) ).getMessage();
			assertTrue( message.contains( "cannot compare with a constant reference (the reference is 90 everywhere)" ), message );
		}
		final Plane[] red = { pattern( 120, 100 ), flat, flat };
		final String message = assertThrows( PdPlaneException.class, () -> VIF.score( red, new Plane[] { y, y, y }, 255 ) ).getMessage();
		assertTrue( message.contains( "channel 2 of the reference is 90 everywhere" ) && message.contains( "convention gray or y" ), message );
	}

	/**
	 * A reference with structure in only one direction has none at the other orientation: VIF's covariance
	 * there is singular, which the release inverts to infinities (NaN); a message names the sub-band.
	 */
	@Test
	void referencesWithoutStructureInASubBandAreRefused()
	{
		final Plane stripes = map( pattern( 120, 100 ), v -> 0 ), y = pattern( 120, 100 );
		final double[] v = stripes.values();
		for ( int i = 0; i < v.length; i++ )
			v[ i ] = ( i % 120 ) % 7 * 30; // constant down every column
		for ( final FullReferenceMetric m : new FullReferenceMetric[] { VIF, IFC } )
		{
			final String message = assertThrows( PdPlaneException.class, () -> score( m, stripes, y ) ).getMessage();
			assertTrue( message.contains( "no structure at orientation" ) && message.contains( "singular" ), message );
		}
	}

	@Test
	void imagesSmallerThanTheDecompositionAreRefused()
	{
		assertEquals( SpatialSteerablePyramid.sp5().minimumSide( GsmChannelEstimates.LEVELS ), Vif.MINIMUM_SIZE );
		assertEquals( 41, Vifp.MINIMUM_SIZE );
		for ( final FullReferenceMetric m : new FullReferenceMetric[] { VIF, IFC } )
		{
			final String message = assertThrows( PdPlaneException.class, () -> score( m, pattern( 71, 300 ), pattern( 71, 300 ) ) ).getMessage();
			assertTrue( message.contains( "at least 72x72" ) && message.contains( "4 levels of its steerable pyramid" )
					&& message.contains( "not 71x300" ), message );
			assertTrue( Double.isFinite( score( m, pattern( 72, 72 ), noisy( pattern( 72, 72 ), 10, 1 ) ) ) );
		}
		final String message = assertThrows( PdPlaneException.class, () -> score( VIFP, pattern( 200, 40 ), pattern( 200, 40 ) ) ).getMessage();
		assertTrue( message.contains( "at least 41x41" ) && message.contains( "17x17 Gaussian window" ) && message.contains( "not 200x40" ),
				message );
		assertTrue( Double.isFinite( score( VIFP, pattern( 41, 41 ), noisy( pattern( 41, 41 ), 10, 1 ) ) ) );
	}

	/**
	 * The release's windows are {@code 2^(4 - scale + 1) + 1} = 17, 9, 5, 3; at 41 pixels each of the four
	 * scales keeps at least one window position, at 40 the fourth keeps none.
	 */
	@Test
	void theVifpMinimumIsWhereTheFourthScaleEmpties()
	{
		assertEquals( 17, Vifp.window( 1 ) );
		assertEquals( 3, Vifp.window( 4 ) );
		assertEquals( 1, positionsAtTheFourthScale( Vifp.MINIMUM_SIZE ) );
		assertEquals( 0, positionsAtTheFourthScale( Vifp.MINIMUM_SIZE - 1 ) );
	}

	private static int positionsAtTheFourthScale( final int side )
	{
		int n = side;
		for ( int scale = 2; scale <= Vifp.SCALES; scale++ )
			n = Math.max( 0, ( n - Vifp.window( scale ) + 2 ) / 2 ); // filter2 'valid', then (1:2:end)
		return Math.max( 0, n - Vifp.window( Vifp.SCALES ) + 1 );
	}

	@Test
	void oddSizesAreScored()
	{
		for ( final int[] size : new int[][] { { 73, 77 }, { 97, 83 }, { 131, 99 } } )
		{
			final Plane x = pattern( size[ 0 ], size[ 1 ] ), y = noisy( x, 20, 3 );
			for ( final FullReferenceMetric m : new FullReferenceMetric[] { VIF, IFC, VIFP } )
			{
				final double value = score( m, x, y );
				assertTrue( value > 0 && Double.isFinite( value ), m.getClass().getSimpleName() + " " + size[ 0 ] + "x" + size[ 1 ] + ": " + value );
			}
		}
	}

	/** The releases' constants are for 0..255: 16-bit data (x 257) with its range scores as the 8-bit data. */
	@Test
	void otherDataRangesAreScaledToTheReleasesRange()
	{
		final Plane x = pattern( 100, 90 ), y = noisy( x, 15, 8 );
		final Plane x16 = map( x, v -> v * 257 ), y16 = map( y, v -> v * 257 );
		for ( final FullReferenceMetric m : new FullReferenceMetric[] { VIF, IFC, VIFP } )
		{
			final double eight = score( m, x, y ), sixteen = m.score( new Plane[] { x16 }, new Plane[] { y16 }, 65535 );
			assertEquals( eight, sixteen, 1e-9 * Math.abs( eight ), m.getClass().getSimpleName() );
		}
	}

	/** Colour (convention rgb) is scored channel by channel and averaged. */
	@Test
	void channelsAreAveraged()
	{
		final Plane[] x = { pattern( 100, 90 ), map( pattern( 100, 90 ), v -> 255 - v ), map( pattern( 90, 100 ), v -> v ).crop( 0, 0, 90, 90 ) };
		final Plane[] rgb = { x[ 0 ], x[ 1 ], pattern( 100, 90 ) };
		final Plane[] out = { noisy( rgb[ 0 ], 10, 1 ), noisy( rgb[ 1 ], 20, 2 ), noisy( rgb[ 2 ], 30, 3 ) };
		for ( final FullReferenceMetric m : new FullReferenceMetric[] { VIF, IFC, VIFP } )
		{
			double sum = 0;
			for ( int c = 0; c < 3; c++ )
				sum += score( m, rgb[ c ], out[ c ] );
			assertEquals( sum / 3, m.score( rgb, out, 255 ), 1e-15 * Math.abs( sum ), m.getClass().getSimpleName() );
		}
		assertTrue( Convention.RGB.id().equals( "rgb" ) );
	}

	@Test
	void sizesThatDifferAreRefused()
	{
		for ( final FullReferenceMetric m : new FullReferenceMetric[] { VIF, IFC, VIFP } )
		{
			final String message = assertThrows( PdPlaneException.class, () -> score( m, pattern( 100, 100 ), pattern( 100, 101 ) ) ).getMessage();
			assertTrue( message.contains( "equal size" ), message );
		}
	}
}
