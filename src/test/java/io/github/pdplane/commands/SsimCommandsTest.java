package io.github.pdplane.commands;

import static io.github.pdplane.commands.CommandHarness.cancelReason;
import static io.github.pdplane.commands.CommandHarness.grey8;
import static io.github.pdplane.commands.CommandHarness.rgb;
import static io.github.pdplane.commands.CommandHarness.stack8;
import static io.github.pdplane.commands.CommandHarness.table;
import static io.github.pdplane.commands.CommandHarness.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scijava.module.Module;

import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.ResultsTable;

import io.github.pdplane.image.Convention;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.io.imagej.ImageFiles;
import io.github.pdplane.io.imagej.ImagePlusSource;
import io.github.pdplane.metrics.MsSsimVariant;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;
import io.github.pdplane.score.ImageScorer;

/** The SSIM and MS-SSIM commands: their options reach the metrics, and the SSIM map. */
class SsimCommandsTest
{
	private static final Path PAIRS = Paths.get( "src/test/resources/reference-data/tid2013-pairs" );

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

	private static double library( final String metric, final ImagePlus ref, final ImagePlus out, final Convention convention, final int shave,
			final MetricSettings settings )
	{
		return new ImageScorer( Arrays.asList( MetricRegistry.byId( metric ) ), settings, new Preparation( convention, shave, Double.NaN ) )
				.score( new ImagePlusSource( ref ), new ImagePlusSource( out ), w -> {} ).rows().get( 0 ).value( 0 );
	}

	/**
	 * Two constant images a = 50 and b = 60 (8-bit): no variance, so SSIM is the luminance term
	 * (2ab + C1) / (a^2 + b^2 + C1) with C1 = (0.01 * 255)^2 = 6.5025, which is 6006.5025 / 6106.5025.
	 */
	@Test
	void constantImagesGiveTheLuminanceTerm()
	{
		final Module m = harness.run( SsimCommand.class, "reference", grey8( "a", 12, 12, ( x, y ) -> 50 ), "restored",
				grey8( "b", 12, 12, ( x, y ) -> 60 ) );
		assertEquals( 6006.5025 / 6106.5025, value( m ), 1e-15 );
	}

	@Test
	void identicalImagesScoreOne()
	{
		final ImagePlus a = grey8( "a", 200, 190, CommandHarness::texture );
		assertEquals( 1.0, value( harness.run( SsimCommand.class, "reference", a, "restored", a ) ), 1e-12 );
		assertEquals( 1.0, value( harness.run( MsSsimCommand.class, "reference", a, "restored", a ) ), 1e-12 );
	}

	/** On a real 512x384 pair, with each option set: the library's values, and the options make a difference. */
	@Test
	void optionsReachTheMetrics()
	{
		final ImagePlus ref = ImageFiles.openImagePlus( PAIRS.resolve( "ref/I03.bmp" ) );
		final ImagePlus out = ImageFiles.openImagePlus( PAIRS.resolve( "dist/I03.bmp" ) );
		final MetricSettings defaults = MetricSettings.defaults();
		final double plain = value( harness.run( SsimCommand.class, "reference", ref, "restored", out ) );
		assertEquals( library( "ssim", ref, out, Convention.GRAY, 0, defaults ), plain, 0 );
		// round(384 / 256) = 2: the 2009 release halves this pair first.
		final double downsampled = value( harness.run( SsimCommand.class, "reference", ref, "restored", out, "downsample", true, "convention", "y" ) );
		assertEquals( library( "ssim", ref, out, Convention.Y, 0, defaults.withSsimDownsample( true ) ), downsampled, 0 );
		assertNotEquals( library( "ssim", ref, out, Convention.Y, 0, defaults ), downsampled );
		for ( final MsSsimVariant variant : MsSsimVariant.values() )
		{
			final ResultsTable t = table();
			final int row = t.size();
			final Module m = harness.run( MsSsimCommand.class, "reference", ref, "restored", out, "variant", variant.id(), "shave", 4 );
			assertEquals( library( "ms-ssim", ref, out, Convention.GRAY, 4, defaults.withMsSsimVariant( variant ) ), value( m ), 0, variant.id() );
			assertEquals( "MS-SSIM: variant=" + variant.id(), t.getStringValue( PdResultsTable.OPTIONS, row ) );
		}
		assertNotEquals( value( harness.run( MsSsimCommand.class, "reference", ref, "restored", out, "variant", "paper" ) ),
				value( harness.run( MsSsimCommand.class, "reference", ref, "restored", out, "variant", "mscale-new" ) ) );
	}

	@Test
	void noMapUnlessAsked()
	{
		final Module m = harness.run( SsimCommand.class, "reference", grey8( "a", 20, 20, CommandHarness::texture ), "restored",
				grey8( "b", 20, 20, ( x, y ) -> CommandHarness.texture( y, x ) ) );
		assertNull( m.getOutput( "ssimMap" ) );
	}

	/** The map covers the (w - 10) x (h - 10) window positions after the shave, one slice per restored slice; its mean is the value. */
	@Test
	void mapOfAStackHasOneSlicePerRestoredSliceAndTheScoreAsMean()
	{
		final ImagePlus ref = grey8( "ref", 30, 24, CommandHarness::texture );
		final ImagePlus out = stack8( "out", 30, 24, new int[] { 0, 3, 7 }, ( x, y ) -> CommandHarness.texture( x, y ) ^ ( x & 3 ) );
		final ResultsTable t = table();
		final int first = t.size();
		final Module m = harness.run( SsimCommand.class, "reference", ref, "restored", out, "shave", 2, "map", true );
		assertNull( cancelReason( m ) );
		final ImagePlus map = ( ImagePlus ) m.getOutput( "ssimMap" );
		assertEquals( "SSIM map of out", map.getTitle() );
		assertEquals( ImagePlus.GRAY32, map.getType() );
		assertEquals( 30 - 4 - 10, map.getWidth() );
		assertEquals( 24 - 4 - 10, map.getHeight() );
		assertEquals( 3, map.getStackSize() );
		for ( int s = 0; s < 3; s++ )
			assertEquals( t.getValue( "SSIM", first + s ), mean( map.getStack(), s ), 1e-6 );
	}

	/** With the rgb convention, the map is the mean of the channel maps, as the score is the mean of the channel scores. */
	@Test
	void rgbMapIsTheMeanOfTheChannelMaps()
	{
		final ImagePlus ref = rgb( "ref", 25, 22, CommandHarness::texture );
		final ImagePlus out = rgb( "out", 25, 22, ( x, y ) -> CommandHarness.texture( x, y ) + ( x * y ) % 5 );
		final Module m = harness.run( SsimCommand.class, "reference", ref, "restored", out, "convention", "rgb", "map", true );
		final ImagePlus map = ( ImagePlus ) m.getOutput( "ssimMap" );
		assertEquals( 15, map.getWidth() );
		assertEquals( 12, map.getHeight() );
		assertEquals( value( m ), mean( map.getStack(), 0 ), 1e-6 );
	}

	/** The mean of a float slice in double, to compare with the score (the map is stored as 32-bit floats). */
	private static double mean( final ImageStack stack, final int slice )
	{
		final float[] p = ( float[] ) stack.getPixels( slice + 1 );
		double sum = 0;
		for ( final float v : p )
			sum += v;
		return sum / p.length;
	}
}
