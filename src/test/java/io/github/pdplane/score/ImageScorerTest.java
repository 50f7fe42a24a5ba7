package io.github.pdplane.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.ArrayImage;
import io.github.pdplane.image.Convention;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.image.SampleType;
import io.github.pdplane.io.imagej.ImageFiles;
import io.github.pdplane.nr.BlockFeatures;
import io.github.pdplane.nr.Niqe;
import io.github.pdplane.nr.NiqeModel;
import io.github.pdplane.nr.NiqeTraining;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;
import io.github.pdplane.setlevel.SetDistances.FeatureSet;

class ImageScorerTest
{
	private static final ImageScorer RMSE_PSNR = new ImageScorer( MetricRegistry.parseList( "rmse,psnr" ), MetricSettings.defaults(),
			Preparation.defaults() );

	private static Plane filled( final int w, final int h, final double v )
	{
		final double[] a = new double[ w * h ];
		java.util.Arrays.fill( a, v );
		return new Plane( w, h, a );
	}

	/** Structure at every orientation and scale, as photographs have: what VIF's model needs in a reference. */
	private static Plane texture( final int w, final int h )
	{
		final double[] a = new double[ w * h ];
		for ( int i = 0; i < a.length; i++ )
			a[ i ] = Math.rint( 128 + 60 * Math.sin( i % w / 5.0 ) * Math.cos( i / w / 7.0 ) + 40 * Math.sin( ( i % w + 2 * ( i / w ) ) / 3.0 ) );
		return new Plane( w, h, a );
	}

	private static Plane ramp( final int w, final int h, final double offset )
	{
		final double[] a = new double[ w * h ];
		for ( int i = 0; i < a.length; i++ )
			a[ i ] = ( i % 200 ) + offset;
		return new Plane( w, h, a );
	}

	@Test
	void rmseAndPsnrOfAKnownOffset()
	{
		final ArrayImage ref = ArrayImage.grey( "ref.png", ramp( 16, 16, 0 ), SampleType.UINT8 );
		final ArrayImage out = ArrayImage.grey( "out.png", ramp( 16, 16, 3 ), SampleType.UINT8 );
		final List< ScoreRow > rows = RMSE_PSNR.score( ref, out, w -> {} ).rows();
		assertEquals( 1, rows.size() );
		assertEquals( "out.png", rows.get( 0 ).label() );
		assertEquals( 3, rows.get( 0 ).value( 0 ), 1e-12 );
		assertEquals( 10 * Math.log10( 255.0 * 255 / 9 ), rows.get( 0 ).value( 1 ), 1e-12 );
	}

	@Test
	void identicalImagesGiveZeroErrorAndInfinitePsnr()
	{
		final ArrayImage img = ArrayImage.grey( "same.png", ramp( 12, 12, 0 ), SampleType.UINT8 );
		final ScoreRow row = RMSE_PSNR.score( img, img, w -> {} ).rows().get( 0 );
		assertEquals( 0, row.value( 0 ), 0 );
		assertEquals( Double.POSITIVE_INFINITY, row.value( 1 ), 0 );
	}

	@Test
	void stackAgainstStackScoresSliceBySlice()
	{
		final ArrayImage ref = ArrayImage.greyStack( "ref.tif", SampleType.UINT8, ramp( 8, 8, 0 ), ramp( 8, 8, 0 ) );
		final ArrayImage out = ArrayImage.greyStack( "out.tif", SampleType.UINT8, ramp( 8, 8, 1 ), ramp( 8, 8, 2 ) );
		final List< ScoreRow > rows = RMSE_PSNR.score( ref, out, w -> {} ).rows();
		assertEquals( 2, rows.size() );
		assertEquals( "out.tif:1", rows.get( 0 ).label() );
		assertEquals( "out.tif:2", rows.get( 1 ).label() );
		assertEquals( 1, rows.get( 0 ).value( 0 ), 1e-12 );
		assertEquals( 2, rows.get( 1 ).value( 0 ), 1e-12 );
		assertEquals( 1.5, ScoreRow.mean( "out.tif", rows ).value( 0 ), 1e-12 );
	}

	@Test
	void oneReferenceServesEverySlice()
	{
		final ArrayImage ref = ArrayImage.grey( "ref.png", ramp( 8, 8, 0 ), SampleType.UINT8 );
		final ArrayImage out = ArrayImage.greyStack( "out.tif", SampleType.UINT8, ramp( 8, 8, 1 ), ramp( 8, 8, 4 ), ramp( 8, 8, 0 ) );
		final List< ScoreRow > rows = RMSE_PSNR.score( ref, out, w -> {} ).rows();
		assertEquals( 3, rows.size() );
		assertArrayEquals( new double[] { 1, 4, 0 }, rows.stream().mapToDouble( r -> r.value( 0 ) ).toArray(), 1e-12 );
	}

	@Test
	void rgbConventionPoolsTheSquaredErrorOverChannels()
	{
		final double[] zero = new double[ 4 ], two = { 2, 2, 2, 2 };
		final ArrayImage ref = ArrayImage.rgb( "ref.png", 2, 2, SampleType.UINT8, zero, zero, zero );
		final ArrayImage out = ArrayImage.rgb( "out.png", 2, 2, SampleType.UINT8, two, zero, zero );
		final ImageScorer rgb = new ImageScorer( MetricRegistry.parseList( "rmse" ), MetricSettings.defaults(),
				new Preparation( Convention.RGB, 0, Double.NaN ) );
		// MSE = 4 on one channel of three -> 4/3
		assertEquals( Math.sqrt( 4.0 / 3 ), rgb.score( ref, out, w -> {} ).rows().get( 0 ).value( 0 ), 1e-12 );
	}

	private static String refusal( final ImageScorer scorer, final ArrayImage ref, final ArrayImage out )
	{
		return assertThrows( PdPlaneException.class, () -> scorer.score( ref, out, w -> {} ).rows() ).getMessage();
	}

	@Test
	void differentSizesAreRefusedNamingBothImages()
	{
		final String m = refusal( RMSE_PSNR, ArrayImage.grey( "ref.png", Plane.zeros( 8, 8 ), SampleType.UINT8 ),
				ArrayImage.grey( "out.png", Plane.zeros( 8, 9 ), SampleType.UINT8 ) );
		assertTrue( m.contains( "out.png" ) && m.contains( "ref.png" ) && m.contains( "8x9" ) && m.contains( "sizes must be equal" ), m );
	}

	@Test
	void differentSliceCountsAreRefused()
	{
		final String m = refusal( RMSE_PSNR, ArrayImage.greyStack( "ref.tif", SampleType.UINT8, Plane.zeros( 4, 4 ), Plane.zeros( 4, 4 ) ),
				ArrayImage.greyStack( "out.tif", SampleType.UINT8, Plane.zeros( 4, 4 ), Plane.zeros( 4, 4 ), Plane.zeros( 4, 4 ) ) );
		assertTrue( m.contains( "3 slice(s)" ) && m.contains( "has 2" ), m );
	}

	@Test
	void rgbAgainstGreyIsRefused()
	{
		final double[] z = new double[ 16 ];
		final String m = refusal( RMSE_PSNR, ArrayImage.grey( "grey.png", Plane.zeros( 4, 4 ), SampleType.UINT8 ),
				ArrayImage.rgb( "colour.png", 4, 4, SampleType.UINT8, z, z, z ) );
		assertTrue( m.contains( "'colour.png' is RGB but 'grey.png' is grey" ), m );
	}

	@Test
	void differentBitDepthsNeedAnExplicitRange()
	{
		final ArrayImage ref = ArrayImage.grey( "ref.png", Plane.zeros( 4, 4 ), SampleType.UINT8 );
		final ArrayImage out = ArrayImage.grey( "out.tif", Plane.zeros( 4, 4 ), SampleType.UINT16 );
		assertTrue( refusal( RMSE_PSNR, ref, out ).contains( "bit depths" ) );
		final ImageScorer explicit = new ImageScorer( MetricRegistry.parseList( "rmse" ), MetricSettings.defaults(),
				new Preparation( Convention.GRAY, 0, 255 ) );
		assertEquals( 0, explicit.score( ref, out, w -> {} ).rows().get( 0 ).value( 0 ), 0 );
	}

	@Test
	void float32WithoutRangeIsRefused()
	{
		final ArrayImage f = ArrayImage.grey( "f.tif", Plane.zeros( 4, 4 ), SampleType.FLOAT32 );
		assertTrue( refusal( RMSE_PSNR, f, f ).contains( "data range" ) );
	}

	/**
	 * BRISQUE and PIQE through the one scoring path: 32-bit data need a range (then they score as the 8-bit
	 * levels they stand for), 16-bit data have one, NaN pixels and images too small for BRISQUE's two scales
	 * are refused naming the image and the rule.
	 */
	@Test
	void brisqueAndPiqeBadInput()
	{
		final Plane eight = gray( "tid2013-pairs/dist/I04.bmp" ).crop( 100, 100, 120, 90 );
		final double[] unit = eight.values().clone(), wide = eight.values().clone(), nan = eight.values().clone();
		for ( int i = 0; i < unit.length; i++ )
		{
			unit[ i ] /= 255;
			wide[ i ] *= 257;
		}
		nan[ 7 * 120 + 3 ] = Double.NaN;
		final ArrayImage byte8 = ArrayImage.grey( "8.png", eight, SampleType.UINT8 );
		final ArrayImage float32 = ArrayImage.grey( "f.tif", new Plane( 120, 90, unit ), SampleType.FLOAT32 );
		final ArrayImage short16 = ArrayImage.grey( "16.tif", new Plane( 120, 90, wide ), SampleType.UINT16 );
		final ImageScorer plain = scorer( "brisque,piqe", Preparation.defaults() );
		final String range = assertThrows( PdPlaneException.class, () -> plain.score( null, float32, w -> {} ) ).getMessage();
		assertTrue( range.startsWith( "'f.tif' is 32-bit" ) && range.contains( "give its data range" ) && range.contains( "BRISQUE, PIQE" ), range );
		final double[] expected = plain.score( null, byte8, w -> {} ).rows().get( 0 ).values();
		final double[] unitRange = scorer( "brisque,piqe", new Preparation( Convention.GRAY, 0, 1 ) ).score( null, float32, w -> {} ).rows().get( 0 )
				.values();
		assertEquals( expected[ 0 ], unitRange[ 0 ], 1e-9 );
		assertEquals( expected[ 1 ], unitRange[ 1 ], 0 );
		assertArrayEquals( expected, plain.score( null, short16, w -> {} ).rows().get( 0 ).values(), 1e-9 );
		final String notFinite = assertThrows( PdPlaneException.class, () -> scorer( "brisque,piqe", new Preparation( Convention.GRAY, 0, 255 ) )
				.score( null, ArrayImage.grey( "nan.tif", new Plane( 120, 90, nan ), SampleType.FLOAT32 ), w -> {} ) ).getMessage();
		assertTrue( notFinite.contains( "'nan.tif' has NaN pixels (the first at x=3, y=7)" ), notFinite );
		final String small = assertThrows( PdPlaneException.class,
				() -> plain.score( null, ArrayImage.grey( "small.png", eight.crop( 0, 0, 40, 12 ), SampleType.UINT8 ), w -> {} ) ).getMessage();
		assertEquals( "'small.png' is 40x12; BRISQUE needs at least 13x13 pixels (its 7x7 Gaussian window inside the half-size second scale).",
				small );
		assertEquals( 1, scorer( "piqe", Preparation.defaults() ).score( null, ArrayImage.grey( "tiny.png", eight.crop( 0, 0, 3, 2 ),
				SampleType.UINT8 ), w -> {} ).rows().size() );
	}

	@Test
	void imagesBelowAMetricsMinimumAreRefusedWithTheReason()
	{
		final ImageScorer ssim = new ImageScorer( MetricRegistry.parseList( "ssim" ), MetricSettings.defaults(), Preparation.defaults() );
		final ArrayImage small = ArrayImage.grey( "small.png", Plane.zeros( 10, 40 ), SampleType.UINT8 );
		final String m = refusal( ssim, small, small );
		assertTrue( m.contains( "small.png" ) && m.contains( "11x11" ), m );

		final ImageScorer ms = new ImageScorer( MetricRegistry.parseList( "ms-ssim" ), MetricSettings.defaults(),
				new Preparation( Convention.GRAY, 4, Double.NaN ) );
		final ArrayImage mid = ArrayImage.grey( "mid.png", Plane.zeros( 180, 300 ), SampleType.UINT8 );
		final String m2 = refusal( ms, mid, mid );
		assertTrue( m2.contains( "172x292 after a 4-pixel shave" ) && m2.contains( "176x176" ) && m2.contains( "5 scales" ), m2 );
	}

	@Test
	void constantImagesAreScoredWithAWarning()
	{
		final ArrayImage flat = ArrayImage.grey( "flat.png", filled( 6, 6, 7 ), SampleType.UINT8 );
		final ArrayImage other = ArrayImage.grey( "other.png", filled( 6, 6, 9 ), SampleType.UINT8 );
		final List< String > warnings = new ArrayList<>();
		final ScoreRow row = RMSE_PSNR.score( flat, other, warnings::add ).rows().get( 0 );
		assertEquals( 2, row.value( 0 ), 1e-12 );
		assertEquals( 2, warnings.size() );
		assertTrue( warnings.get( 0 ).contains( "'flat.png' is constant (every pixel 7)" ), warnings.get( 0 ) );
	}

	/**
	 * The information-fidelity metrics: a constant restored image scores their 0 with a warning; a constant
	 * reference, which the releases turn into NaN, is refused naming both images.
	 */
	@Test
	void constantImagesForTheInformationFidelityMetrics()
	{
		final ImageScorer scorer = new ImageScorer( MetricRegistry.parseList( "rmse,vif,vifp,ifc" ), MetricSettings.defaults(),
				Preparation.defaults() );
		final ArrayImage flat = ArrayImage.grey( "flat.png", filled( 100, 90, 7 ), SampleType.UINT8 );
		final ArrayImage textured = ArrayImage.grey( "textured.png", texture( 100, 90 ), SampleType.UINT8 );
		final List< String > warnings = new ArrayList<>();
		final ScoreRow row = scorer.score( textured, flat, warnings::add ).rows().get( 0 );
		assertEquals( 0, row.value( 1 ), 0 );
		assertEquals( 0, row.value( 2 ), 0 );
		assertEquals( 0, row.value( 3 ), 0 );
		assertEquals( 1, warnings.size() );
		final String warning = warnings.get( 0 );
		assertTrue( warning.contains( "'flat.png' is constant (every pixel 7)" ) && warning.contains( "VIF, VIFp and IFC are 0" ), warning );
		final String m = refusal( scorer, flat, textured );
		assertTrue( m.startsWith( "'textured.png' against its reference 'flat.png': VIF cannot compare with a constant reference"
				+ " (the reference is 7 everywhere)" ), m );
	}

	@Test
	void imagesTooSmallForTheInformationFidelityMetrics()
	{
		final ArrayImage small = ArrayImage.grey( "small.png", ramp( 71, 300, 0 ), SampleType.UINT8 );
		for ( final String id : new String[] { "vif", "ifc" } )
		{
			final ImageScorer scorer = new ImageScorer( MetricRegistry.parseList( id ), MetricSettings.defaults(), Preparation.defaults() );
			final String m = refusal( scorer, small, small );
			assertTrue( m.contains( "'small.png' is 71x300" ) && m.contains( "needs at least 72x72 pixels (the 4 levels of its steerable pyramid)" ),
					m );
		}
		final ImageScorer vifp = new ImageScorer( MetricRegistry.parseList( "vifp" ), MetricSettings.defaults(),
				new Preparation( Convention.GRAY, 4, Double.NaN ) );
		final ArrayImage shaved = ArrayImage.grey( "shaved.png", ramp( 48, 300, 0 ), SampleType.UINT8 );
		final String m = refusal( vifp, shaved, shaved );
		assertTrue( m.contains( "'shaved.png' is 40x292 after a 4-pixel shave; VIFp needs at least 41x41 pixels" ), m );
	}

	@Test
	void scoringNeverModifiesTheInputs()
	{
		final Plane a = ramp( 8, 8, 0 ), b = ramp( 8, 8, 5 );
		final double[] a0 = a.values().clone(), b0 = b.values().clone();
		RMSE_PSNR.score( ArrayImage.grey( "a", a, SampleType.UINT8 ), ArrayImage.grey( "b", b, SampleType.UINT8 ), w -> {} ).rows();
		assertArrayEquals( a0, a.values(), 0 );
		assertArrayEquals( b0, b.values(), 0 );
	}

	// ---- no-reference and set-level metrics

	private static final Path DATA = Paths.get( "src/test/resources/reference-data" );

	private static ImageSource file( final String relative )
	{
		return ImageFiles.open( DATA.resolve( relative ) );
	}

	private static ImageScorer scorer( final String ids, final Preparation preparation )
	{
		return new ImageScorer( MetricRegistry.parseList( ids ), MetricSettings.defaults(), preparation );
	}

	/** NIQE needs no reference: the row is NIQE of the prepared image, as the metric computes it. */
	@Test
	void niqeAloneNeedsNoReference()
	{
		final ImageSource image = file( "niqe-examples/image1.bmp" );
		final ScoreRow row = scorer( "niqe", Preparation.defaults() ).score( null, image, w -> {} ).rows().get( 0 );
		assertEquals( new Niqe().score( "image1.bmp", Preparation.defaults().prepare( image, 0 ), 255 ), row.value( 0 ), 0 );
		assertEquals( 5.0290, row.value( 0 ), 1e-3 ); // the MATLAB release's value
	}

	/**
	 * A worker's workspace, reused over images of different sizes and kinds, gives every row a fresh
	 * read gives: nothing of one image is left in the arrays for the next.
	 */
	@Test
	void aReusedWorkspaceScoresLikeFreshArrays()
	{
		final ImageScorer scorer = scorer( "rmse,ssim,niqe", Preparation.defaults() );
		final ImageScorer.Workspace workspace = new ImageScorer.Workspace();
		final String[][] pairs = { { "tid2013-pairs/ref/I04.bmp", "tid2013-pairs/dist/I04.bmp" }, { "niqe-examples/image1.bmp", "niqe-examples/image1.bmp" },
				{ "tid2013-pairs/ref/I06.bmp", "tid2013-pairs/dist/I06.bmp" } };
		for ( final String[] pair : pairs )
		{
			final ImageSource ref = file( pair[ 0 ] ), out = file( pair[ 1 ] );
			assertArrayEquals( scorer.score( ref, out, w -> {} ).rows().get( 0 ).values(), scorer.score( ref, out, w -> {}, workspace ).rows().get(
					0 ).values(), 0, pair[ 1 ] );
		}
	}

	/** Full-reference and no-reference metrics in one row, in the order given; the reference serves only the former. */
	@Test
	void mixedKindsShareOneRowInTheOrderGiven()
	{
		final ImageSource ref = file( "tid2013-pairs/ref/I04.bmp" ), out = file( "tid2013-pairs/dist/I04.bmp" );
		final ImageScorer mixed = scorer( "niqe,rmse", Preparation.defaults() );
		assertTrue( mixed.needsReference() );
		final ScoreRow row = mixed.score( ref, out, w -> {} ).rows().get( 0 );
		assertEquals( scorer( "niqe", Preparation.defaults() ).score( null, out, w -> {} ).rows().get( 0 ).value( 0 ), row.value( 0 ), 0 );
		assertEquals( RMSE_PSNR.score( ref, out, w -> {} ).rows().get( 0 ).value( 0 ), row.value( 1 ), 0 );
		final String m = assertThrows( PdPlaneException.class, () -> mixed.score( null, out, w -> {} ) ).getMessage();
		assertTrue( m.contains( "'I04.bmp' has no reference image, but RMSE compares with one" ) && m.contains( "(NIQE, BRISQUE, PIQE, Ma, PI)" ), m );
	}

	/**
	 * A data range far above the values (an 8-bit photograph given 1e300) makes the image flat on NIQE's
	 * 8-bit scale: the refusal says that the data range is the cause, and a data range that fits scores it.
	 */
	@Test
	void aDataRangeFarAboveTheValuesIsNamedAsTheCauseOfAFlatImage()
	{
		final ImageSource image = file( "niqe-examples/image1.bmp" );
		final String m = assertThrows( PdPlaneException.class, () -> scorer( "niqe", new Preparation( Convention.GRAY, 0, 1e300 ) ).score( null,
				image, w -> {} ) ).getMessage();
		assertTrue( m.startsWith( "'image1.bmp': the data range 1.0E300 is far above the image's values (at most 249, less than 1/255 of it),"
				+ " so on the 8-bit scale the metrics map the data range to the image is flat; give the data range the values were made for."
				+ " ('image1.bmp' is flat" ), m );
		assertTrue( Double.isFinite( scorer( "niqe", new Preparation( Convention.GRAY, 0, 255 ) ).score( null, image, w -> {} ).rows().get( 0 )
				.value( 0 ) ) );
		// a flat image within a fitting data range keeps its own message
		final ArrayImage flat = ArrayImage.grey( "flat.png", filled( 200, 200, 100 ), SampleType.UINT8 );
		final String own = assertThrows( PdPlaneException.class, () -> scorer( "niqe", Preparation.defaults() ).score( null, flat, w -> {} ) )
				.getMessage();
		assertTrue( own.startsWith( "'flat.png' is constant" ), own );
	}

	/** Two 96-pixel blocks in each direction after the shave, with the reason; a model's block size sets the minimum. */
	@Test
	void niqeNeedsTwoBlocksAfterTheShave()
	{
		final ArrayImage mid = ArrayImage.grey( "mid.png", ramp( 200, 300, 0 ), SampleType.UINT8 );
		final String m = assertThrows( PdPlaneException.class, () -> scorer( "niqe", new Preparation( Convention.GRAY, 5, Double.NaN ) )
				.score( null, mid, w -> {} ) ).getMessage();
		assertTrue( m.contains( "'mid.png' is 190x290 after a 5-pixel shave; NIQE needs at least 192x192 pixels (two 96x96 blocks in each"
				+ " direction, so that its block features have a covariance)" ), m );
		final NiqeModel small = new NiqeTraining( 48, 0.75 ).add( "a", gray( "niqe-examples/image1.bmp" ), 255 )
				.add( "b", gray( "niqe-examples/image2.bmp" ), 255 ).model();
		final MetricDescriptor niqe = MetricRegistry.byId( "niqe" );
		assertEquals( 96, niqe.minimumSize( MetricSettings.defaults().withNiqeModel( small ) ) );
		assertEquals( 192, niqe.minimumSize() );
	}

	/** A constant image has no NIQE: a refusal naming it, not NaN; for full-reference metrics only a warning. */
	@Test
	void constantImagesCannotBeScoredByNiqe()
	{
		final ArrayImage flat = ArrayImage.grey( "flat.png", filled( 200, 200, 7 ), SampleType.UINT8 );
		final String m = assertThrows( PdPlaneException.class, () -> scorer( "niqe", Preparation.defaults() ).score( null, flat, w -> {} ) )
				.getMessage();
		assertTrue( m.contains( "'flat.png' is constant (every pixel 7): NIQE cannot score it" ), m );
		final String stack = assertThrows( PdPlaneException.class, () -> scorer( "niqe", Preparation.defaults() ).score( null,
				ArrayImage.greyStack( "s.tif", SampleType.UINT8, gray( "niqe-examples/image1.bmp" ), filled( 768, 512, 3 ) ),
				w -> {} ) ).getMessage();
		assertTrue( stack.contains( "'s.tif (slice 2)' is constant" ), stack );
	}

	/**
	 * PIQE has a value for a constant image, exactly 100 (no active block), with a warning; BRISQUE has none
	 * and is refused by name, also beside PIQE.
	 */
	@Test
	void constantImagesScoreAHundredWithPiqeAndAreRefusedByBrisque()
	{
		final ArrayImage flat = ArrayImage.grey( "flat.png", filled( 40, 30, 7 ), SampleType.UINT8 );
		final List< String > warnings = new ArrayList<>();
		assertEquals( 100, scorer( "piqe", Preparation.defaults() ).score( null, flat, warnings::add ).rows().get( 0 ).value( 0 ), 0 );
		assertEquals( Arrays.asList( "'flat.png' is constant (every pixel 7): PIQE scores it as the worst quality, since none of its blocks is"
				+ " active." ), warnings );
		for ( final String metrics : new String[] { "brisque", "piqe,brisque" } )
		{
			final String m = assertThrows( PdPlaneException.class, () -> scorer( metrics, Preparation.defaults() ).score( null, flat, w -> {} ) )
					.getMessage();
			assertTrue( m.startsWith( "'flat.png' is constant (every pixel 7): BRISQUE cannot score it" ), m );
		}
	}

	/**
	 * The features {@link ImageScorer#score} returns are those of {@link ImageScorer#setFeatures}, NIQE from them is NIQE
	 * alone, and a set is at distance 0 from itself.
	 */
	@Test
	void setLevelMetricsUseTheFeaturesOfEachSlice()
	{
		final ImageScorer scorer = scorer( "niqe,nss-fd,niqe-ref", Preparation.defaults() );
		assertEquals( Arrays.asList( "niqe" ), ids( scorer.imageMetrics() ) );
		assertEquals( Arrays.asList( "nss-fd", "niqe-ref" ), ids( scorer.setMetrics() ) );
		assertTrue( scorer.needsReferenceSet() && !scorer.needsReference() );
		final FeatureSet references = scorer.featureSet( "reference set" ), restored = scorer.featureSet( "restored set" );
		for ( final String name : new String[] { "image1", "image2", "image4" } )
		{
			final ImageSource image = file( "niqe-examples/" + name + ".bmp" );
			final ImageScores scores = scorer.score( null, image, w -> {} );
			assertEquals( 1, scores.features().size() );
			final List< BlockFeatures > alone = scorer.setFeatures( image, w -> {} );
			assertArrayEquals( alone.get( 0 ).row( 3 ), scores.features().get( 0 ).row( 3 ), 0 );
			assertEquals( scorer( "niqe", Preparation.defaults() ).score( null, image, w -> {} ).rows().get( 0 ).value( 0 ),
					scores.rows().get( 0 ).value( 0 ), 0 );
			restored.add( scores.features().get( 0 ) );
			references.add( alone.get( 0 ) );
		}
		final ScoreRow set = scorer.setRow( "restored", references, restored );
		assertEquals( "restored", set.label() );
		assertEquals( 0, set.value( 0 ), 1e-9 );
		assertEquals( 0, set.value( 1 ), 1e-9 );
	}

	@Test
	void setDistancesRefuseTheRgbConvention()
	{
		final double[] z = new double[ 100 * 100 ];
		final ArrayImage colour = ArrayImage.rgb( "colour.png", 100, 100, SampleType.UINT8, z, z, z );
		final ImageScorer rgb = scorer( "nss-fd", new Preparation( Convention.RGB, 0, Double.NaN ) );
		final String m = assertThrows( PdPlaneException.class, () -> rgb.setFeatures( colour, w -> {} ) ).getMessage();
		assertTrue( m.contains( "'colour.png' is RGB" ) && m.contains( "use convention gray or y" ), m );
		final String small = assertThrows( PdPlaneException.class, () -> scorer( "nss-fd", Preparation.defaults() ).setFeatures(
				ArrayImage.grey( "tiny.png", ramp( 95, 200, 0 ), SampleType.UINT8 ), w -> {} ) ).getMessage();
		assertTrue( small.contains( "'tiny.png' is 95x200; NSS-FD needs at least 96x96 pixels (one 96x96 NIQE block" ), small );
	}

	private static Plane gray( final String relative )
	{
		return Preparation.defaults().prepare( file( relative ), 0 )[ 0 ];
	}

	private static List< String > ids( final List< MetricDescriptor > metrics )
	{
		final List< String > ids = new ArrayList<>();
		for ( final MetricDescriptor d : metrics )
			ids.add( d.id() );
		return ids;
	}
}
