package io.github.pdplane.nr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The precomputed Gamma-ratio tables are their formulas' values, bit for bit, and a missing or short table is a clear error. */
class GammaGridsTest
{
	@Test
	void theAggdTablesAreTheirFormulasBitForBit()
	{
		final double[][] computed = Aggd.computeTables();
		final double[][] read = GammaGrids.read( Aggd.TABLE, 3, Aggd.gridSize() );
		for ( int t = 0; t < computed.length; t++ )
			assertBits( computed[ t ], read[ t ], "aggd table " + t + " (rerun GammaGridsWriter)" );
		for ( int i = 0; i < Aggd.gridSize(); i++ )
			assertEquals( Double.doubleToLongBits( computed[ 0 ][ i ] ), Double.doubleToLongBits( Aggd.gridRatio( i ) ), "ratio " + i );
	}

	@Test
	void theGgdTablesAreTheirFormulasBitForBit()
	{
		for ( final Ggd grid : new Ggd[] { Ggd.MA, Ggd.BRISQUE } )
		{
			final double[] computed = grid.computeRatios();
			assertEquals( grid.gridSize(), computed.length );
			for ( int i = 0; i < computed.length; i++ )
				assertEquals( Double.doubleToLongBits( computed[ i ] ), Double.doubleToLongBits( grid.gridRatio( i ) ), grid.tableName() + " " + i
						+ " (rerun GammaGridsWriter)" );
		}
	}

	@Test
	void writingAndReadingRoundTrip()
	{
		final double[] a = { 1.5, -0.0, Double.MIN_VALUE, Math.PI }, b = { 2, 3, 4, 5 };
		final byte[] bytes = GammaGrids.bytes( a, b );
		assertEquals( 64, bytes.length );
		assertEquals( 0x3f, bytes[ 0 ] & 0xff, "big-endian: 1.5 starts with 0x3ff8" );
	}

	@Test
	void aMissingOrWrongSizedTableSaysSo()
	{
		final IllegalStateException missing = assertThrows( IllegalStateException.class, () -> GammaGrids.read( "no-such.bin", 1, 3 ) );
		assertTrue( missing.getMessage().contains( "lacks the table gamma-grids/no-such.bin" ), missing.getMessage() );
		final IllegalStateException size = assertThrows( IllegalStateException.class, () -> GammaGrids.read( Ggd.MA.tableName(),
				1, 10 ) );
		assertTrue( size.getMessage().contains( "has more than 80 bytes; it must have 80" ), size.getMessage() );
		final IllegalStateException tooShort = assertThrows( IllegalStateException.class, () -> GammaGrids.read( Ggd.MA.tableName(), 2,
				9971 ) );
		assertTrue( tooShort.getMessage().contains( "has 79768 bytes; it must have 159536" ), tooShort.getMessage() );
	}

	private static void assertBits( final double[] expected, final double[] actual, final String what )
	{
		assertEquals( expected.length, actual.length, what );
		final long[] e = new long[ expected.length ], a = new long[ actual.length ];
		for ( int i = 0; i < e.length; i++ )
		{
			e[ i ] = Double.doubleToLongBits( expected[ i ] );
			a[ i ] = Double.doubleToLongBits( actual[ i ] );
		}
		assertArrayEquals( e, a, what );
	}
}
