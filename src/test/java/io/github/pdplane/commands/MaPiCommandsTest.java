package io.github.pdplane.commands;

import static io.github.pdplane.commands.CommandHarness.cancelReason;
import static io.github.pdplane.commands.CommandHarness.grey8;
import static io.github.pdplane.commands.CommandHarness.pixels;
import static io.github.pdplane.commands.CommandHarness.samePixels;
import static io.github.pdplane.commands.CommandHarness.table;
import static io.github.pdplane.commands.CommandHarness.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;

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
import io.github.pdplane.nr.Niqe;
import io.github.pdplane.nr.NiqeModel;
import io.github.pdplane.nr.ma.MaFeatures;
import io.github.pdplane.nr.ma.MaModel;
import io.github.pdplane.nr.ma.MaModelStore;
import io.github.pdplane.nr.ma.MaScore;
import io.github.pdplane.nr.ma.PerceptualIndex;
import io.github.pdplane.nr.ma.SyntheticModel;

/**
 * The Ma et al. and Perceptual Index commands with synthetic models in the authors' layout: the
 * library's values, PI's PIRM defaults, the table layout (a PI row holds its Ma and NIQE terms), the
 * installed model through a store in a temporary folder, the message without a model, untouched inputs.
 */
class MaPiCommandsTest
{
	private static final Path DATA = Paths.get( "src/test/resources/reference-data" );

	private static final Preparation PIRM = new Preparation( Convention.Y, PerceptualIndex.PIRM_SHAVE, Double.NaN );

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

	private static ImagePlus open( final String name )
	{
		return ImageFiles.openImagePlus( DATA.resolve( "tid2013-pairs/dist" ).resolve( name ) );
	}

	private static Plane plane( final Preparation preparation, final ImagePlus imp, final int slice )
	{
		return preparation.prepare( new ImagePlusSource( imp ), slice )[ 0 ];
	}

	private static double ma( final MaModel model, final Preparation preparation, final ImagePlus imp )
	{
		return new MaScore( model ).score( imp.getTitle(), plane( preparation, imp, 0 ), 255 );
	}

	/** A model tuned to the features of {@code imp} under {@code preparation} (see {@link SyntheticModel#tunedTo}). */
	private static Path tunedModel( final Path dir, final String name, final Preparation preparation, final ImagePlus imp )
	{
		return SyntheticModel.tunedTo( MaFeatures.compute( imp.getTitle(), plane( preparation, imp, 0 ), 255 ), dir.resolve( name ) );
	}

	/** A store in {@code dir} with nothing installed and no file named by the environment. */
	private static MaModelStore emptyStore( final Path dir )
	{
		return new MaModelStore( dir.resolve( "models" ), null );
	}

	/** The value and the row are the library's Ma with the given model, gray and no shave by default; the image is unchanged. */
	@Test
	void maIsTheLibrarys( @TempDir final Path dir )
	{
		final ImagePlus image = open( "I04.bmp" );
		final Object[] before = pixels( image );
		final Path file = tunedModel( dir, "tuned.mat", Preparation.defaults(), image );
		final MaModel model = MaModel.load( file );
		final ResultsTable t = table();
		final int first = t.size();
		final Module m = harness.run( MaCommand.class, c -> c.maModelStore = emptyStore( dir ), "restored", image, "maModel", file.toFile() );
		assertNull( cancelReason( m ) );
		final double expected = ma( model, Preparation.defaults(), image );
		assertEquals( expected, value( m ), 0 );
		// the tuned model tells the protocols apart, so the defaults above are checked by the value
		assertNotEquals( expected, ma( model, PIRM, image ) );
		assertEquals( first + 1, t.size() );
		assertEquals( expected, t.getValue( "Ma", first ), 0 );
		assertEquals( "I04.bmp", t.getStringValue( PdResultsTable.RESTORED, first ) );
		assertEquals( "", t.getStringValue( PdResultsTable.REFERENCE, first ) );
		assertEquals( "gray", t.getStringValue( PdResultsTable.CONVENTION, first ) );
		assertEquals( 0, t.getValue( PdResultsTable.SHAVE, first ), 0 );
		assertEquals( "Ma: model=tuned.mat", t.getStringValue( PdResultsTable.OPTIONS, first ) );
		assertTrue( samePixels( before, image ) );

		// the installed model, where no file is given
		final MaModelStore store = emptyStore( dir );
		store.install( file );
		final Module installed = harness.run( MaCommand.class, c -> c.maModelStore = store, "restored", image, "convention", "y", "shave", 4 );
		assertNull( cancelReason( installed ) );
		assertEquals( ma( model, PIRM, image ), value( installed ), 0 );
		assertEquals( "", t.getStringValue( PdResultsTable.OPTIONS, t.size() - 1 ) );
		assertEquals( "y", t.getStringValue( PdResultsTable.CONVENTION, t.size() - 1 ) );
	}

	/**
	 * PI defaults to PIRM's protocol; its value is the library's {@code pi}, and its row also holds the Ma
	 * and NIQE terms (also outputs) of the index.
	 */
	@Test
	void piDefaultsToPirmAndItsRowHoldsItsTerms( @TempDir final Path dir ) throws IOException
	{
		final ImagePlus image = open( "I06.bmp" );
		final Object[] before = pixels( image );
		final Path file = tunedModel( dir, "pirm.mat", PIRM, image );
		final MaModel model = MaModel.load( file );
		final MaModelStore store = emptyStore( dir );
		store.install( file );
		final ResultsTable t = table();
		final int first = t.size();
		final Module m = harness.run( PiCommand.class, c -> c.maModelStore = store, "restored", image );
		assertNull( cancelReason( m ) );
		final Plane y = plane( PIRM, image, 0 );
		final double ma = new MaScore( model ).score( "I06", y, 255 ), niqe = new Niqe().score( "I06", y, 255 );
		final double pi = new PerceptualIndex( new MaScore( model ), new Niqe() ).score( "I06", new Plane[] { y }, 255 );
		assertEquals( pi, value( m ), 0 );
		assertEquals( ( ( 10 - ma ) + niqe ) / 2, pi, 0 );
		assertEquals( ma, ( Double ) m.getOutput( "ma" ), 0 );
		assertEquals( niqe, ( Double ) m.getOutput( "niqe" ), 0 );
		assertNotEquals( ma, ma( model, Preparation.defaults(), image ) );
		assertEquals( first + 1, t.size() );
		assertEquals( "y", t.getStringValue( PdResultsTable.CONVENTION, first ) );
		assertEquals( 4, t.getValue( PdResultsTable.SHAVE, first ), 0 );
		assertEquals( ma, t.getValue( "Ma", first ), 0 );
		assertEquals( niqe, t.getValue( "NIQE", first ), 0 );
		assertEquals( pi, t.getValue( "PI", first ), 0 );
		assertEquals( "", t.getStringValue( PdResultsTable.OPTIONS, first ) );
		assertTrue( samePixels( before, image ) );

		// both model parameters, and a convention of the user's
		final Path niqeFile = dir.resolve( "live copy.mat" );
		NiqeModel.live().save( niqeFile );
		final Module own = harness.run( PiCommand.class, c -> c.maModelStore = emptyStore( dir ), "restored", image, "maModel", file.toFile(),
				"niqeModel", niqeFile.toFile(), "convention", "gray", "shave", 0 );
		assertNull( cancelReason( own ) );
		final Plane gray = plane( Preparation.defaults(), image, 0 );
		assertEquals( PerceptualIndex.of( new MaScore( model ).score( "I06", gray, 255 ), new Niqe().score( "I06", gray, 255 ) ), value( own ), 0 );
		assertEquals( "Ma, NIQE, PI: ma_model=pirm.mat niqe_model=live copy.mat", t.getStringValue( PdResultsTable.OPTIONS, t.size() - 1 ) );
	}

	/** A stack: one row per slice and the mean, whose PI is PIRM's set value (the index of the mean Ma and mean NIQE). */
	@Test
	void piOfAStack( @TempDir final Path dir )
	{
		final ImagePlus a = ImageFiles.openImagePlus( DATA.resolve( "niqe-examples/image1.bmp" ) );
		final ImagePlus b = ImageFiles.openImagePlus( DATA.resolve( "niqe-examples/image2.bmp" ) );
		final ImageStack stack = new ImageStack( a.getWidth(), a.getHeight() );
		stack.addSlice( a.getProcessor() );
		stack.addSlice( b.getProcessor() );
		final Path file = SyntheticModel.tunedTo( MaFeatures.compute( "a", plane( PIRM, a, 0 ), 255 ), dir.resolve( "a.mat" ) );
		final MaModel model = MaModel.load( file );
		final ResultsTable t = table();
		final int first = t.size();
		final Module m = harness.run( PiCommand.class, c -> c.maModelStore = emptyStore( dir ), "restored", new ImagePlus( "pair", stack ),
				"maModel", file.toFile() );
		assertNull( cancelReason( m ) );
		final double[] ma = new double[ 2 ], niqe = new double[ 2 ];
		final ImagePlus[] slices = { a, b };
		for ( int s = 0; s < 2; s++ )
		{
			ma[ s ] = new MaScore( model ).score( "s", plane( PIRM, slices[ s ], 0 ), 255 );
			niqe[ s ] = new Niqe().score( "s", plane( PIRM, slices[ s ], 0 ), 255 );
			assertEquals( PerceptualIndex.of( ma[ s ], niqe[ s ] ), t.getValue( "PI", first + s ), 0 );
		}
		assertEquals( Arrays.asList( "1", "2", PdResultsTable.MEAN ), Arrays.asList( t.getStringValue( PdResultsTable.SLICE, first ),
				t.getStringValue( PdResultsTable.SLICE, first + 1 ), t.getStringValue( PdResultsTable.SLICE, first + 2 ) ) );
		assertEquals( PerceptualIndex.ofSet( ma, niqe ), value( m ), 1e-12 );
		assertEquals( ( ma[ 0 ] + ma[ 1 ] ) / 2, t.getValue( "Ma", first + 2 ), 1e-12 );
		assertEquals( ( ma[ 0 ] + ma[ 1 ] ) / 2, ( Double ) m.getOutput( "ma" ), 1e-12 );
		assertEquals( ( niqe[ 0 ] + niqe[ 1 ] ) / 2, ( Double ) m.getOutput( "niqe" ), 1e-12 );
	}

	/** Without a model: both commands stop with the store's install instructions, which name the menu command; no row, NaN values. */
	@Test
	void withoutAModelTheCommandsSayHowToInstallOne( @TempDir final Path dir )
	{
		final MaModelStore store = emptyStore( dir );
		final String expected = "No Ma et al. model is installed (looked for '" + store.installedFile() + "'). " + store.installInstructions();
		assertTrue( expected.contains( MaModelStore.MENU_COMMAND ) );
		final ImagePlus image = open( "I03.bmp" );
		final ResultsTable t = table();
		final int rows = t.size();
		final Module ma = harness.run( MaCommand.class, c -> c.maModelStore = store, "restored", image );
		assertEquals( expected, cancelReason( ma ) );
		assertTrue( Double.isNaN( value( ma ) ) );
		final Module pi = harness.run( PiCommand.class, c -> c.maModelStore = store, "restored", image );
		assertEquals( expected, cancelReason( pi ) );
		assertTrue( Double.isNaN( value( pi ) ) );
		assertTrue( Double.isNaN( ( Double ) pi.getOutput( "ma" ) ) );
		assertEquals( rows, t.size() );
	}

	/** Model files that are not there or not a Ma et al. model, images too small: the message of the file or the image and the rule. */
	@Test
	void badModelsAndImages( @TempDir final Path dir ) throws IOException
	{
		final ImagePlus image = open( "I03.bmp" );
		final Path missing = dir.resolve( "none.mat" );
		assertEquals( "Cannot load the Ma et al. model file '" + missing + "': it does not exist.", cancelReason( harness.run( MaCommand.class,
				c -> c.maModelStore = emptyStore( dir ), "restored", image, "maModel", missing.toFile() ) ) );
		final Path niqeFile = dir.resolve( "niqe.mat" );
		NiqeModel.live().save( niqeFile );
		assertTrue( cancelReason( harness.run( PiCommand.class, c -> c.maModelStore = emptyStore( dir ), "restored", image, "maModel", niqeFile
				.toFile() ) ).startsWith( "Cannot load the Ma et al. model file '" + niqeFile + "': it has no variable 'model'" ) );

		final MaModelStore store = emptyStore( dir );
		store.install( SyntheticModel.write( dir.resolve( "model.mat" ) ) );
		final ImagePlus small = grey8( "small", 150, 150, CommandHarness::texture );
		assertEquals( "'small' is 142x142 after a 4-pixel shave; NIQE needs at least 192x192 pixels (two 96x96 blocks in each direction, so "
				+ "that its block features have a covariance).", cancelReason( harness.run( PiCommand.class, c -> c.maModelStore = store,
						"restored", small ) ) );
		final ImagePlus tiny = grey8( "tiny", 83, 100, CommandHarness::texture );
		assertTrue( cancelReason( harness.run( MaCommand.class, c -> c.maModelStore = store, "restored", tiny ) ).startsWith(
				"'tiny' is 83x100; Ma needs at least 84x84 pixels" ) );
		assertEquals( "Choose a restored image (open it first).", cancelReason( harness.run( MaCommand.class, c -> c.maModelStore = store ) ) );
		assertTrue( Files.exists( store.installedFile() ) );
	}
}
