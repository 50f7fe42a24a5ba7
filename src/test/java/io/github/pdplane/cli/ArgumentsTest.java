package io.github.pdplane.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.pdplane.PdPlaneException;

class ArgumentsTest
{
	private static final List< Option > OPTIONS = Arrays.asList(
			Option.value( "metrics", "IDS", "metrics" ),
			Option.value( "shave", "N", "shave" ),
			Option.value( "data-range", "V", "range" ),
			Option.value( "restored", "NAME=DIR", "sets" ).repeatable(),
			Option.flag( "overwrite", "replace" ),
			Option.flag( "help", "help" ) );

	private static Arguments parse( final String... args )
	{
		return Arguments.parse( "score", OPTIONS, Arrays.asList( args ) );
	}

	private static String usageError( final String... args )
	{
		return assertThrows( UsageException.class, () -> parse( args ) ).getMessage();
	}

	@Test
	void valuesFlagsAndPositionalsInAnyOrder()
	{
		final Arguments a = parse( "a.png", "--metrics", "ssim,psnr", "b.png", "--shave=4", "--overwrite", "c.png" );
		assertEquals( "ssim,psnr", a.value( "metrics" ) );
		assertEquals( 4, a.integer( "shave", 0 ) );
		assertTrue( a.flag( "overwrite" ) );
		assertFalse( a.flag( "help" ) );
		assertEquals( Arrays.asList( "a.png", "b.png", "c.png" ), a.positionals() );
		assertNull( a.value( "data-range" ) );
		assertEquals( 7.5, a.number( "data-range", 7.5 ), 0 );
	}

	@Test
	void equalsFormKeepsEverythingAfterTheFirstEqualsSign()
	{
		assertEquals( Arrays.asList( "x=a/b", "y=" ), parse( "--restored=x=a/b", "--restored", "y=" ).values( "restored" ) );
		assertEquals( "", parse( "--metrics=" ).value( "metrics" ) );
	}

	@Test
	void doubleDashEndsOptionsAndSingleDashIsAFileName()
	{
		final Arguments a = parse( "--", "--overwrite", "-h", "-x.png" );
		assertFalse( a.flag( "overwrite" ) );
		assertEquals( Arrays.asList( "--overwrite", "-h", "-x.png" ), a.positionals() );
		assertEquals( Arrays.asList( "-" ), parse( "-" ).positionals() );
	}

	@Test
	void shortHelp()
	{
		assertTrue( parse( "-h" ).flag( "help" ) );
		assertTrue( parse( "--help", "-h" ).flag( "help" ) );
	}

	@Test
	void negativeNumbersAreValues()
	{
		assertEquals( -1, parse( "--shave", "-1" ).integer( "shave", 0 ) );
	}

	@Test
	void unknownOptionsAreNamedWithANearMiss()
	{
		final String m = usageError( "--metric", "ssim", "a.png" );
		assertTrue( m.contains( "'--metric'" ) && m.contains( "Did you mean --metrics?" ) && m.contains( "score --help" ), m );
		final String far = usageError( "--frobnicate" );
		assertTrue( far.contains( "'--frobnicate'" ) && !far.contains( "Did you mean" ), far );
		final String single = usageError( "-x" );
		assertTrue( single.contains( "'-x'" ) && single.contains( "'--'" ), single );
	}

	@Test
	void malformedOptions()
	{
		assertTrue( usageError( "--metrics" ).contains( "--metrics IDS needs a value" ) );
		assertTrue( usageError( "--metrics", "--overwrite" ).contains( "--metrics IDS needs a value" ) );
		assertTrue( usageError( "--overwrite=yes" ).contains( "--overwrite is a flag" ) );
		assertTrue( usageError( "--shave", "1", "--shave", "2" ).contains( "--shave is given more than once" ) );
		assertTrue( usageError( "--overwrite", "--overwrite" ).contains( "--overwrite is given more than once" ) );
	}

	@Test
	void malformedNumbers()
	{
		assertTrue( assertThrows( UsageException.class, () -> parse( "--shave", "1.5" ).integer( "shave", 0 ) ).getMessage()
				.contains( "--shave needs a whole number, not '1.5'" ) );
		for ( final String bad : new String[] { "abc", "NaN", "Infinity", "1e999" } )
			assertTrue( assertThrows( UsageException.class, () -> parse( "--data-range", bad ).number( "data-range", 0 ) ).getMessage()
					.contains( "--data-range needs a finite number, not '" + bad + "'" ), bad );
	}

	@Test
	void requiredOptionsAndConversionErrorsAreUsageErrors()
	{
		assertTrue( assertThrows( UsageException.class, () -> parse().required( "metrics" ) ).getMessage()
				.contains( "score needs --metrics IDS" ) );
		final UsageException e = assertThrows( UsageException.class, () -> parse( "--metrics", "x" ).value( "metrics", s -> {
			throw new PdPlaneException( "Unknown metric 'x'." );
		}, null ) );
		assertEquals( "Unknown metric 'x'.", e.getMessage() );
	}

	@Test
	void paths()
	{
		final Arguments a = parse( "--metrics", "x/y.csv", "--shave", "a\0b" );
		assertEquals( java.nio.file.Paths.get( "x/y.csv" ), a.path( "metrics", null ) );
		assertEquals( java.nio.file.Paths.get( "d" ), a.path( "data-range", "d" ) );
		assertNull( a.path( "data-range", null ) );
		assertTrue( assertThrows( UsageException.class, () -> a.path( "shave", null ) ).getMessage().contains( "is not a valid file name" ) );
		assertTrue( assertThrows( UsageException.class, () -> parse().requiredPath( "metrics" ) ).getMessage().contains( "needs --metrics" ) );
	}

	@Test
	void undeclaredNamesAreProgrammingErrors()
	{
		assertThrows( IllegalArgumentException.class, () -> parse().value( "nope" ) );
	}
}
