package io.github.pdplane.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The one CSV writer, {@link ResultTable}: what the score and features commands print line by line. */
class CsvTest
{
	@Test
	void quotesOnlyFieldsThatNeedIt()
	{
		assertEquals( "plain.png", ResultTable.csvField( "plain.png" ) );
		assertEquals( "\"a,b.png\"", ResultTable.csvField( "a,b.png" ) );
		assertEquals( "\"say \"\"hi\"\".png\"", ResultTable.csvField( "say \"hi\".png" ) );
		assertEquals( "\"two\nlines\"", ResultTable.csvField( "two\nlines" ) );
	}

	@Test
	void numbersInFullPrecision()
	{
		assertEquals( "x,0.1,Infinity,1.0E-20\n", ResultTable.csvLine( Arrays.asList( "x", 0.1, Double.POSITIVE_INFINITY, 1e-20 ) ) );
		assertEquals( ",b\n", ResultTable.csvLine( Arrays.asList( "", "b" ) ) );
		assertEquals( "1.0\n", ResultTable.csvLine( Arrays.asList( 1.0 ) ) );
	}
}
