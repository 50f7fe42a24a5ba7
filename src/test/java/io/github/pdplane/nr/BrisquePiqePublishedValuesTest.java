package io.github.pdplane.nr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.pdplane.image.Convention;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.io.imagej.ImageFiles;
import io.github.pdplane.metrics.NoReferenceMetric;
import io.github.pdplane.metrics.PublishedValuesTest;
import io.github.pdplane.metrics.PublishedValuesTest.Row;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;

/**
 * Every {@code brisque} and {@code piqe} row of {@code reference-data/expected-values.csv} (the LIVE BRISQUE
 * release and MATLAB's {@code piqe} on files kept in the project), within the row's tolerance, through the
 * registry's metric objects. The table it prints is the one of the README's Accuracy section.
 */
class BrisquePiqePublishedValuesTest
{
	private static final List< String > METRICS = Arrays.asList( Brisque.ID, Piqe.ID );

	@Test
	void everyRowIsReproduced() throws Exception
	{
		final Map< String, Integer > perMetric = new LinkedHashMap<>();
		final List< String > failures = new ArrayList<>();
		for ( final Row row : PublishedValuesTest.rows() )
		{
			if ( !METRICS.contains( row.metric ) )
				continue;
			final Preparation preparation = new Preparation( Convention.fromId( row.convention ), 0, Double.NaN );
			final ImageSource image = ImageFiles.open( PublishedValuesTest.folder().resolve( row.restored ) );
			final NoReferenceMetric metric = ( NoReferenceMetric ) MetricRegistry.byId( row.metric ).create( MetricSettings.defaults() );
			final double value = metric.score( row.restored, preparation.prepare( image, 0 ), preparation.peak( image ) );
			final double difference = value - row.value;
			System.out.printf( Locale.ROOT, "%-8s %-28s published %9.4f ours %12.6f difference %+.2e (tolerance %s)%n", row.metric, row.restored,
					row.value, value, difference, row.tolerance );
			if ( !( Math.abs( difference ) <= row.tolerance ) )
				failures.add( row + ": got " + value );
			perMetric.merge( row.metric, 1, Integer::sum );
		}
		assertEquals( Arrays.asList(), failures );
		assertEquals( 7, perMetric.get( Brisque.ID ) );
		assertEquals( 5, perMetric.get( Piqe.ID ) );
	}

	/**
	 * Where the published value has four decimals and a tight tolerance, BRISQUE agrees to the last printed
	 * digit: the text round trips of the release are reproduced, not only its formulas.
	 */
	@Test
	void tightBrisqueRowsAgreeToThePrintedDigits() throws Exception
	{
		int checked = 0;
		for ( final Row row : PublishedValuesTest.rows() )
		{
			if ( !row.metric.equals( Brisque.ID ) || row.tolerance > 0.002 )
				continue;
			final Preparation preparation = Preparation.defaults();
			final ImageSource image = ImageFiles.open( PublishedValuesTest.folder().resolve( row.restored ) );
			assertEquals( row.value, new Brisque().score( row.restored, preparation.prepare( image, 0 ), 255 ), 0.5e-4, row.toString() );
			checked++;
		}
		assertTrue( checked >= 2, "tight rows: " + checked );
	}
}
