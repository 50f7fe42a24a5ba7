package io.github.pdplane.commands;

import static io.github.pdplane.commands.CommandHarness.cancelReason;
import static io.github.pdplane.commands.CommandHarness.pixels;
import static io.github.pdplane.commands.CommandHarness.samePixels;
import static io.github.pdplane.commands.CommandHarness.stack8;
import static io.github.pdplane.commands.CommandHarness.texture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.module.Module;

import ij.ImagePlus;
import ij.measure.ResultsTable;

import io.github.pdplane.batch.EvaluationJob;
import io.github.pdplane.batch.EvaluationResult;
import io.github.pdplane.batch.ImageSet;
import io.github.pdplane.batch.Progress;
import io.github.pdplane.chart.PlaneFiles;
import io.github.pdplane.image.Protocol;
import io.github.pdplane.io.imagej.ImageJFileReader;
import io.github.pdplane.io.imagej.ImagePlusSource;
import io.github.pdplane.nr.ma.MaModelStore;
import io.github.pdplane.plane.Bootstrap;
import io.github.pdplane.table.ResultTable;

/**
 * Evaluate Algorithms... through SciJava without a display: the tables hold the engine's values, the
 * files are the command line's, existing files are not replaced unasked, Escape cancels without a
 * trace, bad input is a message, and the inputs are untouched.
 */
class EvaluateAlgorithmsCommandTest
{
	static final Path TEST_IMAGES = Paths.get( "test-images" );

	/** The algorithm folders of the test images, in name order. */
	static final List< String > ALGORITHMS = algorithmFolders();

	static List< String > algorithmFolders()
	{
		try (Stream< Path > folders = Files.list( TEST_IMAGES ))
		{
			return folders.filter( Files::isDirectory ).map( p -> p.getFileName().toString() ).filter( n -> !n.equals( "reference" ) ).sorted()
					.collect( Collectors.toList() );
		}
		catch ( final IOException e )
		{
			throw new UncheckedIOException( e );
		}
	}

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
	void noTables()
	{
		PlaneTables.forget( PlaneTables.PER_IMAGE );
		PlaneTables.forget( PlaneTables.SUMMARY );
	}

	/** Runs the command with its Log captured, after {@code setup}; inputs as name, value pairs. */
	private Module evaluate( final Consumer< EvaluateAlgorithmsCommand > setup, final Object... inputs )
	{
		return harness.run( EvaluateAlgorithmsCommand.class, c -> {
			c.logWindow = LogNotes.into( log );
			setup.accept( c );
		}, inputs );
	}

	private Module evaluate( final Object... inputs )
	{
		return evaluate( c -> {}, inputs );
	}

	/** Inputs naming the test images: reference/, and test-images/ as the folder of algorithms (reference/ in it is skipped). */
	static List< Object > testImageInputs()
	{
		return Arrays.asList( "referenceFolder", TEST_IMAGES.resolve( "reference" ).toFile(), "algorithmsFolder", TEST_IMAGES.toFile() );
	}

	/** Inputs naming reference/ and the first algorithm folder of the test images, a list of one. */
	static List< Object > firstAlgorithmInputs()
	{
		return Arrays.asList( "referenceFolder", TEST_IMAGES.resolve( "reference" ).toFile(), "algorithms", TEST_IMAGES.resolve( ALGORITHMS
				.get( 0 ) ).toString() );
	}

	private static Object[] with( final List< Object > inputs, final Object... more )
	{
		final List< Object > all = new ArrayList<>( inputs );
		all.addAll( Arrays.asList( more ) );
		return all.toArray();
	}

	/** Every cell of the ImageJ table is the engine's: the same columns, names and text, numbers to the last bit. */
	static void assertSameTable( final ResultTable expected, final ResultsTable actual )
	{
		assertEquals( expected.columns(), Arrays.asList( actual.getHeadings() ) );
		assertEquals( expected.rowCount(), actual.size() );
		for ( int r = 0; r < expected.rowCount(); r++ )
			for ( final String column : expected.columns() )
			{
				final Object cell = expected.cell( r, column );
				if ( cell instanceof Number )
					assertEquals( ( ( Number ) cell ).doubleValue(), actual.getValue( column, r ), 0, column + " row " + r );
				else
					assertEquals( String.valueOf( cell ), actual.getStringValue( column, r ), column + " row " + r );
			}
	}

	private static Map< String, byte[] > contents( final Path folder ) throws IOException
	{
		final Map< String, byte[] > files = new TreeMap<>();
		try (Stream< Path > all = Files.walk( folder ))
		{
			for ( final Path p : ( Iterable< Path > ) all.filter( Files::isRegularFile )::iterator )
				files.put( folder.relativize( p ).toString(), Files.readAllBytes( p ) );
		}
		return files;
	}

	private static void assertSameContents( final Map< String, byte[] > before, final Map< String, byte[] > after )
	{
		assertEquals( before.keySet(), after.keySet() );
		for ( final String file : before.keySet() )
			assertArrayEquals( before.get( file ), after.get( file ), file );
	}

	/**
	 * The bundled test images, every algorithm folder: "PD Per Image" and "PD Summary" hold the values of
	 * the engine run with the same settings, the output folder the command line's four files (its CSV
	 * byte for byte), and the Log says where the plane is (no display here). The inputs are untouched.
	 */
	@Test
	void testImagesGiveTheEnginesTablesAndFiles() throws IOException
	{
		final Map< String, byte[] > before = contents( TEST_IMAGES );
		final Path out = dir.resolve( "results" );
		final Module m = evaluate( with( testImageInputs(), "x", "rmse", "y", "niqe", "metrics", "ssim, nss-fd", "threads", 2,
				"outputFolder", out.toFile() ) );
		assertNull( cancelReason( m ), log.toString() );

		final EvaluationJob.Builder engine = EvaluationJob.builder( ImageJFileReader.INSTANCE ).reference( ImageSet.folder( TEST_IMAGES
				.resolve( "reference" ) ) ).xMetric( "rmse" ).yMetric( "niqe" ).extraMetrics( "ssim,nss-fd" ).threads( 1 );
		ALGORITHMS.forEach( a -> engine.algorithm( ImageSet.folder( TEST_IMAGES.resolve( a ) ) ) );
		final EvaluationJob job = engine.build();
		assertTrue( job.process(), job.getErrorMessage() );
		final EvaluationResult expected = job.result();
		assertSameTable( expected.perImageTable(), PlaneTables.get( PlaneTables.PER_IMAGE ) );
		assertSameTable( expected.keySummaryTable(), PlaneTables.get( PlaneTables.SUMMARY ) );
		assertEquals( ALGORITHMS.size() * 5, PlaneTables.get( PlaneTables.PER_IMAGE ).size() );
		assertTrue( PlaneTables.get( PlaneTables.SUMMARY ).columnExists( "nss-fd" ) );

		assertEquals( expected.perImageTable().toCsv(), new String( Files.readAllBytes( out.resolve( PlaneFiles.PER_IMAGE ) ),
				StandardCharsets.UTF_8 ) );
		assertEquals( expected.summaryTable().toCsv(), new String( Files.readAllBytes( out.resolve( PlaneFiles.SUMMARY ) ),
				StandardCharsets.UTF_8 ) );
		assertTrue( Files.size( out.resolve( PlaneFiles.PNG ) ) > 10_000 );
		assertTrue( new String( Files.readAllBytes( out.resolve( PlaneFiles.SVG ) ), StandardCharsets.UTF_8 ).contains( "bicubic-grain" ) );
		assertEquals( PlaneFiles.EVALUATION_FILES.stream().sorted().collect( Collectors.toList() ), new ArrayList<>( contents( out ).keySet() ) );

		assertTrue( log.get( log.size() - 2 ).matches( "Evaluate Algorithms: " + ALGORITHMS.size() + " algorithms, 5 reference images "
				+ "\\(gray\\): " + ALGORITHMS.size() * 5 + " images scored, 0 failed, in [0-9.]+ s; tables 'PD Per Image' and 'PD Summary'; "
				+ "written to '" + Pattern.quote( out.toString() ) + "'\\." ),
				log.toString() );
		assertEquals( "Evaluate Algorithms: there is no display, so the plane is not shown in a window; it is in '" + out.resolve(
				"plane.png" ) + "' and '" + out.resolve( "plane.svg" ) + "'.", log.get( log.size() - 1 ) );
		assertSameContents( before, contents( TEST_IMAGES ) );
	}

	/**
	 * Open stacks, paired by slice index: names default to the stack titles or are given; the values are
	 * the engine's; the stacks' pixels are untouched; without an output folder or a display the plane's files
	 * go to a new temporary folder, which the Log names.
	 */
	@Test
	void openStacksWithTheirTitlesOrGivenNames() throws IOException
	{
		final ImagePlus ref = stack8( "ref", 24, 24, new int[] { 0, 3, 6 }, CommandHarness::texture );
		final ImagePlus a = stack8( "a.tif", 24, 24, new int[] { 1, 4, 8 }, CommandHarness::texture );
		final ImagePlus b = stack8( "b.tif", 24, 24, new int[] { 2, 3, 9 }, CommandHarness::texture );
		final Object[] before = { pixels( ref ), pixels( a ), pixels( b ) };
		try (CommandHarness.OpenImages open = CommandHarness.open( ref, a, b ))
		{
			final Module m = evaluate( "referenceStack", ref, "stacks", "a.tif\n B = b.tif", "x", "rmse", "y", "ssim", "bootstrap", 0 );
			assertNull( cancelReason( m ), log.toString() );
		}
		final EvaluationJob job = EvaluationJob.builder( ImageJFileReader.INSTANCE ).reference( ImageSet.stack( new ImagePlusSource( ref ) ) )
				.algorithm( ImageSet.stack( new ImagePlusSource( a ) ) ).algorithm( ImageSet.stack( new ImagePlusSource( b ) ).named( "B" ) )
				.xMetric( "rmse" ).yMetric( "ssim" ).bootstrap( null ).build();
		assertTrue( job.process() );
		assertSameTable( job.result().perImageTable(), PlaneTables.get( PlaneTables.PER_IMAGE ) );
		assertSameTable( job.result().keySummaryTable(), PlaneTables.get( PlaneTables.SUMMARY ) );
		final ResultsTable summary = PlaneTables.get( PlaneTables.SUMMARY );
		assertEquals( "a.tif", summary.getStringValue( "algorithm", 0 ) );
		assertEquals( "B", summary.getStringValue( "algorithm", 1 ) );
		assertFalse( summary.columnExists( "rmse_ci_low" ), "no bootstrap, no interval columns" );
		assertEquals( "slice 1", PlaneTables.get( PlaneTables.PER_IMAGE ).getStringValue( "image", 0 ) );
		// RMSE of a constant offset is the offset; one slice of b equals its reference
		assertEquals( 0.0, PlaneTables.get( PlaneTables.PER_IMAGE ).getValue( "rmse", 4 ), 0 );
		assertTrue( samePixels( ( Object[] ) before[ 0 ], ref ) && samePixels( ( Object[] ) before[ 1 ], a ) && samePixels( ( Object[] ) before[ 2 ],
				b ) );
		assertPlaneInATemporaryFolder( log.get( log.size() - 1 ) );
	}

	/** Without a display or an output folder, the Log names the plane's files in a new temporary folder, and they are there; removes them. */
	private static void assertPlaneInATemporaryFolder( final String line ) throws IOException
	{
		final Matcher m = Pattern.compile( "Evaluate Algorithms: there is no display, so the plane is not shown in a window; "
				+ "it is in '(.+)' and '(.+)'\\." ).matcher( line );
		assertTrue( m.matches(), line );
		final Path png = Paths.get( m.group( 1 ) ), svg = Paths.get( m.group( 2 ) );
		assertEquals( png.getParent(), svg.getParent(), line );
		assertTrue( png.getParent().getFileName().toString().startsWith( PlaneDisplay.TEMPORARY_FOLDER ), line );
		assertEquals( Paths.get( System.getProperty( "java.io.tmpdir" ) ).toRealPath(), png.getParent().getParent().toRealPath(), line );
		assertTrue( Files.size( png ) > 10_000 && Files.size( svg ) > 10_000, line );
		Files.delete( png );
		Files.delete( svg );
		Files.delete( png.getParent() );
	}

	/** PIRM's protocol sets convention y and shave 4 (a note says the fields given are not used); the tables show 6 decimals. */
	@Test
	void pirmProtocolAndTheTablesFormat()
	{
		final ImagePlus ref = CommandHarness.rgb( "ref", 40, 30, CommandHarness::texture );
		final ImagePlus out = CommandHarness.rgb( "out", 40, 30, ( x, y ) -> texture( x, y ) + ( x * y ) % 5 );
		try (CommandHarness.OpenImages open = CommandHarness.open( ref, out ))
		{
			final Module m = evaluate( "referenceStack", ref, "stacks", "out", "x", "rmse", "y", "ssim", "protocol", "pirm", "convention", "rgb",
					"bootstrap", 0 );
			assertNull( cancelReason( m ), log.toString() );
		}
		final EvaluationJob job = EvaluationJob.builder( ImageJFileReader.INSTANCE ).reference( ImageSet.stack( new ImagePlusSource( ref ) ) )
				.algorithm( ImageSet.stack( new ImagePlusSource( out ) ) ).xMetric( "rmse" ).yMetric( "ssim" ).bootstrap( null )
				.preparation( Protocol.PIRM.preparation( Double.NaN ) ).build();
		assertTrue( job.process() );
		final ResultsTable table = PlaneTables.get( PlaneTables.PER_IMAGE );
		assertSameTable( job.result().perImageTable(), table );
		assertTrue( log.contains( "Evaluate Algorithms: protocol pirm scores with convention y and shave 4; the convention rgb and shave 0 "
				+ "given are not used." ), log.toString() );
		assertTrue( log.get( log.size() - 2 ).contains( "(y, shave 4)" ), log.toString() );
		assertEquals( String.format( java.util.Locale.ROOT, "%.6f", job.result().rows().get( 0 ).values()[ 0 ] ), table.getStringValue( "rmse",
				0 ) );
		assertEquals( "1", PlaneTables.get( PlaneTables.SUMMARY ).getStringValue( "n", 0 ) );
		assertEquals( "true", PlaneTables.get( PlaneTables.SUMMARY ).getStringValue( "on_frontier", 0 ) );
	}

	/** The default y axis: PI where the Ma et al. model is installed, else NIQE with the reason in the Log. */
	@Test
	void theDefaultYAxisIsDecidedByTheEngine()
	{
		final Module m = evaluate( with( firstAlgorithmInputs(), "bootstrap", 0 ) );
		assertNull( cancelReason( m ), log.toString() );
		final boolean installed = MaModelStore.fromEnvironment().isAvailable();
		assertEquals( installed ? "pi" : "niqe", PlaneTables.get( PlaneTables.PER_IMAGE ).getHeadings()[ 3 ] );
		assertEquals( !installed, log.stream().anyMatch( l -> l.startsWith( "Evaluate Algorithms: The y axis is NIQE instead of PI" ) ),
				log.toString() );
	}

	/**
	 * Unpaired, unreadable and foreign files: listed in the Log (the unpaired ones before scoring), counted
	 * as failed in the summary; the run goes on.
	 */
	@Test
	void failuresAreListedAndCounted() throws IOException
	{
		final Path ref = Files.createDirectories( dir.resolve( "ref" ) ), out = Files.createDirectories( dir.resolve( "edsr" ) );
		for ( final String image : new String[] { "I03.png", "I04.png", "I06.png" } )
			Files.copy( TEST_IMAGES.resolve( "reference" ).resolve( image ), ref.resolve( image ) );
		Files.copy( TEST_IMAGES.resolve( "bicubic/I03.png" ), out.resolve( "I03.png" ) );
		Files.copy( TEST_IMAGES.resolve( "bicubic/I08.png" ), out.resolve( "I08.png" ) );
		Files.write( out.resolve( "I04.png" ), "not a PNG".getBytes( StandardCharsets.UTF_8 ) );
		Files.write( out.resolve( "notes.txt" ), "a note".getBytes( StandardCharsets.UTF_8 ) );
		final Module refused = evaluate( "referenceFolder", ref.toFile(), "algorithms", out.toString(), "y", "niqe", "bootstrap", 0 );
		assertEquals( "The folder '" + out + "' has a file that cannot be read as an image: '" + out.resolve( "I04.png" ) + "': it is not an"
				+ " image file ImageJ reads (TIFF, PNG, BMP, GIF, JPEG, PGM, FITS, DICOM). Fix or remove it, or ask to skip unreadable files"
				+ " (--skip-unreadable on the command line, \"Skip unreadable files\" in ImageJ): skipped files are reported and counted.",
				cancelReason( refused ) );
		log.clear();
		final Module m = evaluate( "referenceFolder", ref.toFile(), "algorithms", out.toString(), "y", "niqe", "bootstrap", 0,
				"skipUnreadable", true );
		assertNull( cancelReason( m ), log.toString() );
		final List< String > expected = Arrays.asList( "Evaluate Algorithms: skipped '" + out.resolve( "notes.txt" ) + "': not an image file.",
				"Evaluate Algorithms: '" + out.resolve( "I06.png" ) + "' is missing: every algorithm folder needs one output per image of '"
						+ ref + "', with the same file name.",
				"Evaluate Algorithms: '" + out.resolve( "I08.png" ) + "' has no reference: '" + ref.resolve( "I08.png" )
						+ "' does not exist, so it is not scored.",
				"Evaluate Algorithms: '" + out.resolve( "I04.png" ) + "' could not be read: it is not an image file ImageJ reads (TIFF, PNG, "
						+ "BMP, GIF, JPEG, PGM, FITS, DICOM)." );
		assertEquals( expected, log.subList( 0, expected.size() ), log.toString() );
		final ResultsTable summary = PlaneTables.get( PlaneTables.SUMMARY );
		assertEquals( 1, summary.getValue( "n", 0 ), 0 );
		assertEquals( 3, summary.getValue( "failed", 0 ), 0, "the unreadable file, the missing output and the output without a reference" );
		assertTrue( log.get( log.size() - 2 ).contains( "1 images scored, 3 failed" ), log.toString() );
	}

	/**
	 * An output folder that holds an earlier run: without overwrite (and nobody to ask) the command stops
	 * before scoring and the file is untouched; with overwrite every file is replaced.
	 */
	@Test
	void existingFilesAreReplacedOnlyWithOverwrite() throws IOException
	{
		final Path out = Files.createDirectories( dir.resolve( "earlier" ) );
		final byte[] earlier = "earlier run\n".getBytes( StandardCharsets.UTF_8 );
		Files.write( out.resolve( PlaneFiles.SUMMARY ), earlier );
		final List< Object > inputs = firstAlgorithmInputs();
		final Module refused = evaluate( with( inputs, "y", "niqe", "outputFolder", out.toFile() ) );
		assertEquals( "'" + out.resolve( PlaneFiles.SUMMARY ) + "' already exists; tick Overwrite (in a macro: add the key overwrite) to "
				+ "replace it.", cancelReason( refused ) );
		assertArrayEquals( earlier, Files.readAllBytes( out.resolve( PlaneFiles.SUMMARY ) ) );
		assertEquals( 1, contents( out ).size() );
		assertNull( PlaneTables.get( PlaneTables.SUMMARY ), "nothing was scored" );

		final Module replaced = evaluate( with( inputs, "y", "niqe", "outputFolder", out.toFile(), "overwrite", true ) );
		assertNull( cancelReason( replaced ), log.toString() );
		assertTrue( new String( Files.readAllBytes( out.resolve( PlaneFiles.SUMMARY ) ), StandardCharsets.UTF_8 ).startsWith(
				"algorithm,n,failed,rmse," ) );
		assertEquals( 4, contents( out ).size() );
	}

	/**
	 * The journal of the command line's --journal: a second run with the same journal is refused unless Resume
	 * is ticked; resumed from a journal cut short (a kill), the files are byte for byte those of the first run.
	 */
	@Test
	void aJournaledRunResumesToTheSameFiles() throws IOException
	{
		final Path journal = dir.resolve( "run.journal" );
		final Path first = dir.resolve( "first" ), resumed = dir.resolve( "resumed" );
		final List< Object > inputs = Arrays.asList( with( firstAlgorithmInputs(), "y", "niqe", "bootstrap", 50, "journal", journal.toFile() ) );
		assertNull( cancelReason( evaluate( with( inputs, "outputFolder", first.toFile() ) ) ), log.toString() );
		final Module refused = evaluate( with( inputs, "outputFolder", resumed.toFile() ) );
		assertTrue( cancelReason( refused ).startsWith( "The journal '" + journal + "' exists, from an earlier run: ask to resume that run" ),
				cancelReason( refused ) );
		assertFalse( Files.exists( resumed ) );

		final List< String > lines = Files.readAllLines( journal, StandardCharsets.UTF_8 );
		Files.write( journal, lines.subList( 0, lines.size() - 2 ), StandardCharsets.UTF_8 );
		assertNull( cancelReason( evaluate( with( inputs, "outputFolder", resumed.toFile(), "resume", true ) ) ), log.toString() );
		final Map< String, byte[] > expected = contents( first ), actual = contents( resumed );
		assertEquals( expected.keySet(), actual.keySet() );
		for ( final String file : expected.keySet() )
			assertArrayEquals( expected.get( file ), actual.get( file ), file );
	}

	/**
	 * Headless Fiji array jobs: with a shard the command writes only its partial result; the command line's merge
	 * of the shards' partial results gives the files of the single run of the command, byte for byte. Stacks and a
	 * missing output folder are refused.
	 */
	@Test
	void shardsOfTheCommandMergedByTheCommandLineAreTheSingleRun() throws IOException
	{
		final Path single = dir.resolve( "single" ), parts = dir.resolve( "parts" ), merged = dir.resolve( "merged" );
		final List< Object > inputs = Arrays.asList( with( testImageInputs(), "y", "niqe", "metrics", "ssim,nss-fd", "protocol", "pirm",
				"bootstrap", 50, "seed", 9L ) );
		assertNull( cancelReason( evaluate( with( inputs, "outputFolder", single.toFile() ) ) ), log.toString() );
		PlaneTables.forget( PlaneTables.PER_IMAGE );
		final List< String > partials = new ArrayList<>();
		for ( final String shard : new String[] { "2/2", "1/2" } )
		{
			assertNull( cancelReason( evaluate( with( inputs, "outputFolder", parts.toFile(), "shard", shard ) ) ), log.toString() );
			partials.add( parts.resolve( "partial-" + shard.replace( "/", "-of-" ) + ".pdpartial" ).toString() );
		}
		assertEquals( 2, contents( parts ).size(), "only the partial results: " + contents( parts ).keySet() );
		assertNull( PlaneTables.get( PlaneTables.PER_IMAGE ), "a shard fills no table" );
		final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(), err = new java.io.ByteArrayOutputStream();
		final List< String > merge = new ArrayList<>( Arrays.asList( "merge", "--out", merged.toString() ) );
		merge.addAll( partials );
		final int exit = io.github.pdplane.cli.Main.run( merge.toArray( new String[ 0 ] ), new java.io.PrintStream( out, true ),
				new java.io.PrintStream( err, true ) );
		assertEquals( 0, exit, out + "\n" + err );
		final Map< String, byte[] > expected = contents( single ), actual = contents( merged );
		assertEquals( expected.keySet(), actual.keySet() );
		for ( final String file : expected.keySet() )
			assertArrayEquals( expected.get( file ), actual.get( file ), file );

		final Module noFolder = evaluate( with( inputs, "shard", "1/2" ) );
		assertEquals( "A shard writes its partial result into a folder: give the output folder (output_folder).", cancelReason( noFolder ) );
		final Module badShard = evaluate( with( inputs, "outputFolder", parts.toFile(), "shard", "3/2" ) );
		assertTrue( cancelReason( badShard ).startsWith( "The shard '3/2' is out of range" ), cancelReason( badShard ) );
	}

	/**
	 * Escape during the run: the job stops after the image in progress, the command cancels with a
	 * message, no table is filled and no file written (the output folder is not even made).
	 */
	@Test
	void escapeCancelsWithoutATrace()
	{
		final ImagePlus ref = stack8( "ref", 24, 24, new int[] { 0, 1, 2, 3, 4, 5, 6, 7 }, CommandHarness::texture );
		final ImagePlus a = stack8( "a", 24, 24, new int[] { 1, 2, 3, 4, 5, 6, 7, 8 }, CommandHarness::texture );
		final AtomicInteger asked = new AtomicInteger();
		final Path out = dir.resolve( "never" );
		final Module m;
		try (CommandHarness.OpenImages open = CommandHarness.open( ref, a ))
		{
			m = evaluate( c -> c.escape = () -> asked.incrementAndGet() > 2, "referenceStack", ref, "stacks", "a", "x", "rmse", "y", "ssim",
					"threads", 1, "outputFolder", out.toFile() );
		}
		assertEquals( "Evaluate Algorithms was canceled (Escape): the partial results were discarded; no table was filled and no file "
				+ "written.", cancelReason( m ) );
		assertTrue( asked.get() >= 3 && asked.get() < 9, "checked at every image, stopped early: " + asked );
		assertNull( PlaneTables.get( PlaneTables.PER_IMAGE ) );
		assertNull( PlaneTables.get( PlaneTables.SUMMARY ) );
		assertFalse( Files.exists( out ) );
	}

	/** Bad input: a message naming the input and the rule, before anything is scored or written. */
	@Test
	void badInputIsAMessage()
	{
		final ImagePlus ref = stack8( "ref", 24, 24, new int[] { 0, 1 }, CommandHarness::texture );
		final ImagePlus a = stack8( "a", 24, 24, new int[] { 1, 2 }, CommandHarness::texture );
		final Path missing = dir.resolve( "no such folder" );
		try (CommandHarness.OpenImages open = CommandHarness.open( ref, a ))
		{
			assertRefusals( new Object[][] {
					{ "Give the reference images: a folder (reference_folder) or an open stack (reference_stack).", "stacks", "a" },
					{ "Give the outputs of at least one algorithm: a folder whose sub-folders are the algorithms (algorithms_folder), a list of "
							+ "folders (algorithms) or a list of open stacks (stacks).", "referenceStack", ref },
					{ "Give the algorithms one way: algorithms_folder, algorithms or stacks, not algorithms and stacks together.", "referenceStack",
							ref, "stacks", "a", "algorithms", dir.toString() },
					{ "stacks: the entry 'X=' names no open image after '='; write X=TITLE.", "referenceStack", ref, "stacks", "a;X=" },
					{ "Two algorithms are named 'a' (stack 'a' (2 slices) and stack 'a' (2 slices)): give each algorithm its own name.",
							"referenceStack", ref, "stacks", "a;a" },
					{ "The folder of the references (reference_folder) '" + missing + "' does not exist.", "referenceFolder", missing.toFile(),
							"algorithms", dir.toString() },
					{ "The references are a folder, so 'a' must be one too (folders pair by file name, stacks by slice index), but it is a stack "
							+ "'a' (2 slices). Give all sets as folders, or all as stacks.", "referenceFolder", dir.toFile(), "stacks", "a" },
					{ "Bootstrap must be 0 (no intervals) or at least 2 resamples, not 1.", "referenceStack", ref, "stacks", "a", "bootstrap", 1 } } );
			final Module unknown = evaluate( "referenceStack", ref, "stacks", "a", "metrics", "ssim,foo" );
			assertTrue( cancelReason( unknown ).startsWith( "Unknown metric 'foo'" ), cancelReason( unknown ) );
			final Module setLevelAxis = evaluate( "referenceStack", ref, "stacks", "a", "x", "nss-fd", "y", "ssim" );
			assertTrue( cancelReason( setLevelAxis ).contains( "nss-fd" ), cancelReason( setLevelAxis ) );
		}
	}

	/**
	 * Runs each case {@code { message, input, value, ... }} with y ssim and checks that the command refuses
	 * it with exactly the message, before any table is filled.
	 */
	private void assertRefusals( final Object[][] cases )
	{
		for ( final Object[] c : cases )
		{
			log.clear();
			final Module m = evaluate( with( new ArrayList<>( Arrays.asList( c ).subList( 1, c.length ) ), "y", "ssim" ) );
			assertEquals( c[ 0 ], cancelReason( m ), Arrays.toString( c ) );
			assertNull( PlaneTables.get( PlaneTables.SUMMARY ) );
		}
	}

	/**
	 * Every mistake in the keys of the algorithms (algorithms_folder, algorithms, stacks) is a message
	 * naming the key and the value, and what to give instead.
	 */
	@Test
	void mistakesInTheAlgorithmsNameTheKeyAndTheValue() throws IOException
	{
		final ImagePlus ref = stack8( "ref", 24, 24, new int[] { 0, 1 }, CommandHarness::texture );
		final ImagePlus a = stack8( "a", 24, 24, new int[] { 1, 2 }, CommandHarness::texture );
		final Path missing = dir.resolve( "no such folder" ), empty = Files.createDirectories( dir.resolve( "empty" ) );
		final Path onlyReference = Files.createDirectories( dir.resolve( "only reference/hr" ) ).getParent();
		final Path file = Files.write( dir.resolve( "notes.txt" ), new byte[ 1 ] );
		final Path bicubic = TEST_IMAGES.resolve( "bicubic" ), nearest = TEST_IMAGES.resolve( "nearest" );
		final File reference = TEST_IMAGES.resolve( "reference" ).toFile();
		assertRefusals( new Object[][] {
				{ "stacks: no open image is titled 'a' (no image is open; open the stacks first).", "referenceStack", ref, "stacks", "a" } } );
		try (CommandHarness.OpenImages open = CommandHarness.open( ref, a ))
		{
			assertRefusals( new Object[][] {
					{ "Give the algorithms one way: algorithms_folder, algorithms or stacks, not algorithms_folder and algorithms together.",
							"referenceFolder", reference, "algorithmsFolder", TEST_IMAGES.toFile(), "algorithms", bicubic.toString() },
					{ "algorithms_folder: '" + missing + "' does not exist.", "referenceFolder", reference, "algorithmsFolder", missing.toFile() },
					{ "algorithms_folder: '" + empty + "' needs at least one algorithm folder: one sub-folder per algorithm, named after it, with "
							+ "its outputs.", "referenceFolder", reference, "algorithmsFolder", empty.toFile() },
					{ "algorithms_folder: '" + onlyReference + "' needs at least one algorithm folder beside the reference folder 'hr': one "
							+ "sub-folder per algorithm, named after it, with its outputs.", "referenceFolder", onlyReference.resolve( "hr" ).toFile(),
							"algorithmsFolder", onlyReference.toFile() },
					{ "algorithms: the folder '" + missing + "' does not exist.", "referenceFolder", reference, "algorithms", bicubic + ";" + missing },
					{ "algorithms: '" + file + "' is not a folder; give the folder of the algorithm's image files (open stacks go into stacks).",
							"referenceFolder", reference, "algorithms", file.toString() },
					{ "algorithms: the entry '=" + bicubic + "' has an empty name before '='; write NAME=" + bicubic + ", or the folder alone.",
							"referenceFolder", reference, "algorithms", " =" + bicubic },
					{ "algorithms=[ ;\n; ] names no folder: give entries [NAME=]FOLDER separated by ';' or new lines.", "referenceFolder", reference,
							"algorithms", " ;\n; " },
					{ "Two algorithms are named 'A' (folder '" + bicubic + "' and folder '" + nearest + "'): give each algorithm its own name.",
							"referenceFolder", reference, "algorithms", "A=" + bicubic + "\nA=" + nearest },
					{ "stacks: no open image is titled 'b'; the open images are ref, a.", "referenceStack", ref, "stacks", "a;b" } } );
		}
	}

	/** The status line of the progress: images done, the one just finished, the rate, failures, how to cancel. */
	@Test
	void statusLine()
	{
		assertEquals( "Evaluating 0/40 - Esc cancels", ImageJJobReporter.status( "Evaluating", new Progress( 0, 40, 0, "", 1000 ) ) );
		assertEquals( "Evaluating 12/40: EDSR/img3.png (3.1 images/s) - Esc cancels", ImageJJobReporter.status( "Evaluating",
				new Progress( 12, 40, 0, "EDSR/img3.png", 3_900_000_000L ) ) );
		assertEquals( "Sweeping 12/40: alpha=0.3/I03.png (3.1 images/s, 2 failed) - Esc cancels", ImageJJobReporter.status( "Sweeping",
				new Progress( 12, 40, 2, "alpha=0.3/I03.png", 3_900_000_000L ) ) );
	}

	/** The bootstrap's seed reaches the engine: the intervals are those of the engine with that seed. */
	@Test
	void bootstrapSeed()
	{
		final ImagePlus ref = stack8( "ref", 24, 24, new int[] { 0, 3, 6, 9, 12 }, CommandHarness::texture );
		final ImagePlus a = stack8( "a", 24, 24, new int[] { 1, 5, 7, 12, 13 }, CommandHarness::texture );
		try (CommandHarness.OpenImages open = CommandHarness.open( ref, a ))
		{
			final Module m = evaluate( "referenceStack", ref, "stacks", "a", "x", "rmse", "y", "ssim", "bootstrap", 50, "seed", 7L );
			assertNull( cancelReason( m ), log.toString() );
		}
		final EvaluationJob job = EvaluationJob.builder( ImageJFileReader.INSTANCE ).reference( ImageSet.stack( new ImagePlusSource( ref ) ) )
				.algorithm( ImageSet.stack( new ImagePlusSource( a ) ) ).xMetric( "rmse" ).yMetric( "ssim" ).bootstrap( new Bootstrap( 50, 7,
						Bootstrap.DEFAULT_CONFIDENCE ) ).build();
		assertTrue( job.process() );
		assertSameTable( job.result().keySummaryTable(), PlaneTables.get( PlaneTables.SUMMARY ) );
		final double low = PlaneTables.get( PlaneTables.SUMMARY ).getValue( "rmse_ci_low", 0 );
		final double high = PlaneTables.get( PlaneTables.SUMMARY ).getValue( "rmse_ci_high", 0 );
		assertTrue( low < high, low + " < " + high );
	}

	// ---- any number of algorithms: twelve, beyond the eight rows the dialog once had

	/**
	 * The command evaluated twelve algorithms: "PD Summary" has a row for each under the expected name,
	 * and both tables hold the values of the engine run on the expected sets with the same settings.
	 */
	private void assertEvaluatedAsTheEngine( final Module m, final ImageSet reference, final List< ImageSet > expected, final List< String > names )
	{
		assertNull( cancelReason( m ), log.toString() );
		final EvaluationJob job = EvaluationJob.builder( ImageJFileReader.INSTANCE ).reference( reference ).algorithms( expected ).xMetric( "rmse" )
				.yMetric( "niqe" ).build();
		assertTrue( job.process(), job.getErrorMessage() );
		final ResultsTable summary = PlaneTables.get( PlaneTables.SUMMARY );
		assertEquals( TwelveAlgorithms.COUNT, summary.size() );
		final List< String > rows = new ArrayList<>();
		for ( int r = 0; r < summary.size(); r++ )
			rows.add( summary.getStringValue( "algorithm", r ) );
		assertEquals( names, rows );
		assertSameTable( job.result().keySummaryTable(), summary );
		assertEquals( TwelveAlgorithms.COUNT * TwelveAlgorithms.SCENES, PlaneTables.get( PlaneTables.PER_IMAGE ).size() );
		assertSameTable( job.result().perImageTable(), PlaneTables.get( PlaneTables.PER_IMAGE ) );
		assertTrue( log.get( log.size() - 2 ).startsWith( "Evaluate Algorithms: 12 algorithms, 3 reference images (gray): 36 images scored, "
				+ "0 failed" ), log.toString() );
	}

	/** Twelve algorithms as the sub-folders of one folder: in name order, named after them; the reference folder in it is skipped. */
	@Test
	void twelveAlgorithmsAsTheSubFoldersOfOneFolder() throws IOException
	{
		final Path root = TwelveAlgorithms.writeFolders( dir.resolve( "twelve algorithms" ) ), reference = root.resolve( TwelveAlgorithms.REFERENCE );
		final Module m = evaluate( "referenceFolder", reference.toFile(), "algorithmsFolder", root.toFile(), "x", "rmse", "y", "niqe" );
		final List< ImageSet > expected = new ArrayList<>();
		final List< String > names = new ArrayList<>();
		for ( int a = 1; a <= TwelveAlgorithms.COUNT; a++ )
		{
			expected.add( ImageSet.folder( root.resolve( TwelveAlgorithms.name( a ) ) ) );
			names.add( TwelveAlgorithms.name( a ) );
		}
		assertEvaluatedAsTheEngine( m, ImageSet.folder( reference ), expected, names );
	}

	/**
	 * Twelve algorithm folders as a list, last first, separated by ';' and new lines, every other one named:
	 * the rows follow the list, under the names given or the folders' names.
	 */
	@Test
	void twelveAlgorithmsAsAListOfFolders() throws IOException
	{
		final Path root = TwelveAlgorithms.writeFolders( dir.resolve( "twelve algorithms" ) ), reference = root.resolve( TwelveAlgorithms.REFERENCE );
		final TwelveAlgorithms.Listing list = new TwelveAlgorithms.Listing( a -> root.resolve( TwelveAlgorithms.name( a ) ).toString(),
				a -> ImageSet.folder( root.resolve( TwelveAlgorithms.name( a ) ) ) );
		final Module m = evaluate( "referenceFolder", reference.toFile(), "algorithms", list.text, "x", "rmse", "y", "niqe" );
		assertEvaluatedAsTheEngine( m, ImageSet.folder( reference ), list.sets, list.names );
	}

	/**
	 * Twelve open stacks as a list of titles, paired with the reference stack by slice index, every other
	 * one named: the rows follow the list, under the names given or the titles; the stacks are untouched.
	 */
	@Test
	void twelveAlgorithmsAsAListOfOpenStacks()
	{
		final ImagePlus[] stacks = new ImagePlus[ TwelveAlgorithms.COUNT + 1 ];
		for ( int a = 0; a <= TwelveAlgorithms.COUNT; a++ )
			stacks[ a ] = TwelveAlgorithms.stack( ( a == 0 ? TwelveAlgorithms.REFERENCE : TwelveAlgorithms.name( a ) ) + ".tif", a );
		final TwelveAlgorithms.Listing list = new TwelveAlgorithms.Listing( a -> stacks[ a ].getTitle(), a -> ImageSet.stack(
				new ImagePlusSource( stacks[ a ] ) ) );
		final Object[] before = pixels( stacks[ TwelveAlgorithms.COUNT ] );
		final Module m;
		try (CommandHarness.OpenImages open = CommandHarness.open( stacks ))
		{
			m = evaluate( "referenceStack", stacks[ 0 ], "stacks", list.text, "x", "rmse", "y", "niqe" );
		}
		assertEvaluatedAsTheEngine( m, ImageSet.stack( new ImagePlusSource( stacks[ 0 ] ) ), list.sets, list.names );
		assertTrue( samePixels( before, stacks[ TwelveAlgorithms.COUNT ] ) );
	}
}
