package io.github.pdplane.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ResultTableTest
{
	@Test
	void csvQuotesOnlyWhereNeededAndKeepsFullPrecision()
	{
		final ResultTable t = ResultTable.builder( Arrays.asList( "algorithm", "n", "value", "on" ) )
				.row( "plain", 3, 0.1 + 0.2, true )
				.row( "with, comma", 0, Double.POSITIVE_INFINITY, false )
				.row( "say \"hi\"", 1, Double.NaN, false ).build();
		assertEquals( "algorithm,n,value,on\nplain,3,0.30000000000000004,true\n\"with, comma\",0,Infinity,false\n\"say \"\"hi\"\"\",1,NaN,false\n",
				t.toCsv() );
		assertEquals( 3, t.rowCount() );
		assertEquals( 0, t.cell( 1, "n" ) );
		assertThrows( IllegalArgumentException.class, () -> t.cell( 0, "nope" ) );
	}

	@Test
	void rowsMustFitTheColumns()
	{
		final ResultTable.Builder b = ResultTable.builder( Arrays.asList( "a", "b" ) );
		assertThrows( IllegalArgumentException.class, () -> b.row( "only one" ) );
		assertThrows( IllegalArgumentException.class, () -> b.row( "x", new Object() ) );
	}
}
