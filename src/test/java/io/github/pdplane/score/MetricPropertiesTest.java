package io.github.pdplane.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.bench.VggBenchmark;
import io.github.pdplane.image.ArrayImage;
import io.github.pdplane.image.Convention;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.image.SampleType;
import io.github.pdplane.metrics.MetricKind;
import io.github.pdplane.metrics.PerfectScores;
import io.github.pdplane.nr.ma.MaModel;
import io.github.pdplane.nr.ma.SyntheticModel;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;

/**
 * Properties of every image metric on random images of random size, type and content: each either gives a
 * value or refuses with a {@link PdPlaneException} (the documented errors: sizes, ranges, constant images...),
 * never another exception; and a full-reference metric scores an image against itself with its best value.
 * VGG2,2 runs on random weights in VGG19's shapes and Ma et al. on a synthetic model: these properties do not
 * depend on trained values. The seed is fixed so that every build checks the same 40 cases (other seeds were
 * run by hand while writing it); change it, or remove it, to explore others.
 */
class MetricPropertiesTest
{
	/** The best value of each full-reference metric, for an image against itself (IFC has none). */
	private static final Map< String, Double > BEST = PerfectScores.byId();

	private static final MetricSettings SETTINGS = MetricSettings.defaults().withVggWeights( VggBenchmark.randomWeights( 3 ) ).withMaModel(
			syntheticMaModel() ).withVggParallelism( 1 );

	private static MaModel syntheticMaModel()
	{
		try
		{
			final Path file = Files.createTempFile( "synthetic-ma", ".mat" );
			file.toFile().deleteOnExit();
			return MaModel.load( SyntheticModel.write( file ) );
		}
		catch ( final IOException e )
		{
			throw new UncheckedIOException( e );
		}
	}

	/** A random image: its size, type, content and seed. */
	static final class Case
	{
		final int width, height;

		final String type, content;

		final long seed;

		Case( final int width, final int height, final String type, final String content, final long seed )
		{
			this.width = width;
			this.height = height;
			this.type = type;
			this.content = content;
			this.seed = seed;
		}

		@Override
		public String toString()
		{
			return width + "x" + height + " " + type + " " + content + " (seed " + seed + ")";
		}
	}

	@Provide
	Arbitrary< Case > images()
	{
		return Combinators.combine( Arbitraries.integers().between( 1, 210 ), Arbitraries.integers().between( 1, 210 ), Arbitraries.of( "uint8",
				"rgb", "uint16", "float32" ), Arbitraries.of( "random", "constant", "ramp", "binary" ), Arbitraries.longs() ).as( Case::new );
	}

	@Property( tries = 40, seed = "20261203" )
	void everyMetricGivesAValueOrADocumentedRefusal( @ForAll( "images" ) final Case c )
	{
		final ImageSource reference = image( c, c.seed ), restored = image( c, c.seed + 1 );
		for ( final MetricDescriptor d : imageMetrics() )
		{
			final ImageScorer scorer = new ImageScorer( Collections.singletonList( d ), SETTINGS, preparation( c ) );
			try
			{
				final double value = scorer.score( reference, restored, w -> {} ).rows().get( 0 ).value( 0 );
				assertFalse( Double.isNaN( value ), d.id() + " gave NaN on " + c );
			}
			catch ( final PdPlaneException e )
			{
				assertTrue( e.getMessage() != null && !e.getMessage().isEmpty(), d.id() + " refused " + c + " without a message" );
			}
		}
	}

	@Property( tries = 40, seed = "20261203" )
	void aFullReferenceMetricScoresAnImageAgainstItselfWithItsBestValue( @ForAll( "images" ) final Case c )
	{
		final ImageSource image = image( c, c.seed );
		for ( final MetricDescriptor d : MetricRegistry.ofKind( MetricKind.FULL_REFERENCE ) )
		{
			if ( !BEST.containsKey( d.id() ) || isInformationRatio( d.id() ) && c.content.equals( "ramp" ) )
				continue;
			final ImageScorer scorer = new ImageScorer( Collections.singletonList( d ), SETTINGS, preparation( c ) );
			final double value;
			try
			{
				value = scorer.score( image, image, w -> {} ).rows().get( 0 ).value( 0 );
			}
			catch ( final PdPlaneException e )
			{
				continue; // a documented refusal (too small, a constant reference for VIF...): the other property's business
			}
			assertEquals( BEST.get( d.id() ), value, tolerance( d.id() ), d.id() + " of " + c + " against itself" );
		}
	}

	/**
	 * VIF and VIFp are ratios of the information the restored image keeps to the reference's; a smooth ramp has
	 * almost none in the bands (variances near 0), and the ratio of two near-zero sums is ill-conditioned: a
	 * 109x95 16-bit ramp against itself gave 1.0000015. The LIVE releases themselves do the same: vifvec.m under
	 * Octave gives 1.00000010 for a 512x384 8-bit ramp against itself (PD Plane 0.99999977) and 1.0000000048 for a
	 * 160x140 one, while on the textured pairs of scripts/check-vif-octave.sh both agree to 1e-13. So on smooth
	 * content the identity is not a property of the releases' estimator, and it is checked on textured content.
	 */
	private static boolean isInformationRatio( final String id )
	{
		return id.equals( "vif" ) || id.equals( "vifp" );
	}

	/**
	 * Rounding only. VIF and VIFp estimate the distortion channel's gain as a ratio of locally filtered
	 * covariances, which on identical images is 1 within a few units in the last place; the LIVE releases'
	 * arithmetic, followed here, then gives 1 within about 1e-8 (2.4e-9 was seen on a 74x75 16-bit ramp).
	 */
	private static double tolerance( final String id )
	{
		return id.equals( "vif" ) || id.equals( "vifp" ) ? 1e-8 : 1e-9;
	}

	private static List< MetricDescriptor > imageMetrics()
	{
		final List< MetricDescriptor > metrics = new ArrayList<>();
		for ( final MetricDescriptor d : MetricRegistry.all() )
			if ( d.kind() != MetricKind.SET_LEVEL )
				metrics.add( d );
		return metrics;
	}

	private static Preparation preparation( final Case c )
	{
		return new Preparation( c.type.equals( "rgb" ) ? Convention.RGB : Convention.GRAY, 0, c.type.equals( "float32" ) ? 1 : Double.NaN );
	}

	private static ImageSource image( final Case c, final long seed )
	{
		final SampleType type = c.type.equals( "uint16" ) ? SampleType.UINT16 : c.type.equals( "float32" ) ? SampleType.FLOAT32 : SampleType.UINT8;
		final double peak = c.type.equals( "uint16" ) ? 65535 : c.type.equals( "float32" ) ? 1 : 255;
		final Random random = new Random( seed );
		final int channels = c.type.equals( "rgb" ) ? 3 : 1;
		final double[][] values = new double[ channels ][ c.width * c.height ];
		for ( final double[] channel : values )
			for ( int i = 0; i < channel.length; i++ )
				channel[ i ] = value( c.content, i % c.width, i / c.width, c, peak, random );
		if ( channels == 1 )
			return ArrayImage.grey( "image", new Plane( c.width, c.height, values[ 0 ] ), type );
		return ArrayImage.rgb( "image", c.width, c.height, type, values[ 0 ], values[ 1 ], values[ 2 ] );
	}

	private static double value( final String content, final int x, final int y, final Case c, final double peak, final Random random )
	{
		final double v;
		switch ( content )
		{
		case "constant":
			v = 0.4 * peak;
			break;
		case "ramp":
			v = peak * ( x + y ) / ( double ) Math.max( 1, c.width + c.height - 2 );
			break;
		case "binary":
			v = random.nextBoolean() ? peak : 0;
			break;
		default:
			v = random.nextDouble() * peak;
		}
		return peak == 1 ? v : Math.rint( v );
	}
}
