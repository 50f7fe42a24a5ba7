package io.github.pdplane.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.process.ByteProcessor;

import io.github.pdplane.image.Convention;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.io.imagej.ImageFiles;
import io.github.pdplane.nr.ma.MaFeatures;

class FeaturesSubcommandTest
{
	private static final Path DIST = Paths.get( "src/test/resources/reference-data/tid2013-pairs/dist" );

	private static final String HEADER;

	static
	{
		final List< String > h = new ArrayList<>();
		h.add( "image" );
		h.addAll( MaFeatures.names() );
		HEADER = String.join( ",", h );
	}

	private static double[] features( final Path file, final Preparation preparation )
	{
		final Plane plane = preparation.prepare( ImageFiles.open( file ), 0 )[ 0 ];
		return MaFeatures.compute( file.toString(), plane, 255 ).all();
	}

	@Test
	void oneRowPerImageInFullPrecision()
	{
		final Path a = DIST.resolve( "I04.bmp" ), b = DIST.resolve( "I19.bmp" );
		final CliRun run = CliRun.of( "features", "--kind", "ma", a.toString(), b.toString() );
		assertEquals( Main.OK, run.exit, run::toString );
		assertEquals( "", run.err );
		final List< String > lines = run.outLines();
		assertEquals( 3, lines.size() );
		assertEquals( HEADER, lines.get( 0 ) );
		assertEquals( CliRun.csvLine( a.toString(), features( a, Preparation.defaults() ) ), lines.get( 1 ) );
		assertEquals( CliRun.csvLine( b.toString(), features( b, Preparation.defaults() ) ), lines.get( 2 ) );
		// Double.toString: every value reads back exactly
		final String[] cells = lines.get( 1 ).split( "," );
		assertEquals( 1 + MaFeatures.COUNT, cells.length );
		assertEquals( features( a, Preparation.defaults() )[ 100 ], Double.parseDouble( cells[ 101 ] ), 0 );
	}

	@Test
	void pirmConventionAndFolders( @TempDir final Path dir ) throws IOException
	{
		Files.copy( DIST.resolve( "I08.bmp" ), dir.resolve( "a.bmp" ) );
		Files.write( dir.resolve( "notes.txt" ), new byte[] { 1 } );
		final CliRun run = CliRun.of( "features", "--kind", "ma", "--convention", "y", "--shave", "4", dir.toString() );
		assertEquals( Main.OK, run.exit, run::toString );
		assertEquals( CliRun.csvLine( dir.resolve( "a.bmp" ).toString(),
				features( dir.resolve( "a.bmp" ), new Preparation( Convention.Y, 4, Double.NaN ) ) ), run.outLines().get( 1 ) );
		assertTrue( run.err.contains( "notes.txt" ), run.err );
	}

	@Test
	void stacksGiveOneRowPerSlice( @TempDir final Path dir )
	{
		final ImageStack stack = new ImageStack( 96, 90 );
		for ( int s = 0; s < 2; s++ )
		{
			final ByteProcessor ip = new ByteProcessor( 96, 90 );
			for ( int i = 0; i < 96 * 90; i++ )
				ip.set( i, ( i * ( 7 + s ) + i / 96 * 13 ) % 251 );
			stack.addSlice( ip );
		}
		final Path file = dir.resolve( "stack.tif" );
		assertTrue( new FileSaver( new ImagePlus( "stack", stack ) ).saveAsTiffStack( file.toString() ) );
		final CliRun run = CliRun.of( "features", "--kind", "ma", file.toString() );
		assertEquals( Main.OK, run.exit, run::toString );
		assertEquals( 3, run.outLines().size() );
		assertTrue( run.outLines().get( 1 ).startsWith( file + ":1," ) );
		assertTrue( run.outLines().get( 2 ).startsWith( file + ":2," ) );
	}

	@Test
	void badImagesAreReportedAndTheOthersPrinted( @TempDir final Path dir )
	{
		final Path small = dir.resolve( "small.tif" );
		assertTrue( new FileSaver( new ImagePlus( "small", new ByteProcessor( 60, 60 ) ) ).saveAsTiff( small.toString() ) );
		final CliRun run = CliRun.of( "features", "--kind", "ma", small.toString(), DIST.resolve( "I03.bmp" ).toString() );
		assertEquals( Main.INPUT_FAILED, run.exit, run::toString );
		assertEquals( 2, run.outLines().size() );
		assertTrue( run.outLines().get( 1 ).startsWith( DIST.resolve( "I03.bmp" ) + "," ) );
		assertEquals( 1, run.errLines().size(), run::toString );
		assertTrue( run.errLines().get( 0 ).startsWith( "error: '" + small + "' is 60x60; Ma et al.'s metric needs" ), run.err );
		run.assertNoStackTrace();
	}

	@Test
	void usageErrors()
	{
		final String image = DIST.resolve( "I03.bmp" ).toString();
		CliRun.of( "features", image ).assertOneError( Main.USAGE, "features needs --kind ma" );
		CliRun.of( "features", "--kind", "brisque", image ).assertOneError( Main.USAGE, "Unknown feature kind 'brisque': the kinds are ma." );
		CliRun.of( "features", "--kind", "ma", "--convention", "rgb", image ).assertOneError( Main.USAGE, "takes convention gray or y" );
		CliRun.of( "features", "--kind", "ma" ).assertOneError( Main.USAGE, "features needs IMAGE...|DIR" );
	}
}
