package io.github.pdplane.catalogue;

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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ij.process.ByteProcessor;
import ij.process.FloatProcessor;

import io.github.pdplane.catalogue.BadInput.Fixture;
import io.github.pdplane.catalogue.BadInput.Invocation;
import io.github.pdplane.catalogue.BadInput.Outcome;
import io.github.pdplane.catalogue.BadInput.Pair;
import io.github.pdplane.io.imagej.TinyTiff;
import io.github.pdplane.io.mat.MatWriter;

/**
 * Every kind of bad input PD Plane is tested against, one list for all entry points: the command line takes
 * each; the library, the SciJava commands and the ImageJ macros take those that are a pair of images
 * ({@link Invocation#pair}). The README's "Bad input" section lists them by id ({@code CatalogueReadmeTest}).
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

	/** The cases that are a pair of image files (or one file), which the library takes from the files. */
	public static List< BadInput > pairs()
	{
		return withPrefix( FILE_PREFIX, PAIR_PREFIX, MODEL_PREFIX );
	}

	/**
	 * The cases that are a pair of images ImageJ opens (or one image), bad in their pixels, sizes or settings: the
	 * SciJava commands and the macros take them as open images.
	 */
	public static List< BadInput > openImages()
	{
		return withPrefix( PAIR_PREFIX, MODEL_PREFIX );
	}

	private static List< BadInput > withPrefix( final String... prefixes )
	{
		final List< BadInput > cases = new ArrayList<>();
		for ( final BadInput b : ALL )
			for ( final String prefix : prefixes )
				if ( b.id.startsWith( prefix ) )
					cases.add( b );
		return cases;
	}

	/** Ids of the cases of files that cannot be read as images start with it. */
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
		}, "does not exist" ) );
	}

	/** A restored image file that cannot be scored, against a good reference. */
	private static BadInput file( final String id, final String description, final FileMaker bad, final String... rule )
	{
		return new BadInput( FILE_PREFIX + id, description, REFUSED, dir -> {
			final Path reference = tiff( dir, "ref.tif", scene( SIDE, SIDE, 3 ) );
			final Path restored = bad.make( dir );
			return Invocation.pair( new Pair( "rmse", reference, restored, Double.NaN, 0, restored ) );
		}, rule );
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
			}, rule );
		}
	}

	private static BadInput pairAlone( final String id, final String description, final Outcome outcome, final String metric,
			final FileMaker restored, final double dataRange, final String... rule )
	{
		return new BadInput( PAIR_PREFIX + id, description, outcome, dir -> {
			final Path r = restored.make( dir );
			return Invocation.pair( new Pair( metric, null, r, dataRange, 0, r ) );
		}, rule );
	}

	private static void options( final List< BadInput > all )
	{
		all.add( usage( "unknown-metric", "an unknown metric id", "sharpness", dir -> score( dir, "--metrics", "ssim,sharpness" ), "Unknown metric" ) );
		all.add( usage( "no-metric", "an empty metric list", "metric", dir -> score( dir, "--metrics", "," ), "No metric" ) );
		all.add( usage( "unknown-option", "a misspelt option", "--refrence", dir -> new String[] { "score", "--metrics", "rmse", "--refrence", ref(
				dir ), ref( dir ) }, "Unknown option", "Did you mean --reference?" ) );
		all.add( usage( "option-without-value", "an option without its value", "--shave", dir -> new String[] { "score", "--metrics", "rmse",
				"--reference", ref( dir ), ref( dir ), "--shave" }, "value" ) );
		all.add( usage( "negative-shave", "a negative shave", "-2", dir -> score( dir, "--metrics", "rmse", "--shave", "-2" ), "shave" ) );
		all.add( usage( "shave-not-a-number", "a shave that is not a number", "two", dir -> score( dir, "--metrics", "rmse", "--shave", "two" ),
				"shave" ) );
		all.add( usage( "zero-data-range", "a data range of 0", "0", dir -> score( dir, "--metrics", "rmse", "--data-range", "0" ), "data range" ) );
		all.add( usage( "nan-data-range", "a data range of NaN", "NaN", dir -> score( dir, "--metrics", "rmse", "--data-range", "NaN" ),
				"--data-range", "finite number" ) );
		all.add( usage( "unknown-convention", "an unknown convention", "lab", dir -> score( dir, "--metrics", "rmse", "--convention", "lab" ),
				"Unknown convention" ) );
		all.add( usage( "unknown-variant", "an unknown MS-SSIM variant", "2009", dir -> score( dir, "--metrics", "ms-ssim", "--ms-ssim-variant",
				"2009" ), "Unknown MS-SSIM variant" ) );
		all.add( usage( "unknown-command", "an unknown command", "frobnicate", dir -> new String[] { "frobnicate" }, "Unknown command" ) );
		all.add( usage( "no-reference", "a full-reference metric without a reference", "--reference", dir -> new String[] { "score", "--metrics",
				"rmse", ref( dir ) }, "needs" ) );
		all.add( usage( "no-images", "no image to score", "IMAGE", dir -> new String[] { "score", "--metrics", "rmse", "--reference", ref( dir ) },
				"needs" ) );
		all.add( usage( "missing-argument-file", "an @FILE of arguments that does not exist", "absent-args.txt", dir -> new String[] { "@" + dir
				.resolve( "absent-args.txt" ) }, "argument" ) );
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

	private static BadInput usage( final String id, final String description, final String named, final ArgumentMaker arguments,
			final String... rule )
	{
		return arguments( "option-" + id, description, USAGE, named, arguments, rule );
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

	private static void batches( final List< BadInput > all )
	{
		all.add( arguments( "batch-missing-folder", "an algorithm folder that does not exist", REFUSED, "nowhere", dir -> {
			evaluation( dir, 2 );
			return evaluate( dir, "--restored", "B=" + dir.resolve( "nowhere" ) );
		}, "does not exist" ) );
		all.add( arguments( "batch-empty-reference", "a reference folder without images", REFUSED, "ref", dir -> {
			evaluation( dir, 1 );
			Files.delete( dir.resolve( "ref/img0.tif" ) );
			return evaluate( dir );
		}, "no image" ) );
		all.add( arguments( "batch-missing-output", "a reference without its restored image (reported, counted)", REFUSED, "img1.tif", dir -> {
			evaluation( dir, 3 );
			Files.delete( dir.resolve( "A/img1.tif" ) );
			return evaluate( dir );
		}, "missing" ) );
		all.add( arguments( "batch-extra-output", "a restored image without a reference (reported, counted)", REFUSED, "stray.tif", dir -> {
			evaluation( dir, 2 );
			tiff( dir.resolve( "A" ), "stray.tif", scene( SIDE, SIDE, 40 ) );
			return evaluate( dir );
		}, "reference" ) );
		all.add( arguments( "batch-other-size", "a restored image of another size (reported, counted)", REFUSED, "img0.tif", dir -> {
			evaluation( dir, 2 );
			tiff( dir.resolve( "A" ), "img0.tif", scene( SIDE + 2, SIDE, 41 ) );
			return evaluate( dir );
		}, "size" ) );
		all.add( arguments( "batch-unreadable-output", "a restored file that is no image (the run stops before scoring)", REFUSED, "img0.tif",
				dir -> {
					evaluation( dir, 2 );
					CatalogueFiles.text( dir.resolve( "A" ), "img0.tif", "damaged" );
					return evaluate( dir );
				}, "cannot be read as an image", "--skip-unreadable" ) );
		all.add( arguments( "batch-unreadable-skipped", "the same with --skip-unreadable (reported, counted)", REFUSED, "img0.tif", dir -> {
			evaluation( dir, 2 );
			CatalogueFiles.text( dir.resolve( "A" ), "img0.tif", "damaged" );
			return evaluate( dir, "--skip-unreadable", null );
		}, "could not be read" ) );
		all.add( arguments( "batch-duplicate-names", "two algorithms of the same name", REFUSED, "A", dir -> {
			evaluation( dir, 1 );
			return evaluate( dir, "--restored", "A=" + dir.resolve( "ref" ) );
		}, "Two algorithms are named" ) );
		all.add( arguments( "batch-out-is-input", "an output folder that is an input folder", USAGE, "ref", dir -> {
			evaluation( dir, 1 );
			return evaluate( dir, "--out", dir.resolve( "ref" ).toString() );
		}, "input" ) );
		all.add( arguments( "batch-out-is-file", "an output folder that is a file", REFUSED, "out", dir -> {
			evaluation( dir, 1 );
			CatalogueFiles.text( dir, "out", "a file" );
			return evaluate( dir );
		}, "not a folder" ) );
		all.add( arguments( "batch-existing-outputs", "existing result files without --overwrite", USAGE, "per-image.csv", dir -> {
			evaluation( dir, 1 );
			CatalogueFiles.text( dir.resolve( "out" ), "per-image.csv", "earlier results\n" );
			return evaluate( dir );
		}, "--overwrite" ) );
		all.add( arguments( "batch-negative-threads", "a negative thread count", USAGE, "--threads", dir -> {
			evaluation( dir, 1 );
			return evaluate( dir, "--threads", "-1" );
		}, "threads" ) );
		all.add( arguments( "batch-huge-bootstrap", "a bootstrap of a billion resamples", USAGE, "1000000000", dir -> {
			evaluation( dir, 1 );
			return evaluate( dir, "--bootstrap", "1000000000" );
		}, "bootstrap" ) );
		all.add( arguments( "batch-negative-bootstrap", "a negative bootstrap count", USAGE, "--bootstrap", dir -> {
			evaluation( dir, 1 );
			return evaluate( dir, "--bootstrap", "-5" );
		}, "bootstrap" ) );
		all.add( arguments( "batch-unknown-protocol", "an unknown protocol", USAGE, "ntire", dir -> {
			evaluation( dir, 1 );
			return evaluate( dir, "--protocol", "ntire" );
		}, "protocol" ) );
		all.add( arguments( "batch-set-level-axis", "a set-level metric as an axis", USAGE, "nss-fd", dir -> {
			evaluation( dir, 1 );
			return evaluate( dir, "--y", "nss-fd" );
		}, "axis" ) );
		all.add( arguments( "batch-seed-not-a-number", "a bootstrap seed that is not a number", USAGE, "--seed", dir -> {
			evaluation( dir, 1 );
			return evaluate( dir, "--seed", "lucky" );
		}, "seed" ) );
		all.add( arguments( "sweep-no-steps", "a sweep of 0 steps", USAGE, "--steps", dir -> {
			evaluation( dir, 1 );
			return new String[] { "sweep", "--reference", dir.resolve( "ref" ).toString(), "--low", "L=" + dir.resolve( "A" ), "--high", "H=" + dir
					.resolve( "A" ), "--steps", "0", "--x", "rmse", "--y", "brisque", "--out", dir.resolve( "out" ).toString() };
		}, "steps" ) );
		all.add( arguments( "sweep-without-high", "a sweep without its high-perception output", USAGE, "--high", dir -> {
			evaluation( dir, 1 );
			return new String[] { "sweep", "--reference", dir.resolve( "ref" ).toString(), "--low", "L=" + dir.resolve( "A" ), "--x", "rmse", "--y",
					"brisque", "--out", dir.resolve( "out" ).toString() };
		}, "needs" ) );
		all.add( arguments( "train-empty-folder", "a training folder without images", REFUSED, "pristine", dir -> {
			Files.createDirectories( dir.resolve( "pristine" ) );
			return new String[] { "train-niqe", "--out", dir.resolve( "model.mat" ).toString(), dir.resolve( "pristine" ).toString() };
		}, "no image" ) );
		all.add( arguments( "train-no-sharp-blocks", "a training set of constant images", REFUSED, "sharp", dir -> {
			tiff( dir.resolve( "pristine" ), "flat.tif", constant( 200, 200, 128 ) );
			return new String[] { "train-niqe", "--out", dir.resolve( "model.mat" ).toString(), dir.resolve( "pristine" ).toString() };
		}, "blocks" ) );
		all.add( arguments( "train-unreadable-file", "a training folder with a file that is no image", REFUSED, "notes.png", dir -> {
			tiff( dir.resolve( "pristine" ), "a.tif", scene( 200, 200, 45 ) );
			CatalogueFiles.text( dir.resolve( "pristine" ), "notes.png", "not an image" );
			return new String[] { "train-niqe", "--out", dir.resolve( "model.mat" ).toString(), dir.resolve( "pristine" ).toString() };
		}, "cannot be read as an image", "--skip-unreadable" ) );
		all.add( arguments( "train-odd-block-size", "an odd NIQE block size", USAGE, "not 9", dir -> {
			tiff( dir.resolve( "pristine" ), "a.tif", scene( 200, 200, 42 ) );
			return new String[] { "train-niqe", "--block-size", "9", "--out", dir.resolve( "model.mat" ).toString(), dir.resolve( "pristine" )
					.toString() };
		}, "block size", "even" ) );
		all.add( arguments( "train-existing-model", "an existing model file without --overwrite", USAGE, "model.mat", dir -> {
			tiff( dir.resolve( "pristine" ), "a.tif", scene( 200, 200, 43 ) );
			CatalogueFiles.text( dir, "model.mat", "an earlier model" );
			return new String[] { "train-niqe", "--out", dir.resolve( "model.mat" ).toString(), dir.resolve( "pristine" ).toString() };
		}, "--overwrite" ) );
		all.add( arguments( "features-unknown-kind", "an unknown kind of features", USAGE, "hog", dir -> new String[] { "features", "--kind", "hog",
				ref( dir ) }, "kind" ) );
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
		}, rule );
	}

	private static BadInput vggWeights( final String id, final String description, final FileMaker weights, final String rule )
	{
		return new BadInput( MODEL_PREFIX + "vgg-" + id, description, REFUSED, dir -> {
			final Path file = weights.make( dir );
			return Invocation.pair( new Pair( "vgg22", Paths.get( ref( dir ) ), tiff( dir, "restored.tif", scene( SIDE, SIDE, 46 ) ), Double.NaN,
					0, file, file ) );
		}, rule );
	}
}
