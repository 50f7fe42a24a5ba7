package io.github.pdplane.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.ByteProcessor;

import io.github.pdplane.image.Convention;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.io.imagej.ImageFiles;
import io.github.pdplane.io.mat.MatWriter;
import io.github.pdplane.nr.MultivariateGaussian;
import io.github.pdplane.nr.Niqe;
import io.github.pdplane.nr.NiqeModel;
import io.github.pdplane.nr.NiqeTraining;
import io.github.pdplane.setlevel.SetDistances.Distance;
import io.github.pdplane.setlevel.SetDistances.FeatureSet;

/** NIQE, NIQE training and the set distances on the command line: the library's values, the files, the messages. */
class NiqeCliTest
{
	private static final Path DATA = Paths.get( "src/test/resources/reference-data" );

	private static final String[] TID = { "I03", "I04", "I06", "I08", "I19" };

	private static final String[] EXAMPLES = { "image1", "image2", "image3", "image4" };

	private static Path tid( final String folder, final String image )
	{
		return DATA.resolve( "tid2013-pairs" ).resolve( folder ).resolve( image + ".bmp" );
	}

	private static Path example( final String image )
	{
		return DATA.resolve( "niqe-examples" ).resolve( image + ".bmp" );
	}

	private static Plane gray( final Path file )
	{
		return Preparation.defaults().prepare( ImageFiles.open( file ), 0 )[ 0 ];
	}

	private static String s( final Path p )
	{
		return p.toString();
	}

	/** An 8-bit TIFF of a grey plane (values 0..255). */
	private static Path save( final Path dir, final String name, final Plane plane )
	{
		final ByteProcessor ip = new ByteProcessor( plane.width(), plane.height() );
		for ( int i = 0; i < plane.size(); i++ )
			ip.set( i, ( int ) plane.values()[ i ] );
		final Path file = dir.resolve( name );
		assertTrue( new FileSaver( new ImagePlus( name, ip ) ).saveAsTiff( file.toString() ), "could not write " + file );
		return file;
	}

	private static Plane noisy( final Plane p, final double sigma, final long seed )
	{
		final Random random = new Random( seed );
		final double[] v = p.values().clone();
		for ( int i = 0; i < v.length; i++ )
			v[ i ] = Math.min( 255, Math.max( 0, Math.rint( v[ i ] + sigma * random.nextGaussian() ) ) );
		return new Plane( p.width(), p.height(), v );
	}

	private static double lastValue( final String line )
	{
		return Double.parseDouble( line.substring( line.lastIndexOf( ',' ) + 1 ) );
	}

	// ---- score --metrics niqe

	/** No reference, one row per image, exactly the library's NIQE (the published values are checked in ScoreSubcommandTest). */
	@Test
	void niqeRowsAreTheLibrarysWithoutAReference() throws IOException
	{
		final List< String > args = new ArrayList<>( Arrays.asList( "score", "--metrics", "niqe" ) );
		final List< Path > images = new ArrayList<>();
		for ( final String t : TID )
			images.add( tid( "dist", t ) );
		for ( final String e : EXAMPLES )
			images.add( example( e ) );
		images.forEach( p -> args.add( s( p ) ) );
		final Map< Path, String > before = CliRun.checksums( DATA );
		final CliRun run = CliRun.of( args.toArray( new String[ 0 ] ) );
		assertEquals( Main.OK, run.exit, run::toString );
		assertEquals( "", run.err );
		final List< String > lines = run.outLines();
		assertEquals( "image,niqe", lines.get( 0 ) );
		assertEquals( images.size() + 1, lines.size() );
		final Niqe live = new Niqe();
		for ( int i = 0; i < images.size(); i++ )
			assertEquals( s( images.get( i ) ) + "," + live.score( s( images.get( i ) ), gray( images.get( i ) ), 255 ), lines.get( i + 1 ) );
		assertEquals( before, CliRun.checksums( DATA ) );
	}

	/** The PIRM way: Y of rgb2ycbcr with a 4-pixel shave; and a reference given to no-reference metrics is only noted. */
	@Test
	void conventionAndShaveReachNiqe()
	{
		final Path image = tid( "dist", "I04" );
		final CliRun run = CliRun.of( "score", "--metrics", "niqe", "--convention", "y", "--shave", "4", "--reference", s( tid( "ref", "I04" ) ),
				s( image ) );
		assertEquals( Main.OK, run.exit, run::toString );
		final Preparation pirm = new Preparation( Convention.Y, 4, Double.NaN );
		assertEquals( new Niqe().score( "I04", pirm.prepare( ImageFiles.open( image ), 0 ), 255 ), lastValue( run.outLines().get( 1 ) ), 0 );
		assertEquals( Collections.singletonList( "note: --reference is not used: niqe need(s) no reference." ), run.errLines() );
	}

	/** Full-reference and no-reference metrics in one table, in the order asked for. */
	@Test
	void niqeBesideFullReferenceMetrics()
	{
		final CliRun run = CliRun.of( "score", "--metrics", "psnr,niqe", "--reference", s( tid( "ref", "I06" ) ), s( tid( "dist", "I06" ) ) );
		assertEquals( Main.OK, run.exit, run::toString );
		assertEquals( "image,psnr,niqe", run.outLines().get( 0 ) );
		final String[] cells = run.outLines().get( 1 ).split( "," );
		final CliRun psnr = CliRun.of( "score", "--metrics", "psnr", "--reference", s( tid( "ref", "I06" ) ), s( tid( "dist", "I06" ) ) );
		assertEquals( lastValue( psnr.outLines().get( 1 ) ), Double.parseDouble( cells[ 1 ] ), 0 );
		assertEquals( new Niqe().score( "I06", gray( tid( "dist", "I06" ) ), 255 ), Double.parseDouble( cells[ 2 ] ), 0 );
	}

	// ---- train-niqe and --niqe-model

	/**
	 * The model file is the library's model of the same images, loads, scores with --niqe-model as the
	 * library scores with it, and is never replaced without --overwrite.
	 */
	@Test
	void trainNiqeWritesTheLibrarysModelAndRefusesToOverwrite( @TempDir final Path dir ) throws IOException
	{
		final Path folder = Files.createDirectories( dir.resolve( "pristine" ) );
		for ( final String e : EXAMPLES )
			Files.copy( example( e ), folder.resolve( e + ".bmp" ) );
		Files.write( folder.resolve( "notes.txt" ), Arrays.asList( "not an image" ) );
		final Path model = dir.resolve( "model.mat" );
		final CliRun run = CliRun.of( "train-niqe", "--out", s( model ), s( folder ) );
		assertEquals( Main.OK, run.exit, run::toString );
		assertEquals( Collections.singletonList( "note: skipped '" + folder.resolve( "notes.txt" ) + "': not an image file." ), run.errLines() );

		final NiqeTraining training = new NiqeTraining();
		for ( final String e : EXAMPLES )
			training.add( e, gray( example( e ) ), 255 );
		final NiqeModel expected = training.model();
		final NiqeModel written = NiqeModel.load( model );
		assertEquals( 96, written.blockSize() );
		assertEquals( 0.75, written.sharpnessThreshold(), 0 );
		assertGaussiansEqual( expected.gaussian(), written.gaussian() );
		final List< String > out = run.outLines();
		assertEquals( EXAMPLES.length + 1, out.size(), run::toString );
		assertTrue( out.get( 0 ).startsWith( s( folder.resolve( "image1.bmp" ) ) + ": 40 blocks, " ), out.get( 0 ) );
		assertTrue( out.get( EXAMPLES.length ).startsWith( "NIQE model written to " + model + ": 4 image(s), 190 blocks of 96x96 pixels" ),
				out.get( EXAMPLES.length ) );
		assertTrue( out.get( EXAMPLES.length ).endsWith( "the model rests on " + training.usableBlockCount() + " blocks." ) );

		final CliRun scored = CliRun.of( "score", "--metrics", "niqe", "--niqe-model", s( model ), s( example( "image2" ) ) );
		assertEquals( Main.OK, scored.exit, scored::toString );
		assertEquals( new Niqe( expected ).score( "image2", gray( example( "image2" ) ), 255 ), lastValue( scored.outLines().get( 1 ) ), 0 );

		final Map< Path, String > before = CliRun.checksums( dir );
		CliRun.of( "train-niqe", "--out", s( model ), "--block-size", "48", s( example( "image1" ) ) ).assertOneError( Main.USAGE,
				"'" + model + "' already exists; pass --overwrite to replace it." );
		assertEquals( before, CliRun.checksums( dir ) );
		final CliRun replaced = CliRun.of( "train-niqe", "--out", s( model ), "--overwrite", "--block-size", "48", s( example( "image1" ) ),
				s( example( "image2" ) ) );
		assertEquals( Main.OK, replaced.exit, replaced::toString );
		assertEquals( 48, NiqeModel.load( model ).blockSize() );
		try ( java.util.stream.Stream< Path > files = Files.list( dir ) )
		{
			assertEquals( 2, files.count(), "no temporary file left behind" );
		}
	}

	/** Block size, threshold and convention reach the training. */
	@Test
	void trainingOptions( @TempDir final Path dir )
	{
		final Path model = dir.resolve( "y.mat" );
		final CliRun run = CliRun.of( "train-niqe", "--out", s( model ), "--block-size", "64", "--sharpness-threshold", "0.5", "--convention", "y",
				s( example( "image1" ) ), s( example( "image4" ) ) );
		assertEquals( Main.OK, run.exit, run::toString );
		final Preparation y = new Preparation( Convention.Y, 0, Double.NaN );
		final NiqeTraining training = new NiqeTraining( 64, 0.5 ).add( "1", y.prepare( ImageFiles.open( example( "image1" ) ), 0 )[ 0 ], 255 )
				.add( "4", y.prepare( ImageFiles.open( example( "image4" ) ), 0 )[ 0 ], 255 );
		final NiqeModel written = NiqeModel.load( model );
		assertEquals( 64, written.blockSize() );
		assertGaussiansEqual( training.model().gaussian(), written.gaussian() );
		CliRun.of( "train-niqe", "--out", s( model ), "--convention", "rgb", s( example( "image1" ) ) ).assertOneError( Main.USAGE,
				"train-niqe takes convention gray or y, not rgb." );
		CliRun.of( "train-niqe", "--out", s( dir.resolve( "t.mat" ) ), "--sharpness-threshold", "1", s( example( "image1" ) ) ).assertOneError(
				Main.USAGE, "sharpness threshold", "below 1" );
		CliRun.of( "train-niqe", "--out", s( dir.resolve( "t.mat" ) ), "--block-size", "95", s( example( "image1" ) ) ).assertOneError( Main.USAGE,
				"block size must be even" );
		CliRun.of( "train-niqe", s( example( "image1" ) ) ).assertOneError( Main.USAGE, "train-niqe needs --out MODEL" );
	}

	private static void assertGaussiansEqual( final MultivariateGaussian expected, final MultivariateGaussian actual )
	{
		assertArrayEquals( expected.mean(), actual.mean(), 0 );
		for ( int i = 0; i < expected.dimension(); i++ )
			assertArrayEquals( expected.covariance()[ i ], actual.covariance()[ i ], 0 );
	}

	/** Too few sharp blocks, or an image that fails: a message, and no file. */
	@Test
	void noModelFromUnusableTrainingSets( @TempDir final Path dir )
	{
		final Path model = dir.resolve( "m.mat" );
		CliRun.of( "train-niqe", "--out", s( model ), s( example( "image4" ) ) ).assertOneError( Main.INPUT_FAILED,
				"Too few sharp blocks to train a NIQE model: 1 image(s) gave 70 blocks of 96x96 pixels", "at least 37" );
		assertFalse( Files.exists( model ) );
		final Path tiny = save( dir, "tiny.tif", noisy( constant( 80, 60, 100 ), 20, 1 ) );
		final CliRun run = CliRun.of( "train-niqe", "--out", s( model ), s( example( "image1" ) ), s( tiny ), s( dir.resolve( "missing.png" ) ) );
		assertEquals( Main.INPUT_FAILED, run.exit, run::toString );
		assertEquals( Arrays.asList( "error: '" + tiny + "' is 80x60, smaller than one 96x96 NIQE block: train with a smaller block size, or leave"
				+ " it out.", "error: '" + dir.resolve( "missing.png" ) + "' does not exist.",
				"error: no model written: 2 of 3 image(s) could not be used (see above); leave them out or fix them." ), run.errLines() );
		assertFalse( Files.exists( model ) );
		run.assertNoStackTrace();
	}

	/** A model file that is missing, not a MAT-file, damaged or of the wrong shape: one message naming it, before any CSV. */
	@Test
	void badModelFiles( @TempDir final Path dir ) throws IOException
	{
		final String image = s( example( "image1" ) );
		final Path missing = dir.resolve( "missing.mat" );
		final Path notMat = Files.copy( example( "image1" ), dir.resolve( "picture.mat" ) );
		final Path good = dir.resolve( "good.mat" );
		NiqeModel.live().save( good );
		final byte[] bytes = Files.readAllBytes( good );
		final Path damaged = dir.resolve( "damaged.mat" );
		Files.write( damaged, Arrays.copyOf( bytes, bytes.length / 2 ) );
		final Path shape = dir.resolve( "shape.mat" );
		new MatWriter( "wrong shape" ).add( "mu_prisparam", 1, 18, new double[ 18 ] ).add( "cov_prisparam", 18, 18, new double[ 18 * 18 ] )
				.write( shape );
		final Path empty = dir.resolve( "other.mat" );
		new MatWriter( "other" ).addScalar( "x", 1 ).write( empty );
		final Object[][] cases = { { missing, "The NIQE model file '" + missing + "' does not exist." },
				{ notMat, "'" + notMat + "' is not a MATLAB MAT-file" }, { damaged, "'" + damaged + "' is truncated or damaged" },
				{ shape, "its mu_prisparam is 1x18 double, but a NIQE model needs 1x36" },
				{ empty, "it needs the variables mu_prisparam (1x36) and cov_prisparam (36x36) of a NIQE model, but it holds x." },
				{ dir, "'" + dir + "' is a folder" } };
		for ( final Object[] c : cases )
		{
			final CliRun run = CliRun.of( "score", "--metrics", "niqe", "--niqe-model", s( ( Path ) c[ 0 ] ), image );
			run.assertOneError( Main.INPUT_FAILED, ( String ) c[ 1 ] );
			assertEquals( "", run.out, "no CSV after a bad model" );
		}
		CliRun.of( "score", "--metrics", "ssim", "--niqe-model", s( good ), "--reference", image, image ).assertOneError( Main.USAGE,
				"--niqe-model is the model of niqe" );
	}

	// ---- bad images (issue 3, point 5)

	private static Plane constant( final int w, final int h, final double v )
	{
		final double[] a = new double[ w * h ];
		Arrays.fill( a, v );
		return new Plane( w, h, a );
	}

	/** Below 192x192 (after the shave), constant: one message each naming the image and the rule; the others are scored. */
	@Test
	void smallAndConstantImages( @TempDir final Path dir )
	{
		final Path small = save( dir, "small.tif", noisy( constant( 400, 191, 100 ), 30, 2 ) );
		final Path flat = save( dir, "flat.tif", constant( 256, 256, 7 ) );
		final Path edge = save( dir, "edge.tif", noisy( constant( 200, 200, 100 ), 30, 3 ) );
		final Path good = tid( "dist", "I08" );
		final Map< Path, String > before = CliRun.checksums( dir );
		final CliRun run = CliRun.of( "score", "--metrics", "niqe", s( small ), s( flat ), s( good ) );
		assertEquals( Main.INPUT_FAILED, run.exit, run::toString );
		assertEquals( Arrays.asList( "error: '" + small + "' is 400x191; NIQE needs at least 192x192 pixels (two 96x96 blocks in each direction,"
				+ " so that its block features have a covariance).", "error: '" + flat + "' is constant (every pixel 7): NIQE cannot score it, since"
						+ " none of its blocks has structure (its natural-scene statistics are undefined)." ), run.errLines() );
		assertEquals( Arrays.asList( "image,niqe", s( good ) + "," + new Niqe().score( "I08", gray( good ), 255 ) ), run.outLines() );
		CliRun.of( "score", "--metrics", "niqe", "--shave", "5", s( edge ) ).assertOneError( Main.INPUT_FAILED,
				"'" + edge + "' is 190x190 after a 5-pixel shave; NIQE needs at least 192x192" );
		assertEquals( before, CliRun.checksums( dir ) );
	}

	// ---- set-level metrics

	/** The distances of a set from itself are 0; the row is the last one, its other cells empty. */
	@Test
	void aSetAgainstItselfIsAtDistanceZero()
	{
		final List< String > args = new ArrayList<>( Arrays.asList( "score", "--metrics", "niqe,nss-fd,niqe-ref", "--reference-set",
				s( DATA.resolve( "tid2013-pairs/ref" ) ) ) );
		for ( final String t : TID )
			args.add( s( tid( "ref", t ) ) );
		final CliRun run = CliRun.of( args.toArray( new String[ 0 ] ) );
		assertEquals( Main.OK, run.exit, run::toString );
		assertEquals( "", run.err );
		final List< String > lines = run.outLines();
		assertEquals( TID.length + 2, lines.size(), run::toString );
		assertEquals( "image,niqe,nss-fd,niqe-ref", lines.get( 0 ) );
		assertTrue( lines.get( 1 ).startsWith( s( tid( "ref", "I03" ) ) + "," ) && lines.get( 1 ).endsWith( ",," ), lines.get( 1 ) );
		final String[] set = lines.get( TID.length + 1 ).split( ",", -1 );
		assertEquals( Arrays.asList( "(set)", "" ), Arrays.asList( set[ 0 ], set[ 1 ] ) );
		assertEquals( 0, Double.parseDouble( set[ 2 ] ), 1e-9 );
		assertEquals( 0, Double.parseDouble( set[ 3 ] ), 1e-9 );
	}

	/**
	 * The set row is the library's distance between the pooled features, the reference set given as
	 * files and as a stack-free folder alike; noise moves the restored set away.
	 */
	@Test
	void setDistancesAreTheLibrarysAndGrowWithNoise( @TempDir final Path dir )
	{
		final FeatureSet reference = new FeatureSet( "reference set" );
		final List< String > refs = new ArrayList<>();
		for ( final String t : TID )
		{
			reference.add( t, gray( tid( "ref", t ) ), 255 );
			refs.add( "--reference-set" );
			refs.add( s( tid( "ref", t ) ) );
		}
		double previous = 0;
		for ( final double sigma : new double[] { 5, 10, 20 } )
		{
			final FeatureSet restored = new FeatureSet( "restored set" );
			final List< String > args = new ArrayList<>( Arrays.asList( "score", "--metrics", "nss-fd,niqe-ref" ) );
			args.addAll( refs );
			for ( int i = 0; i < TID.length; i++ )
			{
				final Plane p = noisy( gray( tid( "ref", TID[ i ] ) ), sigma, 10 + i );
				restored.add( TID[ i ], p, 255 );
				args.add( s( save( dir, TID[ i ] + "-" + ( int ) sigma + ".tif", p ) ) );
			}
			final CliRun run = CliRun.of( args.toArray( new String[ 0 ] ) );
			assertEquals( Main.OK, run.exit, run::toString );
			assertEquals( 2, run.outLines().size(), run::toString );
			final String[] row = run.outLines().get( 1 ).split( "," );
			assertEquals( "(set)", row[ 0 ] );
			assertEquals( Distance.NSS_FD.between( reference, restored ), Double.parseDouble( row[ 1 ] ), 0 );
			assertEquals( Distance.NIQE_REF.between( reference, restored ), Double.parseDouble( row[ 2 ] ), 0 );
			assertTrue( Double.parseDouble( row[ 1 ] ) > previous, "nss-fd at sigma " + sigma );
			previous = Double.parseDouble( row[ 1 ] );
		}
	}

	@Test
	void setLevelUsageAndInputErrors( @TempDir final Path dir ) throws IOException
	{
		final String image = s( tid( "dist", "I03" ) );
		CliRun.of( "score", "--metrics", "nss-fd", image ).assertOneError( Main.USAGE, "score needs --reference-set DIR|FILE for the set-level"
				+ " metric(s) nss-fd" );
		CliRun.of( "score", "--metrics", "niqe", "--reference-set", image, image ).assertOneError( Main.USAGE,
				"--reference-set is the reference set of the set-level metrics (niqe-ref, nss-fd), and --metrics names none." );
		final Path empty = Files.createDirectories( dir.resolve( "empty" ) );
		CliRun.of( "score", "--metrics", "nss-fd", "--reference-set", s( empty ), image ).assertOneError( Main.INPUT_FAILED,
				"The folder '" + empty + "' has no image files" );
		final Path flat = save( dir, "flat.tif", constant( 200, 200, 9 ) );
		final CliRun run = CliRun.of( "score", "--metrics", "nss-fd", "--reference-set", s( flat ), image );
		assertEquals( Main.INPUT_FAILED, run.exit, run::toString );
		assertEquals( Arrays.asList( "warning: '" + flat + "' is constant (every pixel 9): its blocks have no structure and add nothing to NSS-FD.",
				"error: The reference set (1 image(s), 4 blocks of 96x96 pixels) has 0 block(s) with structure; a set distance needs at least 2"
						+ " for a covariance. Add images, or non-flat ones." ), run.errLines() );
		// the rule holds for the reference set and for the restored images alike
		final CliRun rgb = CliRun.of( "score", "--metrics", "nss-fd", "--convention", "rgb", "--reference-set", image, image );
		assertEquals( Main.INPUT_FAILED, rgb.exit, rgb::toString );
		assertEquals( Arrays.asList( "error: '" + image + "' is RGB, and convention rgb scores its channels one by one, but the set distances"
				+ " (NSS-FD) pool one plane per image: use convention gray or y for them.", "error: '" + image + "' is RGB, and convention rgb"
						+ " scores its channels one by one, but the set distances (NSS-FD) pool one plane per image: use convention gray or y for"
						+ " them." ),
				rgb.errLines() );
	}

	/**
	 * An empty .png and a text file named .tif in a training folder, a reference-set folder or a features
	 * folder fail the run, each named with why; with --skip-unreadable each is reported, counted and left
	 * out. Notes that are not named like images are still skipped quietly. A folder argument that is a file
	 * says so.
	 */
	@Test
	void unreadableFilesInFoldersFailTheRunUnlessSkipped( @TempDir final Path dir ) throws IOException
	{
		final Path folder = Files.createDirectories( dir.resolve( "pristine" ) );
		for ( final String e : new String[] { "image1", "image2" } )
			Files.copy( example( e ), folder.resolve( e + ".bmp" ) );
		Files.write( folder.resolve( "empty.png" ), new byte[ 0 ] );
		Files.write( folder.resolve( "text.tif" ), Arrays.asList( "not an image" ) );
		Files.write( folder.resolve( "notes.txt" ), Arrays.asList( "not an image" ) );
		final String refusal = "The folder '" + folder + "' has 2 files that cannot be read as images: '" + folder.resolve( "empty.png" )
				+ "': it is empty (0 bytes); '" + folder.resolve( "text.tif" ) + "': it is not an image file ImageJ reads (TIFF, PNG, BMP, GIF,"
				+ " JPEG, PGM, FITS, DICOM). Fix or remove them, or ask to skip unreadable files (--skip-unreadable on the command line,"
				+ " \"Skip unreadable files\" in ImageJ): skipped files are reported and counted.";
		final List< String > skipped = Arrays.asList( "note: skipped '" + folder.resolve( "notes.txt" ) + "': not an image file.",
				"warning: skipped '" + folder.resolve( "empty.png" ) + "': it is empty (0 bytes).", "warning: skipped '" + folder.resolve(
						"text.tif" ) + "': it is not an image file ImageJ reads (TIFF, PNG, BMP, GIF, JPEG, PGM, FITS, DICOM)." );
		final Path model = dir.resolve( "model.mat" );

		final CliRun refused = CliRun.of( "train-niqe", "--out", s( model ), s( folder ) );
		assertEquals( Main.INPUT_FAILED, refused.exit, refused::toString );
		assertEquals( "error: " + refusal, refused.errLines().get( refused.errLines().size() - 1 ) );
		assertFalse( Files.exists( model ) );
		final CliRun trained = CliRun.of( "train-niqe", "--out", s( model ), "--skip-unreadable", s( folder ) );
		assertEquals( Main.OK, trained.exit, trained::toString );
		assertEquals( skipped, trained.errLines() );
		assertTrue( trained.outLines().get( 2 ).startsWith( "NIQE model written to " + model + ": 2 image(s)," ), trained.out );
		assertTrue( trained.outLines().get( 2 ).endsWith( "; 2 unreadable file(s) skipped" ), trained.out );

		final String image = s( example( "image3" ) );
		final CliRun set = CliRun.of( "score", "--metrics", "nss-fd", "--reference-set", s( folder ), image );
		assertEquals( Main.INPUT_FAILED, set.exit, set::toString );
		assertEquals( "error: " + refusal, set.errLines().get( set.errLines().size() - 1 ) );
		final CliRun setSkipping = CliRun.of( "score", "--metrics", "nss-fd", "--reference-set", s( folder ), "--skip-unreadable", image );
		assertEquals( Main.OK, setSkipping.exit, setSkipping::toString );
		final List< String > withCount = new ArrayList<>( skipped );
		withCount.add( "warning: 2 unreadable file(s) skipped (see above)." );
		assertEquals( withCount, setSkipping.errLines() );
		assertEquals( 2, setSkipping.outLines().size(), setSkipping.out ); // the header and the set row

		final CliRun features = CliRun.of( "features", "--kind", "ma", s( folder ) );
		assertEquals( Main.INPUT_FAILED, features.exit, features::toString );
		assertEquals( "error: " + refusal, features.errLines().get( features.errLines().size() - 1 ) );

		final Path file = Files.write( dir.resolve( "a-file" ), new byte[] { 1 } );
		CliRun.of( "train-niqe", "--out", s( model ), "--overwrite", s( file ) + "/" ).assertOneError( Main.INPUT_FAILED, "'" + file
				+ "/' is not a folder." );
		final CliRun under = CliRun.of( "train-niqe", "--out", s( model ), "--overwrite", s( file.resolve( "inside.png" ) ) );
		assertEquals( "error: '" + file.resolve( "inside.png" ) + "' does not exist: '" + file + "' is a file, not a folder.", under.errLines()
				.get( 0 ), under::toString );
	}
}
