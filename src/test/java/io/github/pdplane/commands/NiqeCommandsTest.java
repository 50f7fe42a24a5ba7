package io.github.pdplane.commands;

import static io.github.pdplane.commands.CommandHarness.cancelReason;
import static io.github.pdplane.commands.CommandHarness.grey8;
import static io.github.pdplane.commands.CommandHarness.pixels;
import static io.github.pdplane.commands.CommandHarness.samePixels;
import static io.github.pdplane.commands.CommandHarness.table;
import static io.github.pdplane.commands.CommandHarness.value;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.module.Module;

import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.ResultsTable;

import io.github.pdplane.image.Convention;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.io.imagej.ImageFiles;
import io.github.pdplane.io.imagej.ImagePlusSource;
import io.github.pdplane.nr.MultivariateGaussian;
import io.github.pdplane.nr.Niqe;
import io.github.pdplane.nr.NiqeModel;
import io.github.pdplane.nr.NiqeTraining;
import io.github.pdplane.setlevel.SetDistances.Distance;
import io.github.pdplane.setlevel.SetDistances.FeatureSet;

/** The NIQE, Train NIQE Model and NIQE Set Distances commands: the library's values, the files, the table, untouched inputs. */
class NiqeCommandsTest
{
	private static final Path DATA = Paths.get( "src/test/resources/reference-data" );

	private static final String[] EXAMPLES = { "image1", "image2", "image3", "image4" };

	private static CommandHarness harness;

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

	private static Path example( final String name )
	{
		return DATA.resolve( "niqe-examples" ).resolve( name + ".bmp" );
	}

	private static ImagePlus open( final Path file )
	{
		return ImageFiles.openImagePlus( file );
	}

	private static Plane gray( final ImagePlus imp )
	{
		return Preparation.defaults().prepare( new ImagePlusSource( imp ), 0 )[ 0 ];
	}

	/** The value and the row are the library's NIQE; the reference cell is empty; the image is unchanged. */
	@Test
	void niqeIsTheLibrarys()
	{
		final ImagePlus image = open( example( "image1" ) );
		final Object[] before = pixels( image );
		final ResultsTable t = table();
		final int first = t.size();
		final Module m = harness.run( NiqeCommand.class, "restored", image );
		assertNull( cancelReason( m ) );
		final double expected = new Niqe().score( "image1", gray( image ), 255 );
		assertEquals( expected, value( m ), 0 );
		assertEquals( 5.0290, value( m ), 1e-3 ); // the MATLAB release
		assertEquals( first + 1, t.size() );
		assertEquals( expected, t.getValue( "NIQE", first ), 0 );
		assertEquals( "image1.bmp", t.getStringValue( PdResultsTable.RESTORED, first ) );
		assertEquals( "", t.getStringValue( PdResultsTable.REFERENCE, first ) );
		assertEquals( "gray", t.getStringValue( PdResultsTable.CONVENTION, first ) );
		assertEquals( "", t.getStringValue( PdResultsTable.OPTIONS, first ) );
		assertTrue( samePixels( before, image ) );
	}

	/** PIRM's convention; a stack gives a row per slice and the mean. */
	@Test
	void conventionShaveAndStacks()
	{
		final ImagePlus image = open( DATA.resolve( "tid2013-pairs/dist/I04.bmp" ) );
		final Module y = harness.run( NiqeCommand.class, "restored", image, "convention", "y", "shave", 4 );
		final Preparation pirm = new Preparation( Convention.Y, 4, Double.NaN );
		assertEquals( new Niqe().score( "I04", pirm.prepare( new ImagePlusSource( image ), 0 ), 255 ), value( y ), 0 );

		final ImagePlus a = open( example( "image1" ) ), b = open( example( "image2" ) );
		final ImageStack stack = new ImageStack( a.getWidth(), a.getHeight() );
		stack.addSlice( a.getProcessor() );
		stack.addSlice( b.getProcessor() );
		final ResultsTable t = table();
		final int first = t.size();
		final Module m = harness.run( NiqeCommand.class, "restored", new ImagePlus( "pair", stack ) );
		final double na = new Niqe().score( "a", gray( a ), 255 ), nb = new Niqe().score( "b", gray( b ), 255 );
		assertEquals( ( na + nb ) / 2, value( m ), 1e-12 );
		assertEquals( first + 3, t.size() );
		assertEquals( Arrays.asList( "1", "2", PdResultsTable.MEAN ), Arrays.asList( t.getStringValue( PdResultsTable.SLICE, first ),
				t.getStringValue( PdResultsTable.SLICE, first + 1 ), t.getStringValue( PdResultsTable.SLICE, first + 2 ) ) );
		assertEquals( nb, t.getValue( "NIQE", first + 1 ), 0 );
	}

	/** The model parameter: a trained model scores as the library scores with it; a bad file cancels with its message. */
	@Test
	void niqeModelParameter( @TempDir final Path dir ) throws IOException
	{
		final NiqeTraining training = new NiqeTraining();
		for ( final String e : EXAMPLES )
			training.add( e, gray( open( example( e ) ) ), 255 );
		final Path file = dir.resolve( "examples.mat" );
		training.model().save( file );
		final ImagePlus image = open( example( "image3" ) );
		final Module m = harness.run( NiqeCommand.class, "restored", image, "niqeModel", file.toFile() );
		assertNull( cancelReason( m ) );
		assertEquals( new Niqe( training.model() ).score( "image3", gray( image ), 255 ), value( m ), 0 );
		final ResultsTable t = table();
		assertEquals( "NIQE: model=examples.mat", t.getStringValue( PdResultsTable.OPTIONS, t.size() - 1 ) );

		final Module missing = harness.run( NiqeCommand.class, "restored", image, "niqeModel", dir.resolve( "none.mat" ).toFile() );
		assertEquals( "The NIQE model file '" + dir.resolve( "none.mat" ) + "' does not exist.", cancelReason( missing ) );
		assertTrue( Double.isNaN( value( missing ) ) );
		final Path notAModel = Files.copy( example( "image1" ), dir.resolve( "image.mat" ) );
		assertTrue( cancelReason( harness.run( NiqeCommand.class, "restored", image, "niqeModel", notAModel.toFile() ) )
				.contains( "is not a MATLAB MAT-file" ) );
		// an empty path is the bundled model
		assertEquals( new Niqe().score( "image3", gray( image ), 255 ),
				value( harness.run( NiqeCommand.class, "restored", image, "niqeModel", new File( "" ) ) ), 0 );
	}

	/** Too small (after the shave), constant: cancelled with the image and the rule. */
	@Test
	void badImages()
	{
		final ImagePlus small = grey8( "small", 300, 191, CommandHarness::texture );
		assertEquals( "'small' is 300x191; NIQE needs at least 192x192 pixels (two 96x96 blocks in each direction, so that its block features"
				+ " have a covariance).", cancelReason( harness.run( NiqeCommand.class, "restored", small ) ) );
		final ImagePlus edge = grey8( "edge", 200, 200, CommandHarness::texture );
		assertTrue( cancelReason( harness.run( NiqeCommand.class, "restored", edge, "shave", 5 ) ).startsWith(
				"'edge' is 190x190 after a 5-pixel shave; NIQE needs at least 192x192" ) );
		final ImagePlus flat = grey8( "flat", 200, 200, ( x, y ) -> 90 );
		assertTrue( cancelReason( harness.run( NiqeCommand.class, "restored", flat ) ).startsWith(
				"'flat' is constant (every pixel 90): NIQE cannot score it" ) );
		assertEquals( "Choose a restored image (open it first).", cancelReason( harness.run( NiqeCommand.class ) ) );
	}

	// ---- Train NIQE Model

	private static Path pristineFolder( final Path dir ) throws IOException
	{
		final Path folder = Files.createDirectories( dir.resolve( "pristine" ) );
		for ( final String e : EXAMPLES )
			Files.copy( example( e ), folder.resolve( e + ".bmp" ) );
		return folder;
	}

	/** Every file's bytes, to show that a command left a folder as it was. */
	private static Map< Path, List< Byte > > contents( final Path folder ) throws IOException
	{
		final Map< Path, List< Byte > > all = new TreeMap<>();
		try ( Stream< Path > files = Files.list( folder ) )
		{
			for ( final Path p : ( Iterable< Path > ) files::iterator )
			{
				final List< Byte > bytes = new ArrayList<>();
				for ( final byte b : Files.readAllBytes( p ) )
					bytes.add( b );
				all.put( p, bytes );
			}
		}
		return all;
	}

	private static void assertSameModel( final NiqeModel expected, final NiqeModel actual )
	{
		final MultivariateGaussian e = expected.gaussian(), a = actual.gaussian();
		assertArrayEquals( e.mean(), a.mean(), 0 );
		for ( int i = 0; i < e.dimension(); i++ )
			assertArrayEquals( e.covariance()[ i ], a.covariance()[ i ], 0 );
		assertEquals( expected.blockSize(), actual.blockSize() );
	}

	/** A folder gives the library's model of its images; the files are unchanged; the model is not replaced without overwrite. */
	@Test
	void trainingOnAFolderWritesTheLibrarysModel( @TempDir final Path dir ) throws IOException
	{
		final Path folder = pristineFolder( dir );
		final Map< Path, List< Byte > > before = contents( folder );
		final Path model = dir.resolve( "model.mat" );
		final Module m = harness.run( TrainNiqeCommand.class, "folder", folder.toFile(), "model", model.toFile() );
		assertNull( cancelReason( m ) );
		final NiqeTraining training = new NiqeTraining();
		for ( final String e : EXAMPLES )
			training.add( e, gray( open( example( e ) ) ), 255 );
		assertSameModel( training.model(), NiqeModel.load( model ) );
		assertEquals( training.usableBlockCount(), m.getOutput( "blocks" ) );
		assertEquals( before, contents( folder ) );

		// headless, nobody can confirm: an existing model stays unless overwrite is ticked
		final byte[] written = Files.readAllBytes( model );
		final Module again = harness.run( TrainNiqeCommand.class, "folder", folder.toFile(), "model", model.toFile(), "blockSize", 48 );
		assertEquals( "'" + model + "' already exists; tick Overwrite (in a macro: add the key overwrite) to replace it.", cancelReason( again ) );
		assertArrayEquals( written, Files.readAllBytes( model ) );
		final Module replaced = harness.run( TrainNiqeCommand.class, "folder", folder.toFile(), "model", model.toFile(), "blockSize", 48,
				"overwrite", true );
		assertNull( cancelReason( replaced ) );
		assertEquals( 48, NiqeModel.load( model ).blockSize() );
	}

	/** An empty .png in the folder stops the training, naming it; with skipUnreadable the model rests on the other images. */
	@Test
	void anUnreadableFileStopsTheTrainingUnlessSkipped( @TempDir final Path dir ) throws IOException
	{
		final Path folder = pristineFolder( dir );
		Files.write( folder.resolve( "empty.png" ), new byte[ 0 ] );
		final Path model = dir.resolve( "model.mat" );
		final String refused = cancelReason( harness.run( TrainNiqeCommand.class, "folder", folder.toFile(), "model", model.toFile() ) );
		assertTrue( refused.startsWith( "The folder '" + folder + "' has a file that cannot be read as an image: '" + folder.resolve( "empty.png" )
				+ "': it is empty (0 bytes). Fix or remove it, or ask to skip unreadable files" ), refused );
		assertFalse( Files.exists( model ) );
		final Module m = harness.run( TrainNiqeCommand.class, "folder", folder.toFile(), "model", model.toFile(), "skipUnreadable", true );
		assertNull( cancelReason( m ) );
		final NiqeTraining training = new NiqeTraining();
		for ( final String e : EXAMPLES )
			training.add( e, gray( open( example( e ) ) ), 255 );
		assertSameModel( training.model(), NiqeModel.load( model ) );
	}

	/** An open stack (every slice one image), the options, and the refusals. */
	@Test
	void trainingOnAStack( @TempDir final Path dir )
	{
		final ImagePlus a = open( example( "image1" ) ), b = open( example( "image2" ) );
		final ImageStack stack = new ImageStack( a.getWidth(), a.getHeight() );
		stack.addSlice( a.getProcessor() );
		stack.addSlice( b.getProcessor() );
		final ImagePlus pristine = new ImagePlus( "pristine", stack );
		final Object[] before = pixels( pristine );
		final Path model = dir.resolve( "stack.mat" );
		final Module m = harness.run( TrainNiqeCommand.class, "stack", pristine, "model", model.toFile(), "blockSize", 64, "sharpnessThreshold",
				0.5, "convention", "y" );
		assertNull( cancelReason( m ) );
		final Preparation y = new Preparation( Convention.Y, 0, Double.NaN );
		final NiqeTraining training = new NiqeTraining( 64, 0.5 ).add( "a", y.prepare( new ImagePlusSource( a ), 0 )[ 0 ], 255 ).add( "b",
				y.prepare( new ImagePlusSource( b ), 0 )[ 0 ], 255 );
		assertSameModel( training.model(), NiqeModel.load( model ) );
		assertTrue( samePixels( before, pristine ) );

		final Path other = dir.resolve( "other.mat" );
		assertEquals( "Give the pristine images either as a folder or as an open image or stack, not both.", cancelReason( harness.run(
				TrainNiqeCommand.class, "stack", pristine, "folder", dir.toFile(), "model", other.toFile() ) ) );
		assertEquals( "Give the pristine images either as a folder or as an open image or stack.", cancelReason( harness.run(
				TrainNiqeCommand.class, "model", other.toFile() ) ) );
		assertEquals( "Choose the model file to write.", cancelReason( harness.run( TrainNiqeCommand.class, "stack", pristine ) ) );
		assertTrue( cancelReason( harness.run( TrainNiqeCommand.class, "stack", open( example( "image4" ) ), "model", other.toFile() ) )
				.startsWith( "Too few sharp blocks to train a NIQE model" ) );
		assertTrue( cancelReason( harness.run( TrainNiqeCommand.class, "stack", pristine, "model", other.toFile(), "convention", "rgb" ) )
				.startsWith( "Convention rgb is not offered here" ) );
		assertFalse( Files.exists( other ) );
	}

	// ---- NIQE Set Distances

	@Test
	void setDistancesAreTheLibrarys( @TempDir final Path dir ) throws IOException
	{
		final Path folder = pristineFolder( dir );
		final ResultsTable t = table();
		final int first = t.size();
		final Module self = harness.run( NiqeSetDistancesCommand.class, "referenceFolder", folder.toFile(), "restoredFolder", folder.toFile() );
		assertNull( cancelReason( self ) );
		assertEquals( 0, ( Double ) self.getOutput( "nssFd" ), 1e-9 );
		assertEquals( 0, ( Double ) self.getOutput( "niqeRef" ), 1e-9 );
		assertEquals( first + 1, t.size() );
		assertEquals( "pristine", t.getStringValue( PdResultsTable.RESTORED, first ) );
		assertEquals( "pristine", t.getStringValue( PdResultsTable.REFERENCE, first ) );
		assertEquals( ( Double ) self.getOutput( "nssFd" ), t.getValue( "NSS-FD", first ), 0 );

		final ImagePlus a = open( example( "image1" ) ), b = open( example( "image2" ) );
		final ImageStack stack = new ImageStack( a.getWidth(), a.getHeight() );
		stack.addSlice( a.getProcessor() );
		stack.addSlice( b.getProcessor() );
		final Module m = harness.run( NiqeSetDistancesCommand.class, "referenceFolder", folder.toFile(), "restoredStack",
				new ImagePlus( "two", stack ) );
		assertNull( cancelReason( m ) );
		final FeatureSet reference = new FeatureSet( "reference" ), restored = new FeatureSet( "restored" );
		for ( final String e : EXAMPLES )
			reference.add( e, gray( open( example( e ) ) ), 255 );
		restored.add( "a", gray( a ), 255 ).add( "b", gray( b ), 255 );
		assertEquals( Distance.NSS_FD.between( reference, restored ), ( Double ) m.getOutput( "nssFd" ), 0 );
		assertEquals( Distance.NIQE_REF.between( reference, restored ), ( Double ) m.getOutput( "niqeRef" ), 0 );
		assertEquals( "two", t.getStringValue( PdResultsTable.RESTORED, t.size() - 1 ) );
		assertEquals( "Give the restored set either as a folder or as an open image or stack.", cancelReason( harness.run(
				NiqeSetDistancesCommand.class, "referenceFolder", folder.toFile() ) ) );
	}
}
