package io.github.pdplane.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.process.ByteProcessor;

import io.github.pdplane.batch.ImageScorer;
import io.github.pdplane.batch.ScoreRow;
import io.github.pdplane.demo.DemoAlgorithm;
import io.github.pdplane.demo.TestImageSet;
import io.github.pdplane.image.Convention;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.imagej.ImageFiles;
import io.github.pdplane.metrics.MetricRegistry;
import io.github.pdplane.metrics.MetricSettings;

class DemoCommandTest
{
	private static final Path BUNDLED = Paths.get( TestImageSet.DEFAULT_FOLDER );

	@Test
	void scoresTheBundledImagesLikeTheLibrary( @TempDir final Path dir ) throws IOException
	{
		final Map< Path, String > before = CliRun.checksums( BUNDLED );
		final Path csv = dir.resolve( "per-image.csv" );
		final CliRun run = CliRun.of( "demo", "--images", BUNDLED.toString(), "--out", csv.toString() );
		assertEquals( Main.OK, run.exit, run::toString );
		assertEquals( "", run.err );

		final ImageScorer direct = new ImageScorer( MetricRegistry.parseList( DemoCommand.METRICS ), MetricSettings.defaults(),
				new Preparation( Convention.GRAY, 0, Double.NaN ) );
		final List< String > lines = Files.readAllLines( csv );
		assertEquals( "algorithm,image," + DemoCommand.METRICS, lines.get( 0 ) );
		final List< String > expectedLines = new ArrayList<>();
		final String[] images = { "I03.png", "I04.png", "I06.png", "I08.png", "I19.png" };
		final List< String > folders = Arrays.stream( DemoAlgorithm.values() ).map( DemoAlgorithm::folder ).sorted()
				.collect( Collectors.toList() );
		for ( final String folder : folders )
		{
			final List< ScoreRow > rows = new ArrayList<>();
			for ( final String image : images )
			{
				final ScoreRow row = direct.score( ImageFiles.open( BUNDLED.resolve( TestImageSet.REFERENCE_FOLDER ).resolve( image ) ),
						ImageFiles.open( BUNDLED.resolve( folder ).resolve( image ) ), w -> {} ).rows().get( 0 );
				rows.add( row );
				expectedLines.add( Csv.row( Arrays.asList( folder, image ), row.values() ) );
			}
			// the summary line of the algorithm: name, count, and each mean to 4 decimals
			final ScoreRow mean = ScoreRow.mean( folder, rows );
			final StringBuilder cells = new StringBuilder( folder + " +5" );
			for ( final double v : mean.values() )
				cells.append( " +" ).append( String.format( Locale.ROOT, "%.4f", v ).replace( ".", "\\." ) );
			assertTrue( run.outLines().stream().anyMatch( l -> l.matches( cells.toString() ) ), cells + " not in\n" + run.out );
		}
		assertEquals( expectedLines, lines.subList( 1, lines.size() ) );
		assertTrue( run.out.contains( "Lower is better: RMSE. Higher is better: PSNR, SSIM, MS-SSIM." ), run.out );
		assertEquals( before, CliRun.checksums( BUNDLED ) );
		assertEquals( Collections.singletonList( csv ), list( dir ), "no temporary file left behind" );
	}

	/** A 200x200 grey ramp (large enough for MS-SSIM's five scales) plus an offset. */
	private static void write( final Path file, final int offset ) throws IOException
	{
		Files.createDirectories( file.getParent() );
		final ByteProcessor ip = new ByteProcessor( 200, 200 );
		for ( int i = 0; i < 200 * 200; i++ )
			ip.set( i, ( i * 13 % 190 ) + offset );
		assertTrue( new FileSaver( new ImagePlus( file.getFileName().toString(), ip ) ).saveAsTiff( file.toString() ) );
	}

	@Test
	void pairsByFileNameAndListsWhatDoesNotPair( @TempDir final Path dir ) throws IOException
	{
		write( dir.resolve( "reference/a.tif" ), 0 );
		write( dir.resolve( "reference/b.tif" ), 0 );
		write( dir.resolve( "good/a.tif" ), 1 );
		write( dir.resolve( "good/b.tif" ), 2 );
		write( dir.resolve( "partial/a.tif" ), 3 );
		write( dir.resolve( "partial/c.tif" ), 3 );
		Files.write( dir.resolve( "notes.txt" ), Arrays.asList( "files beside the folders are ignored" ) );
		final Map< Path, String > before = CliRun.checksums( dir );
		final CliRun run = CliRun.of( "demo", "--images", dir.toString() );
		assertEquals( Main.INPUT_FAILED, run.exit, run::toString );
		assertEquals( Arrays.asList( "error: '" + dir.resolve( "partial/b.tif" ) + "' is missing: every algorithm folder needs one output per"
				+ " image of '" + dir.resolve( "reference" ) + "', with the same file name.",
				"error: '" + dir.resolve( "partial/c.tif" ) + "' has no reference: '" + dir.resolve( "reference/c.tif" )
						+ "' does not exist, so it is not scored." ),
				run.errLines() );
		// RMSE of a constant offset is the offset; the summary averages per image
		assertTrue( run.outLines().stream().anyMatch( l -> l.matches( "good +2 +1\\.5000 .*" ) ), run.out );
		assertTrue( run.outLines().stream().anyMatch( l -> l.matches( "partial +1 +3\\.0000 .*" ) ), run.out );
		assertTrue( run.out.contains( "2 algorithms, 2 reference images" ) && run.out.contains( "3 pairs scored" ), run.out );
		assertEquals( before, CliRun.checksums( dir ) );
	}

	@Test
	void anUnreadableImageIsReportedOnceAndTheRestScored( @TempDir final Path dir ) throws IOException
	{
		write( dir.resolve( "reference/a.tif" ), 0 );
		write( dir.resolve( "reference/b.tif" ), 0 );
		write( dir.resolve( "x/a.tif" ), 1 );
		Files.write( dir.resolve( "x/b.tif" ), new byte[] { 1, 2, 3 } );
		final CliRun run = CliRun.of( "demo", "--images", dir.toString() );
		run.assertOneError( Main.INPUT_FAILED, "'" + dir.resolve( "x/b.tif" ) + "' could not be read" );
		assertTrue( run.outLines().stream().anyMatch( l -> l.matches( "x +1 +1\\.0000 .*" ) ), run.out );
	}

	@Test
	void aStackContributesOneRowPerSlice( @TempDir final Path dir ) throws IOException
	{
		write( dir.resolve( "reference/a.tif" ), 0 );
		final ImageStack stack = new ImageStack( 200, 200 );
		for ( final int offset : new int[] { 1, 3 } )
		{
			final ByteProcessor ip = new ByteProcessor( 200, 200 );
			for ( int i = 0; i < 200 * 200; i++ )
				ip.set( i, ( i * 13 % 190 ) + offset );
			stack.addSlice( ip );
		}
		Files.createDirectories( dir.resolve( "s" ) );
		assertTrue( new FileSaver( new ImagePlus( "a.tif", stack ) ).saveAsTiffStack( dir.resolve( "s/a.tif" ).toString() ) );
		final Path csv = dir.resolve( "rows.csv" );
		final CliRun run = CliRun.of( "demo", "--images", dir.toString(), "--out", csv.toString() );
		assertEquals( Main.OK, run.exit, run::toString );
		final List< String > lines = Files.readAllLines( csv );
		assertEquals( 3, lines.size() );
		assertTrue( lines.get( 1 ).startsWith( "s,a.tif:1,1.0," ) && lines.get( 2 ).startsWith( "s,a.tif:2,3.0," ), lines.toString() );
		assertTrue( run.outLines().stream().anyMatch( l -> l.matches( "s +2 +2\\.0000 .*" ) ), run.out );
	}

	@Test
	void neverOverwritesWithoutBeingAsked( @TempDir final Path dir ) throws IOException
	{
		write( dir.resolve( "reference/a.tif" ), 0 );
		write( dir.resolve( "alg/a.tif" ), 4 );
		final Path csv = dir.resolve( "out.csv" );
		Files.write( csv, Arrays.asList( "precious" ) );
		final CliRun refused = CliRun.of( "demo", "--images", dir.toString(), "--out", csv.toString() );
		refused.assertOneError( Main.USAGE, "'" + csv + "' already exists", "--overwrite" );
		assertEquals( "", refused.out, "refused before any scoring" );
		assertEquals( Arrays.asList( "precious" ), Files.readAllLines( csv ) );

		final CliRun replaced = CliRun.of( "demo", "--images", dir.toString(), "--out", csv.toString(), "--overwrite" );
		assertEquals( Main.OK, replaced.exit, replaced::toString );
		final List< String > lines = Files.readAllLines( csv, StandardCharsets.UTF_8 );
		assertEquals( 2, lines.size() );
		assertTrue( lines.get( 1 ).startsWith( "alg,a.tif,4.0," ), lines.get( 1 ) );
		assertTrue( replaced.out.contains( "Per-image scores written to " + csv ), replaced.out );
		assertEquals( 3, list( dir ).size(), "reference, alg, out.csv and nothing temporary: " + list( dir ) );
	}

	@Test
	void missingFoldersSayWhatToDo( @TempDir final Path dir ) throws IOException
	{
		CliRun.of( "demo", "--images", dir.resolve( "nowhere" ).toString() ).assertOneError( Main.INPUT_FAILED,
				"'" + dir.resolve( "nowhere" ) + "' does not exist", "run from the project root", "--images DIR" );
		CliRun.of( "demo", "--images", dir.toString() ).assertOneError( Main.INPUT_FAILED, "has no 'reference' folder" );
		write( dir.resolve( "reference/a.tif" ), 0 );
		CliRun.of( "demo", "--images", dir.toString() ).assertOneError( Main.INPUT_FAILED, "at least one algorithm folder" );
		write( dir.resolve( "alg/a.tif" ), 0 );
		CliRun.of( "demo", "--images", dir.toString(), "--out", dir.resolve( "no/such/folder.csv" ).toString() ).assertOneError(
				Main.INPUT_FAILED, "the folder '" + dir.resolve( "no/such" ) + "' does not exist" );
		CliRun.of( "demo", "--images", dir.toString(), "--out", dir.toString() ).assertOneError( Main.INPUT_FAILED, "is a folder" );
		CliRun.of( "demo", "extra" ).assertOneError( Main.USAGE, "demo takes no arguments besides its options", "'extra'" );
	}

	private static List< Path > list( final Path dir ) throws IOException
	{
		try (Stream< Path > files = Files.list( dir ))
		{
			return files.sorted().collect( Collectors.toList() );
		}
	}
}
