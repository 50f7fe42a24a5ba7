package io.github.pdplane.commands;

import static io.github.pdplane.commands.CommandHarness.cancelReason;
import static io.github.pdplane.commands.CommandHarness.grey8;
import static io.github.pdplane.commands.CommandHarness.pixels;
import static io.github.pdplane.commands.CommandHarness.rgb;
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

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.module.Module;

import ij.ImagePlus;
import ij.measure.ResultsTable;

import io.github.pdplane.image.Convention;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.io.imagej.ImagePlusSource;
import io.github.pdplane.vgg.Vgg22;
import io.github.pdplane.vgg.VggWeights;
import io.github.pdplane.vgg.VggWeightsFiles;
import io.github.pdplane.vgg.VggWeightsStore;
import io.github.pdplane.vgg.VggWeightsTesting;

/**
 * The VGG2,2 command with random weights in VGG19's shapes: the library's value in its default convention
 * rgb and on grey images, the weight-file parameter and the installed weights (a store in a temporary
 * folder), the "PD Results" row naming the weights, and the message without weights.
 */
class Vgg22CommandTest
{
	private static final String COLUMN = "VGG2,2";

	@AutoClose
	private static final CommandHarness harness = new CommandHarness();

	@TempDir
	Path dir;

	private VggWeightsStore emptyStore()
	{
		return new VggWeightsStore( dir.resolve( "models" ), null );
	}

	private static ImagePlus rgbImage( final String title, final int offset )
	{
		return rgb( title, 24, 20, ( x, y ) -> CommandHarness.texture( x, y ) + offset );
	}

	private static ImagePlus greyImage( final String title, final int offset )
	{
		return grey8( title, 24, 20, ( x, y ) -> CommandHarness.texture( x, y ) + offset );
	}

	/** The library's VGG2,2 of the pair in {@code convention}, one thread. */
	private static double library( final VggWeights weights, final Convention convention, final ImagePlus reference, final ImagePlus restored )
	{
		final Preparation preparation = new Preparation( convention, 0, Double.NaN );
		return new Vgg22( weights, 1 ).score( preparation.prepare( new ImagePlusSource( reference ), 0 ), preparation.prepare(
				new ImagePlusSource( restored ), 0 ), 255 );
	}

	private Module run( final VggWeightsStore store, final Object... inputs )
	{
		return harness.run( Vgg22Command.class, c -> c.vggWeightsStore = store, inputs );
	}

	/** RGB in convention rgb by default, grey images repeated to three channels; the row names the convention and the weights. */
	@Test
	void valuesAreTheLibrarysInRgbByDefaultAndOnGrey() throws IOException
	{
		final Path file = dir.resolve( "my vgg19.pth" );
		final VggWeights weights = VggWeightsTesting.writeTorchvision( 1, file );
		final ImagePlus reference = rgbImage( "reference", 0 ), restored = rgbImage( "restored", 7 );
		final Object[] before = pixels( restored );
		final ResultsTable t = table();
		final int first = t.size();
		final Module m = run( emptyStore(), "reference", reference, "restored", restored, "vggWeights", file.toFile() );
		assertNull( cancelReason( m ) );
		final double expected = library( weights, Convention.RGB, reference, restored );
		assertEquals( expected, value( m ), 0 );
		// the convention tells the values apart, so the default is checked by the value
		assertNotEquals( expected, library( weights, Convention.GRAY, reference, restored ) );
		assertEquals( first + 1, t.size() );
		assertEquals( expected, t.getValue( COLUMN, first ), 0 );
		assertEquals( "rgb", t.getStringValue( PdResultsTable.CONVENTION, first ) );
		assertEquals( "reference", t.getStringValue( PdResultsTable.REFERENCE, first ) );
		assertEquals( "VGG2,2: weights=torchvision my vgg19.pth", t.getStringValue( PdResultsTable.OPTIONS, first ) );
		assertTrue( samePixels( before, restored ) );

		final ImagePlus greyReference = greyImage( "grey reference", 0 ), greyRestored = greyImage( "grey restored", 7 );
		final Module grey = run( emptyStore(), "reference", greyReference, "restored", greyRestored, "vggWeights", file.toFile() );
		assertNull( cancelReason( grey ) );
		assertEquals( library( weights, Convention.RGB, greyReference, greyRestored ), value( grey ), 0 );
		assertEquals( library( weights, Convention.GRAY, greyReference, greyRestored ), value( grey ), 0 );
		assertEquals( "rgb", t.getStringValue( PdResultsTable.CONVENTION, t.size() - 1 ) );

		final Module gray = run( emptyStore(), "reference", reference, "restored", restored, "vggWeights", file.toFile(), "convention", "gray" );
		assertEquals( library( weights, Convention.GRAY, reference, restored ), value( gray ), 0 );
	}

	/** Without a file, the installed weights; a file, where given, wins over them. */
	@Test
	void theWeightFileWinsOverTheInstalledWeights() throws IOException
	{
		final VggWeightsStore store = emptyStore();
		final Path installedSource = dir.resolve( "installed.pth" ), file = dir.resolve( "given.pth" );
		final VggWeights installed = VggWeightsTesting.writeTorchvision( 2, installedSource );
		final VggWeights given = VggWeightsTesting.writeTorchvision( 3, file );
		store.install( installedSource );
		final ImagePlus reference = rgbImage( "reference", 0 ), restored = rgbImage( "restored", 5 );
		final ResultsTable t = table();

		final Module fromStore = run( store, "reference", reference, "restored", restored );
		assertNull( cancelReason( fromStore ) );
		assertEquals( library( installed, Convention.RGB, reference, restored ), value( fromStore ), 0 );
		assertEquals( "VGG2,2: weights=torchvision installed.pth", t.getStringValue( PdResultsTable.OPTIONS, t.size() - 1 ) );

		final Module fromFile = run( store, "reference", reference, "restored", restored, "vggWeights", file.toFile() );
		assertNull( cancelReason( fromFile ) );
		final double expected = library( given, Convention.RGB, reference, restored );
		assertEquals( expected, value( fromFile ), 0 );
		assertNotEquals( value( fromStore ), expected, "the two sets of weights tell the sources apart" );
		assertEquals( "VGG2,2: weights=torchvision given.pth", t.getStringValue( PdResultsTable.OPTIONS, t.size() - 1 ) );
	}

	/** Without weights, the store's install instructions (naming the menu command); a bad file, its reader's message. No row, NaN. */
	@Test
	void withoutWeightsTheCommandSaysHowToInstallThem() throws IOException
	{
		final VggWeightsStore store = emptyStore();
		final String expected = "No VGG19 weight file is installed (looked for '" + store.installedFile() + "'). " + store.installInstructions();
		assertTrue( expected.contains( VggWeightsStore.MENU_COMMAND ) );
		final ImagePlus reference = rgbImage( "reference", 0 ), restored = rgbImage( "restored", 5 );
		final ResultsTable t = table();
		final int rows = t.size();
		final Module none = run( store, "reference", reference, "restored", restored );
		assertEquals( expected, cancelReason( none ) );
		assertTrue( Double.isNaN( value( none ) ) );

		final Path empty = Files.write( dir.resolve( "empty.pth" ), new byte[ 0 ] );
		assertEquals( "'" + empty + "' is empty. " + VggWeightsFiles.ACCEPTED, cancelReason( run( store, "reference", reference, "restored",
				restored, "vggWeights", empty.toFile() ) ) );
		assertEquals( rows, t.size() );
	}
}
