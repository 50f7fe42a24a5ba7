package io.github.pdplane.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;

import io.github.pdplane.image.Convention;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.io.imagej.ImageFiles;
import io.github.pdplane.io.imagej.ImagePlusSource;
import io.github.pdplane.metrics.MetricKind;
import io.github.pdplane.metrics.MsSsimVariant;
import io.github.pdplane.nr.ma.MaModelStore;
import io.github.pdplane.nr.ma.MaScore;
import io.github.pdplane.nr.ma.PerceptualIndex;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;
import io.github.pdplane.vgg.Vgg22;
import io.github.pdplane.vgg.VggWeightsStore;
import io.github.pdplane.vgg.InstalledVggWeights;
import io.github.pdplane.bench.VggBenchmark;
import io.github.pdplane.score.ImageScorer;
import io.github.pdplane.score.ScoreRow;

class ScoreSubcommandTest
{
	private static final Path DATA = Paths.get( "src/test/resources/reference-data" );

	private static final Path TID = DATA.resolve( "tid2013-pairs" );

	private static final String[] TID_IMAGES = { "I03", "I04", "I06", "I08", "I19" };

	/** Every full-reference metric of the registry: the ones a reference pair can be scored with. */
	private static final String FULL_REFERENCE = MetricRegistry.ofKind( MetricKind.FULL_REFERENCE ).stream().map( MetricDescriptor::id )
			.collect( Collectors.joining( "," ) );

	// ---- images written with ImageJ, as a user's files would be

	/** A 16x16-or-larger 8-bit ramp plus {@code offset}, so that pixels differ and nothing saturates for small offsets. */
	private static ByteProcessor ramp( final int w, final int h, final int offset )
	{
		final ByteProcessor ip = new ByteProcessor( w, h );
		for ( int i = 0; i < w * h; i++ )
			ip.set( i, ( i * 7 % 200 ) + offset );
		return ip;
	}

	private static Path save( final Path dir, final String name, final ImageProcessor... slices )
	{
		final ImageStack stack = new ImageStack( slices[ 0 ].getWidth(), slices[ 0 ].getHeight() );
		for ( final ImageProcessor ip : slices )
			stack.addSlice( ip );
		final ImagePlus imp = new ImagePlus( name, stack );
		final Path file = dir.resolve( name );
		final FileSaver saver = new FileSaver( imp );
		final boolean saved = name.endsWith( ".png" ) ? saver.saveAsPng( file.toString() )
				: slices.length > 1 ? saver.saveAsTiffStack( file.toString() ) : saver.saveAsTiff( file.toString() );
		assertTrue( saved, "could not write " + file );
		return file;
	}

	private static String s( final Path p )
	{
		return p.toString();
	}

	// ---- results

	/** Every full-reference metric, VGG2,2 with random weights in VGG19's shapes written as an installed file. */
	@Test
	void tid2013PairsGiveExactlyWhatTheLibraryGives( @TempDir final Path dir ) throws IOException
	{
		final Map< Path, String > before = CliRun.checksums( TID );
		final Path weights = dir.resolve( "random vgg22.mat" );
		InstalledVggWeights.write( VggBenchmark.randomWeights( 3 ), weights );
		for ( final String[] options : new String[][] { {}, { "--convention", "rgb" }, { "--convention", "y", "--shave", "4" } } )
		{
			final List< String > args = new ArrayList<>( Arrays.asList( "score", "--metrics", FULL_REFERENCE, "--vgg-weights", s( weights ) ) );
			args.addAll( Arrays.asList( options ) );
			args.addAll( Arrays.asList( "--reference", s( TID.resolve( "ref/I04.bmp" ) ) ) );
			for ( final String image : TID_IMAGES )
				args.add( s( TID.resolve( "dist/" + image + ".bmp" ) ) );
			final CliRun run = CliRun.of( args.toArray( new String[ 0 ] ) );
			assertEquals( Main.OK, run.exit, run::toString );
			assertEquals( "", run.err );

			final Convention convention = options.length == 0 ? Preparation.defaults().convention() : Convention.fromId( options[ 1 ] );
			final int shave = options.length > 2 ? Integer.parseInt( options[ 3 ] ) : 0;
			final ImageScorer direct = new ImageScorer( MetricRegistry.parseList( FULL_REFERENCE ), MetricSettings.defaults().withVggWeights(
					VggWeightsStore.load( weights ) ), new Preparation( convention, shave, Double.NaN ) );
			final List< String > lines = run.outLines();
			assertEquals( "image," + FULL_REFERENCE + ",vgg22_weights", lines.get( 0 ) );
			assertEquals( TID_IMAGES.length + 1, lines.size() );
			final ImagePlusSource reference = ImageFiles.open( TID.resolve( "ref/I04.bmp" ) );
			for ( int i = 0; i < TID_IMAGES.length; i++ )
			{
				final Path image = TID.resolve( "dist/" + TID_IMAGES[ i ] + ".bmp" );
				final ScoreRow row = direct.score( reference, ImageFiles.open( image ), w -> {} ).rows().get( 0 );
				assertEquals( CliRun.csvLine( s( image ), row.values() ) + ",random weights in VGG19's shapes", lines.get( i + 1 ) );
			}
		}
		assertEquals( before, CliRun.checksums( TID ) );
	}

	/**
	 * The issue's acceptance: the command line reproduces every published value of a metric it knows,
	 * within the published tolerance.
	 */
	@Test
	void publishedValuesOfTheKnownMetrics() throws IOException
	{
		int checked = 0;
		for ( final String line : Files.readAllLines( DATA.resolve( "expected-values.csv" ) ) )
		{
			final String[] f = line.split( "," );
			if ( line.startsWith( "#" ) || f.length < 6 || !Arrays.asList( MetricRegistry.ids() ).contains( f[ 2 ] ) )
				continue;
			// ma and pi need the authors' model, which PD Plane does not include (MaPublishedValuesTest checks them with it)
			if ( ( f[ 2 ].equals( MaScore.ID ) || f[ 2 ].equals( PerceptualIndex.ID ) ) && !MaModelStore.fromEnvironment().isAvailable() )
				continue;
			// no-reference metrics (niqe) have no reference in the file
			final List< String > args = new ArrayList<>( Arrays.asList( "score", "--metrics", f[ 2 ] ) );
			if ( !f[ 0 ].isEmpty() )
				args.addAll( Arrays.asList( "--reference", s( DATA.resolve( f[ 0 ] ) ) ) );
			args.addAll( optionsFor( f[ 3 ] ) );
			args.add( s( DATA.resolve( f[ 1 ] ) ) );
			final CliRun run = CliRun.of( args.toArray( new String[ 0 ] ) );
			assertEquals( Main.OK, run.exit, run::toString );
			final double value = Double.parseDouble( run.outLines().get( 1 ).substring( run.outLines().get( 1 ).lastIndexOf( ',' ) + 1 ) );
			assertEquals( Double.parseDouble( f[ 4 ] ), value, Double.parseDouble( f[ 5 ] ), line );
			checked++;
		}
		assertTrue( checked >= 25, "only " + checked + " published values checked" );
	}

	/**
	 * A model that is not installed is bad input, exit 1 with the install instructions, not a usage error:
	 * the command line is right. Checked for each model this machine does not have.
	 */
	@Test
	void missingInstalledModelsAreBadInputNotUsage()
	{
		final String reference = s( TID.resolve( "ref/I03.bmp" ) ), image = s( TID.resolve( "dist/I03.bmp" ) );
		final Map< String, String > missing = new LinkedHashMap<>();
		if ( !VggWeightsStore.fromEnvironment().isAvailable() )
			missing.put( Vgg22.ID, VggWeightsStore.CLI_COMMAND );
		if ( !MaModelStore.fromEnvironment().isAvailable() )
			for ( final String id : new String[] { MaScore.ID, PerceptualIndex.ID } )
				missing.put( id, MaModelStore.CLI_COMMAND );
		assumeFalse( missing.isEmpty(), "every model is installed on this machine" );
		for ( final Map.Entry< String, String > metric : missing.entrySet() )
			assertEquals( "", CliRun.of( "score", "--metrics", metric.getKey(), "--reference", reference, image ).assertOneError(
					Main.INPUT_FAILED, metric.getValue() + " --download" ).out, metric.getKey() );
	}

	/** The command-line options of a convention column of expected-values.csv. */
	private static List< String > optionsFor( final String convention )
	{
		switch ( convention )
		{
		case "gray":
		case "rgb":
		case "y":
			return Arrays.asList( "--convention", convention );
		case "y-shave4":
			return Arrays.asList( "--convention", "y", "--shave", "4" );
		case "gray+downsample":
			return Arrays.asList( "--convention", "gray", "--ssim-downsample" );
		default:
			throw new AssertionError( "expected-values.csv has a convention this test does not know: " + convention );
		}
	}

	@Test
	void stacksGiveOneRowPerSliceAgainstOneReference( @TempDir final Path dir )
	{
		final Path ref = save( dir, "ref.tif", ramp( 16, 16, 0 ) );
		final Path stack = save( dir, "stack.tif", ramp( 16, 16, 0 ), ramp( 16, 16, 1 ), ramp( 16, 16, 2 ) );
		final Map< Path, String > before = CliRun.checksums( dir );
		final CliRun run = CliRun.of( "score", "--metrics", "rmse,psnr", "--reference", s( ref ), s( stack ) );
		assertEquals( Main.OK, run.exit, run::toString );
		final double psnrOfOneLevel = 10 * Math.log10( 255.0 * 255.0 / 1 );
		assertEquals( Arrays.asList( "image,rmse,psnr", s( stack ) + ":1,0.0,Infinity", s( stack ) + ":2,1.0," + psnrOfOneLevel,
				s( stack ) + ":3,2.0," + 10 * Math.log10( 255.0 * 255.0 / 4 ) ), run.outLines() );
		assertEquals( before, CliRun.checksums( dir ) );
	}

	@Test
	void stacksAgainstAReferenceStackPairBySlice( @TempDir final Path dir )
	{
		final Path ref = save( dir, "ref.tif", ramp( 16, 16, 0 ), ramp( 16, 16, 5 ) );
		final Path out = save( dir, "out.tif", ramp( 16, 16, 0 ), ramp( 16, 16, 2 ) );
		final CliRun run = CliRun.of( "score", "--metrics", "rmse", "--reference", s( ref ), s( out ) );
		assertEquals( Arrays.asList( "image,rmse", s( out ) + ":1,0.0", s( out ) + ":2,3.0" ), run.outLines() );
	}

	@Test
	void fileNamesWithCommasAreQuoted( @TempDir final Path dir )
	{
		final Path ref = save( dir, "ref.png", ramp( 16, 16, 0 ) );
		final Path out = save( dir, "a,b.png", ramp( 16, 16, 0 ) );
		final CliRun run = CliRun.of( "score", "--metrics", "rmse", "--reference", s( ref ), s( out ) );
		assertEquals( "\"" + s( out ) + "\",0.0", run.outLines().get( 1 ) );
	}

	@Test
	void optionsReachTheScorer( @TempDir final Path dir )
	{
		// a 3-pixel shave removes the only differing pixel, so the error vanishes
		final ByteProcessor changed = ramp( 16, 16, 0 );
		changed.set( 1, 1, 255 );
		final Path ref = save( dir, "ref.tif", ramp( 16, 16, 0 ) );
		final Path out = save( dir, "out.tif", changed );
		assertEquals( "0.0", lastValue( CliRun.of( "score", "--metrics", "rmse", "--shave", "3", "--reference", s( ref ), s( out ) ) ) );
		assertTrue( Double.parseDouble( lastValue( CliRun.of( "score", "--metrics", "rmse", "--reference", s( ref ), s( out ) ) ) ) > 0 );
		// an explicit data range replaces 255 as PSNR's peak: one level of error in range 1 gives 20 log10(1/1) = 0 dB
		final Path one = save( dir, "one.tif", ramp( 16, 16, 1 ) );
		assertEquals( "0.0", lastValue( CliRun.of( "score", "--metrics", "psnr", "--data-range", "1", "--reference", s( ref ), s( one ) ) ) );
	}

	private static String lastValue( final CliRun run )
	{
		assertEquals( Main.OK, run.exit, run::toString );
		final String row = run.outLines().get( 1 );
		return row.substring( row.lastIndexOf( ',' ) + 1 );
	}

	// ---- bad input: one 'error:' line naming the image and the rule, no stack trace, files unchanged

	@Test
	void badImagesAreReportedAndTheOthersStillScored( @TempDir final Path dir )
	{
		final Path ref = save( dir, "ref.tif", ramp( 16, 16, 0 ) );
		final Path good1 = save( dir, "good1.tif", ramp( 16, 16, 0 ) );
		final Path small = save( dir, "small.tif", ramp( 16, 12, 0 ) );
		final Path good2 = save( dir, "good2.tif", ramp( 16, 16, 1 ) );
		final Map< Path, String > before = CliRun.checksums( dir );
		final CliRun run = CliRun.of( "score", "--metrics", "rmse", "--reference", s( ref ), s( good1 ), s( small ), s( good2 ) );
		run.assertOneError( Main.INPUT_FAILED, "'" + s( small ) + "' is 16x12", "'" + s( ref ) + "' is 16x16", "sizes must be equal" );
		assertEquals( Arrays.asList( "image,rmse", s( good1 ) + ",0.0", s( good2 ) + ",1.0" ), run.outLines() );
		assertEquals( before, CliRun.checksums( dir ) );
	}

	@Test
	void sliceCountsThatDiffer( @TempDir final Path dir )
	{
		final Path ref = save( dir, "ref.tif", ramp( 16, 16, 0 ), ramp( 16, 16, 0 ) );
		final Path out = save( dir, "out.tif", ramp( 16, 16, 0 ), ramp( 16, 16, 0 ), ramp( 16, 16, 0 ) );
		assertRefused( dir, new String[] { "score", "--metrics", "rmse", "--reference", s( ref ), s( out ) }, "'" + s( out ) + "' has 3 slice(s)",
				"'" + s( ref ) + "' has 2" );
	}

	@Test
	void imagesSmallerThanTheSsimWindow( @TempDir final Path dir )
	{
		final Path ref = save( dir, "ref.tif", ramp( 10, 10, 0 ) );
		final Path out = save( dir, "out.tif", ramp( 10, 10, 1 ) );
		assertRefused( dir, new String[] { "score", "--metrics", "ssim", "--reference", s( ref ), s( out ) }, "'" + s( out ) + "' is 10x10",
				"SSIM needs at least 11x11" );
	}

	@Test
	void imagesSmallerThanFiveMsSsimScales( @TempDir final Path dir )
	{
		final Path ref = save( dir, "ref.tif", ramp( 175, 200, 0 ) );
		final Path out = save( dir, "out.tif", ramp( 175, 200, 1 ) );
		assertRefused( dir, new String[] { "score", "--metrics", "psnr,ms-ssim", "--reference", s( ref ), s( out ) },
				"'" + s( out ) + "' is 175x200", "MS-SSIM needs at least 176x176" );
		// the shave counts: 180 pixels less 2x3 leave 174
		final Path ref180 = save( dir, "ref180.tif", ramp( 180, 180, 0 ) );
		final Path out180 = save( dir, "out180.tif", ramp( 180, 180, 1 ) );
		assertRefused( dir, new String[] { "score", "--metrics", "ms-ssim", "--shave", "3", "--reference", s( ref180 ), s( out180 ) },
				"174x174 after a 3-pixel shave", "MS-SSIM needs at least 176x176" );
	}

	@Test
	void rgbAgainstGrey( @TempDir final Path dir )
	{
		final Path ref = save( dir, "ref.tif", ramp( 16, 16, 0 ) );
		final Path rgb = save( dir, "rgb.tif", ramp( 16, 16, 0 ).convertToRGB() );
		assertRefused( dir, new String[] { "score", "--metrics", "rmse", "--reference", s( ref ), s( rgb ) }, "'" + s( rgb ) + "' is RGB",
				"'" + s( ref ) + "' is grey" );
	}

	@Test
	void nanAndInfinityIn32BitData( @TempDir final Path dir )
	{
		final Path ref = save( dir, "ref.tif", ramp( 16, 16, 0 ).convertToFloatProcessor() );
		final FloatProcessor nan = ramp( 16, 16, 0 ).convertToFloatProcessor();
		nan.setf( 3, 2, Float.NaN );
		final FloatProcessor inf = ramp( 16, 16, 0 ).convertToFloatProcessor();
		inf.setf( 5, 4, Float.NEGATIVE_INFINITY );
		final Path nanFile = save( dir, "nan.tif", nan );
		final Path infFile = save( dir, "inf.tif", inf );
		assertRefused( dir, new String[] { "score", "--metrics", "rmse", "--data-range", "255", "--reference", s( ref ), s( nanFile ) },
				"'" + s( nanFile ) + "' has NaN pixels", "x=3, y=2", "finite" );
		assertRefused( dir, new String[] { "score", "--metrics", "rmse", "--data-range", "255", "--reference", s( ref ), s( infFile ) },
				"'" + s( infFile ) + "' has infinite pixels", "x=5, y=4" );
		// and the same rule for a reference
		assertRefused( dir, new String[] { "score", "--metrics", "rmse", "--data-range", "255", "--reference", s( nanFile ), s( ref ) },
				"'" + s( nanFile ) + "' has NaN pixels" );
	}

	@Test
	void thirtyTwoBitDataNeedsADataRange( @TempDir final Path dir )
	{
		final Path ref = save( dir, "ref.tif", ramp( 16, 16, 0 ).convertToFloatProcessor() );
		final Path out = save( dir, "out.tif", ramp( 16, 16, 1 ).convertToFloatProcessor() );
		assertRefused( dir, new String[] { "score", "--metrics", "psnr", "--reference", s( ref ), s( out ) }, "'" + s( ref ) + "' is 32-bit float",
				"no natural range", "data range" );
		// a range that covers the ramp's values (0..31): a smaller one is legal but warned about
		final CliRun withRange = CliRun.of( "score", "--metrics", "rmse", "--data-range", "255", "--reference", s( ref ), s( out ) );
		assertEquals( Main.OK, withRange.exit, withRange::toString );
		assertEquals( Arrays.asList( "image,rmse", s( out ) + ",1.0" ), withRange.outLines() );
		assertEquals( "", withRange.err );
		// a range far below the values (an 8-bit habit on 0..1 data, or the reverse) is scored and reported, image by image
		final CliRun tooSmall = CliRun.of( "score", "--metrics", "rmse", "--data-range", "1", "--reference", s( ref ), s( out ) );
		assertEquals( Main.OK, tooSmall.exit, tooSmall::toString );
		assertEquals( 2, tooSmall.errLines().size(), tooSmall::toString );
		assertTrue( tooSmall.errLines().get( 0 ).startsWith( "warning: '" + s( ref ) + "' has values from 0 to " ), tooSmall.err );
		assertTrue( tooSmall.errLines().get( 1 ).contains( "outside its data range 0..1" ), tooSmall.err );
	}

	@Test
	void constantImagesAreScoredWithAWarning( @TempDir final Path dir )
	{
		final ByteProcessor flat = new ByteProcessor( 16, 16 );
		flat.setValue( 100 );
		flat.fill();
		final Path ref = save( dir, "ref.tif", flat );
		final Path out = save( dir, "out.tif", ramp( 16, 16, 0 ) );
		final Path out2 = save( dir, "out2.tif", ramp( 16, 16, 1 ) );
		final CliRun run = CliRun.of( "score", "--metrics", "rmse", "--reference", s( ref ), s( out ), s( out2 ) );
		assertEquals( Main.OK, run.exit, run::toString );
		assertEquals( 3, run.outLines().size() );
		// one warning for the reference, not one per image it serves
		assertEquals( 1, run.errLines().size(), run::toString );
		final String warning = run.errLines().get( 0 );
		assertTrue( warning.startsWith( "warning: '" + s( ref ) + "' is constant" ), warning );
		run.assertNoStackTrace();
	}

	@Test
	void missingAndUnreadableFiles( @TempDir final Path dir ) throws IOException
	{
		final Path ref = save( dir, "ref.tif", ramp( 16, 16, 0 ) );
		final Path missing = dir.resolve( "missing.png" );
		final Path text = dir.resolve( "notes.png" );
		Files.write( text, Arrays.asList( "not an image" ) );
		final Path damaged = dir.resolve( "damaged.png" );
		final byte[] png = Files.readAllBytes( save( dir, "whole.png", ramp( 64, 64, 0 ) ) );
		Files.write( damaged, Arrays.copyOf( png, png.length / 2 ) );
		final Map< Path, String > before = CliRun.checksums( dir );
		CliRun.of( "score", "--metrics", "rmse", "--reference", s( ref ), s( missing ) ).assertOneError( Main.INPUT_FAILED,
				"'" + s( missing ) + "' does not exist" );
		CliRun.of( "score", "--metrics", "rmse", "--reference", s( ref ), s( text ) ).assertOneError( Main.INPUT_FAILED,
				"'" + s( text ) + "' could not be read" );
		CliRun.of( "score", "--metrics", "rmse", "--reference", s( ref ), s( damaged ) ).assertOneError( Main.INPUT_FAILED,
				"'" + s( damaged ) + "' could not be read" );
		CliRun.of( "score", "--metrics", "rmse", "--reference", s( ref ), s( dir ) ).assertOneError( Main.INPUT_FAILED,
				"'" + s( dir ) + "' is a folder" );
		// a reference that cannot be read stops everything before the CSV starts
		final CliRun noReference = CliRun.of( "score", "--metrics", "rmse", "--reference", s( missing ), s( ref ) );
		noReference.assertOneError( Main.INPUT_FAILED, "'" + s( missing ) + "' does not exist" );
		assertEquals( "", noReference.out );
		assertEquals( before, CliRun.checksums( dir ) );
	}

	@Test
	void usageErrorsExitWithTwoBeforeReadingAnything( @TempDir final Path dir )
	{
		final Path ref = save( dir, "ref.tif", ramp( 16, 16, 0 ) );
		final String r = s( ref );
		CliRun.of( "score", "--metrics", "ssim,sharpness", "--reference", r, r ).assertOneError( Main.USAGE, "Unknown metric 'sharpness'",
				"rmse, psnr, ssim, ms-ssim" );
		CliRun.of( "score", "--metrics", ",", "--reference", r, r ).assertOneError( Main.USAGE, "No metric given" );
		CliRun.of( "score", "--reference", r, r ).assertOneError( Main.USAGE, "score needs --metrics IDS" );
		CliRun.of( "score", "--metrics", "rmse", "--refrence", r, r ).assertOneError( Main.USAGE, "Unknown option '--refrence'",
				"Did you mean --reference?" );
		CliRun.of( "score", "--metrics", "rmse,psnr", r ).assertOneError( Main.USAGE, "needs --reference REF", "rmse, psnr" );
		CliRun.of( "score", "--metrics", "rmse", "--reference", r ).assertOneError( Main.USAGE, "score needs IMAGE..." );
		CliRun.of( "score", "--metrics", "rmse", "--convention", "lab", "--reference", r, r ).assertOneError( Main.USAGE,
				"Unknown convention 'lab'", "gray, y, rgb" );
		CliRun.of( "score", "--metrics", "rmse", "--shave", "-2", "--reference", r, r ).assertOneError( Main.USAGE, "shave", "-2" );
		CliRun.of( "score", "--metrics", "rmse", "--data-range", "0", "--reference", r, r ).assertOneError( Main.USAGE, "data range" );
		CliRun.of( "score", "--metrics", "ms-ssim", "--ms-ssim-variant", "2009", "--reference", r, r ).assertOneError( Main.USAGE,
				"Unknown MS-SSIM variant '2009'", String.join( ", ", MsSsimVariant.ids() ) );
		CliRun.of( "frobnicate" ).assertOneError( Main.USAGE, "Unknown command 'frobnicate'",
				"score, evaluate, merge, sweep, demo, train-niqe, features, install-ma-model, install-vgg-model, bench, help" );
	}

	private static void assertRefused( final Path dir, final String[] args, final String... fragments )
	{
		final Map< Path, String > before = CliRun.checksums( dir );
		final CliRun run = CliRun.of( args );
		run.assertOneError( Main.INPUT_FAILED, fragments );
		assertEquals( Collections.singletonList( "image," + args[ 2 ] ), run.outLines(), "only the header: no row for a refused image" );
		assertEquals( before, CliRun.checksums( dir ) );
	}
}
