package io.github.pdplane.nr.ma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.github.pdplane.image.Plane;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.io.imagej.ImageFiles;

/**
 * Every feature of the five TID2013 distorted images against {@code reference-data/ma-features.csv}, the
 * authors' own feature code run under Octave (its header describes the run): 1e-6 relative, and for the
 * features the header names as tie-sensitive (a grid search whose choice a rounding-level difference can
 * move by one step) 0.001 absolute for f2 and 0.001 divided by the number of DCT windows for the f1
 * means. Prints the worst difference of every feature.
 */
class MaFeaturesReferenceTest
{
	static final Path FOLDER = Paths.get( "src", "test", "resources", "reference-data" );

	private static final double RELATIVE = 1e-6, GRID_STEP = 0.001;

	/** The header's tie-sensitive features. */
	private static final Set< String > TIE_SENSITIVE = new HashSet<>();

	static
	{
		TIE_SENSITIVE.addAll( Arrays.asList( "f1_1", "f1_2", "f1_7", "f1_8", "f1_13", "f1_14" ) );
		for ( int i = 1; i <= 18; i++ )
			TIE_SENSITIVE.add( "f2_" + i );
	}

	static final class Row
	{
		final String image;

		final double[] values;

		Row( final String image, final double[] values )
		{
			this.image = image;
			this.values = values;
		}
	}

	static List< String > header() throws IOException
	{
		for ( final String line : Files.readAllLines( FOLDER.resolve( "ma-features.csv" ), StandardCharsets.UTF_8 ) )
			if ( !line.startsWith( "#" ) )
				return Arrays.asList( line.split( "," ) );
		throw new IllegalStateException( "no header" );
	}

	static List< Row > rows() throws IOException
	{
		final List< Row > rows = new ArrayList<>();
		boolean header = true;
		for ( final String line : Files.readAllLines( FOLDER.resolve( "ma-features.csv" ), StandardCharsets.UTF_8 ) )
		{
			if ( line.startsWith( "#" ) || line.trim().isEmpty() )
				continue;
			if ( header )
			{
				header = false;
				continue;
			}
			final String[] f = line.split( "," );
			final double[] v = new double[ f.length - 1 ];
			for ( int i = 1; i < f.length; i++ )
				v[ i - 1 ] = Double.parseDouble( f[ i ] );
			rows.add( new Row( f[ 0 ], v ) );
		}
		return rows;
	}

	/** The image as the header says: MATLAB rgb2gray of the 8-bit RGB file. */
	static Plane gray( final String relative )
	{
		return Preparation.defaults().prepare( ImageFiles.open( FOLDER.resolve( relative ) ), 0 )[ 0 ];
	}

	@Test
	void everyFeatureOfTheTidImagesMatchesTheAuthorsCode() throws IOException
	{
		final List< String > names = header().subList( 1, header().size() );
		assertEquals( MaFeatures.names(), names );
		final List< Row > rows = rows();
		assertEquals( 5, rows.size() );
		final double[] worstRelative = new double[ MaFeatures.COUNT ], worstAbsolute = new double[ MaFeatures.COUNT ];
		final List< String > failures = new ArrayList<>();
		for ( final Row row : rows )
		{
			final Plane image = gray( row.image );
			final double[] got = MaFeatures.compute( row.image, image, 255 ).all();
			for ( int i = 0; i < MaFeatures.COUNT; i++ )
			{
				final double expected = row.values[ i ], difference = Math.abs( got[ i ] - expected );
				final double relative = difference / Math.max( Math.abs( expected ), Double.MIN_NORMAL );
				worstRelative[ i ] = Math.max( worstRelative[ i ], relative );
				worstAbsolute[ i ] = Math.max( worstAbsolute[ i ], difference );
				final String name = names.get( i );
				final boolean ok;
				if ( !TIE_SENSITIVE.contains( name ) )
					ok = relative <= RELATIVE;
				else if ( name.startsWith( "f2" ) )
					ok = difference <= GRID_STEP;
				else
					ok = difference <= GRID_STEP / windows( image, name );
				if ( !ok )
					failures.add( row.image + " " + name + ": expected " + expected + ", got " + got[ i ] + " (difference " + difference + ")" );
			}
		}
		for ( int i = 0; i < MaFeatures.COUNT; i++ )
			System.out.printf( Locale.ROOT, "%-6s worst relative %.2e, absolute %.2e%s%n", names.get( i ), worstRelative[ i ], worstAbsolute[ i ],
					TIE_SENSITIVE.contains( names.get( i ) ) ? " (tie-sensitive)" : "" );
		assertTrue( failures.isEmpty(), failures.size() + " feature(s) off:\n" + String.join( "\n", failures ) );
	}

	/** The number of DCT windows behind an f1 mean: f1_1/2 scale 1, f1_7/8 scale 2, f1_13/14 scale 3. */
	private static int windows( final Plane image, final String name )
	{
		final int scale = ( Integer.parseInt( name.substring( 3 ) ) - 1 ) / BlockDct.FEATURES;
		Plane p = image;
		for ( int s = 0; s < scale; s++ )
			p = MaFeatures.halve( p );
		return BlockDct.windows( p.width(), p.height() );
	}
}
