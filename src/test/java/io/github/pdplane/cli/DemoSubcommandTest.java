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
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.batch.EvaluationJob;
import io.github.pdplane.batch.EvaluationResult;
import io.github.pdplane.batch.ImageSet;
import io.github.pdplane.demo.DemoAlgorithm;
import io.github.pdplane.demo.TestImageSet;
import io.github.pdplane.image.Plane;
import io.github.pdplane.io.imagej.ImageJFileReader;
import io.github.pdplane.plane.PlaneModel;
import io.github.pdplane.plane.PlanePoint;

class DemoSubcommandTest
{
	private static final Path BUNDLED = Paths.get( TestImageSet.DEFAULT_FOLDER );

	/** The folders of the bundled set besides reference/, in the order the demo lists them. */
	private static final List< String > ALGORITHMS = Arrays.asList( "bicubic", "bicubic-grain", "bicubic-sharpened", "bicubic-texture",
			"bicubic-texture-light", "bilinear", "nearest" );

	private static final List< String > FILES = Arrays.asList( "per-image.csv", "plane.png", "plane.svg", "summary.csv" );

	@Test
	void evaluatesTheBundledImagesAsTheEngineDoes( @TempDir final Path dir ) throws IOException
	{
		final Map< Path, String > before = CliRun.checksums( BUNDLED );
		final Path out = dir.resolve( "pd-demo" );
		final CliRun run = CliRun.of( "demo", "--images", BUNDLED.toString(), "--out", out.toString() );
		assertEquals( Main.OK, run.exit, run::toString );
		assertTrue( run.errLinesBesideTheAxisFallback().stream().allMatch( l -> l.startsWith( Main.NOTE ) ), run.err );
		assertEquals( FILES, ImageFilesOnDisk.names( out ), "the four files and nothing temporary" );

		final List< ImageSet > algorithms = new ArrayList<>();
		for ( final String folder : ALGORITHMS )
			algorithms.add( ImageSet.folder( BUNDLED.resolve( folder ) ) );
		assertEquals( DemoAlgorithm.values().length, algorithms.size() );
		final EvaluationJob job = EvaluationJob.builder( ImageJFileReader.INSTANCE ).reference( ImageSet.folder( BUNDLED.resolve(
				TestImageSet.REFERENCE_FOLDER ) ) ).algorithms( algorithms ).extraMetrics( DemoSubcommand.EXTRA_METRICS ).build();
		assertTrue( job.process(), job::getErrorMessage );
		final EvaluationResult r = job.result();
		assertEquals( r.perImageTable().toCsv(), read( out.resolve( "per-image.csv" ) ) );
		assertEquals( r.summaryTable().toCsv(), read( out.resolve( "summary.csv" ) ) );
		assertEquals( "algorithm,image,rmse,niqe,psnr,ssim,ms-ssim", read( out.resolve( "per-image.csv" ) ).split( "\n" )[ 0 ] );
		assertEquals( 1 + 35, read( out.resolve( "per-image.csv" ) ).split( "\n" ).length, "7 algorithms of 5 images" );

		assertTrue( run.out.startsWith( "PD Plane demo: 7 algorithms of '" + BUNDLED + "' against its 5 reference images (gray):" ), run.out );
		for ( final String a : r.algorithms() )
		{
			final String frontier = r.plane().point( a ).onFrontier() ? "on" : PlaneOutput.number( r.plane().point( a ).distance() );
			final String rmse = PlaneOutput.number( r.plane().point( a ).x() ).replace( ".", "\\." );
			assertTrue( run.outLines().stream().anyMatch( l -> l.matches( a + " +5 +0 +" + rmse + " .* " + frontier.replace( ".", "\\." ) ) ),
					a + " not in\n" + run.out );
		}
		assertTrue( run.out.contains( "Lower is better: RMSE, NIQE, NSS-FD. Higher is better: PSNR, SSIM, MS-SSIM." ), run.out );
		assertTrue( run.out.contains( "Written: " + out.resolve( "per-image.csv" ) ), run.out );
		assertEquals( before, CliRun.checksums( BUNDLED ), "the test images are never modified" );
		assertPng( out.resolve( "plane.png" ) );
		assertTrue( read( out.resolve( "plane.svg" ) ).contains( "<svg" ) );
	}

	/**
	 * The point of the demo: on RMSE and NIQE (the y axis wherever no Ma et al. model is installed; asked
	 * for explicitly here, so that the test is the same everywhere) the bundled set has a frontier of three
	 * algorithms, not one: the sharpened interpolation for distortion, the oracle textures for perception.
	 */
	@Test
	void theBundledSetShowsAPerceptionDistortionTradeOff()
	{
		final List< ImageSet > algorithms = new ArrayList<>();
		for ( final String folder : ALGORITHMS )
			algorithms.add( ImageSet.folder( BUNDLED.resolve( folder ) ) );
		final EvaluationJob job = EvaluationJob.builder( ImageJFileReader.INSTANCE ).reference( ImageSet.folder( BUNDLED.resolve(
				TestImageSet.REFERENCE_FOLDER ) ) ).algorithms( algorithms ).xMetric( "rmse" ).yMetric( "niqe" ).build();
		assertTrue( job.process(), job::getErrorMessage );
		final PlaneModel plane = job.result().plane();
		assertEquals( Arrays.asList( "bicubic-sharpened", "bicubic-texture-light", "bicubic-texture" ), plane.frontierAlgorithms() );
		final PlanePoint sharpened = plane.point( "bicubic-sharpened" ), texture = plane.point( "bicubic-texture" );
		assertTrue( texture.x() > sharpened.x() + 2, "texture costs distortion: " + texture + " vs " + sharpened );
		assertTrue( texture.y() < sharpened.y() - 2, "and buys perceptual quality: " + texture + " vs " + sharpened );
	}

	static void assertPng( final Path file ) throws IOException
	{
		final byte[] bytes = Files.readAllBytes( file );
		assertTrue( bytes.length > 1000 && bytes[ 1 ] == 'P' && bytes[ 2 ] == 'N' && bytes[ 3 ] == 'G', file + " is not a PNG" );
	}

	static String read( final Path file ) throws IOException
	{
		return new String( Files.readAllBytes( file ), StandardCharsets.UTF_8 );
	}

	/** DIR/reference/ with two scenes and one algorithm folder {@code x} with each scene brighter by 2. */
	private static Path smallSet( final Path dir ) throws IOException
	{
		for ( int i = 0; i < 2; i++ )
		{
			final Plane scene = ImageFilesOnDisk.scene( 200, 30 + i );
			ImageFilesOnDisk.tiff( dir.resolve( "reference/" + i + ".tif" ), scene );
			ImageFilesOnDisk.tiff( dir.resolve( "x/" + i + ".tif" ), ImageFilesOnDisk.offset( scene, 2 ) );
		}
		return dir;
	}

	@Test
	void aSecondRunRefusesClearlyBeforeAnyWorkAndOverwriteReplaces( @TempDir final Path dir ) throws IOException
	{
		final Path images = smallSet( dir.resolve( "set" ) );
		final Path out = dir.resolve( "out" );
		assertEquals( Main.OK, CliRun.of( "demo", "--images", images.toString(), "--out", out.toString() ).exit );
		final Map< Path, String > first = CliRun.checksums( out );
		Files.write( out.resolve( "summary.csv" ), Arrays.asList( "precious" ) );
		final CliRun again = CliRun.of( "demo", "--images", images.toString(), "--out", out.toString() );
		again.assertOneError( Main.USAGE, "'" + out + "' already holds the results of an earlier run (per-image.csv, summary.csv, plane.png,"
				+ " plane.svg): pass --overwrite to replace them, or --out DIR to write elsewhere." );
		assertEquals( "", again.out );
		assertEquals( Arrays.asList( "precious" ), Files.readAllLines( out.resolve( "summary.csv" ) ) );

		final CliRun replaced = CliRun.of( "demo", "--images", images.toString(), "--out", out.toString(), "--overwrite" );
		assertEquals( Main.OK, replaced.exit, replaced::toString );
		final Map< Path, String > second = CliRun.checksums( out );
		for ( final String file : new String[] { "per-image.csv", "summary.csv", "plane.png" } )
			assertEquals( first.get( out.resolve( file ) ), second.get( out.resolve( file ) ), "the same run writes the same " + file );
		assertEquals( FILES, ImageFilesOnDisk.names( out ) );
	}

	@Test
	void pairingProblemsAndUnreadableImagesAreReportedAndTheRestEvaluated( @TempDir final Path dir ) throws IOException
	{
		final Path images = smallSet( dir.resolve( "set" ) );
		ImageFilesOnDisk.tiff( images.resolve( "partial/0.tif" ), ImageFilesOnDisk.scene( 200, 30 ) );
		ImageFilesOnDisk.tiff( images.resolve( "partial/7.tif" ), ImageFilesOnDisk.scene( 200, 37 ) );
		ImageFilesOnDisk.tiff( images.resolve( "damaged/0.tif" ), ImageFilesOnDisk.scene( 200, 30 ) );
		Files.write( images.resolve( "damaged/1.tif" ), new byte[] { 1, 2, 3 } );
		Files.write( images.resolve( "notes.txt" ), Arrays.asList( "files beside the folders are ignored" ) );
		final Map< Path, String > before = CliRun.checksums( images );
		final Path out = dir.resolve( "out" );
		CliRun.of( "demo", "--images", images.toString(), "--out", out.toString() ).assertOneError( Main.INPUT_FAILED, "The folder '" + images
				.resolve( "damaged" ) + "' has a file that cannot be read as an image: '" + images.resolve( "damaged/1.tif" ) + "': it is not an"
				+ " image file ImageJ reads", "--skip-unreadable" );
		final CliRun run = CliRun.of( "demo", "--images", images.toString(), "--out", out.toString(), "--skip-unreadable" );
		assertEquals( Main.INPUT_FAILED, run.exit, run::toString );
		final List< String > errors = run.errLinesBesideTheAxisFallback();
		assertEquals( 3, errors.size(), run.err );
		assertEquals( "error: '" + images.resolve( "partial/1.tif" ) + "' is missing: every algorithm folder needs one output per image of '"
				+ images.resolve( "reference" ) + "', with the same file name.", errors.get( 0 ) );
		assertEquals( "error: '" + images.resolve( "partial/7.tif" ) + "' has no reference: '" + images.resolve( "reference/7.tif" )
				+ "' does not exist, so it is not scored.", errors.get( 1 ) );
		assertEquals( "error: '" + images.resolve( "damaged/1.tif" ) + "' could not be read: it is not an image file ImageJ reads (TIFF, PNG,"
				+ " BMP, GIF, JPEG, PGM, FITS, DICOM).", errors.get( 2 ) );
		run.assertNoStackTrace();
		assertTrue( run.outLines().stream().anyMatch( l -> l.matches( "damaged +1 +1 .*" ) ), run.out );
		// the missing output and the output without a reference
		assertTrue( run.outLines().stream().anyMatch( l -> l.matches( "partial +1 +2 .*" ) ), run.out );
		assertTrue( run.outLines().stream().anyMatch( l -> l.matches( "x +2 +0 .*" ) ), run.out );
		assertEquals( FILES, ImageFilesOnDisk.names( out ), "the results are written all the same" );
		assertEquals( before, CliRun.checksums( images ) );
	}

	@Test
	void missingFoldersSayWhatToDo( @TempDir final Path dir ) throws IOException
	{
		final Path out = dir.resolve( "out" );
		CliRun.of( "demo", "--images", dir.resolve( "nowhere" ).toString(), "--out", out.toString() ).assertOneError( Main.INPUT_FAILED,
				"'" + dir.resolve( "nowhere" ) + "' does not exist", "run from the project root", "--images DIR" );
		CliRun.of( "demo", "--images", dir.toString(), "--out", out.toString() ).assertOneError( Main.INPUT_FAILED,
				"has no 'reference' folder" );
		ImageFilesOnDisk.tiff( dir.resolve( "reference/a.tif" ), ImageFilesOnDisk.scene( 200, 1 ) );
		CliRun.of( "demo", "--images", dir.toString(), "--out", out.toString() ).assertOneError( Main.INPUT_FAILED,
				"at least one algorithm folder" );
		Files.createDirectories( dir.resolve( "empty" ) );
		CliRun.of( "demo", "--images", dir.toString(), "--out", out.toString() ).assertOneError( Main.INPUT_FAILED,
				"The folder '" + dir.resolve( "empty" ) + "' has no image files" );
		CliRun.of( "demo", "extra" ).assertOneError( Main.USAGE, "demo takes no arguments besides its options", "'extra'" );
		CliRun.of( "demo", "--threads", "0" ).assertOneError( Main.USAGE, "--threads must be 1 or more" );
		assertEquals( Arrays.asList( "a.tif" ), ImageFilesOnDisk.names( dir.resolve( "reference" ) ) );
		assertTrue( !Files.exists( out ), "nothing was written" );
	}
}
