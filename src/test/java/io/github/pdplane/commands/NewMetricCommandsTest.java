package io.github.pdplane.commands;

import static io.github.pdplane.commands.CommandHarness.cancelReason;
import static io.github.pdplane.commands.CommandHarness.grey8;
import static io.github.pdplane.commands.CommandHarness.rgb;
import static io.github.pdplane.commands.CommandHarness.value;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scijava.module.Module;

import ij.ImagePlus;

import io.github.pdplane.image.Preparation;
import io.github.pdplane.io.imagej.ImagePlusSource;
import io.github.pdplane.nr.Piqe;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;
import io.github.pdplane.score.ImageScorer;

/** The commands of VIF, VIFp, IFC, BRISQUE and PIQE give the library's values; PIQE's masks are the library's masks. */
class NewMetricCommandsTest
{
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

	private static final ImagePlus REFERENCE = grey8( "reference", 160, 128, CommandHarness::texture );

	/** The reference with seeded noise of standard deviation 12, clipped to 8 bits. */
	private static final ImagePlus NOISY = noisy( REFERENCE, 12 );

	private static ImagePlus noisy( final ImagePlus image, final double sigma )
	{
		final Random random = new Random( 7 );
		final ImagePlus out = image.duplicate();
		out.setTitle( "noisy" );
		final byte[] px = ( byte[] ) out.getProcessor().getPixels();
		for ( int i = 0; i < px.length; i++ )
			px[ i ] = ( byte ) Math.max( 0, Math.min( 255, Math.round( ( px[ i ] & 0xff ) + sigma * random.nextGaussian() ) ) );
		return out;
	}

	private static double library( final String metric, final ImagePlus reference, final ImagePlus restored )
	{
		return new ImageScorer( Arrays.asList( MetricRegistry.byId( metric ) ), MetricSettings.defaults(), Preparation.defaults() )
				.score( reference == null ? null : new ImagePlusSource( reference ), new ImagePlusSource( restored ), w -> {} ).rows().get( 0 )
				.value( 0 );
	}

	@Test
	void fullReferenceCommandsGiveTheLibrarysValues()
	{
		for ( final Class< ? extends FullReferenceCommand > command : Arrays.asList( VifCommand.class, VifpCommand.class, IfcCommand.class ) )
		{
			final String id = command.getSimpleName().replace( "Command", "" ).toLowerCase();
			final double expected = library( id, REFERENCE, NOISY );
			assertTrue( expected > 0 && Double.isFinite( expected ), id + " " + expected );
			assertEquals( expected, value( harness.run( command, "reference", REFERENCE, "restored", NOISY ) ), 0, id );
		}
		assertEquals( 1.0, value( harness.run( VifCommand.class, "reference", REFERENCE, "restored", REFERENCE ) ), 1e-9 );
	}

	@Test
	void tooSmallImagesAreRefusedWithTheMinimum()
	{
		final ImagePlus small = grey8( "small", 60, 60, CommandHarness::texture );
		final String reason = cancelReason( harness.run( VifCommand.class, "reference", small, "restored", small ) );
		assertTrue( reason.contains( "small" ) && reason.contains( "72" ), reason );
	}

	@Test
	void brisqueCommandGivesTheLibrarysValue()
	{
		assertEquals( library( "brisque", null, NOISY ), value( harness.run( BrisqueCommand.class, "restored", NOISY ) ), 0 );
	}

	@Test
	void piqeMasksAreTheLibrarysMasks()
	{
		final Module withoutMasks = harness.run( PiqeCommand.class, "restored", NOISY );
		assertEquals( library( "piqe", null, NOISY ), value( withoutMasks ), 0 );
		assertNull( withoutMasks.getOutput( "noiseMask" ) );

		final Module m = harness.run( PiqeCommand.class, "restored", NOISY, "masks", true );
		final Piqe.Result expected = Piqe.evaluate( "noisy", Preparation.defaults().prepare( new ImagePlusSource( NOISY ), 0 )[ 0 ], 255 );
		assertEquals( expected.score(), value( m ), 0 );
		assertMask( expected.activityMask().toBytes(), ( ImagePlus ) m.getOutput( "activityMask" ) );
		assertMask( expected.artefactMask().toBytes(), ( ImagePlus ) m.getOutput( "artefactMask" ) );
		assertMask( expected.noiseMask().toBytes(), ( ImagePlus ) m.getOutput( "noiseMask" ) );
	}

	@Test
	void piqeOutlinesTheFlaggedBlocksOnTheScoredImageOnce()
	{
		final ImagePlus image = NOISY.duplicate();
		image.setTitle( "noisy" );
		final Object[] before = CommandHarness.pixels( image );
		final Piqe.Result expected = Piqe.evaluate( "noisy", Preparation.defaults().prepare( new ImagePlusSource( image ), 0 )[ 0 ], 255 );
		final int flagged = expected.artefactMask().flaggedBlocks() + expected.noiseMask().flaggedBlocks();
		assertTrue( flagged > 0, "the noisy texture has flagged blocks" );
		for ( int run = 0; run < 2; run++ )
		{
			harness.run( PiqeCommand.class, "restored", image, "masks", true );
			assertEquals( flagged, image.getOverlay().size(), "one outline per flagged block, also after a second run" );
		}
		assertTrue( CommandHarness.samePixels( before, image ), "the pixels are not changed" );
		final ij.gui.Roi first = image.getOverlay().get( 0 );
		assertEquals( 16, first.getBounds().width );
	}

	@Test
	void piqeMasksNeedOnePlane()
	{
		final ImagePlus colour = rgb( "colour", 64, 48, ( x, y ) -> CommandHarness.texture( x, y ) * 0x010101 );
		final String reason = cancelReason( harness.run( PiqeCommand.class, "restored", colour, "convention", "rgb", "masks", true ) );
		assertTrue( reason.contains( "colour" ) && reason.contains( "convention gray" ), reason );
	}

	private static void assertMask( final byte[] expected, final ImagePlus mask )
	{
		assertNotNull( mask );
		assertEquals( REFERENCE.getWidth(), mask.getWidth() );
		assertArrayEquals( expected, ( byte[] ) mask.getProcessor().getPixels() );
	}
}
