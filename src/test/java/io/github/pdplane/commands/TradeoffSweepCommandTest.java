package io.github.pdplane.commands;

import static io.github.pdplane.commands.CommandHarness.cancelReason;
import static io.github.pdplane.commands.CommandHarness.pixels;
import static io.github.pdplane.commands.CommandHarness.samePixels;
import static io.github.pdplane.commands.CommandHarness.stack8;
import static io.github.pdplane.commands.EvaluateAlgorithmsCommandTest.TEST_IMAGES;
import static io.github.pdplane.commands.EvaluateAlgorithmsCommandTest.assertSameTable;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntBinaryOperator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.module.Module;

import ij.ImagePlus;
import ij.measure.ResultsTable;

import io.github.pdplane.batch.ImageSet;
import io.github.pdplane.batch.SweepJob;
import io.github.pdplane.chart.PlaneFiles;
import io.github.pdplane.io.imagej.ImageJFileReader;
import io.github.pdplane.io.imagej.ImagePlusSource;

/** Trade-off Sweep... through SciJava without a display: the engine's table and files, names, overwrite, Escape, bad input. */
class TradeoffSweepCommandTest
{
	private static CommandHarness harness;

	@TempDir
	Path dir;

	private final List< String > log = new ArrayList<>();

	@BeforeAll
	static void start()
	{
		harness = new CommandHarness();
	}

	@AfterAll
	static void stop()
	{
		harness.close();
	}

	@BeforeEach
	void noTable()
	{
		PlaneTables.forget( PlaneTables.SWEEP );
	}

	private Module sweep( final Consumer< TradeoffSweepCommand > setup, final Object... inputs )
	{
		return harness.run( TradeoffSweepCommand.class, c -> {
			c.logWindow = LogNotes.into( log );
			setup.accept( c );
		}, inputs );
	}

	/**
	 * Folders of the test images, four steps: "PD Sweep" holds the engine's table, the output folder its
	 * sweep.csv (byte for byte) and the chart; the Log says where the plane is.
	 */
	@Test
	void foldersGiveTheEnginesTableAndFiles() throws IOException
	{
		final Path out = dir.resolve( "sweep" );
		final Module m = sweep( c -> {}, "referenceFolder", TEST_IMAGES.resolve( "reference" ).toFile(), "lowFolder", TEST_IMAGES.resolve(
				"bicubic" ).toFile(), "highFolder", TEST_IMAGES.resolve( "bicubic-sharpened" ).toFile(), "highName", "sharp", "steps", 4, "x",
				"rmse", "y", "niqe", "outputFolder", out.toFile() );
		assertNull( cancelReason( m ), log.toString() );
		final SweepJob job = SweepJob.builder( ImageJFileReader.INSTANCE ).reference( ImageSet.folder( TEST_IMAGES.resolve( "reference" ) ) )
				.low( ImageSet.folder( TEST_IMAGES.resolve( "bicubic" ) ) ).high( ImageSet.folder( TEST_IMAGES.resolve( "bicubic-sharpened" ) )
						.named( "sharp" ) ).steps( 4 ).xMetric( "rmse" ).yMetric( "niqe" ).build();
		assertTrue( job.process(), job.getErrorMessage() );
		final ResultsTable table = PlaneTables.get( PlaneTables.SWEEP );
		assertSameTable( job.result().keyTable(), table );
		assertEquals( 5, table.size() );
		assertEquals( 0.25, table.getValue( "alpha", 1 ), 0 );
		assertEquals( job.result().table().toCsv(), new String( Files.readAllBytes( out.resolve( PlaneFiles.SWEEP ) ), StandardCharsets.UTF_8 ) );
		assertTrue( Files.size( out.resolve( PlaneFiles.PNG ) ) > 10_000 );
		assertTrue( new String( Files.readAllBytes( out.resolve( PlaneFiles.SVG ) ), StandardCharsets.UTF_8 ).contains( "sharp" ) );
		assertTrue( log.get( log.size() - 2 ).matches( "Trade-off Sweep: 'bicubic' to 'sharp' in 4 steps over 5 images \\(gray\\), in [0-9.]+ s; "
				+ "table 'PD Sweep'; written to '.*'\\." ), log.toString() );
		assertTrue( log.get( log.size() - 1 ).startsWith( "Trade-off Sweep: there is no display" ), log.toString() );
	}

	/** Open stacks: alpha = 0 and 1 are the two outputs themselves; the stacks are untouched. */
	@Test
	void stacksAndTheirEnds()
	{
		// 0..239 below the offsets, so that no pixel passes 255
		final IntBinaryOperator texture = ( x, y ) -> CommandHarness.texture( x, y ) - 10;
		final ImagePlus ref = stack8( "ref", 24, 24, new int[] { 0, 3 }, texture );
		final ImagePlus low = stack8( "low", 24, 24, new int[] { 2, 5 }, texture );
		final ImagePlus high = stack8( "high", 24, 24, new int[] { 6, 9 }, texture );
		final Object[] before = { pixels( ref ), pixels( low ), pixels( high ) };
		final Module m = sweep( c -> {}, "referenceStack", ref, "lowStack", low, "highStack", high, "steps", 2, "x", "rmse", "y", "ssim",
				"bootstrap", 0 );
		assertNull( cancelReason( m ), log.toString() );
		final ResultsTable table = PlaneTables.get( PlaneTables.SWEEP );
		assertEquals( 3, table.size() );
		assertEquals( 2.0, table.getValue( "rmse", 0 ), 0, "alpha = 0 is the low output, 2 above its reference" );
		assertEquals( 6.0, table.getValue( "rmse", 2 ), 0, "alpha = 1 is the high output, 6 above its reference" );
		assertEquals( 4.0, table.getValue( "rmse", 1 ), 0 );
		assertTrue( samePixels( ( Object[] ) before[ 0 ], ref ) && samePixels( ( Object[] ) before[ 1 ], low ) && samePixels(
				( Object[] ) before[ 2 ], high ) );
		final SweepJob job = SweepJob.builder( ImageJFileReader.INSTANCE ).reference( ImageSet.stack( new ImagePlusSource( ref ) ) ).low(
				ImageSet.stack( new ImagePlusSource( low ) ) ).high( ImageSet.stack( new ImagePlusSource( high ) ) ).steps( 2 ).xMetric( "rmse" )
				.yMetric( "ssim" ).bootstrap( null ).build();
		assertTrue( job.process() );
		assertSameTable( job.result().keyTable(), table );
	}

	/** An existing sweep.csv stops the command before scoring unless overwrite; Escape cancels without a file. */
	@Test
	void overwriteAndEscape() throws IOException
	{
		final ImagePlus ref = stack8( "ref", 24, 24, new int[] { 0, 3, 4 }, CommandHarness::texture );
		final ImagePlus low = stack8( "low", 24, 24, new int[] { 2, 5, 6 }, CommandHarness::texture );
		final ImagePlus high = stack8( "high", 24, 24, new int[] { 6, 9, 10 }, CommandHarness::texture );
		final Path out = Files.createDirectories( dir.resolve( "out" ) );
		final byte[] earlier = "alpha\n".getBytes( StandardCharsets.UTF_8 );
		Files.write( out.resolve( PlaneFiles.SWEEP ), earlier );
		final Module refused = sweep( c -> {}, "referenceStack", ref, "lowStack", low, "highStack", high, "y", "ssim", "outputFolder", out
				.toFile() );
		assertEquals( "'" + out.resolve( PlaneFiles.SWEEP ) + "' already exists; tick Overwrite (in a macro: add the key overwrite) to replace "
				+ "it.", cancelReason( refused ) );
		assertArrayEquals( earlier, Files.readAllBytes( out.resolve( PlaneFiles.SWEEP ) ) );
		assertNull( PlaneTables.get( PlaneTables.SWEEP ) );

		final Module canceled = sweep( c -> c.escape = () -> true, "referenceStack", ref, "lowStack", low, "highStack", high, "y", "ssim",
				"threads", 1, "outputFolder", out.toFile(), "overwrite", true );
		assertEquals( "Trade-off Sweep was canceled (Escape): the partial results were discarded; no table was filled and no file written.",
				cancelReason( canceled ) );
		assertArrayEquals( earlier, Files.readAllBytes( out.resolve( PlaneFiles.SWEEP ) ) );
		assertFalse( Files.exists( out.resolve( PlaneFiles.PNG ) ) );
		assertNull( PlaneTables.get( PlaneTables.SWEEP ) );
	}

	@Test
	void badInputIsAMessage()
	{
		final ImagePlus ref = stack8( "ref", 24, 24, new int[] { 0 }, CommandHarness::texture );
		final Module missing = sweep( c -> {}, "referenceStack", ref, "lowStack", ref );
		assertEquals( "A sweep needs the reference images (reference_folder or reference_stack), a low-distortion output (low_folder or "
				+ "low_stack) and a high-perception output (high_folder or high_stack), each a folder or an open stack.", cancelReason( missing ) );
		final Module same = sweep( c -> {}, "referenceStack", ref, "lowStack", ref, "highStack", ref, "y", "ssim" );
		assertEquals( "Two algorithms are named 'ref' (stack 'ref' (1 slice) and stack 'ref' (1 slice)): give each algorithm its own name.",
				cancelReason( same ) );
		final Module steps = sweep( c -> {}, "referenceStack", ref, "lowStack", ref, "highStack", ref, "highName", "other", "steps", 0 );
		assertEquals( "Steps must lie in 1..1000, not 0.", cancelReason( steps ) );
	}

	/** An output folder that is an input folder is refused before any image is read: the plot would be read as an image next time. */
	@Test
	void theOutputFolderIsNoInput() throws IOException
	{
		final Path low = TEST_IMAGES.resolve( "bicubic" );
		final List< String > before = listing( low );
		final Module m = sweep( c -> {}, "referenceFolder", TEST_IMAGES.resolve( "reference" ).toFile(), "lowFolder", low.toFile(), "highFolder",
				TEST_IMAGES.resolve( "bicubic-sharpened" ).toFile(), "y", "brisque", "bootstrap", 0, "showPlot", false, "outputFolder", low.toFile() );
		assertEquals( "The output folder '" + low + "' is one of the inputs (folder '" + low + "'): the plot written there would be read as an"
				+ " image by the next run. Choose another output folder.", cancelReason( m ) );
		assertEquals( before, listing( low ) );
		assertTrue( log.isEmpty(), log.toString() );
	}

	private static List< String > listing( final Path folder ) throws IOException
	{
		try ( java.util.stream.Stream< Path > files = Files.list( folder ) )
		{
			return files.map( Path::toString ).sorted().collect( java.util.stream.Collectors.toList() );
		}
	}
}
