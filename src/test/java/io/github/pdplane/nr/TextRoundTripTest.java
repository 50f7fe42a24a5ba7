package io.github.pdplane.nr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What C's printf prints and strtod reads back, against values worked out by hand. */
class TextRoundTripTest
{
	@Test
	void fixedKeepsSixDecimals()
	{
		assertEquals( 0.000155, TextRoundTrip.fixed( 0.00015549999 ), 0 );
		assertEquals( 0.000156, TextRoundTrip.fixed( 0.0001555001 ), 0 );
		assertEquals( -0.123884, TextRoundTrip.fixed( -0.12388412345 ), 0 );
		assertEquals( 12.5, TextRoundTrip.fixed( 12.5 ), 0 );
		assertEquals( 0, TextRoundTrip.fixed( 4e-7 ), 0 );
		assertEquals( 1e-6, TextRoundTrip.fixed( 6e-7 ), 0 );
		// an exact binary tie, 0.0078125 = 1/128: to even, 0.007812 (glibc); HALF_UP would print 0.007813
		assertEquals( 0.007812, TextRoundTrip.fixed( 1.0 / 128 ), 0 );
		assertEquals( 0.023438, TextRoundTrip.fixed( 3.0 / 128 ), 0 ); // 0.0234375: the 7 below is odd, so up
		// the exact binary value decides, not its shortest decimal: the double 0.1234565 lies just below that
		// decimal, so C prints 0.123456 (Java's String.format, rounding the decimal half up, prints 0.123457)
		assertTrue( new java.math.BigDecimal( 0.1234565 ).compareTo( new java.math.BigDecimal( "0.1234565" ) ) < 0 );
		assertEquals( 0.123456, TextRoundTrip.fixed( 0.1234565 ), 0 );
		assertEquals( 0.300001, TextRoundTrip.fixed( 0.3000005 ), 0 ); // just above in binary
		assertTrue( Double.isNaN( TextRoundTrip.fixed( Double.NaN ) ) );
	}

	@Test
	void generalKeepsSixSignificantDigits()
	{
		assertEquals( 94.6421, TextRoundTrip.general( 94.64213499 ), 0 );
		assertEquals( -0.107612, TextRoundTrip.general( -0.10761249 ), 0 );
		assertEquals( 1.23457e-5, TextRoundTrip.general( 1.234567e-5 ), 0 );
		assertEquals( 123457, TextRoundTrip.general( 123456.5001 ), 0 );
		assertEquals( -1, TextRoundTrip.general( -1 ), 0 );
		assertEquals( 0, TextRoundTrip.general( 0 ), 0 );
		assertEquals( 0.5, TextRoundTrip.general( 0.5 ), 0 );
	}
}
