package io.github.pdplane.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PrefixedLinesTest
{
	@Test
	void prefixesEveryLineIncludingAnUnfinishedLast() throws IOException
	{
		final ByteArrayOutputStream target = new ByteArrayOutputStream();
		try (PrintStream out = new PrintStream( new PrefixedLines( target, "note: " ), true, "UTF-8" ))
		{
			out.print( "first\r\nsecond é\n\nthird" );
			assertEquals( "note: first\nnote: second é\nnote: \n", new String( target.toByteArray(), StandardCharsets.UTF_8 ) );
		}
		assertEquals( "note: first\nnote: second é\nnote: \nnote: third\n", new String( target.toByteArray(), StandardCharsets.UTF_8 ) );
	}
}
