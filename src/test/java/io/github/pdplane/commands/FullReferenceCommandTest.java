package io.github.pdplane.commands;

import static io.github.pdplane.commands.CommandHarness.cancelReason;
import static io.github.pdplane.commands.CommandHarness.float32;
import static io.github.pdplane.commands.CommandHarness.grey16;
import static io.github.pdplane.commands.CommandHarness.grey8;
import static io.github.pdplane.commands.CommandHarness.pixels;
import static io.github.pdplane.commands.CommandHarness.rgb;
import static io.github.pdplane.commands.CommandHarness.samePixels;
import static io.github.pdplane.commands.CommandHarness.stack8;
import static io.github.pdplane.commands.CommandHarness.table;
import static io.github.pdplane.commands.CommandHarness.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.scijava.command.Command;
import org.scijava.module.Module;

import ij.ImagePlus;
import ij.measure.ResultsTable;

import io.github.pdplane.image.Convention;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.io.imagej.ImageFiles;
import io.github.pdplane.io.imagej.ImagePlusSource;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;
import io.github.pdplane.score.ImageScorer;

/**
 * The RMSE and PSNR commands (and the parts of SSIM and MS-SSIM that run before their metric): values,
 * stacks, the "PD Results" rows, untouched inputs and the messages for bad input.
 */
class FullReferenceCommandTest
{
	/** 20 log10(255): the PSNR of 8-bit images that differ by exactly 1 everywhere. */
	private static final double PSNR_OFF_BY_ONE = 20 * Math.log10( 255 );

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

	private static ImagePlus texture( final String title, final int w, final int h, final int offset )
	{
		return grey8( title, w, h, ( x, y ) -> CommandHarness.texture( x, y ) + offset );
	}

	/** An image off by one everywhere: RMSE 1, PSNR 20 log10(255) = 48.13 dB, by hand. */
	@Test
	void offByOneEverywhereGivesRmseOneAndPsnrOf255()
	{
		final ImagePlus ref = texture( "ref", 16, 12, 0 ), out = texture( "out", 16, 12, 1 );
		assertEquals( 1.0, value( harness.run( RmseCommand.class, "reference", ref, "restored", out ) ), 1e-15 );
		assertEquals( PSNR_OFF_BY_ONE, value( harness.run( PsnrCommand.class, "reference", ref, "restored", out ) ), 1e-12 );
		assertEquals( 48.1308036087, PSNR_OFF_BY_ONE, 1e-10 );
	}

	/** The data range reaches the metric: with L = 1 the same pair has PSNR 0 dB. */
	@Test
	void dataRangeIsThePeak()
	{
		final ImagePlus ref = texture( "ref", 16, 12, 0 ), out = texture( "out", 16, 12, 1 );
		assertEquals( 0.0, value( harness.run( PsnrCommand.class, "reference", ref, "restored", out, "dataRange", 1.0 ) ), 1e-12 );
	}

	/** A 2-pixel shave removes the only differing pixels: RMSE 0. */
	@Test
	void shaveRemovesTheBorder()
	{
		final ImagePlus ref = texture( "ref", 16, 12, 0 );
		final ImagePlus out = grey8( "out", 16, 12, ( x, y ) -> CommandHarness.texture( x, y ) + ( x < 2 || y > 9 ? 5 : 0 ) );
		assertEquals( 0.0, value( harness.run( RmseCommand.class, "reference", ref, "restored", out, "shave", 2 ) ), 0 );
		assertTrue( value( harness.run( RmseCommand.class, "reference", ref, "restored", out, "shave", 1 ) ) > 0 );
	}

	/** The commands give exactly what the library gives, on a real TID2013 pair, for each convention and a shave. */
	@Test
	void valuesAreThoseOfTheLibrary()
	{
		final Path dir = Paths.get( "src/test/resources/reference-data/tid2013-pairs" );
		final ImagePlus ref = ImageFiles.openImagePlus( dir.resolve( "ref/I03.bmp" ) );
		final ImagePlus out = ImageFiles.openImagePlus( dir.resolve( "dist/I03.bmp" ) );
		for ( final Convention c : Convention.values() )
			for ( final Class< ? extends FullReferenceCommand > command : Arrays.asList( RmseCommand.class, PsnrCommand.class ) )
			{
				final Module m = harness.run( command, "reference", ref, "restored", out, "convention", c.id(), "shave", 4 );
				final String id = command == RmseCommand.class ? "rmse" : "psnr";
				final double expected = new ImageScorer( Arrays.asList( MetricRegistry.byId( id ) ), MetricSettings.defaults(),
						new Preparation( c, 4, Double.NaN ) ).score( new ImagePlusSource( ref ), new ImagePlusSource( out ), w -> {} ).rows().get( 0 )
								.value( 0 );
				assertEquals( expected, value( m ), 0, id + " " + c.id() );
			}
	}

	@Test
	void singleImageGivesOneRowWithItsSettings()
	{
		final ResultsTable t = table();
		final int first = t.size();
		harness.run( PsnrCommand.class, "reference", texture( "ref.png", 16, 12, 0 ), "restored", texture( "out.png", 16, 12, 1 ),
				"convention", "y", "shave", 1 );
		assertEquals( first + 1, t.size() );
		assertEquals( "out.png", t.getStringValue( PdResultsTable.RESTORED, first ) );
		assertEquals( "ref.png", t.getStringValue( PdResultsTable.REFERENCE, first ) );
		assertEquals( "", t.getStringValue( PdResultsTable.SLICE, first ) );
		assertEquals( "y", t.getStringValue( PdResultsTable.CONVENTION, first ) );
		assertEquals( 1, t.getValue( PdResultsTable.SHAVE, first ), 0 );
		assertEquals( 255, t.getValue( PdResultsTable.DATA_RANGE, first ), 0 );
		assertEquals( PSNR_OFF_BY_ONE, t.getValue( "PSNR", first ), 1e-12 );
	}

	/** Slices off by 1, 2 and 3: RMSE 1, 2, 3 and their mean 2, which is also the command's value. */
	@Test
	void stackAgainstStackGivesOneRowPerSliceAndTheMean()
	{
		final ImagePlus ref = stack8( "ref", 12, 12, new int[] { 0, 0, 0 }, CommandHarness::texture );
		final ImagePlus out = stack8( "out", 12, 12, new int[] { 1, 2, 3 }, CommandHarness::texture );
		final ResultsTable t = table();
		final int first = t.size();
		final Module m = harness.run( RmseCommand.class, "reference", ref, "restored", out );
		assertEquals( 2.0, value( m ), 1e-15 );
		assertEquals( first + 4, t.size() );
		for ( int s = 0; s < 3; s++ )
		{
			assertEquals( Integer.toString( s + 1 ), t.getStringValue( PdResultsTable.SLICE, first + s ) );
			assertEquals( s + 1.0, t.getValue( "RMSE", first + s ), 1e-15 );
		}
		assertEquals( PdResultsTable.MEAN, t.getStringValue( PdResultsTable.SLICE, first + 3 ) );
		assertEquals( 2.0, t.getValue( "RMSE", first + 3 ), 1e-15 );
	}

	/** One reference image against a 2-slice stack off by 0 and 2: PSNR +Infinity and 20 log10(127.5); RMSE 0, 2, mean 1. */
	@Test
	void oneReferenceServesEverySliceOfAStack()
	{
		final ImagePlus ref = texture( "ref", 12, 12, 0 );
		final ImagePlus out = stack8( "out", 12, 12, new int[] { 0, 2 }, CommandHarness::texture );
		assertEquals( 1.0, value( harness.run( RmseCommand.class, "reference", ref, "restored", out ) ), 1e-15 );
		final ResultsTable t = table();
		final int size = t.size(), first = size - 3;
		final Module m = harness.run( PsnrCommand.class, "reference", ref, "restored", out );
		assertEquals( size, t.size(), "PSNR fills the rows of the slices and the mean that RMSE began" );
		assertEquals( 2.0, t.getValue( "RMSE", first + 1 ), 1e-15 );
		assertEquals( Double.POSITIVE_INFINITY, t.getValue( "PSNR", first ), 0 );
		assertEquals( 20 * Math.log10( 127.5 ), t.getValue( "PSNR", first + 1 ), 1e-12 );
		assertEquals( Double.POSITIVE_INFINITY, value( m ), 0 );
	}

	/**
	 * A row of one metric leaves the other metrics' cells empty (NaN), never 0, which would read as a perfect RMSE
	 * (two restored images: rows of one image would be one row).
	 */
	@Test
	void otherMetricsCellsAreEmpty()
	{
		final ImagePlus ref = texture( "ref", 16, 12, 0 ), out = texture( "out", 16, 12, 1 ), other = texture( "other", 16, 12, 1 );
		final ResultsTable t = table();
		final int first = t.size();
		harness.run( PsnrCommand.class, "reference", ref, "restored", out );
		harness.run( RmseCommand.class, "reference", ref, "restored", other );
		assertTrue( Double.isNaN( t.getValue( "RMSE", first ) ) );
		assertTrue( Double.isNaN( t.getValue( "PSNR", first + 1 ) ) );
		assertEquals( 1.0, t.getValue( "RMSE", first + 1 ), 0 );
	}

	@Test
	void constantImagesAreScoredWithAWarning()
	{
		final int before = harness.warnings().size();
		final Module m = harness.run( RmseCommand.class, "reference", grey8( "flat-ref", 12, 12, ( x, y ) -> 50 ), "restored",
				grey8( "flat-out", 12, 12, ( x, y ) -> 60 ) );
		assertNull( cancelReason( m ) );
		assertEquals( 10.0, value( m ), 0 );
		assertTrue( harness.warnings().size() > before );
		assertTrue( harness.warnings().get( before ).contains( "'flat-ref' is constant" ), harness.warnings().get( before ) );
	}

	/** Every kind of image ImageJ holds, scored by each command: no pixel changes. */
	@TestFactory
	Stream< DynamicTest > inputPixelsAreUnchanged()
	{
		return everyCommand().map( command -> DynamicTest.dynamicTest( command.getSimpleName(), () -> inputPixelsAreUnchanged( command ) ) );
	}

	private static void inputPixelsAreUnchanged( final Class< ? extends Command > command )
	{
		// Large enough for 5-scale MS-SSIM, so that every command scores rather than refuses.
		final int w = 180, h = 177;
		final float[] a = new float[ w * h ], b = new float[ w * h ];
		for ( int i = 0; i < a.length; i++ )
		{
			a[ i ] = CommandHarness.texture( i % w, i / w ) / 255f;
			b[ i ] = CommandHarness.texture( i / w, i % w ) / 255f;
		}
		final ImagePlus[][] pairs = {
				{ texture( "a8", w, h, 0 ), texture( "b8", w, h, 3 ) },
				{ grey16( "a16", w, h, ( x, y ) -> 300 * x + y ), grey16( "b16", w, h, ( x, y ) -> 299 * x + 2 * y ) },
				{ float32( "a32", w, h, a ), float32( "b32", w, h, b ) },
				{ rgb( "argb", w, h, CommandHarness::texture ), rgb( "brgb", w, h, ( x, y ) -> CommandHarness.texture( y, x ) ) },
				{ stack8( "as", w, h, new int[] { 0, 1 }, CommandHarness::texture ), stack8( "bs", w, h, new int[] { 2, 0 }, CommandHarness::texture ) } };
		for ( final ImagePlus[] pair : pairs )
		{
			final Object[] ref = pixels( pair[ 0 ] ), out = pixels( pair[ 1 ] );
			final Module m = harness.run( command, "reference", pair[ 0 ], "restored", pair[ 1 ], "convention", "rgb", "dataRange", 1.0 );
			assertNull( cancelReason( m ), pair[ 0 ].getTitle() );
			assertTrue( samePixels( ref, pair[ 0 ] ), pair[ 0 ].getTitle() );
			assertTrue( samePixels( out, pair[ 1 ] ), pair[ 1 ].getTitle() );
		}
	}

	static Stream< Class< ? extends Command > > everyCommand()
	{
		return Stream.of( RmseCommand.class, PsnrCommand.class, SsimCommand.class, MsSsimCommand.class );
	}

	/** A bad input: what it is, the command, the images, further inputs, and the message it must give. */
	private static DynamicTest bad( final String what, final Class< ? extends Command > command, final ImagePlus ref, final ImagePlus out,
			final Object[] extra, final String message )
	{
		return DynamicTest.dynamicTest( what, () -> badInputCancelsWithAClearMessage( what, command, ref, out, extra, message ) );
	}

	/** Bad input cancels with a message naming the image and the rule; nothing is added to the table, no pixel changes. */
	@TestFactory
	Stream< DynamicTest > badInputs()
	{
		final ImagePlus a = texture( "a.png", 16, 12, 0 );
		final float[] withNaN = new float[ 16 * 12 ], withInf = new float[ 16 * 12 ], plain = new float[ 16 * 12 ];
		for ( int i = 0; i < plain.length; i++ )
			plain[ i ] = withNaN[ i ] = withInf[ i ] = i / 200f;
		withNaN[ 17 ] = Float.NaN;
		withInf[ 18 ] = Float.POSITIVE_INFINITY;
		final ImagePlus big = texture( "big.png", 200, 180, 0 );
		return Stream.of(
				bad( "sizes differ", PsnrCommand.class, a, texture( "b.png", 15, 12, 0 ), new Object[ 0 ],
						"'b.png' is 15x12 but its reference 'a.png' is 16x12" ),
				bad( "slice counts differ", RmseCommand.class, stack8( "r3", 16, 12, new int[ 3 ], CommandHarness::texture ),
						stack8( "o2", 16, 12, new int[ 2 ], CommandHarness::texture ), new Object[ 0 ],
						"'o2' has 2 slice(s) but its reference 'r3' has 3" ),
				bad( "RGB against grey", PsnrCommand.class, a, rgb( "c.png", 16, 12, CommandHarness::texture ), new Object[ 0 ],
						"'c.png' is RGB but 'a.png' is grey" ),
				bad( "NaN", RmseCommand.class, float32( "f.tif", 16, 12, plain ), float32( "nan.tif", 16, 12, withNaN ),
						new Object[] { "dataRange", 1.0 }, "'nan.tif' has NaN pixels (the first at x=1, y=1)" ),
				bad( "Inf", RmseCommand.class, float32( "f.tif", 16, 12, plain ), float32( "inf.tif", 16, 12, withInf ),
						new Object[] { "dataRange", 1.0 }, "'inf.tif' has infinite pixels (the first at x=2, y=1)" ),
				bad( "32-bit without data range", PsnrCommand.class, float32( "f.tif", 16, 12, plain ), float32( "g.tif", 16, 12, plain ),
						new Object[ 0 ], "'f.tif' is 32-bit float data, which has no natural range: give its data range" ),
				bad( "smaller than the SSIM window", SsimCommand.class, texture( "s.png", 10, 12, 0 ), texture( "t.png", 10, 12, 0 ),
						new Object[ 0 ], "'t.png' is 10x12; SSIM needs at least 11x11 pixels" ),
				bad( "smaller than 5-scale MS-SSIM", MsSsimCommand.class, big, texture( "big-out.png", 200, 180, 0 ),
						new Object[] { "shave", 4 }, "'big-out.png' is 192x172 after a 4-pixel shave; MS-SSIM needs at least 176x176 pixels" ),
				bad( "unknown convention", PsnrCommand.class, a, a, new Object[] { "convention", "grey" },
						"Unknown convention 'grey': use one of gray, y, rgb." ),
				bad( "unknown MS-SSIM variant", MsSsimCommand.class, big, big, new Object[] { "variant", "2004" },
						"Unknown MS-SSIM variant '2004'" ),
				bad( "negative shave", PsnrCommand.class, a, a, new Object[] { "shave", -1 }, "The shave must be 0 or more pixels" ),
				bad( "shave too wide", PsnrCommand.class, a, a, new Object[] { "shave", 6 }, "A shave of 6 pixels leaves nothing of 'a.png'" ),
				bad( "negative data range", PsnrCommand.class, a, a, new Object[] { "dataRange", -1.0 },
						"The data range must be a positive finite number" ),
				bad( "no reference", PsnrCommand.class, null, a, new Object[ 0 ], "Choose a reference image" ) );
	}

	private static void badInputCancelsWithAClearMessage( final String what, final Class< ? extends Command > command, final ImagePlus ref,
			final ImagePlus out, final Object[] extra, final String message )
	{
		final Object[] refPixels = ref == null ? null : pixels( ref ), outPixels = pixels( out );
		final Object[] inputs = new Object[ 4 + extra.length ];
		inputs[ 0 ] = "reference";
		inputs[ 1 ] = ref;
		inputs[ 2 ] = "restored";
		inputs[ 3 ] = out;
		System.arraycopy( extra, 0, inputs, 4, extra.length );
		final int rows = table().size();
		final Module m = harness.run( command, inputs );
		final String reason = cancelReason( m );
		assertTrue( reason != null && reason.contains( message ), what + ": " + reason );
		assertTrue( Double.isNaN( value( m ) ) );
		assertEquals( rows, table().size() );
		if ( ref != null )
			assertTrue( samePixels( refPixels, ref ) );
		assertTrue( samePixels( outPixels, out ) );
	}
}
