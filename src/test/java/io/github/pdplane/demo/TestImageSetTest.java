package io.github.pdplane.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.github.pdplane.image.ArrayImage;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.SampleType;

class TestImageSetTest
{
	/** Where the committed data set's sources live (the test resources of a fresh clone). */
	static final Path SOURCES = Paths.get( "src/test/resources/reference-data/tid2013-pairs/ref" );

	private static final Path COMMITTED = Paths.get( TestImageSet.DEFAULT_FOLDER );

	private static final long BUDGET_BYTES = 10_000_000;

	static List< Path > sources() throws IOException
	{
		try (Stream< Path > files = Files.list( SOURCES ))
		{
			return files.sorted().collect( Collectors.toList() );
		}
	}

	@Test
	void everyCommittedImageIsRegeneratedPixelForPixel() throws IOException
	{
		final Set< Path > expected = new HashSet<>();
		for ( final Path source : sources() )
			for ( final Map.Entry< String, ArrayImage > e : TestImageSet.generate( RgbFiles.read( source ) ).entrySet() )
			{
				final Path committed = COMMITTED.resolve( e.getKey() ).resolve( e.getValue().name() );
				expected.add( committed );
				assertSamePixels( e.getValue(), RgbFiles.read( committed ), committed.toString() );
			}
		assertEquals( 5 * ( 1 + DemoAlgorithm.values().length ), expected.size() );
		try (Stream< Path > files = Files.walk( COMMITTED ))
		{
			final Set< Path > present = files.filter( p -> p.toString().endsWith( ".png" ) ).collect( Collectors.toSet() );
			assertEquals( expected, present, "test-images/ holds exactly the generated images" );
		}
	}

	@Test
	void referencesAreTheSourcesPixels() throws IOException
	{
		for ( final Path source : sources() )
			assertSamePixels( RgbFiles.read( source ), RgbFiles.read( COMMITTED.resolve( TestImageSet.REFERENCE_FOLDER )
					.resolve( TestImageSet.fileName( source.getFileName().toString() ) ) ), source.toString() );
	}

	@Test
	void theDataSetStaysWithinItsBudget() throws IOException
	{
		try (Stream< Path > files = Files.walk( COMMITTED ))
		{
			long bytes = 0;
			for ( final Path p : files.filter( Files::isRegularFile ).collect( Collectors.toList() ) )
				bytes += Files.size( p );
			assertTrue( bytes < BUDGET_BYTES, "test-images/ holds " + bytes + " bytes" );
		}
		assertTrue( Files.isRegularFile( COMMITTED.resolve( "README.md" ) ) );
	}

	/**
	 * MATLAB's nearest neighbour at scale 4 puts output pixel x (1-based) at input x/4 + 0.375, so each 4x4
	 * block copies one pixel of the low-resolution image: the x4 shrink of the reference, rounded.
	 */
	@Test
	void nearestReplicatesTheLowResolutionImage() throws IOException
	{
		final ArrayImage source = RgbFiles.read( sources().get( 0 ) );
		final Plane[] low = TestImageSet.lowResolution( TestImageSet.channels( source ) );
		final ArrayImage nearest = TestImageSet.generate( source ).get( DemoAlgorithm.NEAREST.folder() );
		assertEquals( source.width() / 4, low[ 0 ].width() );
		for ( int c = 0; c < 3; c++ )
		{
			final double[] out = nearest.read( 0, c );
			for ( int y = 0; y < nearest.height(); y++ )
				for ( int x = 0; x < nearest.width(); x++ )
					assertEquals( low[ c ].get( x / 4, y / 4 ), out[ y * nearest.width() + x ], 0, "channel " + c + " at " + x + "," + y );
		}
	}

	/** The grain has the documented standard deviation and differs between images. */
	@Test
	void grainIsSeededPerImageWithTheDocumentedStrength() throws IOException
	{
		final List< Path > sources = sources();
		final Map< String, ArrayImage > first = TestImageSet.generate( RgbFiles.read( sources.get( 0 ) ) );
		final double[] plain = first.get( DemoAlgorithm.BICUBIC.folder() ).read( 0, 1 );
		final double[] grainy = first.get( DemoAlgorithm.BICUBIC_GRAIN.folder() ).read( 0, 1 );
		double sum = 0, sumOfSquares = 0;
		int n = 0;
		for ( int i = 0; i < plain.length; i++ )
			if ( plain[ i ] > 40 && plain[ i ] < 215 ) // away from clamping at 0 and 255
			{
				final double d = grainy[ i ] - plain[ i ];
				sum += d;
				sumOfSquares += d * d;
				n++;
			}
		final double mean = sum / n, sd = Math.sqrt( sumOfSquares / n - mean * mean );
		assertTrue( n > 10_000, n + " pixels" );
		assertEquals( 0, mean, 0.1 );
		// rounding the grainy and the plain image adds about 2/12 to the variance
		assertEquals( Math.sqrt( TestImageSet.GRAIN_SIGMA * TestImageSet.GRAIN_SIGMA + 2.0 / 12 ), sd, 0.1 );
		assertNotEquals( TestImageSet.seed( "I03.png", DemoAlgorithm.BICUBIC_GRAIN ), TestImageSet.seed( "I04.png", DemoAlgorithm.BICUBIC_GRAIN ) );
	}

	/**
	 * Pinned to MATLAB's {@code fspecial('gaussian', 5, 1)}, whose centre is 0.1621 and whose direct
	 * neighbours are 0.0983: an impulse becomes 1 + 0.8 (1 - 0.1621) at the centre and -0.8 * 0.0983 beside it.
	 */
	@Test
	void unsharpMaskIsImsharpensDefault()
	{
		final double[] impulse = new double[ 81 ];
		impulse[ 40 ] = 1;
		final Plane out = TestImageSet.unsharpMask( new Plane( 9, 9, impulse ) );
		assertEquals( 1 + 0.8 * ( 1 - 0.1621 ), out.get( 4, 4 ), 1e-4 );
		assertEquals( -0.8 * 0.0983, out.get( 5, 4 ), 1e-4 );
		assertEquals( -0.8 * 0.0983, out.get( 4, 3 ), 1e-4 );
		assertEquals( 0, out.get( 0, 0 ), 0 );
		// a constant image has nothing to sharpen, also at the replicated borders
		final double[] flat = new double[ 36 ];
		Arrays.fill( flat, 77 );
		for ( final double v : TestImageSet.unsharpMask( new Plane( 6, 6, flat ) ).values() )
			assertEquals( 77, v, 1e-12 );
	}

	/**
	 * Missing detail of +8 (reference 108 over an upscaled 100) at (4, 3) reappears, times the amount 0.25,
	 * as +2 at (6, 5): 2 pixels right and down, nowhere else. Detail of -4 at the corner (0, 0) reaches, as
	 * -1, the pixels whose source lies beyond the edge, which MATLAB's {@code 'symmetric'} padding by 2
	 * maps as {@code [b a | a b c ...]}: x and y in {1, 2}.
	 */
	@Test
	void textureIsTheMissingDetailDisplacedTwoPixelsRightAndDown()
	{
		assertEquals( 2, TestImageSet.TEXTURE_SHIFT );
		final int w = 9, h = 7;
		final double[] upscaled = new double[ w * h ], reference = new double[ w * h ];
		Arrays.fill( upscaled, 100 );
		Arrays.fill( reference, 100 );
		reference[ 3 * w + 4 ] = 108;
		reference[ 0 ] = 96;
		final Plane out = TestImageSet.withDisplacedDetail( new Plane[] { new Plane( w, h, upscaled ) },
				new Plane[] { new Plane( w, h, reference ) }, 0.25 )[ 0 ];
		for ( int y = 0; y < h; y++ )
			for ( int x = 0; x < w; x++ )
			{
				final double expected = x == 6 && y == 5 ? 102 : x >= 1 && x <= 2 && y >= 1 && y <= 2 ? 99 : 100;
				assertEquals( expected, out.get( x, y ), 1e-12, x + "," + y );
			}
	}

	/**
	 * On a real image the added texture (texture output minus bicubic output) matches the missing detail
	 * (reference minus bicubic) best at the displacement (2, 2), and hardly at all where it belongs: it
	 * is the reference's detail, misplaced.
	 */
	@Test
	void textureCorrelatesWithTheTruthOnlyWhereDisplaced() throws IOException
	{
		final ArrayImage source = RgbFiles.read( sources().get( 0 ) );
		final Map< String, ArrayImage > images = TestImageSet.generate( source );
		final ArrayImage reference = images.get( TestImageSet.REFERENCE_FOLDER );
		final double[] bicubic = images.get( DemoAlgorithm.BICUBIC.folder() ).read( 0, 1 );
		final double[] truth = reference.read( 0, 1 ), missing = new double[ truth.length ];
		for ( int i = 0; i < truth.length; i++ )
			missing[ i ] = truth[ i ] - bicubic[ i ];
		for ( final DemoAlgorithm texture : new DemoAlgorithm[] { DemoAlgorithm.BICUBIC_TEXTURE, DemoAlgorithm.BICUBIC_TEXTURE_LIGHT } )
		{
			final double[] out = images.get( texture.folder() ).read( 0, 1 ), added = new double[ out.length ];
			for ( int i = 0; i < out.length; i++ )
				added[ i ] = out[ i ] - bicubic[ i ];
			int bestX = 0, bestY = 0;
			double best = Double.NEGATIVE_INFINITY;
			for ( int dy = -4; dy <= 4; dy++ )
				for ( int dx = -4; dx <= 4; dx++ )
				{
					final double r = correlation( added, missing, reference.width(), reference.height(), dx, dy );
					if ( r > best )
					{
						best = r;
						bestX = dx;
						bestY = dy;
					}
				}
			assertEquals( 2, bestX, texture.folder() );
			assertEquals( 2, bestY, texture.folder() );
			assertTrue( best > 0.9, texture.folder() + ": " + best );
			final double aligned = correlation( added, missing, reference.width(), reference.height(), 0, 0 );
			assertTrue( Math.abs( aligned ) < 0.2, texture.folder() + " where the truth has its detail: " + aligned );
		}
	}

	/** Pearson correlation of {@code a} at (x, y) with {@code b} at (x - dx, y - dy), over the pixels where both exist. */
	private static double correlation( final double[] a, final double[] b, final int w, final int h, final int dx, final int dy )
	{
		double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
		int n = 0;
		for ( int y = Math.max( 0, dy ); y < Math.min( h, h + dy ); y++ )
			for ( int x = Math.max( 0, dx ); x < Math.min( w, w + dx ); x++ )
			{
				final double u = a[ y * w + x ], v = b[ ( y - dy ) * w + x - dx ];
				sa += u;
				sb += v;
				saa += u * u;
				sbb += v * v;
				sab += u * v;
				n++;
			}
		final double cov = sab / n - ( sa / n ) * ( sb / n );
		return cov / Math.sqrt( ( saa / n - ( sa / n ) * ( sa / n ) ) * ( sbb / n - ( sb / n ) * ( sb / n ) ) );
	}

	/** The texture algorithms take nothing from the per-image random source: their output is a function of the images alone. */
	@Test
	void textureUsesNoRandomness() throws IOException
	{
		final Plane[] reference = TestImageSet.channels( RgbFiles.read( sources().get( 1 ) ) );
		final Plane[] low = TestImageSet.lowResolution( reference );
		for ( final DemoAlgorithm texture : new DemoAlgorithm[] { DemoAlgorithm.BICUBIC_TEXTURE, DemoAlgorithm.BICUBIC_TEXTURE_LIGHT } )
		{
			final Plane[] a = texture.restore( low, reference, new Random( 1 ) );
			final Plane[] b = texture.restore( low, reference, new Random( 2 ) );
			for ( int c = 0; c < 3; c++ )
				assertEquals( a[ c ], b[ c ], texture.folder() + ", channel " + c );
		}
	}

	@Test
	void fileNamesKeepTheSourceNameAsPng()
	{
		assertEquals( "I03.png", TestImageSet.fileName( "I03.bmp" ) );
		assertEquals( "a.b.png", TestImageSet.fileName( "a.b.tif" ) );
		assertEquals( "noext.png", TestImageSet.fileName( "noext" ) );
	}

	@Test
	void sizesThatAreNoMultipleOfTheScaleAreCropped()
	{
		final int w = 10, h = 7;
		final double[] v = new double[ w * h ];
		for ( int i = 0; i < v.length; i++ )
			v[ i ] = i % 256;
		final Map< String, ArrayImage > images = TestImageSet.generate( ArrayImage.rgb( "odd.bmp", w, h, SampleType.UINT8, v, v, v ) );
		for ( final ArrayImage image : images.values() )
		{
			assertEquals( 8, image.width() );
			assertEquals( 4, image.height() );
		}
	}

	static void assertSamePixels( final ArrayImage expected, final ArrayImage actual, final String what )
	{
		assertEquals( expected.width(), actual.width(), what );
		assertEquals( expected.height(), actual.height(), what );
		for ( int c = 0; c < 3; c++ )
			assertArrayEquals( expected.read( 0, c ), actual.read( 0, c ), 0, what + ", channel " + c );
	}
}
