package io.github.pdplane.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Collections;

import org.junit.jupiter.api.Test;

class CsvTest
{
	@Test
	void quotesOnlyFieldsThatNeedIt()
	{
		assertEquals( "plain.png", Csv.field( "plain.png" ) );
		assertEquals( "\"a,b.png\"", Csv.field( "a,b.png" ) );
		assertEquals( "\"say \"\"hi\"\".png\"", Csv.field( "say \"hi\".png" ) );
		assertEquals( "\"two\nlines\"", Csv.field( "two\nlines" ) );
	}

	@Test
	void numbersInFullPrecision()
	{
		assertEquals( "x,0.1,Infinity,1.0E-20", Csv.row( Collections.singletonList( "x" ), 0.1, Double.POSITIVE_INFINITY, 1e-20 ) );
		assertEquals( ",b", Csv.row( Arrays.asList( "", "b" ) ) );
		assertEquals( "1.0", Csv.row( Collections.emptyList(), 1 ) );
	}
}
