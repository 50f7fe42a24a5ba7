package io.github.pdplane.nr.ma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.github.pdplane.image.Convention;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.io.imagej.ImageFiles;
import io.github.pdplane.metrics.NoReferenceMetric;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;

/**
 * The {@code ma} and {@code pi} rows of {@code reference-data/expected-values.csv} (the authors' MATLAB
 * release on the TID2013 images) with the authors' trained model, which PD Plane does not include: the
 * test runs where the environment variable {@value MaModelStore#FILE_VARIABLE} names the model file, and
 * otherwise reports that it was skipped and why.
 */
class MaPublishedValuesTest
{
	private static final Path FOLDER = Paths.get( "src", "test", "resources", "reference-data" );

	@Test
	void maAndPiRowsWithTheAuthorsModel() throws IOException
	{
		final String named = System.getenv( MaModelStore.FILE_VARIABLE );
		assumeTrue( named != null && !named.trim().isEmpty(), "skipped: the authors' model.mat is not part of PD Plane; set "
				+ MaModelStore.FILE_VARIABLE + " to its path (from github.com/chaoma99/sr-metric) to check the published ma and pi values" );
		final Path file = Paths.get( named.trim() );
		assumeTrue( Files.isRegularFile( file ), "skipped: " + MaModelStore.FILE_VARIABLE + " names '" + file + "', which does not exist" );
		final MetricSettings settings = MetricSettings.defaults().withMaModel( MaModel.load( file ) );
		final List< String > failures = new ArrayList<>();
		int rows = 0;
		for ( final String line : Files.readAllLines( FOLDER.resolve( "expected-values.csv" ), StandardCharsets.UTF_8 ) )
		{
			if ( line.startsWith( "#" ) || line.trim().isEmpty() )
				continue;
			final String[] f = line.split( ",", 7 );
			if ( !f[ 2 ].equals( "ma" ) && !f[ 2 ].equals( "pi" ) )
				continue;
			final Preparation preparation = f[ 3 ].equals( "y-shave4" ) ? new Preparation( Convention.Y, 4, Double.NaN )
					: new Preparation( Convention.fromId( f[ 3 ] ), 0, Double.NaN );
			final ImageSource image = ImageFiles.open( FOLDER.resolve( f[ 1 ] ) );
			final Plane[] planes = preparation.prepare( image, 0 );
			final NoReferenceMetric metric = ( NoReferenceMetric ) MetricRegistry.byId( f[ 2 ] ).create( settings );
			final double value = metric.score( f[ 1 ], planes, preparation.peak( image ) );
			final double expected = Double.parseDouble( f[ 4 ] ), tolerance = Double.parseDouble( f[ 5 ] );
			System.out.printf( Locale.ROOT, "%-3s %-9s %-28s expected %8.4f got %10.6f difference %+.2e (tolerance %s)%n", f[ 2 ], f[ 3 ], f[ 1 ],
					expected, value, value - expected, f[ 5 ] );
			if ( !( Math.abs( value - expected ) <= tolerance ) )
				failures.add( line + ": got " + value );
			rows++;
		}
		assertEquals( 10, rows, "ma and pi rows in expected-values.csv" );
		assertTrue( failures.isEmpty(), String.join( "\n", failures ) );
	}
}
