package io.github.pdplane.catalogue;

import static io.github.pdplane.catalogue.BadInput.EntryPoint.COMMANDS;
import static io.github.pdplane.catalogue.BadInput.EntryPoint.LIBRARY;
import static io.github.pdplane.catalogue.BadInput.EntryPoint.MACROS;
import static io.github.pdplane.catalogue.BadInput.Outcome.REFUSED;
import static io.github.pdplane.catalogue.BadInput.Outcome.USAGE;
import static io.github.pdplane.catalogue.BadInput.Outcome.WARNED;
import static io.github.pdplane.catalogue.CatalogueFiles.constant;
import static io.github.pdplane.catalogue.CatalogueFiles.float32;
import static io.github.pdplane.catalogue.CatalogueFiles.rgb;
import static io.github.pdplane.catalogue.CatalogueFiles.scene;
import static io.github.pdplane.catalogue.CatalogueFiles.sixteenBit;
import static io.github.pdplane.catalogue.CatalogueFiles.tiff;

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

import ij.process.ByteProcessor;
import ij.process.FloatProcessor;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.batch.BatchJob;
import io.github.pdplane.batch.EvaluationJob;
import io.github.pdplane.batch.Failure;
import io.github.pdplane.batch.ImageSet;
import io.github.pdplane.batch.PlaneJob;
import io.github.pdplane.batch.SweepJob;
import io.github.pdplane.catalogue.BadInput.CommandCall;
import io.github.pdplane.catalogue.BadInput.EntryPoint;
import io.github.pdplane.catalogue.BadInput.Fixture;
import io.github.pdplane.catalogue.BadInput.Invocation;
import io.github.pdplane.catalogue.BadInput.LibraryCall;
import io.github.pdplane.catalogue.BadInput.OpenImage;
import io.github.pdplane.catalogue.BadInput.Outcome;
import io.github.pdplane.catalogue.BadInput.Pair;
import io.github.pdplane.chart.PlaneFiles;
import io.github.pdplane.image.Convention;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.image.Protocol;
import io.github.pdplane.io.FolderImages;
import io.github.pdplane.io.OutputFiles;
import io.github.pdplane.io.imagej.ImageFiles;
import io.github.pdplane.io.imagej.ImageJFileReader;
import io.github.pdplane.io.imagej.TinyTiff;
import io.github.pdplane.io.mat.MatWriter;
import io.github.pdplane.metrics.MsSsimVariant;
import io.github.pdplane.nr.NiqeModel;
import io.github.pdplane.nr.NiqeTrainer;
import io.github.pdplane.nr.NiqeTraining;
import io.github.pdplane.plane.Bootstrap;
import io.github.pdplane.registry.MetricSettings;
import io.github.pdplane.score.PdPlane;

/**
 * Every kind of bad input PD Plane is tested against, one list for all entry points: the command line takes
 * each; the library, the SciJava commands and the ImageJ macros take those that have a counterpart there
 * ({@link BadInput#entryPoints}): a pair of images ({@link Invocation#pair}), or the same input given to the
 * library's builders and jobs ({@link Invocation#library}) and to a command's parameters, which are a macro's keys
 * ({@link Invocation#command}). The README's "Bad input" section lists them by id with the entry points each
 * reaches ({@code CatalogueReadmeTest}).
 */
public final class BadInputCatalogue
{
	private BadInputCatalogue()
	{}

	/** The side of the images of most cases: above every metric's minimum except where a case is about that. */
	private static final int SIDE = 48;

	private static final List< BadInput > ALL;

	static
	{
		final List< BadInput > all = new ArrayList<>();
		files( all );
		pixels( all );
		options( all );
		batches( all );
		models( all );
		ALL = Collections.unmodifiableList( all );
	}

	public static List< BadInput > all()
	{
		return ALL;
	}

	/** The cases that reach {@code entryPoint}. */
	public static List< BadInput > reaching( final EntryPoint entryPoint )
	{
		final List< BadInput > cases = new ArrayList<>();
		for ( final BadInput b : ALL )
			if ( b.reaches( entryPoint ) )
				cases.add( b );
		return cases;
	}

	/** Ids of the cases of files that cannot be read as images start with it: the library reads them, ImageJ cannot open them. */
	private static final String FILE_PREFIX = "file-";

	/** Ids of the cases of images that can be opened, but not scored as given, start with it. */
	private static final String PAIR_PREFIX = "image-";

	/** Ids of the cases of good images with a bad model or weight file start with it. */
	private static final String MODEL_PREFIX = "model-file-";

	private static void files( final List< BadInput > all )
	{
		all.add( file( "missing", "an image file that does not exist", dir -> dir.resolve( "missing.png" ), "does not exist" ) );
		all.add( file( "folder", "a folder given as an image", dir -> Files.createDirectories( dir.resolve( "folder.png" ) ), "is a folder" ) );
		all.add( file( "empty", "an empty file", dir -> CatalogueFiles.bytes( dir, "empty.png", new byte[ 0 ] ), "could not be read" ) );
		all.add( file( "text", "a text file named .png", dir -> CatalogueFiles.text( dir, "notes.png", "not an image\n" ), "could not be read" ) );
		all.add( file( "noise", "random bytes named .tif", dir -> CatalogueFiles.noise( dir, "noise.tif", 4096 ), "could not be read" ) );
		all.add( file( "truncated-tiff", "a TIFF cut in half", dir -> CatalogueFiles.truncated( tiff( dir, "whole.tif", scene( SIDE, SIDE, 1 ) ),
				"half.tif" ), "cut short" ) );
		all.add( file( "truncated-png", "a PNG cut in half", dir -> CatalogueFiles.truncated( CatalogueFiles.png( dir, "whole.png", scene( SIDE, SIDE,
				2 ).getBufferedImage() ), "half.png" ), "could not be read" ) );
		all.add( file( "unknown-type", "a file of a type ImageJ does not read", dir -> CatalogueFiles.noise( dir, "image.xyz", 300 ), "could not be read" ) );
		all.add( file( "alpha", "a PNG with transparency", dir -> CatalogueFiles.png( dir, "alpha.png", CatalogueFiles.withAlpha( SIDE, SIDE ) ),
				"alpha channel" ) );
		all.add( file( "cmyk", "a CMYK JPEG", dir -> CatalogueFiles.cmykJpeg( dir, "cmyk.jpg" ), "CMYK" ) );
		all.add( file( "named-pipe", "a named pipe given as an image", dir -> CatalogueFiles.namedPipe( dir, "pipe.png" ), "not a regular file" ) );
		all.add( file( "pages-differ", "a TIFF whose pages differ in size", dir -> {
			final Path file = dir.resolve( "pages.tif" );
			TinyTiff.of( 8, TinyTiff.UNSIGNED ).page( 48, 48, ramp( 48 * 48 ) ).page( 40, 48, ramp( 40 * 48 ) ).write( file );
			return file;
		}, "differ" ) );
		all.add( file( "huge-header", "a small TIFF whose header declares 40000x40000 pixels", dir -> {
			final Path file = dir.resolve( "huge.tif" );
			TinyTiff.writeHeaderOnly( file, 16, TinyTiff.UNSIGNED, 40000, 40000 );
			return file;
		}, "40000x40000", "memory" ) );
		all.add( new BadInput( FILE_PREFIX + "missing-reference", "a reference file that does not exist", REFUSED, dir -> {
			final Path reference = dir.resolve( "absent-ref.tif" );
			return Invocation.pair( new Pair( "rmse", reference, tiff( dir, "restored.tif", scene( SIDE, SIDE, 3 ) ), Double.NaN, 0, reference ) );
		}, "does not exist" ).reaching( LIBRARY ) );
	}

	/** A restored image file that cannot be scored, against a good reference. */
	private static BadInput file( final String id, final String description, final FileMaker bad, final String... rule )
	{
		return new BadInput( FILE_PREFIX + id, description, REFUSED, dir -> {
			final Path reference = tiff( dir, "ref.tif", scene( SIDE, SIDE, 3 ) );
			final Path restored = bad.make( dir );
			return Invocation.pair( new Pair( "rmse", reference, restored, Double.NaN, 0, restored ) );
		}, rule ).reaching( LIBRARY );
	}

	@FunctionalInterface
	private interface FileMaker
	{
		Path make( Path dir ) throws IOException;
	}

	private static void pixels( final List< BadInput > all )
	{
		all.add( pair( "size", "images whose sizes differ", REFUSED, "rmse", dir -> tiff( dir, "ref.tif", scene( SIDE, SIDE, 4 ) ),
				dir -> tiff( dir, "wide.tif", scene( SIDE + 1, SIDE, 4 ) ), Double.NaN, 0, "size" ).namingTheRestored() );
		all.add( pair( "slices", "stacks whose slice counts differ", REFUSED, "rmse", dir -> tiff( dir, "ref.tif", scene( SIDE, SIDE, 5 ),
				scene( SIDE, SIDE, 6 ) ), dir -> tiff( dir, "three.tif", scene( SIDE, SIDE, 5 ), scene( SIDE, SIDE, 6 ), scene( SIDE, SIDE, 7 ) ),
				Double.NaN, 0, "slices" ).namingTheRestored() );
		all.add( pair( "rgb-grey", "an RGB image against a grey one", REFUSED, "rmse", dir -> tiff( dir, "ref.tif", scene( SIDE, SIDE, 8 ) ),
				dir -> tiff( dir, "colour.tif", rgb( scene( SIDE, SIDE, 8 ) ) ), Double.NaN, 0, "RGB" ).namingTheRestored() );
		all.add( pair( "bit-depths", "8-bit against 16-bit without a data range", REFUSED, "rmse", dir -> tiff( dir, "ref.tif", scene( SIDE, SIDE,
				9 ) ), dir -> tiff( dir, "deep.tif", sixteenBit( scene( SIDE, SIDE, 9 ), 257 ) ), Double.NaN, 0, "data range" ).namingTheRestored() );
		all.add( pair( "float-no-range", "32-bit data without a data range", REFUSED, "rmse", dir -> tiff( dir, "ref.tif", float32( scene( SIDE,
				SIDE, 10 ), 1 / 255.0 ) ), dir -> tiff( dir, "float.tif", float32( scene( SIDE, SIDE, 11 ), 1 / 255.0 ) ), Double.NaN, 0,
				"data range" ).namingTheReference() );
		all.add( pair( "signed-no-range", "signed 16-bit data without a data range", REFUSED, "rmse", dir -> signed( dir, "signed-ref.tif" ),
				dir -> signed( dir, "signed.tif" ), Double.NaN, 0, "data range" ).namingTheReference() );
		all.add( pair( "nan", "a NaN pixel", REFUSED, "rmse", dir -> tiff( dir, "ref.tif", float32( scene( SIDE, SIDE, 12 ), 1 / 255.0 ) ),
				dir -> tiff( dir, "nan.tif", withValue( float32( scene( SIDE, SIDE, 12 ), 1 / 255.0 ), Float.NaN ) ), 1, 0, "NaN" ).namingTheRestored() );
		all.add( pair( "infinity", "an infinite pixel", REFUSED, "rmse", dir -> tiff( dir, "ref.tif", float32( scene( SIDE, SIDE, 13 ), 1 / 255.0 ) ),
				dir -> tiff( dir, "inf.tif", withValue( float32( scene( SIDE, SIDE, 13 ), 1 / 255.0 ), Float.POSITIVE_INFINITY ) ), 1, 0,
				"infinite" ).namingTheRestored() );
		all.add( tooSmall( "ssim", "SSIM", 8, "11x11" ) );
		all.add( tooSmall( "ms-ssim", "MS-SSIM", 100, "176x176" ) );
		all.add( tooSmall( "vif", "VIF", 40, "72x72" ) );
		all.add( tooSmall( "vifp", "VIFp", 30, "41x41" ) );
		all.add( tooSmall( "ifc", "IFC", 40, "72x72" ) );
		all.add( tooSmallAlone( "niqe", "NIQE", 100, "192x192" ) );
		all.add( tooSmallAlone( "brisque", "BRISQUE", 10, "13x13" ) );
		all.add( pair( "shaved-away", "an image the shave leaves too small", REFUSED, "ssim", dir -> tiff( dir, "ref.tif", scene( 20, 20, 14 ) ),
				dir -> tiff( dir, "shaved.tif", scene( 20, 20, 15 ) ), Double.NaN, 5, "11x11" ).namingTheRestored() );
		all.add( pair( "huge-shave", "a shave near Integer.MAX_VALUE", REFUSED, "rmse", dir -> tiff( dir, "ref.tif", scene( SIDE, SIDE, 16 ) ),
				dir -> tiff( dir, "any.tif", scene( SIDE, SIDE, 17 ) ), Double.NaN, Integer.MAX_VALUE, "leaves nothing" ).namingTheReference() );
		all.add( pair( "constant-reference-vif", "a constant reference for VIF", REFUSED, "vif", dir -> tiff( dir, "flat-ref.tif", constant( 96, 96,
				120 ) ), dir -> tiff( dir, "restored.tif", scene( 96, 96, 18 ) ), Double.NaN, 0, "constant" ).namingTheReference() );
		all.add( pairAlone( "constant-niqe", "a constant image for NIQE", REFUSED, "niqe", dir -> tiff( dir, "flat.tif", constant( 200, 200, 90 ) ),
				Double.NaN, "constant" ) );
		all.add( pairAlone( "constant-brisque", "a constant image for BRISQUE", REFUSED, "brisque", dir -> tiff( dir, "flat.tif", constant( SIDE,
				SIDE, 90 ) ), Double.NaN, "constant" ) );
		all.add( pair( "constant-ssim", "constant images for SSIM (scored, warned)", WARNED, "ssim", dir -> tiff( dir, "flat-ref.tif", constant( SIDE,
				SIDE, 100 ) ), dir -> tiff( dir, "flat.tif", constant( SIDE, SIDE, 110 ) ), Double.NaN, 0, "constant" ).namingTheRestored() );
		all.add( pair( "outside-range", "values above the data range given (scored, warned)", WARNED, "psnr", dir -> tiff( dir, "ref.tif", scene(
				SIDE, SIDE, 19 ) ), dir -> tiff( dir, "bright.tif", scene( SIDE, SIDE, 20 ) ), 100, 0, "data range" ).namingTheRestored() );
	}

	/** A signed 16-bit TIFF of a ramp from -1000 up, which ImageJ's writer cannot make. */
	private static Path signed( final Path dir, final String name ) throws IOException
	{
		final double[] values = ramp( SIDE * SIDE );
		for ( int i = 0; i < values.length; i++ )
			values[ i ] -= 1000;
		final Path file = dir.resolve( name );
		TinyTiff.of( 16, TinyTiff.SIGNED ).page( SIDE, SIDE, values ).write( file );
		return file;
	}

	private static double[] ramp( final int n )
	{
		final double[] v = new double[ n ];
		for ( int i = 0; i < n; i++ )
			v[ i ] = i % 251;
		return v;
	}

	private static FloatProcessor withValue( final FloatProcessor ip, final float value )
	{
		ip.setf( 7, 5, value );
		return ip;
	}

	private static BadInput tooSmall( final String metric, final String name, final int side, final String minimum )
	{
		return pair( "small-" + metric, "images smaller than " + name + "'s minimum", REFUSED, metric, dir -> tiff( dir, "ref.tif", scene( side,
				side, 21 ) ), dir -> tiff( dir, "small.tif", scene( side, side, 22 ) ), Double.NaN, 0, minimum ).namingTheRestored();
	}

	private static BadInput tooSmallAlone( final String metric, final String name, final int side, final String minimum )
	{
		return pairAlone( "small-" + metric, "an image smaller than " + name + "'s minimum", REFUSED, metric, dir -> tiff( dir, "small.tif", scene(
				side, side, 23 ) ), Double.NaN, minimum );
	}

	private static PairCase pair( final String id, final String description, final Outcome outcome, final String metric, final FileMaker reference,
			final FileMaker restored, final double dataRange, final int shave, final String... rule )
	{
		return new PairCase( id, description, outcome, metric, reference, restored, dataRange, shave, rule );
	}

	/** A case of two images; its message names the restored image, or the reference where that is checked first. */
	private static final class PairCase
	{
		private final String id, description, metric;

		private final Outcome outcome;

		private final FileMaker reference, restored;

		private final double dataRange;

		private final int shave;

		private final String[] rule;

		PairCase( final String id, final String description, final Outcome outcome, final String metric, final FileMaker reference,
				final FileMaker restored, final double dataRange, final int shave, final String[] rule )
		{
			this.id = id;
			this.description = description;
			this.outcome = outcome;
			this.metric = metric;
			this.reference = reference;
			this.restored = restored;
			this.dataRange = dataRange;
			this.shave = shave;
			this.rule = rule;
		}

		BadInput namingTheRestored()
		{
			return build( false );
		}

		BadInput namingTheReference()
		{
			return build( true );
		}

		private BadInput build( final boolean blameReference )
		{
			return new BadInput( PAIR_PREFIX + id, description, outcome, dir -> {
				final Path ref = reference.make( dir ), r = restored.make( dir );
				return Invocation.pair( new Pair( metric, ref, r, dataRange, shave, blameReference ? ref : r ) );
			}, rule ).reaching( LIBRARY, COMMANDS, MACROS );
		}
	}

	private static BadInput pairAlone( final String id, final String description, final Outcome outcome, final String metric,
			final FileMaker restored, final double dataRange, final String... rule )
	{
		return new BadInput( PAIR_PREFIX + id, description, outcome, dir -> {
			final Path r = restored.make( dir );
			return Invocation.pair( new Pair( metric, null, r, dataRange, 0, r ) );
		}, rule ).reaching( LIBRARY, COMMANDS, MACROS );
	}

	private static void options( final List< BadInput > all )
	{
		all.add( usage( "unknown-metric", "an unknown metric id", dir -> {
			evaluation( dir, 1 );
			return Invocation.arguments( "sharpness", score( dir, "--metrics", "ssim,sharpness" ) ).library( LibraryCall.of( () -> failures(
					evaluationJob( dir ).extraMetrics( "ssim,sharpness" ).build() ) ) ).command( evaluateCommand( dir, "metrics", "ssim,sharpness" ) );
		}, "Unknown metric" ).reaching( LIBRARY, COMMANDS, MACROS ) );
		all.add( usage( "no-metric", "an empty metric list", dir -> {
			evaluation( dir, 1 );
			return Invocation.arguments( "metric", score( dir, "--metrics", "," ) ).library( LibraryCall.of( () -> failures( evaluationJob( dir )
					.extraMetrics( " , " ).build() ) ) ).command( evaluateCommand( dir, "metrics", "," ) );
		}, "No metric" ).reaching( LIBRARY, COMMANDS, MACROS ) );
		all.add( usage( "unknown-option", "a misspelt option", dir -> Invocation.arguments( "--refrence", "score", "--metrics", "rmse",
				"--refrence", ref( dir ), ref( dir ) ), "Unknown option", "Did you mean --reference?" ) );
		all.add( usage( "option-without-value", "an option without its value", dir -> Invocation.arguments( "--shave", "score",
				"--metrics", "rmse", "--reference", ref( dir ), ref( dir ), "--shave" ), "value" ) );
		all.add( usage( "negative-shave", "a negative shave", dir -> Invocation.arguments( "-2", score( dir, "--metrics", "rmse", "--shave",
				"-2" ) ).library( preparation( dir, Convention.GRAY, -2, Double.NaN ) ).command( rmse( dir, "shave", -2 ) ), "shave" ).reaching(
						LIBRARY, COMMANDS, MACROS ) );
		all.add( usage( "shave-not-a-number", "a shave that is not a number", dir -> Invocation.arguments( "two", score( dir, "--metrics",
				"rmse", "--shave", "two" ) ), "shave" ) );
		all.add( usage( "zero-data-range", "a data range of 0", dir -> Invocation.arguments( "0", score( dir, "--metrics", "rmse",
				"--data-range", "0" ) ).library( preparation( dir, Convention.GRAY, 0, 0 ) ), "data range" ).reaching( LIBRARY ) );
		all.add( usage( "negative-data-range", "a negative data range", dir -> Invocation.arguments( "-1", score( dir, "--metrics", "rmse",
				"--data-range", "-1" ) ).library( preparation( dir, Convention.GRAY, 0, -1 ) ).command( rmse( dir, "dataRange", -1.0 ) ),
				"data range" ).reaching( LIBRARY, COMMANDS, MACROS ) );
		all.add( usage( "nan-data-range", "a data range of NaN", dir -> Invocation.arguments( "NaN", score( dir, "--metrics", "rmse",
				"--data-range", "NaN" ) ).command( rmse( dir, "dataRange", Double.NaN ) ), "number" ).reaching( COMMANDS,
						MACROS ) );
		all.add( usage( "infinite-data-range", "an infinite data range", dir -> Invocation.arguments( "Infinity", score( dir,
				"--metrics", "rmse", "--data-range", "Infinity" ) ).library( preparation( dir, Convention.GRAY, 0, Double.POSITIVE_INFINITY ) )
				.command( rmse( dir, "dataRange", Double.POSITIVE_INFINITY ) ), "finite number" ).reaching( LIBRARY, COMMANDS,
						MACROS ) );
		all.add( usage( "unknown-convention", "an unknown convention", dir -> Invocation.arguments( "lab", score( dir, "--metrics", "rmse",
				"--convention", "lab" ) ).library( LibraryCall.of( () -> {
					Convention.fromId( "lab" );
					return Collections.emptyList();
				} ) ).command( rmse( dir, "convention", "lab" ) ), "use one of" ).reaching( LIBRARY, COMMANDS, MACROS ) );
		all.add( usage( "unknown-variant", "an unknown MS-SSIM variant", dir -> Invocation.arguments( "2009", score( dir, "--metrics",
				"ms-ssim", "--ms-ssim-variant", "2009" ) ).library( LibraryCall.of( () -> {
					MetricSettings.defaults().withMsSsimVariant( MsSsimVariant.fromId( "2009" ) );
					return Collections.emptyList();
				} ) ).command( CommandCall.of( "MsSsimCommand", "reference", new OpenImage( Paths.get( ref( dir ) ) ), "restored", new OpenImage(
						Paths.get( ref( dir ) ) ), "variant", "2009" ) ), "use one of" ).reaching( LIBRARY, COMMANDS, MACROS ) );
		all.add( usage( "unknown-command", "an unknown command", dir -> Invocation.arguments( "frobnicate", "frobnicate" ),
				"Unknown command" ) );
		all.add( usage( "no-reference", "a full-reference metric without a reference", dir -> Invocation.arguments( "--reference",
				"score", "--metrics", "rmse", ref( dir ) ), "needs" ) );
		all.add( usage( "no-images", "no image to score", dir -> Invocation.arguments( "IMAGE", "score", "--metrics", "rmse",
				"--reference", ref( dir ) ), "needs" ) );
		all.add( usage( "missing-argument-file", "an @FILE of arguments that does not exist", dir -> Invocation.arguments(
				"absent-args.txt", "@" + dir.resolve( "absent-args.txt" ) ), "argument" ) );
	}

	/** RMSE... of DIR/ref.tif against itself with the inputs {@code more} (name, value, ...). */
	private static CommandCall rmse( final Path dir, final Object... more ) throws IOException
	{
		final OpenImage image = new OpenImage( Paths.get( ref( dir ) ) );
		return CommandCall.of( "RmseCommand", "reference", image, "restored", image ).with( more );
	}

	/** RMSE of DIR/ref.tif against itself through the library, prepared as given. */
	private static LibraryCall preparation( final Path dir, final Convention convention, final int shave, final double dataRange )
	{
		return LibraryCall.of( () -> {
			final ImageSource image = ImageFiles.open( Paths.get( ref( dir ) ) );
			PdPlane.score( "rmse", image, image, new Preparation( convention, shave, dataRange ), MetricSettings.defaults() );
			return Collections.emptyList();
		} );
	}

	private static String ref( final Path dir ) throws IOException
	{
		final Path file = dir.resolve( "ref.tif" );
		if ( !Files.exists( file ) )
			tiff( dir, "ref.tif", scene( SIDE, SIDE, 24 ) );
		return file.toString();
	}

	/** {@code score OPTIONS --reference REF REF}: a good pair with the options given. */
	private static String[] score( final Path dir, final String... options ) throws IOException
	{
		final List< String > args = new ArrayList<>();
		args.add( "score" );
		Collections.addAll( args, options );
		Collections.addAll( args, "--reference", ref( dir ), ref( dir ) );
		return args.toArray( new String[ 0 ] );
	}

	@FunctionalInterface
	private interface ArgumentMaker
	{
		String[] make( Path dir ) throws IOException;
	}

	/** A usage error of the command line's options. */
	private static BadInput usage( final String id, final String description, final Fixture invocation, final String... rule )
	{
		return new BadInput( "option-" + id, description, USAGE, invocation, rule );
	}

	private static BadInput arguments( final String id, final String description, final Outcome outcome, final String named,
			final ArgumentMaker arguments, final String... rule )
	{
		final Fixture fixture = dir -> Invocation.arguments( named, arguments.make( dir ) );
		return new BadInput( id, description, outcome, fixture, rule );
	}

	/**
	 * DIR/ref and DIR/A with {@code n} scenes each ({@code img0.tif}...), DIR/A's brighter by 2: an evaluation that
	 * works, which each batch case then spoils.
	 */
	private static void evaluation( final Path dir, final int n ) throws IOException
	{
		for ( int i = 0; i < n; i++ )
		{
			final ByteProcessor scene = scene( SIDE, SIDE, 30 + i );
			tiff( dir.resolve( "ref" ), "img" + i + ".tif", scene );
			final ByteProcessor brighter = ( ByteProcessor ) scene.duplicate();
			brighter.add( 2 );
			tiff( dir.resolve( "A" ), "img" + i + ".tif", brighter );
		}
	}

	/**
	 * {@code evaluate} of DIR/ref against DIR/A into DIR/out, on RMSE and BRISQUE (which need no model), with the
	 * options {@code more} (name, value, ...; a null value for a flag) added, or replacing these where they name one of them.
	 */
	private static String[] evaluate( final Path dir, final String... more )
	{
		final Map< String, String > options = new LinkedHashMap<>();
		options.put( "--reference", dir.resolve( "ref" ).toString() );
		options.put( "--restored", "A=" + dir.resolve( "A" ) );
		options.put( "--x", "rmse" );
		options.put( "--y", "brisque" );
		options.put( "--bootstrap", "0" );
		options.put( "--out", dir.resolve( "out" ).toString() );
		final List< String > args = new ArrayList<>( Collections.singletonList( "evaluate" ) );
		for ( int i = 0; i < more.length; i += 2 )
			if ( more[ i ].equals( "--restored" ) )
				Collections.addAll( args, more[ i ], more[ i + 1 ] );
			else
				options.put( more[ i ], more[ i + 1 ] );
		options.forEach( ( name, value ) -> {
			args.add( name );
			if ( value != null )
				args.add( value );
		} );
		return args.toArray( new String[ 0 ] );
	}

	/** The command of Evaluate Algorithms... */
	private static final String EVALUATE = "EvaluateAlgorithmsCommand";

	/**
	 * Evaluate Algorithms... of DIR/ref against DIR/A on RMSE and BRISQUE, without bootstrap, plot or output folder
	 * (the command line's {@link #evaluate}), with the inputs {@code more} (name, value, ...) replacing or added to these.
	 */
	private static CommandCall evaluateCommand( final Path dir, final Object... more )
	{
		return CommandCall.of( EVALUATE, "referenceFolder", dir.resolve( "ref" ), "x", "rmse", "y", "brisque", "bootstrap", 0, "showPlot", false,
				"algorithms", "A=" + dir.resolve( "A" ) ).with( more );
	}

	/** The library's job of the command line's {@link #evaluate}: DIR/ref against DIR/A on RMSE and BRISQUE, one thread, no bootstrap. */
	private static EvaluationJob.Builder evaluationJob( final Path dir )
	{
		return EvaluationJob.builder( ImageJFileReader.INSTANCE ).reference( ImageSet.folder( dir.resolve( "ref" ) ) ).algorithm( ImageSet.folder(
				dir.resolve( "A" ) ) ).xMetric( "rmse" ).yMetric( "brisque" ).bootstrap( null ).threads( 1 );
	}

	/**
	 * A job run as a program runs it ({@link BatchJob#process()}, then the result): its refusal thrown as the
	 * {@code PdPlaneException} a front end makes of it ({@link io.github.pdplane.batch.JobRunner} does the same), else
	 * the result's failures.
	 */
	private static List< String > failures( final PlaneJob< ? > job )
	{
		if ( !job.process() )
			throw new PdPlaneException( job.getErrorMessage() );
		final List< String > messages = new ArrayList<>();
		for ( final Failure f : job.result().failures() )
			messages.add( f.message() );
		return messages;
	}

	/** The output folder DIR/out checked as a program writing an evaluation's files checks it ({@link PlaneFiles#check}). */
	private static List< String > checkOutput( final Path dir, final Path out )
	{
		PlaneFiles.checkNotAnInput( out, Arrays.asList( ImageSet.folder( dir.resolve( "ref" ) ), ImageSet.folder( dir.resolve( "A" ) ) ) );
		PlaneFiles.check( out, false, PlaneFiles.EVALUATION_FILES, "pass overwrite = true to replace it" );
		return Collections.emptyList();
	}

	/** A case that the library, the commands and the macros take as the command line does: its fixture gives their calls. */
	private static BadInput everywhere( final String id, final String description, final Outcome outcome, final Fixture maker,
			final String... rule )
	{
		return new BadInput( id, description, outcome, maker, rule ).reaching( LIBRARY, COMMANDS, MACROS );
	}

	private static void batches( final List< BadInput > all )
	{
		all.add( everywhere( "batch-missing-folder", "an algorithm folder that does not exist", REFUSED, dir -> {
			evaluation( dir, 2 );
			final Path nowhere = dir.resolve( "nowhere" );
			return Invocation.arguments( "nowhere", evaluate( dir, "--restored", "B=" + nowhere ) ).library( LibraryCall.of( () -> failures(
					evaluationJob( dir ).algorithm( ImageSet.folder( nowhere ) ).build() ) ) ).command( evaluateCommand( dir, "algorithms", "A="
							+ dir.resolve( "A" ) + ";B=" + nowhere ) );
		}, "does not exist" ) );
		all.add( everywhere( "batch-missing-reference-folder", "a reference folder that does not exist", REFUSED, dir -> {
			evaluation( dir, 1 );
			final Path nowhere = dir.resolve( "no-ref" );
			return Invocation.arguments( "no-ref", evaluate( dir, "--reference", nowhere.toString() ) ).library( LibraryCall.of( () -> failures(
					evaluationJob( dir ).reference( ImageSet.folder( nowhere ) ).build() ) ) ).command( evaluateCommand( dir, "referenceFolder",
							nowhere ) );
		}, "does not exist" ) );
		all.add( everywhere( "batch-empty-reference", "a reference folder without images", REFUSED, dir -> {
			evaluation( dir, 1 );
			Files.delete( dir.resolve( "ref/img0.tif" ) );
			return Invocation.arguments( "ref", evaluate( dir ) ).library( LibraryCall.of( () -> failures( evaluationJob( dir ).build() ) ) )
					.command( evaluateCommand( dir ) );
		}, "no image" ) );
		all.add( everywhere( "batch-missing-output", "a reference without its restored image (reported, counted)", REFUSED, dir -> {
			evaluation( dir, 3 );
			Files.delete( dir.resolve( "A/img1.tif" ) );
			return reportedByAll( dir, "img1.tif" );
		}, "missing" ) );
		all.add( everywhere( "batch-extra-output", "a restored image without a reference (reported, counted)", REFUSED, dir -> {
			evaluation( dir, 2 );
			tiff( dir.resolve( "A" ), "stray.tif", scene( SIDE, SIDE, 40 ) );
			return reportedByAll( dir, "stray.tif" );
		}, "reference" ) );
		all.add( everywhere( "batch-other-size", "a restored image of another size (reported, counted)", REFUSED, dir -> {
			evaluation( dir, 2 );
			tiff( dir.resolve( "A" ), "img0.tif", scene( SIDE + 2, SIDE, 41 ) );
			return reportedByAll( dir, "img0.tif" );
		}, "size" ) );
		all.add( everywhere( "batch-unreadable-output", "a restored file that is no image (the run stops before scoring)", REFUSED, dir -> {
			evaluation( dir, 2 );
			CatalogueFiles.text( dir.resolve( "A" ), "img0.tif", "damaged" );
			return Invocation.arguments( "img0.tif", evaluate( dir ) ).library( LibraryCall.of( () -> failures( evaluationJob( dir ).build() ) ) )
					.command( evaluateCommand( dir ) );
		}, "cannot be read as an image", "--skip-unreadable" ) );
		all.add( everywhere( "batch-unreadable-skipped", "the same with --skip-unreadable (reported, counted)", REFUSED, dir -> {
			evaluation( dir, 2 );
			CatalogueFiles.text( dir.resolve( "A" ), "img0.tif", "damaged" );
			return Invocation.arguments( "img0.tif", evaluate( dir, "--skip-unreadable", null ) ).library( LibraryCall.of( () -> failures(
					evaluationJob( dir ).skipUnreadable( true ).build() ) ) ).command( evaluateCommand( dir, "skipUnreadable", true ).reported() );
		}, "could not be read" ) );
		all.add( everywhere( "batch-duplicate-names", "two algorithms of the same name", REFUSED, dir -> {
			evaluation( dir, 1 );
			return Invocation.arguments( "A", evaluate( dir, "--restored", "A=" + dir.resolve( "ref" ) ) ).library( LibraryCall.of(
					() -> failures( evaluationJob( dir ).algorithm( ImageSet.folder( dir.resolve( "ref" ) ).named( "A" ) ).build() ) ) ).command(
							evaluateCommand( dir, "algorithms", "A=" + dir.resolve( "A" ) + ";A=" + dir.resolve( "ref" ) ) );
		}, "Two algorithms are named" ) );
		all.add( everywhere( "batch-out-is-input", "an output folder that is an input folder", USAGE, dir -> {
			evaluation( dir, 1 );
			return Invocation.arguments( "ref", evaluate( dir, "--out", dir.resolve( "ref" ).toString() ) ).library( LibraryCall.of(
					() -> checkOutput( dir, dir.resolve( "ref" ) ) ) ).command( evaluateCommand( dir, "outputFolder", dir.resolve( "ref" ) ) );
		}, "input" ) );
		all.add( everywhere( "batch-out-is-file", "an output folder that is a file", REFUSED, dir -> {
			evaluation( dir, 1 );
			CatalogueFiles.text( dir, "out", "a file" );
			return Invocation.arguments( "out", evaluate( dir ) ).library( LibraryCall.of( () -> checkOutput( dir, dir.resolve( "out" ) ) ) )
					.command( evaluateCommand( dir, "outputFolder", dir.resolve( "out" ) ) );
		}, "not a folder" ) );
		all.add( everywhere( "batch-existing-outputs", "existing result files without --overwrite", USAGE, dir -> {
			evaluation( dir, 1 );
			CatalogueFiles.text( dir.resolve( "out" ), "per-image.csv", "earlier results\n" );
			return Invocation.arguments( "per-image.csv", evaluate( dir ) ).library( LibraryCall.of( () -> checkOutput( dir, dir.resolve(
					"out" ) ) ) ).command( evaluateCommand( dir, "outputFolder", dir.resolve( "out" ) ) );
		}, "already exists", "overwrite" ) );
		all.add( everywhere( "batch-negative-threads", "a negative thread count", USAGE, dir -> {
			evaluation( dir, 1 );
			return Invocation.arguments( "-1", evaluate( dir, "--threads", "-1" ) ).library( LibraryCall.of( () -> failures( evaluationJob( dir )
					.threads( -1 ).build() ) ) ).command( evaluateCommand( dir, "threads", -1 ) );
		}, "threads" ) );
		all.add( everywhere( "batch-huge-bootstrap", "a bootstrap of a billion resamples", USAGE, dir -> {
			evaluation( dir, 1 );
			return Invocation.arguments( "1000000000", evaluate( dir, "--bootstrap", "1000000000" ) ).library( LibraryCall.of( () -> failures(
					evaluationJob( dir ).bootstrap( new Bootstrap( 1_000_000_000, Bootstrap.DEFAULT_SEED, Bootstrap.DEFAULT_CONFIDENCE ) )
							.build() ) ) ).command( evaluateCommand( dir, "bootstrap", 1_000_000_000 ) );
		}, "bootstrap" ) );
		all.add( everywhere( "batch-negative-bootstrap", "a negative bootstrap count", USAGE, dir -> {
			evaluation( dir, 1 );
			return Invocation.arguments( "-5", evaluate( dir, "--bootstrap", "-5" ) ).library( LibraryCall.of( () -> failures( evaluationJob( dir )
					.bootstrap( new Bootstrap( -5, Bootstrap.DEFAULT_SEED, Bootstrap.DEFAULT_CONFIDENCE ) ).build() ) ) ).command( evaluateCommand(
							dir, "bootstrap", -5 ) );
		}, "bootstrap" ) );
		all.add( everywhere( "batch-unknown-protocol", "an unknown protocol", USAGE, dir -> {
			evaluation( dir, 1 );
			return Invocation.arguments( "ntire", evaluate( dir, "--protocol", "ntire" ) ).library( LibraryCall.of( () -> failures( evaluationJob(
					dir ).preparation( Protocol.fromId( "ntire" ).preparation( Double.NaN ) ).build() ) ) ).command( evaluateCommand( dir,
							"protocol", "ntire" ) );
		}, "protocol" ) );
		// not in a macro: its dialog offers only the per-image metrics, and refuses another as not among them
		all.add( new BadInput( "batch-set-level-axis", "a set-level metric as an axis", USAGE, dir -> {
			evaluation( dir, 1 );
			return Invocation.arguments( "nss-fd", evaluate( dir, "--y", "nss-fd" ) ).library( LibraryCall.of( () -> failures( evaluationJob( dir )
					.yMetric( "nss-fd" ).build() ) ) ).command( evaluateCommand( dir, "y", "nss-fd" ) );
		}, "axis" ).reaching( LIBRARY, COMMANDS ) );
		all.add( arguments( "batch-seed-not-a-number", "a bootstrap seed that is not a number", USAGE, "--seed", dir -> {
			evaluation( dir, 1 );
			return evaluate( dir, "--seed", "lucky" );
		}, "seed" ) );
		journals( all );
		sweeps( all );
		trainings( all );
		all.add( arguments( "features-unknown-kind", "an unknown kind of features", USAGE, "hog", dir -> new String[] { "features", "--kind", "hog",
				ref( dir ) }, "kind" ) );
	}

	/** An evaluation that goes on past the image {@code named}: the command line exits 1, the library and the command report it. */
	private static Invocation reportedByAll( final Path dir, final String named )
	{
		return Invocation.arguments( named, evaluate( dir ) ).library( LibraryCall.of( () -> failures( evaluationJob( dir ).build() ) ) ).command(
				evaluateCommand( dir ).reported() );
	}

	private static void journals( final List< BadInput > all )
	{
		all.add( everywhere( "batch-journal-exists", "a journal file that exists, without --resume", REFUSED, dir -> {
			evaluation( dir, 1 );
			final Path journal = CatalogueFiles.text( dir, "run.journal", "an earlier run\n" );
			return Invocation.arguments( "run.journal", evaluate( dir, "--journal", journal.toString() ) ).library( LibraryCall.of(
					() -> failures( evaluationJob( dir ).journal( journal, false ).build() ) ) ).command( evaluateCommand( dir, "journal",
							journal ) );
		}, "exists", "resume" ) );
		all.add( everywhere( "batch-journal-not-a-journal", "a file to resume that is no journal", REFUSED, dir -> {
			evaluation( dir, 1 );
			final Path journal = CatalogueFiles.text( dir, "notes.txt", "shopping list\nmilk\nbread\n" );
			return Invocation.arguments( "notes.txt", evaluate( dir, "--journal", journal.toString(), "--resume", null ) ).library( LibraryCall
					.of( () -> failures( evaluationJob( dir ).journal( journal, true ).build() ) ) ).command( evaluateCommand( dir, "journal",
							journal, "resume", true ) );
		}, "not a PD Plane journal" ) );
		all.add( everywhere( "batch-journal-other-settings", "a journal of a run with other settings, resumed", REFUSED, dir -> {
			evaluation( dir, 2 );
			final Path journal = dir.resolve( "psnr.journal" );
			failures( evaluationJob( dir ).xMetric( "psnr" ).journal( journal, false ).build() );
			return Invocation.arguments( "psnr.journal", evaluate( dir, "--journal", journal.toString(), "--resume", null ) ).library( LibraryCall
					.of( () -> failures( evaluationJob( dir ).journal( journal, true ).build() ) ) ).command( evaluateCommand( dir, "journal",
							journal, "resume", true ) );
		}, "other settings" ) );
		all.add( new BadInput( "batch-resume-without-journal", "--resume without a journal", USAGE, dir -> {
			evaluation( dir, 1 );
			return Invocation.arguments( "--journal", evaluate( dir, "--resume", null ) ).command( evaluateCommand( dir, "resume", true ).naming(
					"journal" ) );
		}, "continues the run of a journal" ).reaching( COMMANDS, MACROS ) );
	}

	private static void sweeps( final List< BadInput > all )
	{
		all.add( steps( "sweep-no-steps", "a sweep of 0 steps", 0 ) );
		all.add( steps( "sweep-huge-steps", "a sweep of Integer.MAX_VALUE steps", Integer.MAX_VALUE ) );
		all.add( everywhere( "sweep-without-high", "a sweep without its high-perception output", USAGE, dir -> {
			evaluation( dir, 1 );
			return Invocation.arguments( "high", Arrays.copyOf( sweep( dir ), 11 ) ).library( LibraryCall.of( () -> failures( sweepJob( dir ).high(
					null ).build() ) ) ).command( sweepCommand( dir ).with( "highFolder", null ) );
		}, "needs" ) );
	}

	private static BadInput steps( final String id, final String description, final int steps )
	{
		return everywhere( id, description, USAGE, dir -> {
			evaluation( dir, 1 );
			return Invocation.arguments( Integer.toString( steps ), sweep( dir, "--steps", Integer.toString( steps ) ) ).library( LibraryCall.of(
					() -> failures( sweepJob( dir ).steps( steps ).build() ) ) ).command( sweepCommand( dir ).with( "steps", steps ) );
		}, "steps" );
	}

	/** {@code sweep} of DIR/ref from DIR/A to DIR/A into DIR/out on RMSE and BRISQUE, with the options {@code more} after these. */
	private static String[] sweep( final Path dir, final String... more )
	{
		final List< String > args = new ArrayList<>( Arrays.asList( "sweep", "--reference", dir.resolve( "ref" ).toString(), "--x", "rmse", "--y",
				"brisque", "--out", dir.resolve( "out" ).toString(), "--low", "L=" + dir.resolve( "A" ), "--high", "H=" + dir.resolve( "A" ) ) );
		Collections.addAll( args, more );
		return args.toArray( new String[ 0 ] );
	}

	private static SweepJob.Builder sweepJob( final Path dir )
	{
		return SweepJob.builder( ImageJFileReader.INSTANCE ).reference( ImageSet.folder( dir.resolve( "ref" ) ) ).low( ImageSet.folder( dir
				.resolve( "A" ) ) ).high( ImageSet.folder( dir.resolve( "A" ) ) ).xMetric( "rmse" ).yMetric( "brisque" ).bootstrap( null ).threads(
						1 );
	}

	private static CommandCall sweepCommand( final Path dir )
	{
		return CommandCall.of( "TradeoffSweepCommand", "referenceFolder", dir.resolve( "ref" ), "lowFolder", dir.resolve( "A" ), "highFolder", dir
				.resolve( "A" ), "x", "rmse", "y", "brisque", "bootstrap", 0, "showPlot", false );
	}

	private static void trainings( final List< BadInput > all )
	{
		all.add( everywhere( "train-empty-folder", "a training folder without images", REFUSED, dir -> {
			Files.createDirectories( dir.resolve( "pristine" ) );
			return training( dir, "pristine" );
		}, "no image" ) );
		all.add( everywhere( "train-no-sharp-blocks", "a training set of constant images", REFUSED, dir -> {
			tiff( dir.resolve( "pristine" ), "flat.tif", constant( 200, 200, 128 ) );
			return training( dir, "sharp" );
		}, "blocks" ) );
		all.add( everywhere( "train-unreadable-file", "a training folder with a file that is no image", REFUSED, dir -> {
			tiff( dir.resolve( "pristine" ), "a.tif", scene( 200, 200, 45 ) );
			CatalogueFiles.text( dir.resolve( "pristine" ), "notes.png", "not an image" );
			return training( dir, "notes.png" );
		}, "cannot be read as an image", "--skip-unreadable" ) );
		all.add( everywhere( "train-odd-block-size", "an odd NIQE block size", USAGE, dir -> {
			tiff( dir.resolve( "pristine" ), "a.tif", scene( 200, 200, 42 ) );
			final Invocation plain = training( dir, "not 9" );
			final List< String > args = new ArrayList<>( plain.arguments );
			args.addAll( 1, Arrays.asList( "--block-size", "9" ) );
			return Invocation.arguments( "not 9", args.toArray( new String[ 0 ] ) ).library( LibraryCall.of( () -> trainInLibrary( dir, 9 ) ) )
					.command( plain.command.with( "blockSize", 9 ) );
		}, "block size", "even" ) );
		all.add( everywhere( "train-existing-model", "an existing model file without --overwrite", USAGE, dir -> {
			tiff( dir.resolve( "pristine" ), "a.tif", scene( 200, 200, 43 ) );
			CatalogueFiles.text( dir, "model.mat", "an earlier model" );
			return training( dir, "model.mat" );
		}, "already exists", "overwrite" ) );
	}

	/** {@code train-niqe} of DIR/pristine into DIR/model.mat, in each entry point; {@code named} is what the message names. */
	private static Invocation training( final Path dir, final String named )
	{
		return Invocation.arguments( named, "train-niqe", "--out", dir.resolve( "model.mat" ).toString(), dir.resolve( "pristine" ).toString() )
				.library( LibraryCall.of( () -> trainInLibrary( dir, NiqeModel.DEFAULT_BLOCK_SIZE ) ) ).command( CommandCall.of( "TrainNiqeCommand",
						"folder", dir.resolve( "pristine" ), "model", dir.resolve( "model.mat" ) ) );
	}

	/**
	 * A NIQE model trained by a program from DIR/pristine into DIR/model.mat: the folder's images ({@link FolderImages}, unreadable
	 * ones refused), a {@link NiqeTrainer}, the model written without replacing a file ({@link OutputFiles}).
	 */
	private static List< String > trainInLibrary( final Path dir, final int blockSize ) throws IOException
	{
		final NiqeTrainer trainer = new NiqeTrainer( blockSize, NiqeTraining.DEFAULT_SHARPNESS_THRESHOLD, Preparation.defaults() );
		final Path model = dir.resolve( "model.mat" );
		OutputFiles.checkWritable( model, false, "pass overwrite = true to replace it" );
		final List< String > notes = new ArrayList<>();
		for ( final Path image : FolderImages.list( ImageJFileReader.INSTANCE, dir.resolve( "pristine" ), p -> notes.add( p.toString() ) ).check(
				false, notes::add ).readable() )
			trainer.add( ImageFiles.open( image ), notes::add );
		OutputFiles.write( model, false, "pass overwrite = true to replace it", trainer.model().toBytes() );
		return Collections.emptyList();
	}

	private static void models( final List< BadInput > all )
	{
		all.add( niqeModel( "missing", "a NIQE model file that does not exist", dir -> dir.resolve( "absent-model.mat" ), "does not exist" ) );
		all.add( niqeModel( "noise", "a NIQE model of random bytes", dir -> CatalogueFiles.noise( dir, "noise-model.mat", 2000 ), "MAT" ) );
		all.add( niqeModel( "other-variables", "a MAT-file without a NIQE model's variables", dir -> {
			final Path file = dir.resolve( "other-model.mat" );
			new MatWriter( "not a NIQE model" ).addScalar( "answer", 42 ).write( file );
			return file;
		}, "mu_prisparam" ) );
		all.add( niqeModel( "wrong-shape", "a NIQE model whose covariance has the wrong shape", dir -> {
			final Path file = dir.resolve( "shape-model.mat" );
			new MatWriter( "a misshapen NIQE model" ).add( "mu_prisparam", 1, 36, new double[ 36 ] ).add( "cov_prisparam", 3, 3, new double[ 9 ] )
					.write( file );
			return file;
		}, "36" ) );
		all.add( vggWeights( "missing", "VGG19 weights that do not exist", dir -> dir.resolve( "absent.pth" ), "does not exist" ) );
		all.add( vggWeights( "web-page", "VGG19 weights that are a web page", dir -> CatalogueFiles.text( dir, "vgg19.pth",
				"<!DOCTYPE html><html><body>Sign in</body></html>\n" ), "web page" ) );
		all.add( vggWeights( "noise", "VGG19 weights of random bytes", dir -> CatalogueFiles.noise( dir, "noise.pth", 5000 ), "weights" ) );
		all.add( arguments( "model-install-ma-noise", "a Ma et al. model of random bytes to install", REFUSED, "ma-noise.mat", dir -> new String[] {
				"install-ma-model", CatalogueFiles.noise( dir, "ma-noise.mat", 3000 ).toString() }, "MAT" ) );
		all.add( arguments( "model-install-vgg-text", "a text file as VGG19 weights to install", REFUSED, "weights.txt", dir -> new String[] {
				"install-vgg-model", CatalogueFiles.text( dir, "weights.txt", "features.0.weight\n" ).toString() }, "weights" ) );
	}

	private static BadInput niqeModel( final String id, final String description, final FileMaker model, final String rule )
	{
		return new BadInput( MODEL_PREFIX + "niqe-" + id, description, REFUSED, dir -> {
			final Path file = model.make( dir );
			return Invocation.pair( new Pair( "niqe", null, tiff( dir, "image.tif", scene( 200, 200, 44 ) ), Double.NaN, 0, file, file ) );
		}, rule ).reaching( LIBRARY, COMMANDS, MACROS );
	}

	private static BadInput vggWeights( final String id, final String description, final FileMaker weights, final String rule )
	{
		return new BadInput( MODEL_PREFIX + "vgg-" + id, description, REFUSED, dir -> {
			final Path file = weights.make( dir );
			return Invocation.pair( new Pair( "vgg22", Paths.get( ref( dir ) ), tiff( dir, "restored.tif", scene( SIDE, SIDE, 46 ) ), Double.NaN,
					0, file, file ) );
		}, rule ).reaching( LIBRARY, COMMANDS, MACROS );
	}
}
