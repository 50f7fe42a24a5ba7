package io.github.pdplane.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.github.pdplane.batch.EvaluationJob;
import io.github.pdplane.bench.VggBenchmark;
import io.github.pdplane.batch.ImageSet;
import io.github.pdplane.batch.SweepJob;
import io.github.pdplane.cli.Main;
import io.github.pdplane.commands.TwelveAlgorithms;
import io.github.pdplane.image.Convention;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.image.Protocol;
import io.github.pdplane.io.imagej.ImageFiles;
import io.github.pdplane.io.imagej.ImageJFileReader;
import io.github.pdplane.metrics.MsSsimVariant;
import io.github.pdplane.nr.Niqe;
import io.github.pdplane.nr.NiqeModel;
import io.github.pdplane.nr.NiqeTraining;
import io.github.pdplane.nr.ma.MaFeatures;
import io.github.pdplane.nr.ma.MaModel;
import io.github.pdplane.nr.ma.MaModelStore;
import io.github.pdplane.nr.ma.MaScore;
import io.github.pdplane.nr.ma.PerceptualIndex;
import io.github.pdplane.nr.ma.SyntheticModel;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;
import io.github.pdplane.score.ImageScorer;
import io.github.pdplane.table.ResultTable;
import io.github.pdplane.io.torch.TorchFiles;
import io.github.pdplane.vgg.Vgg22;
import io.github.pdplane.vgg.VggWeightsStore;

/**
 * The built plugin inside a real ImageJ 1.x, in each of the ways a person runs it ({@link #install}: with a
 * display, and headless as Fiji's {@code --headless}): the example macros of {@code macros/} and the macro
 * keys of every command give the library's own values, read back from the commands' tables by the macros,
 * the files are written, and bad input ends the macro with its message instead of a dialog that would hang
 * it. The macros read a table through the example macros' {@code pdTable} (its window, or headless ImageJ's
 * "Results" table).
 */
@TestInstance( TestInstance.Lifecycle.PER_CLASS )
abstract class MacroTests
{
	/** Macros print 9 decimals: half a unit of the last one, and a little for the decimal conversion. */
	static final double PRINTED = 0.5e-9 + 1e-12;

	private static final Path PROJECT = Paths.get( "" ).toAbsolutePath();

	static final Path PAIRS = PROJECT.resolve( "src/test/resources/reference-data/tid2013-pairs" );

	/** The example macros' function that gives the title to read a PD Plane table under, for the test's own macros. */
	private static final String PD_TABLE = pdTableFunction();

	/** This test's folder below target/: the ImageJ folder, the macros and the files they write. */
	private Path work;

	MacroRunner imagej;

	/** The ImageJ folder {@code folder} laid out with the plugin installed, and the way to run macros in it. */
	abstract MacroRunner install( Path folder ) throws IOException;

	@BeforeAll
	void installPlugin() throws IOException
	{
		work = PROJECT.resolve( "target" ).resolve( getClass().getSimpleName() );
		imagej = install( work.resolve( "ImageJ" ) );
	}

	/** This test's folder below target/. */
	Path work()
	{
		return work;
	}

	private static String pdTableFunction()
	{
		try
		{
			final String macro = new String( Files.readAllBytes( PROJECT.resolve( "macros/ssim-pair.ijm" ) ), StandardCharsets.UTF_8 );
			final int start = macro.indexOf( "function pdTable(" );
			return macro.substring( start, macro.indexOf( "\n}", start ) + 2 );
		}
		catch ( final IOException e )
		{
			throw new UncheckedIOException( e );
		}
	}

	private static double library( final String metric, final Path reference, final Path restored, final Convention convention,
			final int shave, final MetricSettings settings )
	{
		return new ImageScorer( Arrays.asList( MetricRegistry.byId( metric ) ), settings, new Preparation( convention, shave, Double.NaN ) )
				.score( reference == null ? null : ImageFiles.open( reference ), ImageFiles.open( restored ), w -> {} ).rows().get( 0 ).value( 0 );
	}

	static double library( final String metric, final Path reference, final Path restored )
	{
		return library( metric, reference, restored, Convention.GRAY, 0, MetricSettings.defaults() );
	}

	static double single( final MacroRunner.Run run, final String prefix )
	{
		final List< String > values = run.linesAfter( prefix + " " );
		assertEquals( 1, values.size(), "one line '" + prefix + " <value>' expected; " + run );
		return Double.parseDouble( values.get( 0 ) );
	}

	/** IJ1 can print an exception and still exit with 0. */
	static void assertClean( final MacroRunner.Run run )
	{
		assertEquals( 0, run.exitCode, run.toString() );
		assertFalse( run.output.contains( "Exception" ), run.toString() );
		assertFalse( run.output.contains( "failed unexpectedly" ), run.toString() );
		assertFalse( run.output.contains( "Unrecognized command" ), run.toString() );
		assertFalse( run.output.contains( "Macro Error" ), run.toString() );
		System.out.println( "ImageJ run took " + String.format( "%.1f", run.seconds ) + " s" );
	}

	/** A macro file of {@code lines} and the example macros' {@code pdTable} function. */
	Path writeMacro( final String name, final String... lines ) throws IOException
	{
		final Path macro = work.resolve( name );
		final List< String > text = new ArrayList<>( Arrays.asList( lines ) );
		text.add( PD_TABLE );
		Files.write( macro, text, StandardCharsets.UTF_8 );
		return macro;
	}

	/**
	 * A macro file that opens {@code ref} as "ref image" and {@code out} as "out image" in batch mode and has
	 * {@code last(metric)}, the metric's value in the last row of PD Results with 9 decimals; then {@code lines}.
	 */
	Path writePairMacro( final String name, final Path ref, final Path out, final String... lines ) throws IOException
	{
		final List< String > text = new ArrayList<>( Arrays.asList( "setBatchMode(true);", "open(" + quoted( ref ) + "); rename(\"ref image\");",
				"open(" + quoted( out ) + "); rename(\"out image\");",
				"function last(metric) { t = pdTable(\"PD Results\"); return d2s(Table.get(metric, Table.size(t) - 1, t), 9); }" ) );
		text.addAll( Arrays.asList( lines ) );
		return writeMacro( name, text.toArray( new String[ 0 ] ) );
	}

	static String quoted( final Path path )
	{
		return "\"" + path.toAbsolutePath().toString().replace( "\\", "\\\\" ) + "\"";
	}

	/**
	 * The README's command lines: each example macro from the project folder by its relative path, without
	 * arguments (evaluate-test-images.ijm with its output folder), as a reader types them. A relative path once
	 * left the macros without their project folder and waiting on a modal error dialog.
	 */
	@Test
	void theReadmesMacroLinesRunFromTheProjectFolder() throws IOException, InterruptedException
	{
		final String[][] expected = { { "ssim-pair.ijm", "SSIM " }, { "ssim-stack.ijm", "SSIM mean " }, { "niqe.ijm", "NIQE " },
				{ "ma-pi.ijm", "Ma et al." }, { "vgg22.ijm", "VGG2,2" } };
		for ( final String[] macro : expected )
		{
			final MacroRunner.Run run = imagej.runAsTheReadmeDoes( "macros/" + macro[ 0 ], null );
			assertClean( run );
			assertTrue( run.output.contains( macro[ 1 ] ), macro[ 0 ] + ": " + run );
		}
		final Path out = work.resolve( "readme-evaluate" );
		MacroRunner.deleteRecursively( out );
		final MacroRunner.Run run = imagej.runAsTheReadmeDoes( "macros/evaluate-test-images.ijm", out.toString() );
		assertClean( run );
		assertTrue( Files.exists( out.resolve( "summary.csv" ) ), run.toString() );
	}

	@Test
	void pairMacroPrintsTheLibrarysValues() throws Exception
	{
		final Path ref = PAIRS.resolve( "ref/I19.bmp" ), out = PAIRS.resolve( "dist/I19.bmp" );
		final MacroRunner.Run run = imagej.run( PROJECT.resolve( "macros/ssim-pair.ijm" ), ref + ";" + out );
		assertClean( run );
		assertEquals( library( "ssim", ref, out ), single( run, "SSIM" ), PRINTED, run.toString() );
		assertEquals( library( "psnr", ref, out ), single( run, "PSNR" ), PRINTED, run.toString() );
	}

	/** The five TID2013 pairs as two stacks: one row per slice in file-name order, then the mean. */
	@Test
	void stackMacroGivesOneRowPerSliceAndTheMean() throws Exception
	{
		final MacroRunner.Run run = imagej.run( PROJECT.resolve( "macros/ssim-stack.ijm" ), PAIRS.resolve( "ref" ) + ";" + PAIRS.resolve( "dist" ) );
		assertClean( run );
		final List< String > names;
		try ( Stream< Path > files = Files.list( PAIRS.resolve( "ref" ) ) )
		{
			names = files.map( p -> p.getFileName().toString() ).sorted().collect( Collectors.toList() );
		}
		final List< String > lines = run.linesAfter( "SSIM " );
		assertEquals( names.size() + 1, lines.size(), run.toString() );
		double sum = 0;
		for ( int s = 0; s < names.size(); s++ )
		{
			final double expected = library( "ssim", PAIRS.resolve( "ref" ).resolve( names.get( s ) ), PAIRS.resolve( "dist" ).resolve( names.get( s ) ) );
			final String[] parts = lines.get( s ).split( " " );
			assertEquals( "slice " + ( s + 1 ), parts[ 0 ] + " " + parts[ 1 ], run.toString() );
			assertEquals( expected, Double.parseDouble( parts[ 2 ] ), PRINTED, names.get( s ) + ": " + run );
			sum += expected;
		}
		final String[] mean = lines.get( names.size() ).split( " " );
		assertEquals( "mean", mean[ 0 ], run.toString() );
		assertEquals( sum / names.size(), Double.parseDouble( mean[ 1 ] ), PRINTED, run.toString() );
	}

	/** Every command through its documented macro keys, options other than the defaults, and the SSIM map output. */
	@Test
	void everyCommandTakesItsMacroKeys() throws Exception
	{
		final Path ref = PAIRS.resolve( "ref/I08.bmp" ), out = PAIRS.resolve( "dist/I08.bmp" );
		final Path macro = writePairMacro( "every-command.ijm", ref, out,
				"base = \"reference=[ref image] restored=[out image] convention=y shave=4 data_range=0\";",
				"run(\"RMSE...\", base); print(\"RMSE \" + last(\"RMSE\"));",
				"run(\"PSNR...\", base); print(\"PSNR \" + last(\"PSNR\"));",
				"run(\"MS-SSIM...\", base + \" variant=mscale-new\"); print(\"MS-SSIM \" + last(\"MS-SSIM\"));",
				"t = pdTable(\"PD Results\"); print(\"OPTIONS \" + Table.getString(\"Options\", Table.size(t) - 1, t));",
				"run(\"SSIM...\", \"reference=[ref image] restored=[out image] convention=rgb shave=0 data_range=0 downsample\");",
				"print(\"SSIM \" + last(\"SSIM\"));",
				"n = nImages;",
				"run(\"SSIM...\", \"reference=[ref image] restored=[out image] convention=gray map\");",
				"print(\"MAP \" + (nImages - n) + \" \" + getWidth() + \"x\" + getHeight() + \" \" + bitDepth() + \" \" + getTitle());" );
		final MacroRunner.Run run = imagej.run( macro, null );
		assertClean( run );
		assertEquals( library( "rmse", ref, out, Convention.Y, 4, MetricSettings.defaults() ), single( run, "RMSE" ), PRINTED, run.toString() );
		assertEquals( library( "psnr", ref, out, Convention.Y, 4, MetricSettings.defaults() ), single( run, "PSNR" ), PRINTED, run.toString() );
		assertEquals( library( "ms-ssim", ref, out, Convention.Y, 4, MetricSettings.defaults().withMsSsimVariant( MsSsimVariant.MSCALE_NEW ) ),
				single( run, "MS-SSIM" ), PRINTED, run.toString() );
		assertEquals( library( "ssim", ref, out, Convention.RGB, 0, MetricSettings.defaults().withSsimDownsample( true ) ), single( run, "SSIM" ),
				PRINTED, run.toString() );
		// One new image, the 32-bit map of the 'valid' window positions of a 512x384 pair.
		assertEquals( "1 " + ( 512 - 10 ) + "x" + ( 384 - 10 ) + " 32 SSIM map of out image", run.linesAfter( "MAP " ).get( 0 ), run.toString() );
		assertEquals( Arrays.asList( "MS-SSIM: variant=mscale-new" ), run.linesAfter( "OPTIONS " ), run.toString() );
	}

	/**
	 * SSIM, PSNR and NIQE of one pair, one command after the other (in a new ImageJ): one row of "PD Results"
	 * holds the three values, under the pair's reference; SSIM of the pair again starts a row of its own.
	 */
	@Test
	void theMetricsOfOnePairAreOneRow() throws Exception
	{
		final Path ref = PAIRS.resolve( "ref/I19.bmp" ), out = PAIRS.resolve( "dist/I19.bmp" );
		final Path macro = writePairMacro( "one-row.ijm", ref, out,
				"options = \"reference=[ref image] restored=[out image] convention=gray shave=0 data_range=0\";",
				"run(\"SSIM...\", options); run(\"PSNR...\", options);",
				"run(\"NIQE...\", \"restored=[out image] convention=gray shave=0 data_range=0\");",
				"t = pdTable(\"PD Results\"); r = Table.size(t) - 1;",
				"print(\"ROWS \" + Table.size(t));",
				"print(\"ROW \" + Table.getString(\"Restored\", r, t) + \"|\" + Table.getString(\"Reference\", r, t));",
				"print(\"SSIM \" + last(\"SSIM\")); print(\"PSNR \" + last(\"PSNR\")); print(\"NIQE \" + last(\"NIQE\"));",
				"run(\"SSIM...\", options); t = pdTable(\"PD Results\");",
				"print(\"AGAIN \" + Table.size(t) + \" \" + Table.get(\"PSNR\", Table.size(t) - 1, t));" );
		final MacroRunner.Run run = imagej.run( macro, null );
		assertClean( run );
		assertEquals( Arrays.asList( "1" ), run.linesAfter( "ROWS " ), run.toString() );
		assertEquals( Arrays.asList( "out image|ref image" ), run.linesAfter( "ROW " ), run.toString() );
		assertEquals( library( "ssim", ref, out ), single( run, "SSIM" ), PRINTED, run.toString() );
		assertEquals( library( "psnr", ref, out ), single( run, "PSNR" ), PRINTED, run.toString() );
		assertEquals( library( "niqe", null, out ), single( run, "NIQE" ), PRINTED, run.toString() );
		assertEquals( Arrays.asList( "2 NaN" ), run.linesAfter( "AGAIN " ), run.toString() );
	}

	/**
	 * The other metric commands through their macro keys: VIF, VIFp and IFC of a pair, BRISQUE and PIQE of the
	 * restored image, PIQE with its three masks as new images.
	 */
	@Test
	void theOtherMetricCommandsTakeTheirMacroKeys() throws Exception
	{
		final Path ref = PAIRS.resolve( "ref/I19.bmp" ), out = PAIRS.resolve( "dist/I19.bmp" );
		final Path macro = writePairMacro( "other-metrics.ijm", ref, out,
				"run(\"VIF...\", \"reference=[ref image] restored=[out image] convention=y shave=2 data_range=0\"); print(\"VIF \" + last(\"VIF\"));",
				"run(\"VIFp...\", \"reference=[ref image] restored=[out image] convention=gray\"); print(\"VIFp \" + last(\"VIFp\"));",
				"run(\"IFC...\", \"reference=[ref image] restored=[out image] convention=gray shave=0\"); print(\"IFC \" + last(\"IFC\"));",
				"run(\"BRISQUE...\", \"restored=[out image] convention=y shave=4 data_range=0\"); print(\"BRISQUE \" + last(\"BRISQUE\"));",
				"n = nImages;",
				"run(\"PIQE...\", \"restored=[out image] convention=gray shave=0 masks\"); print(\"PIQE \" + last(\"PIQE\"));",
				"print(\"MASKS \" + (nImages - n) + \" \" + bitDepth());" );
		final MacroRunner.Run run = imagej.run( macro, null );
		assertClean( run );
		assertEquals( library( "vif", ref, out, Convention.Y, 2, MetricSettings.defaults() ), single( run, "VIF" ), PRINTED, run.toString() );
		assertEquals( library( "vifp", ref, out ), single( run, "VIFp" ), PRINTED, run.toString() );
		assertEquals( library( "ifc", ref, out ), single( run, "IFC" ), PRINTED, run.toString() );
		assertEquals( library( "brisque", null, out, Convention.Y, 4, MetricSettings.defaults() ), single( run, "BRISQUE" ), PRINTED, run
				.toString() );
		assertEquals( library( "piqe", null, out ), single( run, "PIQE" ), PRINTED, run.toString() );
		assertEquals( Arrays.asList( "3 8" ), run.linesAfter( "MASKS " ), run.toString() );
	}

	/**
	 * A macro that leaves the images out gets the dialog's defaults: the restored image is the active one, the
	 * reference another open image. With "out image" active SSIM compares it with "ref image"; with "ref image"
	 * active NIQE scores "ref image" and SSIM takes "out image" as the reference (once the first open image was
	 * every command's default, so NIQE scored the reference whichever image the person looked at).
	 */
	@Test
	void imagesDefaultToTheActiveOne() throws Exception
	{
		final Path ref = PAIRS.resolve( "ref/I19.bmp" ), out = PAIRS.resolve( "dist/I19.bmp" );
		final Path macro = writePairMacro( "active-image.ijm", ref, out,
				"function images() { t = pdTable(\"PD Results\"); row = Table.size(t) - 1;",
				"  return \"\" + Table.getString(\"Restored\", row, t) + \" | \" + Table.getString(\"Reference\", row, t); }",
				"selectImage(\"out image\");",
				"run(\"SSIM...\", \"convention=gray\"); print(\"SSIM OUT ACTIVE \" + images());",
				"selectImage(\"ref image\");",
				"run(\"NIQE...\", \"convention=gray\"); print(\"NIQE REF ACTIVE \" + images());",
				"run(\"SSIM...\", \"convention=gray\"); print(\"SSIM REF ACTIVE \" + images());" );
		final MacroRunner.Run run = imagej.run( macro, null );
		assertClean( run );
		assertEquals( Arrays.asList( "out image | ref image" ), run.linesAfter( "SSIM OUT ACTIVE " ), run.toString() );
		assertEquals( Arrays.asList( "ref image |" ), run.linesAfter( "NIQE REF ACTIVE " ), "no reference; " + run );
		assertEquals( Arrays.asList( "ref image | out image" ), run.linesAfter( "SSIM REF ACTIVE " ), run.toString() );
	}

	/**
	 * Bad input in a macro: the message names the images and the rule, the macro stops there (the line
	 * after it never prints), and ImageJ ends instead of waiting on a dialog.
	 */
	@Test
	void badInputStopsTheMacroWithItsMessage() throws Exception
	{
		final Path ref = PAIRS.resolve( "ref/I03.bmp" );
		final List< String[] > cases = new ArrayList<>();
		cases.add( new String[] { "newImage(\"small\", \"RGB ramp\", 100, 80, 1); run(\"PSNR...\", \"reference=I03.bmp restored=small\");",
				"PSNR error: 'small' is 100x80 but its reference 'I03.bmp' is 512x384" } );
		cases.add( new String[] { "newImage(\"grey\", \"8-bit ramp\", 512, 384, 1); run(\"SSIM...\", \"reference=I03.bmp restored=grey\");",
				"SSIM error: 'I03.bmp' is RGB but 'grey' is grey" } );
		cases.add( new String[] { "run(\"SSIM...\", \"reference=I03.bmp restored=missing.png\");",
				"SSIM error: restored=missing.png: no open image has that title; the open images are I03.bmp." } );
		cases.add( new String[] { "run(\"RMSE...\", \"reference=I03.bmp restored=I03.bmp convention=grey\");",
				"RMSE error: convention=grey is not allowed: use one of gray, y, rgb." } );
		for ( int i = 0; i < cases.size(); i++ )
		{
			final Path macro = writeMacro( "bad-input-" + i + ".ijm", "setBatchMode(true);", "open(" + quoted( ref ) + ");", cases.get( i )[ 0 ],
					"print(\"not reached\");" );
			final MacroRunner.Run run = imagej.run( macro, null );
			assertClean( run );
			assertTrue( run.output.contains( cases.get( i )[ 1 ] ), run.toString() );
			assertFalse( run.output.contains( "not reached" ), run.toString() );
		}
	}

	// ---- NIQE

	static final Path TEST_IMAGES = PROJECT.resolve( "test-images" );

	/** The threshold macros/niqe.ijm trains with. */
	private static final double MACRO_THRESHOLD = 0.5;

	private static double niqe( final NiqeModel model, final Path image )
	{
		return new Niqe( model ).score( image.getFileName().toString(), Preparation.defaults().prepare( ImageFiles.open( image ), 0 ), 255 );
	}

	/** The library's model of every image of a folder, in name order. */
	private static NiqeModel trained( final Path folder, final int blockSize, final double threshold ) throws IOException
	{
		final NiqeTraining training = new NiqeTraining( blockSize, threshold );
		try ( Stream< Path > files = Files.list( folder ) )
		{
			for ( final Path p : ( Iterable< Path > ) files.sorted()::iterator )
				training.add( p.toString(), Preparation.defaults().prepare( ImageFiles.open( p ), 0 )[ 0 ], 255 );
		}
		return training.model();
	}

	/**
	 * macros/niqe.ijm: NIQE with the LIVE model, a model trained on a folder (the file is the library's
	 * model of the same images) and NIQE with it, all as the library computes them.
	 */
	@Test
	void niqeMacroScoresTrainsAndScoresWithTheModel() throws Exception
	{
		final Path image = PAIRS.resolve( "dist/I04.bmp" ), folder = TEST_IMAGES.resolve( "reference" );
		final Path model = work.resolve( "niqe macro model.mat" );
		Files.deleteIfExists( model );
		final MacroRunner.Run run = imagej.run( PROJECT.resolve( "macros/niqe.ijm" ), image + ";" + folder + ";" + model );
		assertClean( run );
		assertEquals( niqe( NiqeModel.live(), image ), single( run, "NIQE" ), PRINTED, run.toString() );
		final NiqeModel expected = trained( folder, 96, MACRO_THRESHOLD );
		final NiqeModel written = NiqeModel.load( model );
		assertArrayEquals( expected.gaussian().mean(), written.gaussian().mean(), 0 );
		for ( int i = 0; i < expected.gaussian().dimension(); i++ )
			assertArrayEquals( expected.gaussian().covariance()[ i ], written.gaussian().covariance()[ i ], 0 );
		assertEquals( niqe( expected, image ), single( run, "NIQE-own" ), PRINTED, run.toString() );
		assertEquals( 1, run.notesAfter( "Train NIQE Model: wrote '" + model + "': 5 image(s), 100 blocks of 96x96 pixels" ).size(), run.toString() );
		// run again: the macro's explicit overwrite replaces the model
		final MacroRunner.Run again = imagej.run( PROJECT.resolve( "macros/niqe.ijm" ), image + ";" + folder + ";" + model );
		assertClean( again );
		assertEquals( single( run, "NIQE-own" ), single( again, "NIQE-own" ), 0, again.toString() );
	}

	/** Every NIQE command through its macro keys: convention and shave, a stack as the training set, the set distances. */
	@Test
	void niqeCommandsTakeTheirMacroKeys() throws Exception
	{
		final Path image = PAIRS.resolve( "dist/I06.bmp" ), model = work.resolve( "stack-model.mat" );
		Files.deleteIfExists( model );
		final Path examples = PROJECT.resolve( "src/test/resources/reference-data/niqe-examples" );
		final Path macro = writeMacro( "niqe-commands.ijm",
				"setBatchMode(true);",
				"open(" + quoted( image ) + "); rename(\"out image\");",
				"function last(metric) { t = pdTable(\"PD Results\"); return d2s(Table.get(metric, Table.size(t) - 1, t), 9); }",
				"run(\"NIQE...\", \"restored=[out image] convention=y shave=4\"); print(\"PIRM \" + last(\"NIQE\"));",
				"open(" + quoted( examples.resolve( "image1.bmp" ) ) + "); a = getTitle();",
				"open(" + quoted( examples.resolve( "image2.bmp" ) ) + "); b = getTitle();",
				"run(\"Images to Stack\", \"name=pristine title=.bmp use\");",
				"run(\"Train NIQE Model...\", \"stack=pristine model=[" + model + "] block_size=48\");",
				"run(\"NIQE...\", \"restored=[out image] niqe_model=[" + model + "]\"); print(\"OWN \" + last(\"NIQE\"));",
				"run(\"NIQE Set Distances...\", \"reference_folder=[" + examples + "] restored_folder=[" + examples + "]\");",
				"print(\"SELF \" + last(\"NSS-FD\") + \" \" + last(\"NIQE-ref\"));" );
		final MacroRunner.Run run = imagej.run( macro, null );
		assertClean( run );
		final Preparation pirm = new Preparation( Convention.Y, 4, Double.NaN );
		assertEquals( new Niqe().score( "I06", pirm.prepare( ImageFiles.open( image ), 0 ), 255 ), single( run, "PIRM" ), PRINTED, run.toString() );
		final NiqeTraining training = new NiqeTraining( 48, NiqeTraining.DEFAULT_SHARPNESS_THRESHOLD );
		for ( final String name : new String[] { "image1.bmp", "image2.bmp" } )
			training.add( name, Preparation.defaults().prepare( ImageFiles.open( examples.resolve( name ) ), 0 )[ 0 ], 255 );
		assertEquals( niqe( training.model(), image ), single( run, "OWN" ), PRINTED, run.toString() );
		assertEquals( "0.000000000 0.000000000", run.linesAfter( "SELF " ).get( 0 ), run.toString() );
	}

	/** NIQE's refusals in a macro: the message, and the macro stops there. */
	@Test
	void niqeBadInputStopsTheMacroWithItsMessage() throws Exception
	{
		final Path model = work.resolve( "existing.mat" );
		NiqeModel.live().save( model );
		final List< String[] > cases = new ArrayList<>();
		cases.add( new String[] { "newImage(\"small\", \"8-bit ramp\", 300, 150, 1); run(\"NIQE...\", \"restored=small\");",
				"NIQE error: 'small' is 300x150; NIQE needs at least 192x192 pixels (two 96x96 blocks in each direction" } );
		cases.add( new String[] { "newImage(\"flat\", \"8-bit black\", 300, 300, 1); run(\"NIQE...\", \"restored=flat\");",
				"NIQE error: 'flat' is constant (every pixel 0): NIQE cannot score it" } );
		cases.add( new String[] { "newImage(\"x\", \"8-bit ramp\", 300, 300, 1); run(\"NIQE...\", \"restored=x niqe_model=[" + work.resolve(
				"nothing.mat" ) + "]\");", "NIQE error: The NIQE model file '" + work.resolve( "nothing.mat" ) + "' does not exist." } );
		cases.add( new String[] { "run(\"Train NIQE Model...\", \"folder=[" + TEST_IMAGES.resolve( "reference" ) + "] model=[" + model
				+ "] sharpness_threshold=0.5\");", "Train NIQE Model error: '" + model
						+ "' already exists; tick Overwrite (in a macro: add the key overwrite) to replace it." } );
		for ( int i = 0; i < cases.size(); i++ )
		{
			final Path macro = writeMacro( "niqe-bad-input-" + i + ".ijm", "setBatchMode(true);", cases.get( i )[ 0 ], "print(\"not reached\");" );
			final MacroRunner.Run run = imagej.run( macro, null );
			assertClean( run );
			assertTrue( run.output.contains( cases.get( i )[ 1 ] ), run.toString() );
			assertFalse( run.output.contains( "not reached" ), run.toString() );
		}
		final byte[] live = NiqeModel.live().toBytes();
		assertArrayEquals( live, Files.readAllBytes( model ), "the existing model is untouched" );
	}

	// ---- VGG2,2

	/** macros/vgg22.ijm's line. */
	private static final Pattern VGG_LINE = Pattern.compile( "VGG2,2 (\\S+) \\(VGG2,2: weights=(.+); convention rgb\\)" );

	/** Without weights, macros/vgg22.ijm prints the install instructions (naming the menu command) and ImageJ ends cleanly. */
	@Test
	void vgg22MacroWithoutWeightsSaysHowToInstallThem() throws Exception
	{
		final Path folder = work.resolve( "vgg-none" );
		final MacroRunner.Run run = imagej.run( PROJECT.resolve( "macros/vgg22.ijm" ), null, emptyModelFolder( folder, VggWeightsStore.FOLDER_VARIABLE, VggWeightsStore.FILE_VARIABLE ) );
		assertClean( run );
		final VggWeightsStore store = new VggWeightsStore( folder, null );
		assertTrue( run.output.contains( "VGG2,2 error: No VGG19 weight file is installed (looked for '" + store.installedFile() + "'). "
				+ store.installInstructions() ), run.toString() );
		assertTrue( store.installInstructions().contains( "Plugins > Perception-Distortion > Install VGG Weights..." ) );
		assertFalse( VGG_LINE.matcher( run.output ).find(), run.toString() );
	}

	/**
	 * Random weights in VGG19's shapes, written as a torchvision zip file by the tests' writer, installed through
	 * the macro command (only the four layers are kept); then macros/vgg22.ijm prints the library's VGG2,2 of the
	 * bundled RGB pair in convention rgb, and its row names the weights. A second install without overwrite stops.
	 */
	@Test
	void vgg22MacroWithInstalledWeightsPrintsTheLibrarysValue() throws Exception
	{
		final Path folder = work.resolve( "vgg-weights" );
		final Map< String, String > environment = emptyModelFolder( folder, VggWeightsStore.FOLDER_VARIABLE, VggWeightsStore.FILE_VARIABLE );
		final Path file = work.resolve( "random vgg19.pth" );
		TorchFiles.writeVgg( VggBenchmark.randomWeights( 5 ), file );
		final Path installed = new VggWeightsStore( folder, null ).installedFile();
		final Path install = writeMacro( "install-vgg.ijm", "run(\"Install VGG Weights...\", \"model=[" + file + "]\");", "print(\"installed\");" );
		final MacroRunner.Run first = imagej.run( install, null, environment );
		assertClean( first );
		assertTrue( first.notes().contains( "Install VGG Weights: installed the VGG19 weights (torchvision random vgg19.pth: conv1_1 to conv2_2,"
				+ " torchvision normalisation) in '" + installed + "'; VGG2,2 uses them now." ), first.toString() );
		assertTrue( Files.size( installed ) < 1_200_000, "only the four layers are kept" );
		final MacroRunner.Run again = imagej.run( install, null, environment );
		assertTrue( again.output.contains( "Install VGG Weights error: VGG19 weights are already installed in '" + installed
				+ "'; tick Overwrite (in a macro: add the key overwrite) to replace it." ), again.toString() );

		final Path reference = PROJECT.resolve( "test-images/reference" );
		final String name = Files.list( reference ).map( p -> p.getFileName().toString() ).filter( n -> n.endsWith( ".png" ) ).sorted()
				.findFirst().get();
		final MacroRunner.Run run = imagej.run( PROJECT.resolve( "macros/vgg22.ijm" ), null, environment );
		assertClean( run );
		final Matcher line = matched( VGG_LINE, run );
		final Preparation rgb = new Preparation( Convention.RGB, 0, Double.NaN );
		final double expected = new Vgg22( VggWeightsStore.load( file ), 1 ).score( rgb.prepare( ImageFiles.open( reference.resolve( name ) ),
				0 ), rgb.prepare( ImageFiles.open( PROJECT.resolve( "test-images/bicubic" ).resolve( name ) ), 0 ), 255 );
		assertEquals( expected, Double.parseDouble( line.group( 1 ) ), PRINTED * Math.max( 1, expected ), run.toString() );
		assertEquals( "torchvision random vgg19.pth", line.group( 2 ), run.toString() );
	}

	// ---- Ma et al. and the Perceptual Index

	private static final Preparation PIRM = new Preparation( Convention.Y, PerceptualIndex.PIRM_SHAVE, Double.NaN );

	/** The lines of macros/ma-pi.ijm. */
	private static final Pattern MA_LINE = Pattern.compile( "Ma (\\S+) \\(convention gray, shave 0\\)" ),
			PI_LINE = Pattern.compile( "PI (\\S+) \\(Ma (\\S+), NIQE (\\S+); convention y, shave 4\\)" );

	/**
	 * An environment whose model folder is {@code folder} (emptied first), without a model file named by
	 * {@link MaModelStore#FILE_VARIABLE}, whatever the developer's environment holds.
	 */
	private static Map< String, String > modelFolder( final Path folder ) throws IOException
	{
		return emptyModelFolder( folder, MaModelStore.FOLDER_VARIABLE, MaModelStore.FILE_VARIABLE );
	}

	/** An environment whose folder variable names {@code folder} (emptied first) and whose file variable is unset. */
	private static Map< String, String > emptyModelFolder( final Path folder, final String folderVariable, final String fileVariable )
			throws IOException
	{
		MacroRunner.deleteRecursively( folder );
		Files.createDirectories( folder );
		final Map< String, String > environment = new HashMap<>();
		environment.put( folderVariable, folder.toString() );
		environment.put( fileVariable, null );
		return environment;
	}

	private static Plane plane( final Preparation preparation, final Path image )
	{
		return preparation.prepare( ImageFiles.open( image ), 0 )[ 0 ];
	}

	private static Matcher matched( final Pattern pattern, final MacroRunner.Run run )
	{
		for ( final String line : run.output.split( "\r?\n" ) )
		{
			final Matcher m = pattern.matcher( line.trim() );
			if ( m.matches() )
				return m;
		}
		throw new AssertionError( "no line like '" + pattern + "'; " + run );
	}

	/** Without a model, macros/ma-pi.ijm prints the install instructions (naming the menu command) and ImageJ ends cleanly. */
	@Test
	void maPiMacroWithoutAModelSaysHowToInstallOne() throws Exception
	{
		final Path folder = work.resolve( "ma-none" );
		final MacroRunner.Run run = imagej.run( PROJECT.resolve( "macros/ma-pi.ijm" ), PAIRS.resolve( "dist/I04.bmp" ).toString(), modelFolder(
				folder ) );
		assertClean( run );
		final MaModelStore store = new MaModelStore( folder, null );
		assertTrue( run.output.contains( "Ma et al. Score error: No Ma et al. model is installed (looked for '" + store.installedFile() + "'). "
				+ store.installInstructions() ), run.toString() );
		assertTrue( store.installInstructions().contains( "Plugins > Perception-Distortion > Install Ma et al. Model..." ) );
		// the macro stopped at the first command
		assertFalse( MA_LINE.matcher( run.output ).find() || run.output.contains( "Perceptual Index" ), run.toString() );
	}

	/**
	 * A synthetic model in the authors' layout, tuned to the image (so that the score tells conventions
	 * and shaves apart), installed through the macro command into a temporary model folder; then
	 * macros/ma-pi.ijm prints the library's Ma (gray) and PI with its terms (PIRM's y, shave 4). A second
	 * install without overwrite is refused and stops its macro.
	 */
	@Test
	void maPiMacroWithAnInstalledModelPrintsTheLibrarysValues() throws Exception
	{
		final Path image = PAIRS.resolve( "dist/I04.bmp" ), folder = work.resolve( "ma-models" );
		final Map< String, String > environment = modelFolder( folder );
		final Path file = SyntheticModel.tunedTo( MaFeatures.compute( "I04", plane( Preparation.defaults(), image ), 255 ), work.resolve(
				"tuned ma model.mat" ) );
		final Path installed = new MaModelStore( folder, null ).installedFile();
		final Path install = writeMacro( "install-ma.ijm", "run(\"Install Ma et al. Model...\", \"model=[" + file + "]\");",
				"print(\"installed\");" );
		final MacroRunner.Run first = imagej.run( install, null, environment );
		assertClean( first );
		assertEquals( 1, first.notesAfter( "Install Ma et al. Model: installed the Ma et al. model in '" + installed
				+ "' (18, 45 and 75 trees); Ma et al. and Perceptual Index use it now." ).size(), first.toString() );
		assertArrayEquals( Files.readAllBytes( file ), Files.readAllBytes( installed ) );
		final MacroRunner.Run again = imagej.run( install, null, environment );
		assertClean( again );
		assertTrue( again.output.contains( "Install Ma et al. Model error: A Ma et al. model is already installed in '" + installed
				+ "'; tick Overwrite (in a macro: add the key overwrite) to replace it." ), again.toString() );
		assertTrue( again.linesAfter( "installed" ).isEmpty(), again.toString() );

		final MacroRunner.Run run = imagej.run( PROJECT.resolve( "macros/ma-pi.ijm" ), image.toString(), environment );
		assertClean( run );
		final MaModel model = MaModel.load( file );
		final double ma = new MaScore( model ).score( "I04", plane( Preparation.defaults(), image ), 255 );
		assertEquals( ma, Double.parseDouble( matched( MA_LINE, run ).group( 1 ) ), PRINTED, run.toString() );
		final Plane y = plane( PIRM, image );
		final double piMa = new MaScore( model ).score( "I04", y, 255 ), piNiqe = new Niqe().score( "I04", y, 255 );
		final Matcher pi = matched( PI_LINE, run );
		assertEquals( PerceptualIndex.of( piMa, piNiqe ), Double.parseDouble( pi.group( 1 ) ), PRINTED, run.toString() );
		assertEquals( piMa, Double.parseDouble( pi.group( 2 ) ), PRINTED, run.toString() );
		assertEquals( piNiqe, Double.parseDouble( pi.group( 3 ) ), PRINTED, run.toString() );
		assertTrue( Math.abs( ma - piMa ) > 1e-6, "the tuned model tells the protocols apart: " + ma + ", " + piMa );
	}

	/** The Ma et al. and PI commands through their macro keys, with the model files named (none installed). */
	@Test
	void maCommandsTakeTheirMacroKeys() throws Exception
	{
		final Path image = PAIRS.resolve( "dist/I08.bmp" ), niqeModel = work.resolve( "live niqe.mat" );
		NiqeModel.live().save( niqeModel );
		final Path file = SyntheticModel.tunedTo( MaFeatures.compute( "I08", plane( PIRM, image ), 255 ), work.resolve( "I08 ma model.mat" ) );
		final Path macro = writeMacro( "ma-commands.ijm",
				"setBatchMode(true);",
				"open(" + quoted( image ) + "); rename(\"out image\");",
				"function last(metric) { t = pdTable(\"PD Results\"); return d2s(Table.get(metric, Table.size(t) - 1, t), 9); }",
				"run(\"Ma et al. Score...\", \"restored=[out image] ma_model=[" + file + "] convention=y shave=4 data_range=0\");",
				"print(\"MA \" + last(\"Ma\"));",
				"run(\"Perceptual Index...\", \"restored=[out image] ma_model=[" + file + "] niqe_model=[" + niqeModel + "] convention=gray shave=0\");",
				"print(\"PI \" + last(\"PI\"));" );
		final MacroRunner.Run run = imagej.run( macro, null, modelFolder( work.resolve( "ma-empty" ) ) );
		assertClean( run );
		final MaModel model = MaModel.load( file );
		assertEquals( new MaScore( model ).score( "I08", plane( PIRM, image ), 255 ), single( run, "MA" ), PRINTED, run.toString() );
		final Plane gray = plane( Preparation.defaults(), image );
		assertEquals( PerceptualIndex.of( new MaScore( model ).score( "I08", gray, 255 ), new Niqe().score( "I08", gray, 255 ) ), single( run,
				"PI" ), PRINTED, run.toString() );
	}

	// ---- the perception-distortion plane

	/** The test images' algorithm folders, in name order (as the macro lists them). */
	private static List< String > algorithmFolders() throws IOException
	{
		try ( Stream< Path > folders = Files.list( TEST_IMAGES ) )
		{
			return folders.filter( Files::isDirectory ).map( p -> p.getFileName().toString() ).filter( n -> !n.equals( "reference" ) ).sorted()
					.collect( Collectors.toList() );
		}
	}

	/**
	 * A CSV file of the command line against the lines a macro printed of the same ImageJ table: the same
	 * header, rows and text cells, numbers equal to the printed precision. (The cells hold no commas.)
	 */
	private static void assertSameTable( final List< String > csv, final List< String > printed, final String what )
	{
		assertEquals( csv.get( 0 ), printed.get( 0 ), what + " columns" );
		assertEquals( csv.size(), printed.size(), what + " rows: " + printed );
		for ( int r = 1; r < csv.size(); r++ )
		{
			final String[] expected = csv.get( r ).split( ",", -1 ), actual = printed.get( r ).split( ",", -1 );
			assertEquals( expected.length, actual.length, what + " row " + r );
			for ( int c = 0; c < expected.length; c++ )
			{
				final String where = what + " row " + r + ", " + csv.get( 0 ).split( "," )[ c ];
				final Double e = number( expected[ c ] ), a = number( actual[ c ] );
				if ( e != null && a != null )
					assertEquals( e, a, PRINTED, where );
				else
					assertEquals( expected[ c ], actual[ c ], where );
			}
		}
	}

	/** The lines of a CSV file (no commas in its cells) with only {@code columns}, in that order. */
	private static List< String > columns( final List< String > csv, final List< String > columns )
	{
		final List< String > header = Arrays.asList( csv.get( 0 ).split( "," ) );
		final List< String > lines = new ArrayList<>();
		for ( final String line : csv )
		{
			final String[] cells = line.split( ",", -1 );
			lines.add( columns.stream().map( c -> {
				assertTrue( header.contains( c ), "'" + c + "' is a column of " + header );
				return cells[ header.indexOf( c ) ];
			} ).collect( Collectors.joining( "," ) ) );
		}
		return lines;
	}

	private static Double number( final String cell )
	{
		try
		{
			return Double.valueOf( cell );
		}
		catch ( final NumberFormatException e )
		{
			return null;
		}
	}

	/**
	 * macros/evaluate-test-images.ijm against the command line's evaluate on the same images with the same
	 * options (x rmse, y niqe, psnr, ssim and nss-fd, 1000 resamples, seed 2018): the tables "PD Summary" and
	 * "PD Per Image" it prints hold the rows of summary.csv and per-image.csv to the printed 9 decimals ("PD
	 * Summary" with its key columns first and without the means that repeat a set value), and
	 * the files it wrote into its output folder are the command line's, byte for byte.
	 */
	@Test
	void evaluateMacroTablesAreTheCommandLinesCsv() throws Exception
	{
		final Path macroOut = work.resolve( "evaluate macro out" ), cliOut = work.resolve( "evaluate cli out" );
		MacroRunner.deleteRecursively( macroOut );
		MacroRunner.deleteRecursively( cliOut );
		final MacroRunner.Run run = imagej.run( PROJECT.resolve( "macros/evaluate-test-images.ijm" ), macroOut.toString() );
		assertClean( run );

		final List< String > args = new ArrayList<>( Arrays.asList( "evaluate", "--reference", TEST_IMAGES.resolve( "reference" ).toString() ) );
		for ( final String a : algorithmFolders() )
			args.addAll( Arrays.asList( "--restored", TEST_IMAGES.resolve( a ).toString() ) );
		args.addAll( Arrays.asList( "--x", "rmse", "--y", "niqe", "--metrics", "psnr,ssim,nss-fd", "--out", cliOut.toString() ) );
		final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
		final int exit = Main.run( args.toArray( new String[ 0 ] ), new PrintStream( out, true ), new PrintStream( err, true ) );
		assertEquals( 0, exit, new String( err.toByteArray(), StandardCharsets.UTF_8 ) );

		final List< String > summary = Files.readAllLines( cliOut.resolve( "summary.csv" ) );
		assertEquals( algorithmFolders().size() + 1, summary.size() );
		final List< String > printedSummary = run.linesAfter( "PD Summary: " );
		assertEquals( "algorithm,rmse,niqe,psnr,ssim,nss-fd,on_frontier,frontier_distance,n,failed,rmse_mean,rmse_std,niqe_std,psnr_std,ssim_std,"
				+ "rmse_ci_low,rmse_ci_high,niqe_ci_low,niqe_ci_high", printedSummary.get( 0 ), "PD Summary: key columns first, no repeated mean" );
		assertSameTable( columns( summary, Arrays.asList( printedSummary.get( 0 ).split( "," ) ) ), printedSummary, "PD Summary" );
		final List< String > perImage = Files.readAllLines( cliOut.resolve( "per-image.csv" ) );
		assertEquals( algorithmFolders().size() * 5 + 1, perImage.size() );
		assertSameTable( perImage, run.linesAfter( "PD Per Image: " ), "PD Per Image" );
		for ( final String csv : new String[] { "summary.csv", "per-image.csv" } )
			assertArrayEquals( Files.readAllBytes( cliOut.resolve( csv ) ), Files.readAllBytes( macroOut.resolve( csv ) ), csv );
		for ( final String chart : new String[] { "plane.png", "plane.svg" } )
			assertTrue( Files.size( macroOut.resolve( chart ) ) > 10_000, chart );
		final int algorithms = algorithmFolders().size();
		assertTrue( run.notes().contains( "Evaluate Algorithms: " + algorithms + " algorithms, 5 reference images (gray): " + algorithms * 5
				+ " images scored, 0 failed" ), run.toString() );
	}

	/**
	 * Twelve algorithms, beyond the eight rows the dialog once had, from a macro: a generated folder of
	 * twelve algorithm folders (algorithms_folder, its reference folder inside), the same folders as a
	 * list (algorithms, ';' and new lines between the entries, the odd ones named) and twelve open stacks
	 * (stacks, likewise). Each run's "PD Summary" has twelve rows, in order, under the expected names,
	 * with the library's RMSE and NIQE of the same sets.
	 */
	@Test
	void twelveAlgorithmsFromAMacro() throws Exception
	{
		final Path data = work.resolve( "twelve algorithms" ), stackFiles = work.resolve( "twelve stacks" );
		MacroRunner.deleteRecursively( data );
		MacroRunner.deleteRecursively( stackFiles );
		TwelveAlgorithms.writeFolders( data );
		TwelveAlgorithms.writeStacks( stackFiles );
		final Path reference = data.resolve( TwelveAlgorithms.REFERENCE );
		final TwelveAlgorithms.Listing folders = new TwelveAlgorithms.Listing( a -> data.resolve( TwelveAlgorithms.name( a ) ).toString(),
				a -> ImageSet.folder( data.resolve( TwelveAlgorithms.name( a ) ) ) );
		final TwelveAlgorithms.Listing stacks = new TwelveAlgorithms.Listing( a -> TwelveAlgorithms.name( a ) + ".tif", a -> ImageSet.stack(
				ImageFiles.open( stackFiles.resolve( TwelveAlgorithms.name( a ) + ".tif" ) ) ) );
		final List< String > lines = new ArrayList<>( Arrays.asList( "setBatchMode(true);",
				"function printSummary(prefix) {",
				"  t = pdTable(\"PD Summary\");",
				"  for (row = 0; row < Table.size(t); row++)",
				"    print(prefix + Table.getString(\"algorithm\", row, t) + \",\" + d2s(Table.get(\"rmse\", row, t), 9)",
				"      + \",\" + d2s(Table.get(\"niqe\", row, t), 9));",
				"}",
				"axes = \"x=rmse y=niqe bootstrap=0\";",
				"run(\"Evaluate Algorithms...\", \"reference_folder=[" + reference + "] algorithms_folder=[" + data + "] \" + axes);",
				"printSummary(\"FOLDER \");",
				// the list's new lines as the macro language writes them in a string
				"run(\"Evaluate Algorithms...\", \"reference_folder=[" + reference + "] \" + axes + \" algorithms=[" + folders.text.replace( "\n",
						"\\n" ) + "]\");",
				"printSummary(\"LIST \");" ) );
		for ( int a = 0; a <= TwelveAlgorithms.COUNT; a++ )
			lines.add( "open(" + quoted( stackFiles.resolve( ( a == 0 ? TwelveAlgorithms.REFERENCE : TwelveAlgorithms.name( a ) ) + ".tif" ) )
					+ ");" );
		lines.add( "run(\"Evaluate Algorithms...\", \"reference_stack=" + TwelveAlgorithms.REFERENCE + ".tif \" + axes + \" stacks=[" + stacks.text
				.replace( "\n", "\\n" ) + "]\");" );
		lines.add( "printSummary(\"STACKS \");" );
		final MacroRunner.Run run = imagej.run( writeMacro( "twelve-algorithms.ijm", lines.toArray( new String[ 0 ] ) ), null );
		assertClean( run );

		final List< String > names = new ArrayList<>();
		for ( int a = 1; a <= TwelveAlgorithms.COUNT; a++ )
			names.add( TwelveAlgorithms.name( a ) );
		final List< ImageSet > subFolders = ImageSet.algorithmFolders( data, reference );
		assertEquals( names, subFolders.stream().map( ImageSet::name ).collect( Collectors.toList() ) );
		assertPrintedSummary( run, "FOLDER ", ImageSet.folder( reference ), subFolders );
		assertPrintedSummary( run, "LIST ", ImageSet.folder( reference ), folders.sets );
		assertPrintedSummary( run, "STACKS ", ImageSet.stack( ImageFiles.open( stackFiles.resolve( TwelveAlgorithms.REFERENCE + ".tif" ) ) ),
				stacks.sets );
		assertTrue( run.notes().contains( "Evaluate Algorithms: 12 algorithms, 3 reference images (gray): 36 images scored, 0 failed" ),
				run.toString() );
	}

	/** The lines a macro printed of "PD Summary" after {@code prefix} are the library's rows of the same sets: name, RMSE, NIQE. */
	private static void assertPrintedSummary( final MacroRunner.Run run, final String prefix, final ImageSet reference,
			final List< ImageSet > algorithms )
	{
		final EvaluationJob job = EvaluationJob.builder( ImageJFileReader.INSTANCE ).reference( reference ).algorithms( algorithms ).xMetric(
				"rmse" ).yMetric( "niqe" ).bootstrap( null ).build();
		assertTrue( job.process(), job.getErrorMessage() );
		final ResultTable expected = job.result().summaryTable();
		final List< String > printed = run.linesAfter( prefix );
		assertEquals( TwelveAlgorithms.COUNT, printed.size(), prefix + run );
		for ( int r = 0; r < printed.size(); r++ )
		{
			final String[] cells = printed.get( r ).split( "," );
			assertEquals( algorithms.get( r ).name(), cells[ 0 ], prefix + "row " + r );
			assertEquals( expected.cell( r, "algorithm" ), cells[ 0 ], prefix + "row " + r );
			assertEquals( ( Double ) expected.cell( r, "rmse" ), Double.parseDouble( cells[ 1 ] ), PRINTED, prefix + "row " + r );
			assertEquals( ( Double ) expected.cell( r, "niqe" ), Double.parseDouble( cells[ 2 ] ), PRINTED, prefix + "row " + r );
		}
	}

	/** Trade-off Sweep... through its macro keys: the blends' table is the library's sweep of the same folders. */
	@Test
	void sweepTakesItsMacroKeys() throws Exception
	{
		final Path macro = writeMacro( "sweep.ijm",
				"run(\"Trade-off Sweep...\", \"reference_folder=[" + TEST_IMAGES.resolve( "reference" ) + "] low_folder=[" + TEST_IMAGES.resolve(
						"bicubic" ) + "] high_folder=[" + TEST_IMAGES.resolve( "bicubic-sharpened" ) + "] high_name=sharp steps=2 x=rmse "
						+ "y=niqe protocol=pirm bootstrap=0\");",
				"t = pdTable(\"PD Sweep\");",
				"for (k = 0; k < Table.size(t); k++)",
				"  print(\"SWEEP \" + Table.get(\"alpha\", k, t) + \" \" + d2s(Table.get(\"rmse\", k, t), 9) + \" \"",
				"    + d2s(Table.get(\"niqe\", k, t), 9));" );
		final MacroRunner.Run run = imagej.run( macro, null );
		assertClean( run );
		final SweepJob job = SweepJob.builder( ImageJFileReader.INSTANCE ).reference( ImageSet.folder( TEST_IMAGES.resolve( "reference" ) ) )
				.low( ImageSet.folder( TEST_IMAGES.resolve( "bicubic" ) ) ).high( ImageSet.folder( TEST_IMAGES.resolve( "bicubic-sharpened" ) )
						.named( "sharp" ) ).steps( 2 ).xMetric( "rmse" ).yMetric( "niqe" ).preparation( Protocol.PIRM.preparation( Double.NaN ) )
				.bootstrap( null ).build();
		assertTrue( job.process(), job.getErrorMessage() );
		final ResultTable expected = job.result().table();
		final List< String > lines = run.linesAfter( "SWEEP " );
		assertEquals( 3, lines.size(), run.toString() );
		for ( int k = 0; k < 3; k++ )
		{
			final String[] cells = lines.get( k ).split( " " );
			assertEquals( ( Double ) expected.cell( k, "alpha" ), Double.parseDouble( cells[ 0 ] ), 0, run.toString() );
			assertEquals( ( Double ) expected.cell( k, "rmse" ), Double.parseDouble( cells[ 1 ] ), PRINTED, run.toString() );
			assertEquals( ( Double ) expected.cell( k, "niqe" ), Double.parseDouble( cells[ 2 ] ), PRINTED, run.toString() );
		}
		assertTrue( run.notes().contains( "Trade-off Sweep: 'bicubic' to 'sharp' in 2 steps over 5 images (y, shave 4)" ), run.toString() );
	}

	/**
	 * The plane commands' refusals in a macro: a missing folder, two algorithms of one name, an earlier
	 * run's file without overwrite, a numbered key of the old eight rows, a missing folder of algorithms.
	 * Each stops the macro with its message instead of a dialog; nothing is written.
	 */
	@Test
	void planeBadInputStopsTheMacroWithItsMessage() throws Exception
	{
		final Path missing = work.resolve( "no such folder" ), earlier = work.resolve( "earlier run" );
		MacroRunner.deleteRecursively( earlier );
		Files.createDirectories( earlier );
		Files.write( earlier.resolve( "summary.csv" ), "earlier\n".getBytes( StandardCharsets.UTF_8 ) );
		final String reference = "reference_folder=[" + TEST_IMAGES.resolve( "reference" ) + "]";
		final Path bicubic = TEST_IMAGES.resolve( "bicubic" ), nearest = TEST_IMAGES.resolve( "nearest" );
		final String[][] cases = {
				{ "reference_folder=[" + missing + "] algorithms=[" + bicubic + "]",
						"Evaluate Algorithms error: The folder of the references (reference_folder) '" + missing + "' does not exist." },
				{ reference + " y=niqe algorithms=[A=" + bicubic + ";A=" + nearest + "]", "Evaluate Algorithms error: Two algorithms are named "
						+ "'A' (folder '" + bicubic + "' and folder '" + nearest + "'): give each algorithm its own name." },
				{ reference + " y=niqe output_folder=[" + earlier + "] algorithms=[" + bicubic + "]", "Evaluate Algorithms error: '" + earlier
						.resolve( "summary.csv" ) + "' already exists; tick Overwrite (in a macro: add the key overwrite) to replace it." },
				{ reference + " algorithm_1=[" + bicubic + "]", "Evaluate Algorithms error: Unknown key 'algorithm_1': the keys are "
						+ "reference_folder, reference_stack, algorithms_folder, algorithms, stacks, " },
				{ reference + " algorithms_folder=[" + missing + "]", "Evaluate Algorithms error: algorithms_folder: '" + missing
						+ "' does not exist." } };
		for ( int i = 0; i < cases.length; i++ )
		{
			final Path macro = writeMacro( "plane-bad-input-" + i + ".ijm", "run(\"Evaluate Algorithms...\", \"" + cases[ i ][ 0 ] + "\");",
					"print(\"not reached\");" );
			final MacroRunner.Run run = imagej.run( macro, null );
			assertClean( run );
			assertTrue( run.output.contains( cases[ i ][ 1 ] ), run.toString() );
			assertFalse( run.output.contains( "not reached" ), run.toString() );
		}
		assertEquals( Arrays.asList( "earlier" ), Files.readAllLines( earlier.resolve( "summary.csv" ) ) );
		try ( Stream< Path > files = Files.list( earlier ) )
		{
			assertEquals( 1, files.count(), "nothing written beside the earlier file" );
		}
	}
}
