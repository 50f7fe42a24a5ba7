package io.github.pdplane.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.pdplane.nr.ma.MaFeatures;
import io.github.pdplane.nr.ma.MaModel;
import io.github.pdplane.nr.ma.RegressionForest;

/** The Ma benchmark's bookkeeping (not its timings): the tasks, their values, forests shaped like trained ones. */
class MaBenchmarkTest
{
	@Test
	void timesTheFeaturesAndTheForests()
	{
		final MaBenchmark.Result result = MaBenchmark.run( 0, 1 );
		final List< Timing.Result > t = result.timings();
		assertEquals( 3, t.size() );
		final MaFeatures x = MaFeatures.compute( "scene", NiqeBenchmark.scene( 512, 384, 1 ), 255 );
		assertEquals( x.f1()[ 0 ], t.get( 0 ).value(), 0 );
		assertEquals( x.f1()[ 0 ], t.get( 1 ).value(), 0 );
		assertEquals( MaBenchmark.syntheticModel( x, 7 ).score( x ), t.get( 2 ).value(), 0 );
		final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		MaBenchmark.print( result, new PrintStream( bytes, true ) );
		final String text = new String( bytes.toByteArray(), StandardCharsets.UTF_8 );
		assertTrue( text.contains( "ma features 512x384" ) && text.contains( "budget 1000 ms; MATLAB release about 10000 ms" )
				&& text.contains( "3 forests of 2000 trees" ) && text.contains( "budget 20 ms" ), text );
	}

	@Test
	void syntheticForestsAreGrownLikeRegRF()
	{
		final double[] center = new double[ 18 ];
		for ( int i = 0; i < center.length; i++ )
			center[ i ] = i + 1;
		final RegressionForest f = MaBenchmark.forest( center, new Random( 1 ) );
		assertEquals( 2000, f.trees() );
		// bootstrap samples of 1440 split down to nodes of 5 or fewer: hundreds of nodes per tree
		assertTrue( f.nodes() / f.trees() > 300, f.toString() );
		final double path = ( double ) f.pathNodes( center ) / f.trees();
		assertTrue( path > 8 && path < 40, "mean path " + path );
		final MaFeatures x = MaFeatures.compute( "scene", NiqeBenchmark.scene( 128, 128, 2 ), 255 );
		final MaModel model = MaBenchmark.syntheticModel( x, 3 );
		final double score = model.score( x );
		assertTrue( score > -1 && score < 11, "score " + score );
	}
}
