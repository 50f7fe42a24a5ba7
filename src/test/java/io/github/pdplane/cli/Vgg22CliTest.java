package io.github.pdplane.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.batch.EvaluationJob;
import io.github.pdplane.batch.EvaluationResult;
import io.github.pdplane.batch.ImageSet;
import io.github.pdplane.commands.CommandHarness;
import io.github.pdplane.image.Convention;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.io.imagej.ImageFiles;
import io.github.pdplane.io.imagej.ImageJFileReader;
import io.github.pdplane.registry.MetricSettings;
import io.github.pdplane.vgg.Vgg22;
import io.github.pdplane.vgg.VggWeights;
import io.github.pdplane.vgg.VggWeightsStore;
import io.github.pdplane.vgg.VggWeightsTesting;

/**
 * VGG2,2 on the command line with random weights in VGG19's shapes: {@code score} and {@code evaluate} give
 * the library's values and name the weights in a last column {@code vgg22_weights}; {@code --vgg-weights}
 * without vgg22 is a usage error, and a bad weight file is bad input (missing weights: ScoreSubcommandTest).
 */
class Vgg22CliTest
{
	private static final String WEIGHTS_FILE = "vgg19-random.pth";

	@TempDir
	Path dir;

	/** An RGB TIFF of 24x20 pixels: a texture, {@code offset} brighter. */
	private Path rgbImage( final String name, final int offset ) throws IOException
	{
		return ImageFilesOnDisk.tiff( dir.resolve( name ), CommandHarness.rgb( name, 24, 20, ( x, y ) -> CommandHarness.texture( x, y )
				+ offset ) );
	}

	/** The library's VGG2,2 of two image files in convention rgb, vgg22's own. */
	private static double library( final VggWeights weights, final Path reference, final Path restored )
	{
		final Preparation rgb = new Preparation( Convention.RGB, 0, Double.NaN );
		return new Vgg22( weights, 1 ).score( rgb.prepare( ImageFiles.open( reference ), 0 ), rgb.prepare( ImageFiles.open( restored ), 0 ), 255 );
	}

	@Test
	void scorePrintsTheLibrarysValuesAndTheWeightsInTheLastColumn() throws IOException
	{
		final Path weightsFile = dir.resolve( WEIGHTS_FILE );
		final VggWeights weights = VggWeightsTesting.writeTorchvision( 1, weightsFile );
		final Path reference = rgbImage( "ref.tif", 0 ), near = rgbImage( "near.tif", 2 ), far = rgbImage( "far.tif", 9 );
		final CliRun run = CliRun.of( "score", "--metrics", "vgg22", "--vgg-weights", weightsFile.toString(), "--reference", reference
				.toString(), near.toString(), far.toString() );
		assertEquals( Main.OK, run.exit, run::toString );
		assertEquals( "", run.err );
		assertEquals( Arrays.asList( "image,vgg22,vgg22_weights", CliRun.csvLine( near.toString(), library( weights, reference, near ) )
				+ ",torchvision " + WEIGHTS_FILE, CliRun.csvLine( far.toString(), library( weights, reference, far ) ) + ",torchvision "
						+ WEIGHTS_FILE ), run.outLines() );
	}

	@Test
	void vggWeightsWithoutVgg22IsAUsageError() throws IOException
	{
		final Path weightsFile = dir.resolve( WEIGHTS_FILE );
		VggWeightsTesting.writeTorchvision( 2, weightsFile );
		final Path reference = rgbImage( "ref.tif", 0 );
		final String expected = "--vgg-weights are the weights of vgg22, and the metrics do not include it.";
		CliRun.of( "score", "--metrics", "psnr,ssim", "--vgg-weights", weightsFile.toString(), "--reference", reference.toString(), reference
				.toString() ).assertOneError( Main.USAGE, expected );
		final Path data = ImageFilesOnDisk.algorithmFolders( dir.resolve( "data" ), 1, 64 );
		CliRun.of( "evaluate", "--reference", data.resolve( "ref" ).toString(), "--restored", data.resolve( "far" ).toString(), "--out", dir
				.resolve( "out" ).toString(), "--x", "rmse", "--y", "ssim", "--vgg-weights", weightsFile.toString() ).assertOneError( Main.USAGE,
						expected );
		assertFalse( Files.exists( dir.resolve( "out" ) ) );
	}

	/** A weight file that is not one: one error line naming it, exit 1, nothing on standard output. */
	@Test
	void aBadWeightFileIsBadInput() throws IOException
	{
		final Path empty = Files.write( dir.resolve( "empty.pth" ), new byte[ 0 ] );
		final Path reference = rgbImage( "ref.tif", 0 );
		final CliRun run = CliRun.of( "score", "--metrics", "vgg22", "--vgg-weights", empty.toString(), "--reference", reference.toString(),
				reference.toString() ).assertOneError( Main.INPUT_FAILED, "'" + empty + "' is empty." );
		assertEquals( "", run.out );
	}

	/**
	 * vgg22 on the x axis of tiny grey folders: per-image.csv and summary.csv are the library's evaluation
	 * with the same weights, and their last column, {@code vgg22_weights}, names the weights on every row.
	 */
	@Test
	void evaluateNamesTheWeightsInTheLastColumnOfBothTables() throws IOException
	{
		final Path weightsFile = dir.resolve( WEIGHTS_FILE );
		VggWeightsTesting.writeTorchvision( 3, weightsFile );
		final Path data = ImageFilesOnDisk.algorithmFolders( dir.resolve( "data" ), 2, 64 );
		final Path out = dir.resolve( "out" );
		final CliRun run = CliRun.of( "evaluate", "--reference", data.resolve( "ref" ).toString(), "--restored", data.resolve( "close" )
				.toString(), "--restored", data.resolve( "far" ).toString(), "--x", "vgg22", "--y", "ssim", "--vgg-weights", weightsFile
						.toString(), "--out", out.toString() );
		assertEquals( Main.OK, run.exit, run::toString );
		assertEquals( "", run.err );

		final EvaluationJob job = EvaluationJob.builder( ImageJFileReader.INSTANCE ).reference( ImageSet.folder( data.resolve( "ref" ) ) )
				.algorithm( ImageSet.folder( data.resolve( "close" ) ) ).algorithm( ImageSet.folder( data.resolve( "far" ) ) ).xMetric( "vgg22" )
				.yMetric( "ssim" ).settings( MetricSettings.defaults().withVggWeights( VggWeightsStore.load( weightsFile ) ) ).threads( 1 )
				.build();
		assertTrue( job.process(), job::getErrorMessage );
		final EvaluationResult r = job.result();
		for ( final String table : new String[] { "per-image.csv", "summary.csv" } )
		{
			final String csv = DemoSubcommandTest.read( out.resolve( table ) );
			assertEquals( ( table.equals( "summary.csv" ) ? r.summaryTable() : r.perImageTable() ).toCsv(), csv, table );
			final List< String > lines = Arrays.asList( csv.split( "\n" ) );
			assertTrue( lines.get( 0 ).endsWith( ",vgg22_weights" ), lines.get( 0 ) );
			for ( final String line : lines.subList( 1, lines.size() ) )
				assertTrue( line.endsWith( ",torchvision " + WEIGHTS_FILE ), table + ": " + line );
		}
		assertEquals( "algorithm,image,vgg22,ssim,vgg22_weights", DemoSubcommandTest.read( out.resolve( "per-image.csv" ) ).split( "\n" )[ 0 ] );
		assertEquals( 5, DemoSubcommandTest.read( out.resolve( "per-image.csv" ) ).split( "\n" ).length, "a header and 2 x 2 images" );
	}
}
