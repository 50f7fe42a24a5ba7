package io.github.pdplane.nr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Convention;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.io.imagej.ImageFiles;
import io.github.pdplane.metrics.Direction;
import io.github.pdplane.metrics.MetricKind;
import io.github.pdplane.metrics.NoReferenceMetric;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;

class NiqeTest
{
	private static final Niqe LIVE = new Niqe();

	/** Every niqe row of expected-values.csv, through the registry, with its own tolerance. */
	@Test
	void publishedValuesOfTheMatlabRelease() throws IOException
	{
		int rows = 0;
		final StringBuilder report = new StringBuilder();
		for ( final String line : Files.readAllLines( TestImages.REFERENCE_DATA.resolve( "expected-values.csv" ), StandardCharsets.UTF_8 ) )
		{
			if ( line.startsWith( "#" ) || line.trim().isEmpty() )
				continue;
			final String[] f = line.split( ",", 7 );
			if ( !f[ 2 ].equals( "niqe" ) )
				continue;
			final ImageSource image = ImageFiles.open( TestImages.REFERENCE_DATA.resolve( f[ 1 ] ) );
			final Preparation preparation = new Preparation( Convention.fromId( f[ 3 ] ), 0, Double.NaN );
			final NoReferenceMetric niqe = ( NoReferenceMetric ) MetricRegistry.byId( "niqe" ).create( MetricSettings.defaults() );
			final double value = niqe.score( f[ 1 ], preparation.prepare( image, 0 ), preparation.peak( image ) );
			final double expected = Double.parseDouble( f[ 4 ] ), tolerance = Double.parseDouble( f[ 5 ] );
			report.append( String.format( "%s %.4f (expected %.4f, difference %+.4f, tolerance %s)%n", f[ 1 ], value, expected, value - expected,
					f[ 5 ] ) );
			if ( Math.abs( value - expected ) > tolerance )
				report.append( "  ^ OUT OF TOLERANCE\n" );
			rows++;
		}
		assertEquals( 9, rows );
		assertTrue( !report.toString().contains( "OUT OF TOLERANCE" ), report.toString() );
	}

	/**
	 * The PIRM 2018 way (8-bit Y of rgb2ycbcr, 4-pixel shave), against an independent re-implementation
	 * (algorithms spec 4.3): tight where that implementation agreed with MATLAB on the grey images, loose
	 * where flat areas make any implementation's value depend on filter arithmetic.
	 */
	@Test
	void pirmConventionAgreesWithAnIndependentImplementation()
	{
		final String[] images = { "I03", "I04", "I06", "I08", "I19" };
		final double[] expected = { 15.343, 4.676, 4.119, 3.385, 11.11 };
		final double[] tolerance = { 0.1, 1e-3, 1e-3, 0.05, 0.5 };
		final Preparation pirm = new Preparation( Convention.Y, 4, Double.NaN );
		for ( int i = 0; i < images.length; i++ )
		{
			final ImageSource image = ImageFiles.open( TestImages.REFERENCE_DATA.resolve( "tid2013-pairs/dist/" + images[ i ] + ".bmp" ) );
			assertEquals( expected[ i ], LIVE.score( images[ i ], pirm.prepare( image, 0 ), 255 ), tolerance[ i ], images[ i ] );
		}
	}

	@Test
	void registryEntry()
	{
		final MetricDescriptor d = MetricRegistry.byId( "niqe" );
		assertEquals( MetricKind.NO_REFERENCE, d.kind() );
		assertEquals( Direction.LOWER_IS_BETTER, d.direction() );
		assertEquals( Convention.GRAY, d.defaultConvention() );
		assertEquals( 192, d.minimumSize() );
		assertTrue( d.minimumSizeReason().contains( "two 96x96 blocks" ), d.minimumSizeReason() );
		assertTrue( d.citation().contains( "IEEE Signal Processing Letters 20(3)" ), d.citation() );
		assertSame( NiqeModel.live(), ( ( Niqe ) d.create( MetricSettings.defaults() ) ).model() );
		final NiqeModel other = NiqeModel.of( NiqeModel.live().gaussian().mean(), NiqeModel.live().gaussian().covariance(), 64, Double.NaN, "test",
				"test model" );
		assertSame( other, ( ( Niqe ) d.create( MetricSettings.defaults().withNiqeModel( other ) ) ).model() );
		assertSame( NiqeModel.live(), ( ( Niqe ) d.create( MetricSettings.defaults().withNiqeModel( other ).withNiqeModel( null ) ) ).model() );
	}

	@Test
	void sameBitsOnAnyNumberOfThreads() throws Exception
	{
		// image3 has large flat areas, where the value depends on the exact order of the filter's operations
		final Plane image = TestImages.gray( "niqe-examples/image3.bmp" );
		final double alone = LIVE.score( "image3", image, 255 );
		final ExecutorService pool = Executors.newFixedThreadPool( 4 );
		try
		{
			final List< Future< Double > > results = new ArrayList<>();
			for ( int i = 0; i < 8; i++ )
				results.add( pool.submit( () -> LIVE.score( "image3", image, 255 ) ) );
			for ( final Future< Double > r : results )
				assertEquals( Double.doubleToLongBits( alone ), Double.doubleToLongBits( r.get() ) );
		}
		finally
		{
			pool.shutdown();
		}
	}

	@Test
	void otherBitDepthsAreScoredOnTheEightBitScale()
	{
		final Plane image = TestImages.gray( "niqe-examples/image1.bmp" );
		final double[] wide = image.values().clone();
		for ( int i = 0; i < wide.length; i++ )
			wide[ i ] *= 257; // 8-bit to 16-bit
		final double eight = LIVE.score( "image1", image, 255 );
		assertEquals( eight, LIVE.score( "image1 (16-bit)", new Plane( image.width(), image.height(), wide ), 65535 ), 1e-9 );
	}

	@Test
	void channelsAreScoredOneByOneAndAveraged()
	{
		final Plane a = TestImages.gray( "niqe-examples/image1.bmp" ), b = TestImages.gray( "niqe-examples/image4.bmp" ).crop( 0, 0, 768, 512 );
		assertEquals( ( LIVE.score( "a", a, 255 ) + LIVE.score( "b", b, 255 ) ) / 2, LIVE.score( "ab", new Plane[] { a, b }, 255 ), 1e-12 );
	}

	@Test
	void onlyWholeBlocksCount()
	{
		// the release crops to whole blocks, top-left kept: extra rows and columns change nothing
		final Plane image = TestImages.gray( "niqe-examples/image1.bmp" );
		final Plane cropped = image.crop( 0, 0, 672, 480 );
		final double[] padded = new double[ 700 * 500 ];
		for ( int y = 0; y < 500; y++ )
			for ( int x = 0; x < 700; x++ )
				padded[ y * 700 + x ] = x < 672 && y < 480 ? cropped.get( x, y ) : ( x * 7 + y * 3 ) % 256;
		assertEquals( LIVE.score( "cropped", cropped, 255 ), LIVE.score( "padded", new Plane( 700, 500, padded ), 255 ), 0 );
	}

	@Test
	void imagesSmallerThanTwoBlocksEachWayAreRefused()
	{
		final PdPlaneException e = assertThrows( PdPlaneException.class, () -> LIVE.score( "small.png", TestImages.randomTexture( 191, 400, 1 ), 255 ) );
		assertEquals( "'small.png' is 191x400; NIQE needs at least 192x192 pixels (two 96x96 blocks in each direction, so that its block features"
				+ " have a covariance).", e.getMessage() );
		assertTrue( LIVE.score( "ok.png", TestImages.randomTexture( 192, 192, 1 ), 255 ) > 0 );
	}

	@Test
	void flatImagesAreRefused()
	{
		for ( final double value : new double[] { 0, 103, 128, 255 } )
		{
			final PdPlaneException e = assertThrows( PdPlaneException.class, () -> LIVE.score( "grey.png", TestImages.constant( 300, 200, value ), 255 ) );
			assertTrue( e.getMessage().startsWith( "'grey.png' is flat: none of its 6 blocks of 96x96 pixels" ), e.getMessage() );
		}
		final double[] v = TestImages.constant( 192, 192, 50 ).values().clone();
		final Plane texture = TestImages.randomTexture( 192, 192, 2 );
		// texture well inside the first block: the window and the resize do not carry it to the others
		for ( int y = 20; y < 76; y++ )
			for ( int x = 20; x < 76; x++ )
				v[ y * 192 + x ] = texture.get( x, y );
		final PdPlaneException e = assertThrows( PdPlaneException.class, () -> LIVE.score( "corner.png", new Plane( 192, 192, v ), 255 ) );
		assertTrue( e.getMessage().startsWith( "'corner.png' is almost flat: only one of its 4 blocks" ), e.getMessage() );
	}

	@Test
	void distanceIsNiqesFormula()
	{
		// one dimension: |m1 - m2| / sqrt((v1 + v2) / 2)
		final MultivariateGaussian a = MultivariateGaussian.of( new double[] { 1 }, new double[][] { { 3 } }, 0 );
		final MultivariateGaussian b = MultivariateGaussian.of( new double[] { 4 }, new double[][] { { 5 } }, 0 );
		assertEquals( 3 / Math.sqrt( 4 ), Niqe.distance( a, b ), 1e-15 );
		assertEquals( Niqe.distance( a, b ), Niqe.distance( b, a ), 0 );
		// a singular pooled covariance: pinv ignores the direction without variance
		final MultivariateGaussian c = MultivariateGaussian.of( new double[] { 0, 0 }, new double[][] { { 2, 0 }, { 0, 0 } }, 0 );
		final MultivariateGaussian d = MultivariateGaussian.of( new double[] { 2, 5 }, new double[][] { { 2, 0 }, { 0, 0 } }, 0 );
		assertEquals( Math.sqrt( 2 ), Niqe.distance( c, d ), 1e-15 );
	}
}
