package io.github.pdplane.setlevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Plane;
import io.github.pdplane.nr.MultivariateGaussian;
import io.github.pdplane.nr.TestImages;
import io.github.pdplane.setlevel.SetDistances.Distance;
import io.github.pdplane.setlevel.SetDistances.FeatureSet;

class SetDistancesTest
{
	private static final Plane[] REFERENCES = new Plane[ TestImages.TID_REFERENCES.length ];

	static
	{
		for ( int i = 0; i < REFERENCES.length; i++ )
			REFERENCES[ i ] = TestImages.gray( TestImages.TID_REFERENCES[ i ] );
	}

	private static FeatureSet set( final String name, final double noise )
	{
		final FeatureSet s = new FeatureSet( name );
		for ( int i = 0; i < REFERENCES.length; i++ )
			s.add( TestImages.TID_REFERENCES[ i ], noise == 0 ? REFERENCES[ i ] : TestImages.noisy( REFERENCES[ i ], noise, 7 + i ), 255 );
		return s;
	}

	@Test
	void aSetIsAtDistanceZeroFromItself()
	{
		final FeatureSet a = set( "reference set", 0 ), b = set( "restored set", 0 );
		assertEquals( 5, a.imageCount() );
		assertEquals( 100, a.blockCount() ); // five 512x384 images, 5x4 blocks each
		assertEquals( 0, Distance.NSS_FD.between( a, b ), 1e-9 );
		assertEquals( 0, Distance.NIQE_REF.between( a, b ), 1e-9 );
		// one image: 20 blocks, a covariance of rank 19 in 36 dimensions
		final FeatureSet one = new FeatureSet( "one" ).add( "I03", REFERENCES[ 0 ], 255 );
		assertEquals( 0, SetDistances.frechet( one.gaussian(), one.gaussian() ), 1e-9 );
	}

	@Test
	void distancesGrowWithNoiseOnTheRestoredSet()
	{
		final FeatureSet reference = set( "reference set", 0 );
		double previousFd = 0, previousRef = 0;
		for ( final double sigma : new double[] { 5, 10, 20 } )
		{
			final FeatureSet restored = set( "restored set", sigma );
			final double fd = Distance.NSS_FD.between( reference, restored ), ref = Distance.NIQE_REF.between( reference, restored );
			assertTrue( fd > previousFd, "nss-fd at sigma " + sigma + ": " + fd + " after " + previousFd );
			assertTrue( ref > previousRef, "niqe-ref at sigma " + sigma + ": " + ref + " after " + previousRef );
			previousFd = fd;
			previousRef = ref;
		}
	}

	@Test
	void frechetOfKnownGaussians()
	{
		// diagonal covariances: |mu_1 - mu_2|^2 + sum (sqrt(a_i) - sqrt(b_i))^2
		final MultivariateGaussian a = MultivariateGaussian.of( new double[] { 0, 1 }, new double[][] { { 4, 0 }, { 0, 1 } }, 0 );
		final MultivariateGaussian b = MultivariateGaussian.of( new double[] { 3, 1 }, new double[][] { { 1, 0 }, { 0, 9 } }, 0 );
		assertEquals( 9 + 1 + 4, SetDistances.frechet( a, b ), 1e-13 );
		assertEquals( SetDistances.frechet( a, b ), SetDistances.frechet( b, a ), 1e-13 );
		// a rotated pair: C1 = I, C2 = R diag(4, 1) R^T; tr C1 + tr C2 - 2 tr sqrt(C2) = 2 + 5 - 2 * 3
		final MultivariateGaussian identity = MultivariateGaussian.of( new double[ 2 ], new double[][] { { 1, 0 }, { 0, 1 } }, 0 );
		assertEquals( 1, SetDistances.frechet( identity, rotated( 4, 1 ) ), 1e-13 );
		// C2 = R diag(4, 0) R^T is singular: the distance is not Lipschitz there (a rounding error e of
		// the zero eigenvalue moves it by sqrt(e)), so only about half the digits are meaningful
		assertEquals( 2, SetDistances.frechet( identity, rotated( 4, 0 ) ), 1e-7 );
		assertEquals( 2, SetDistances.niqeRef( MultivariateGaussian.of( new double[] { 2 }, new double[][] { { 1 } }, 0 ),
				MultivariateGaussian.of( new double[] { 0 }, new double[][] { { 1 } }, 0 ) ), 1e-15 );
	}

	private static MultivariateGaussian rotated( final double a, final double b )
	{
		final double c = Math.cos( 0.3 ), s = Math.sin( 0.3 );
		return MultivariateGaussian.of( new double[ 2 ],
				new double[][] { { a * c * c + b * s * s, ( a - b ) * c * s }, { ( a - b ) * c * s, a * s * s + b * c * c } }, 0 );
	}

	@Test
	void fitIsNanmeanAndNancov()
	{
		final java.util.List< double[] > rows = java.util.Arrays.asList( new double[] { 1, 2 }, new double[] { 3, Double.NaN },
				new double[] { 3, 6 } );
		final MultivariateGaussian g = MultivariateGaussian.fitIgnoringNaN( rows );
		assertEquals( 7.0 / 3, g.mean()[ 0 ], 1e-15 ); // nanmean: every non-NaN value of the column
		assertEquals( 4, g.mean()[ 1 ], 0 );
		assertEquals( 2, g.covariance()[ 0 ][ 0 ], 0 ); // nancov: rows 1 and 3 only, N - 1
		assertEquals( 4, g.covariance()[ 0 ][ 1 ], 0 );
		assertEquals( 8, g.covariance()[ 1 ][ 1 ], 0 );
		assertEquals( 2, g.samples() );
	}

	@Test
	void badInput()
	{
		final FeatureSet flat = new FeatureSet( "restored set" ).add( "grey.png", TestImages.constant( 200, 200, 30 ), 255 );
		final PdPlaneException e = assertThrows( PdPlaneException.class, () -> Distance.NSS_FD.between( set( "reference set", 0 ), flat ) );
		assertEquals( "The restored set (1 image(s), 4 blocks of 96x96 pixels) has 0 block(s) with structure; a set distance needs at least 2"
				+ " for a covariance. Add images, or non-flat ones.", e.getMessage() );
		assertEquals( Distance.NSS_FD, Distance.fromId( " NSS-FD " ) );
		assertThrows( PdPlaneException.class, () -> Distance.fromId( "fid" ) );
	}
}
