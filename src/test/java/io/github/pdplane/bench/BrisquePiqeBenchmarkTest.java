package io.github.pdplane.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Plane;
import io.github.pdplane.nr.Brisque;
import io.github.pdplane.nr.Piqe;

/** The BRISQUE and PIQE benchmark's bookkeeping (not its timings): the tasks, their values, the report. */
class BrisquePiqeBenchmarkTest
{
	@Test
	void timesBothMetricsOnTheScene()
	{
		final BrisquePiqeBenchmark.Result result = BrisquePiqeBenchmark.run( 0, 2 );
		final List< Timing.Result > t = result.timings();
		assertEquals( 4, t.size() );
		final Plane scene = NiqeBenchmark.scene( 512, 384, 1 );
		final double brisque = new Brisque().score( "scene", scene, 255 ), piqe = new Piqe().score( "scene", scene, 255 );
		assertEquals( brisque, t.get( 0 ).value(), 0 );
		assertEquals( brisque, t.get( 1 ).value(), 0 );
		assertEquals( piqe, t.get( 2 ).value(), 0 );
		assertEquals( piqe, t.get( 3 ).value(), 0 );
		assertEquals( 2, t.get( 1 ).repeats() );
		final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		BrisquePiqeBenchmark.print( result, new PrintStream( bytes, true ) );
		final String text = new String( bytes.toByteArray(), StandardCharsets.UTF_8 );
		assertTrue( text.contains( "brisque 512x384 " ) && text.contains( "piqe 512x384 (with masks)" ) && text.contains( "(budget 15 ms;" )
				&& text.contains( "(budget 10 ms;" ), text );
		assertThrows( PdPlaneException.class, () -> BrisquePiqeBenchmark.run( 0, 0 ) );
	}
}
