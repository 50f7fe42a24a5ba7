package io.github.pdplane.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.ArrayImage;
import io.github.pdplane.image.Convention;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.image.SampleType;
import io.github.pdplane.metrics.MetricRegistry;
import io.github.pdplane.metrics.MetricSettings;

class PairScorerTest
{
	private static final PairScorer RMSE_PSNR = new PairScorer( MetricRegistry.parseList( "rmse,psnr" ), MetricSettings.defaults(),
			Preparation.defaults() );

	private static Plane filled( final int w, final int h, final double v )
	{
		final double[] a = new double[ w * h ];
		java.util.Arrays.fill( a, v );
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
		final List< ScoreRow > rows = RMSE_PSNR.score( ref, out, w -> {} );
		assertEquals( 1, rows.size() );
		assertEquals( "out.png", rows.get( 0 ).label() );
		assertEquals( 3, rows.get( 0 ).value( 0 ), 1e-12 );
		assertEquals( 10 * Math.log10( 255.0 * 255 / 9 ), rows.get( 0 ).value( 1 ), 1e-12 );
	}

	@Test
	void identicalImagesGiveZeroErrorAndInfinitePsnr()
	{
		final ArrayImage img = ArrayImage.grey( "same.png", ramp( 12, 12, 0 ), SampleType.UINT8 );
		final ScoreRow row = RMSE_PSNR.score( img, img, w -> {} ).get( 0 );
		assertEquals( 0, row.value( 0 ), 0 );
		assertEquals( Double.POSITIVE_INFINITY, row.value( 1 ), 0 );
	}

	@Test
	void stackAgainstStackScoresSliceBySlice()
	{
		final ArrayImage ref = ArrayImage.greyStack( "ref.tif", SampleType.UINT8, ramp( 8, 8, 0 ), ramp( 8, 8, 0 ) );
		final ArrayImage out = ArrayImage.greyStack( "out.tif", SampleType.UINT8, ramp( 8, 8, 1 ), ramp( 8, 8, 2 ) );
		final List< ScoreRow > rows = RMSE_PSNR.score( ref, out, w -> {} );
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
		final List< ScoreRow > rows = RMSE_PSNR.score( ref, out, w -> {} );
		assertEquals( 3, rows.size() );
		assertArrayEquals( new double[] { 1, 4, 0 }, rows.stream().mapToDouble( r -> r.value( 0 ) ).toArray(), 1e-12 );
	}

	@Test
	void rgbConventionPoolsTheSquaredErrorOverChannels()
	{
		final double[] zero = new double[ 4 ], two = { 2, 2, 2, 2 };
		final ArrayImage ref = ArrayImage.rgb( "ref.png", 2, 2, SampleType.UINT8, zero, zero, zero );
		final ArrayImage out = ArrayImage.rgb( "out.png", 2, 2, SampleType.UINT8, two, zero, zero );
		final PairScorer rgb = new PairScorer( MetricRegistry.parseList( "rmse" ), MetricSettings.defaults(),
				new Preparation( Convention.RGB, 0, Double.NaN ) );
		// MSE = 4 on one channel of three -> 4/3
		assertEquals( Math.sqrt( 4.0 / 3 ), rgb.score( ref, out, w -> {} ).get( 0 ).value( 0 ), 1e-12 );
	}

	private static String refusal( final PairScorer scorer, final ArrayImage ref, final ArrayImage out )
	{
		return assertThrows( PdPlaneException.class, () -> scorer.score( ref, out, w -> {} ) ).getMessage();
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
		final PairScorer explicit = new PairScorer( MetricRegistry.parseList( "rmse" ), MetricSettings.defaults(),
				new Preparation( Convention.GRAY, 0, 255 ) );
		assertEquals( 0, explicit.score( ref, out, w -> {} ).get( 0 ).value( 0 ), 0 );
	}

	@Test
	void float32WithoutRangeIsRefused()
	{
		final ArrayImage f = ArrayImage.grey( "f.tif", Plane.zeros( 4, 4 ), SampleType.FLOAT32 );
		assertTrue( refusal( RMSE_PSNR, f, f ).contains( "data range" ) );
	}

	@Test
	void imagesBelowAMetricsMinimumAreRefusedWithTheReason()
	{
		final PairScorer ssim = new PairScorer( MetricRegistry.parseList( "ssim" ), MetricSettings.defaults(), Preparation.defaults() );
		final ArrayImage small = ArrayImage.grey( "small.png", Plane.zeros( 10, 40 ), SampleType.UINT8 );
		final String m = refusal( ssim, small, small );
		assertTrue( m.contains( "small.png" ) && m.contains( "11x11" ), m );

		final PairScorer ms = new PairScorer( MetricRegistry.parseList( "ms-ssim" ), MetricSettings.defaults(),
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
		final ScoreRow row = RMSE_PSNR.score( flat, other, warnings::add ).get( 0 );
		assertEquals( 2, row.value( 0 ), 1e-12 );
		assertEquals( 2, warnings.size() );
		assertTrue( warnings.get( 0 ).contains( "'flat.png' is constant (every pixel 7)" ), warnings.get( 0 ) );
	}

	@Test
	void scoringNeverModifiesTheInputs()
	{
		final Plane a = ramp( 8, 8, 0 ), b = ramp( 8, 8, 5 );
		final double[] a0 = a.values().clone(), b0 = b.values().clone();
		RMSE_PSNR.score( ArrayImage.grey( "a", a, SampleType.UINT8 ), ArrayImage.grey( "b", b, SampleType.UINT8 ), w -> {} );
		assertArrayEquals( a0, a.values(), 0 );
		assertArrayEquals( b0, b.values(), 0 );
	}
}
