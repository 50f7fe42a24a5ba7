package io.github.pdplane.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.pdplane.image.Convention;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.io.imagej.ImageFiles;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;

/**
 * Every {@code psnr}, {@code ssim}, {@code ms-ssim}, {@code vif} and {@code vifp} row of
 * {@code reference-data/expected-values.csv} (published values of the original MATLAB releases on files kept
 * in the project), within the row's tolerance, through the registry's metric objects.
 */
public class PublishedValuesTest
{
	/** The metrics checked here, with the number of rows the file has for each. */
	private static final Map< String, Integer > METRICS = new LinkedHashMap<>();
	static
	{
		METRICS.put( "psnr", 5 );
		METRICS.put( "ssim", 6 );
		METRICS.put( "ms-ssim", 5 );
		METRICS.put( "vif", 5 );
		METRICS.put( "vifp", 1 );
	}

	@Test
	void everyRowIsReproduced() throws Exception
	{
		final Map< String, Integer > perMetric = new LinkedHashMap<>();
		final List< String > failures = new ArrayList<>();
		for ( final Row row : rows() )
		{
			if ( !METRICS.containsKey( row.metric ) )
				continue;
			final MetricSettings settings;
			final Convention convention;
			switch ( row.convention )
			{
			case "rgb":
				convention = Convention.RGB;
				settings = MetricSettings.defaults();
				break;
			case "gray":
				convention = Convention.GRAY;
				settings = MetricSettings.defaults();
				break;
			case "gray+downsample":
				convention = Convention.GRAY;
				settings = MetricSettings.defaults().withSsimDownsample( true );
				break;
			default:
				fail( "no convention '" + row.convention + "' for " + row );
				return;
			}
			final FullReferenceMetric metric = ( FullReferenceMetric ) MetricRegistry.byId( row.metric ).create( settings );
			final double value = score( metric, row, convention );
			final double difference = value - row.value;
			System.out.printf( Locale.ROOT, "%-8s %-16s %-28s expected %9.4f got %12.8f difference %+.2e (tolerance %s)%n", row.metric,
					row.convention, row.restored, row.value, value, difference, row.tolerance );
			if ( !( Math.abs( difference ) <= row.tolerance ) )
				failures.add( row + ": got " + value );
			perMetric.merge( row.metric, 1, Integer::sum );
		}
		assertEquals( Arrays.asList(), failures );
		assertEquals( METRICS, perMetric, "rows checked per metric" );
	}

	/**
	 * Which MS-SSIM release the published values come from. Every variant is computed; the paper's meets
	 * the rows' tolerances, {@code msssim.m}'s weighted sum meets every value to its four printed decimals,
	 * {@code ssim_mscale_new.m} misses.
	 */
	@Test
	void whichMsSsimReleaseMadeThePublishedValues() throws Exception
	{
		int mscaleNewMisses = 0;
		for ( final Row row : rows() )
		{
			if ( !row.metric.equals( "ms-ssim" ) )
				continue;
			final double paper = score( new MsSsim( MsSsimVariant.PAPER ), row, Convention.GRAY );
			final double mscaleNew = score( new MsSsim( MsSsimVariant.MSCALE_NEW ), row, Convention.GRAY );
			final double weightedSum = score( new MsSsim( MsSsimVariant.WEIGHTED_SUM ), row, Convention.GRAY );
			System.out.printf( Locale.ROOT, "ms-ssim %-28s published %.4f paper %.6f (%+.1e) mscale-new %.6f (%+.1e) wtd-sum %.6f (%+.1e)%n",
					row.restored, row.value, paper, paper - row.value, mscaleNew, mscaleNew - row.value, weightedSum, weightedSum - row.value );
			assertEquals( row.value, paper, row.tolerance, row.toString() );
			assertEquals( row.value, weightedSum, 0.5e-4, "weighted sum, " + row );
			if ( Math.abs( mscaleNew - row.value ) > row.tolerance )
				mscaleNewMisses++;
		}
		assertTrue( mscaleNewMisses > 0, "ssim_mscale_new.m meets every published MS-SSIM value too" );
	}

	static double score( final FullReferenceMetric metric, final Row row, final Convention convention ) throws Exception
	{
		final Preparation preparation = new Preparation( convention, 0, Double.NaN );
		final ImageSource reference = ImageFiles.open( folder().resolve( row.reference ) );
		final ImageSource restored = ImageFiles.open( folder().resolve( row.restored ) );
		final Plane[] x = preparation.prepare( reference, 0 ), y = preparation.prepare( restored, 0 );
		return metric.score( x, y, preparation.peak( reference ) );
	}

	public static Path folder() throws URISyntaxException
	{
		return Paths.get( PublishedValuesTest.class.getResource( "/reference-data/expected-values.csv" ).toURI() ).getParent();
	}

	/** Every row of {@code expected-values.csv}, in the file's order. */
	public static List< Row > rows() throws IOException, URISyntaxException
	{
		final List< Row > rows = new ArrayList<>();
		for ( final String line : Files.readAllLines( folder().resolve( "expected-values.csv" ), StandardCharsets.UTF_8 ) )
		{
			if ( line.startsWith( "#" ) || line.trim().isEmpty() )
				continue;
			final String[] f = line.split( ",", 7 );
			rows.add( new Row( f[ 0 ], f[ 1 ], f[ 2 ], f[ 3 ], Double.parseDouble( f[ 4 ] ), Double.parseDouble( f[ 5 ] ) ) );
		}
		return rows;
	}

	public static final class Row
	{
		public final String reference, restored, metric, convention;

		public final double value, tolerance;

		Row( final String reference, final String restored, final String metric, final String convention, final double value,
				final double tolerance )
		{
			this.reference = reference;
			this.restored = restored;
			this.metric = metric;
			this.convention = convention;
			this.value = value;
			this.tolerance = tolerance;
		}

		@Override
		public String toString()
		{
			return metric + " " + convention + " " + restored + " = " + value + " +- " + tolerance;
		}
	}
}
