package io.github.pdplane.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import io.github.pdplane.PdPlaneException;

/**
 * The command line as picocli parses it with {@link OptionSpecs} and states its errors with
 * {@link UsageErrors}: options in any order, values, flags, numbers and paths, and every mistake as one
 * usage error naming the argument.
 */
class CommandLineParsingTest
{
	/** A command with one option of each kind; it keeps the values of the last command line it ran. */
	private static class Probe extends Subcommand
	{
		final OptionSpec metrics, shave, dataRange, seed, restored, out, overwrite;

		final PositionalParamSpec images = OptionSpecs.positionals( "IMAGE..." );

		int runs;

		Probe( final boolean metricsRequired )
		{
			super( "probe", "parses" );
			final OptionSpec ids = OptionSpecs.text( "metrics", "IDS", "metrics" );
			metrics = metricsRequired ? OptionSpecs.required( ids ) : ids;
			shave = OptionSpecs.integer( "shave", "N", "shave" );
			dataRange = OptionSpecs.finiteNumber( "data-range", "V", "range" );
			seed = OptionSpecs.longInteger( "seed", "N", "seed" );
			restored = OptionSpecs.repeatable( "restored", "NAME=DIR", "sets" );
			out = OptionSpecs.path( "out", "DIR", "folder" );
			overwrite = OptionSpecs.flag( "overwrite", "replace" );
		}

		@Override
		void addArguments( final CommandSpec command )
		{
			for ( final OptionSpec o : Arrays.asList( metrics, shave, dataRange, seed, restored, out, overwrite ) )
				command.addOption( o );
			command.addPositional( images );
		}

		@Override
		String description()
		{
			return "Parses.";
		}

		@Override
		int run( final Terminal terminal )
		{
			runs++;
			return Main.OK;
		}
	}

	/** A new probe after the command line {@code probe args...}, which it accepted. */
	private static Probe parse( final String... args )
	{
		final Probe probe = new Probe( false );
		final CliRun run = CliRun.with( Collections.singletonList( probe ), command( args ) );
		assertEquals( Main.OK, run.exit, run::toString );
		assertEquals( 1, probe.runs );
		return probe;
	}

	/** The one line on standard error after {@code probe args...}, a usage error; the command did not run. */
	private static String usageError( final String... args )
	{
		final Probe probe = new Probe( false );
		final String message = usageError( probe, args );
		assertEquals( 0, probe.runs, "nothing ran" );
		return message;
	}

	private static String usageError( final Subcommand command, final String... args )
	{
		return CliRun.with( Collections.singletonList( command ), command( args ) ).assertOneError( Main.USAGE ).errLines().get( 0 );
	}

	/** The one line on standard error after a command line without a command of the probe's. */
	private static String rootError( final String... args )
	{
		return CliRun.with( Collections.singletonList( new Probe( false ) ), args ).assertOneError( Main.USAGE ).errLines().get( 0 );
	}

	private static String[] command( final String... args )
	{
		final String[] all = new String[ args.length + 1 ];
		all[ 0 ] = "probe";
		System.arraycopy( args, 0, all, 1, args.length );
		return all;
	}

	@Test
	void valuesFlagsAndPositionalsInAnyOrder()
	{
		final Probe p = parse( "a.png", "--metrics", "ssim,psnr", "b.png", "--shave=4", "--overwrite", "c.png", "--seed", "-20180" );
		assertEquals( "ssim,psnr", p.metrics.getValue() );
		assertEquals( 4, p.shave.< Integer > getValue() );
		assertEquals( -20180L, p.seed.< Long > getValue() );
		assertTrue( OptionSpecs.given( p.overwrite ) );
		assertEquals( Arrays.asList( "a.png", "b.png", "c.png" ), OptionSpecs.values( p.images ) );
		assertFalse( OptionSpecs.given( p.dataRange ) );
		assertEquals( 7.5, OptionSpecs.valueOr( p.dataRange, 7.5 ), 0 );
		assertEquals( Collections.emptyList(), OptionSpecs.values( p.restored ) );
	}

	@Test
	void equalsFormKeepsEverythingAfterTheFirstEqualsSign()
	{
		assertEquals( Arrays.asList( "x=a/b", "y=" ), OptionSpecs.values( parse( "--restored=x=a/b", "--restored", "y=", "i" ).restored ) );
		assertEquals( "", parse( "--metrics=", "i" ).metrics.getValue() );
	}

	@Test
	void doubleDashEndsOptionsAndSingleDashIsAFileName()
	{
		final Probe p = parse( "--", "--overwrite", "-h", "-x.png" );
		assertFalse( OptionSpecs.given( p.overwrite ) );
		assertEquals( Arrays.asList( "--overwrite", "-h", "-x.png" ), OptionSpecs.values( p.images ) );
		assertEquals( Arrays.asList( "-" ), OptionSpecs.values( parse( "-" ).images ) );
	}

	@Test
	void shortHelpAndLongHelpShowTheCommandsHelpWithoutRunningIt()
	{
		for ( final String help : new String[] { "-h", "--help" } )
		{
			final Probe probe = new Probe( true );
			final CliRun run = CliRun.with( Collections.singletonList( probe ), "probe", help, "--frobnicate" );
			assertEquals( Main.OK, run.exit, run::toString );
			assertEquals( "", run.err );
			assertTrue( run.out.startsWith( "Usage: java -jar pdplane-cli.jar probe --metrics IDS [options] IMAGE...\n" ), run.out );
			assertEquals( 0, probe.runs );
		}
	}

	@Test
	void negativeNumbersAreValues()
	{
		assertEquals( -1, parse( "--shave", "-1", "i" ).shave.< Integer > getValue() );
	}

	@Test
	void unknownOptionsAreNamedWithANearMiss()
	{
		final String m = usageError( "--metric", "ssim", "a.png" );
		assertTrue( m.contains( "'--metric'" ) && m.contains( "Did you mean --metrics?" ) && m.contains( "probe --help" ), m );
		final String attached = usageError( "--metric=ssim", "a.png" );
		assertTrue( attached.contains( "'--metric' for probe" ) && attached.contains( "Did you mean --metrics?" ), attached );
		final String far = usageError( "--frobnicate", "a.png" );
		assertTrue( far.contains( "'--frobnicate'" ) && !far.contains( "Did you mean" ), far );
		final String single = usageError( "-x", "a.png" );
		assertTrue( single.contains( "'-x'" ) && single.contains( "'--'" ), single );
	}

	/** picocli checks required arguments before unknown ones; a typo of the required option is what the user needs to hear. */
	@Test
	void aTypoIsReportedBeforeTheOptionItMissed()
	{
		final String m = usageError( new Probe( true ), "--metric", "ssim", "a.png" );
		assertTrue( m.contains( "Unknown option '--metric'" ) && m.contains( "Did you mean --metrics?" ), m );
	}

	@Test
	void unknownCommandsAreNamedWithANearMiss()
	{
		final String m = rootError( "prboe" );
		assertTrue( m.startsWith( "error: Unknown command 'prboe': the commands are probe." ) && m.contains( "Did you mean probe?" )
				&& m.endsWith( "Run 'java -jar pdplane-cli.jar help' for the list." ), m );
		final String option = rootError( "--verison" );
		assertTrue( option.contains( "Unknown command '--verison'" ) && option.contains( "Did you mean --version?" ), option );
		assertFalse( rootError( "frobnicate" ).contains( "Did you mean" ) );
	}

	@Test
	void malformedOptions()
	{
		assertTrue( usageError( "--metrics" ).contains( "Option --metrics IDS needs a value." ) );
		assertTrue( usageError( "--metrics", "--overwrite", "a" ).contains( "Option --metrics IDS needs a value." ) );
		final String flag = usageError( "--overwrite=yes", "a" );
		assertTrue( flag.contains( "'--overwrite'" ) && flag.contains( "without 'yes'" ) && flag.contains( "probe --help" ), flag );
		assertTrue( usageError( "--shave", "1", "--shave", "2", "a" ).contains( "Option --shave is given more than once." ) );
		assertTrue( usageError( "--overwrite", "--overwrite", "a" ).contains( "Option --overwrite is given more than once." ) );
	}

	@Test
	void malformedNumbers()
	{
		assertTrue( usageError( "--shave", "1.5", "a" ).contains( "Option --shave needs a whole number, not '1.5'." ) );
		assertTrue( usageError( "--seed", "x", "a" ).contains( "Option --seed needs a whole number, not 'x'." ) );
		for ( final String bad : new String[] { "abc", "NaN", "Infinity", "1e999" } )
			assertTrue( usageError( "--data-range", bad, "a" ).contains( "Option --data-range needs a finite number, not '" + bad + "'." ),
					bad );
	}

	@Test
	void requiredArgumentsAreNamedInOneSentence()
	{
		assertEquals( "error: probe needs --metrics IDS and IMAGE.... Run 'java -jar pdplane-cli.jar probe --help' for its options.",
				usageError( new Probe( true ) ) );
		assertEquals( "error: probe needs IMAGE.... Run 'java -jar pdplane-cli.jar probe --help' for its options.", usageError() );
		final Subcommand repeated = new Probe( false )
		{
			@Override
			void addArguments( final CommandSpec command )
			{
				command.addOption( OptionSpecs.required( OptionSpecs.repeatable( "restored", "NAME=DIR", "sets" ) ) );
			}
		};
		assertTrue( usageError( repeated ).contains( "probe needs at least one --restored NAME=DIR." ) );
	}

	@Test
	void extraArgumentsAreNamed()
	{
		final Subcommand none = new Probe( false )
		{
			@Override
			void addArguments( final CommandSpec command )
			{
				// no positional parameter
			}
		};
		assertTrue( usageError( none, "extra" ).contains( "probe takes no arguments besides its options, but got 'extra'." ) );
		final Subcommand one = new Probe( false )
		{
			@Override
			void addArguments( final CommandSpec command )
			{
				command.addPositional( OptionSpecs.optionalPositional( "FILE" ) );
			}
		};
		assertTrue( usageError( one, "a", "b" ).contains( "probe takes at most 1 argument(s), but got 'b'." ) );
	}

	@Test
	void conversionsFedFromOptionsAreUsageErrors()
	{
		final Probe p = parse( "--metrics", "x", "i" );
		final UsageException e = assertThrows( UsageException.class, () -> OptionSpecs.valueOr( p.metrics, s -> {
			throw new PdPlaneException( "Unknown metric '" + s + "'." );
		}, null ) );
		assertEquals( "Unknown metric 'x'.", e.getMessage() );
		assertEquals( "fallback", OptionSpecs.valueOr( p.restored, s -> s, "fallback" ) );
	}

	@Test
	void paths()
	{
		final Probe p = parse( "--out", "x/y.csv", "i" );
		assertEquals( Paths.get( "x/y.csv" ), p.out.getValue() );
		assertNull( parse( "i" ).out.getValue() );
		assertTrue( usageError( "--out", "a\0b", "i" ).contains( "'a\0b' is not a valid file name" ) );
	}

	/**
	 * {@code @FILE} stands for the lines of FILE, one argument each, comments skipped; a missing FILE is an argument itself, an
	 * unreadable one a usage error.
	 */
	@Test
	void argumentFiles( @TempDir final Path dir ) throws IOException
	{
		final Path arguments = dir.resolve( "arguments.txt" );
		Files.write( arguments, Arrays.asList( "--metrics", "ssim,psnr", "# the images", "a b.png", "--shave=2" ), StandardCharsets.UTF_8 );
		final Probe p = parse( "@" + arguments, "c.png" );
		assertEquals( "ssim,psnr", p.metrics.getValue() );
		assertEquals( 2, p.shave.< Integer > getValue() );
		assertEquals( Arrays.asList( "a b.png", "c.png" ), OptionSpecs.values( p.images ) );
		final String missing = "@" + dir.resolve( "none.txt" );
		assertEquals( Arrays.asList( missing ), OptionSpecs.values( parse( missing ).images ) );
		assertTrue( usageError( "@" + dir ).contains( "Could not read argument file @" + dir ), "a folder" );
	}
}
