package io.github.pdplane.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import picocli.CommandLine.Model.CommandSpec;

import io.github.pdplane.image.Convention;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.metrics.MetricKind;
import io.github.pdplane.metrics.MsSsimVariant;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;

class MainTest
{
	/** Results that cannot be written (a full disk, /dev/full) are an error, not exit 0 with a truncated CSV. */
	@Test
	void aFailingStandardOutputIsAnError()
	{
		final OutputStream full = new OutputStream()
		{
			@Override
			public void write( final int b ) throws IOException
			{
				throw new IOException( "No space left on device" );
			}
		};
		final ByteArrayOutputStream err = new ByteArrayOutputStream();
		final String image = "src/test/resources/reference-data/tid2013-pairs/ref/I04.bmp";
		final int exit = Main.run( new String[] { "score", "--metrics", "rmse", "--reference", image, image }, new PrintStream( full ),
				new PrintStream( err, true ) );
		assertEquals( Main.INPUT_FAILED, exit );
		assertEquals( "error: writing to standard output failed (a full disk, or a closed pipe?): the output above is incomplete.", new String(
				err.toByteArray(), StandardCharsets.UTF_8 ).trim() );
	}

	@Test
	void withoutArgumentsTheUsageGoesToStandardErrorAsAUsageError()
	{
		final CliRun run = CliRun.of();
		assertEquals( Main.USAGE, run.exit );
		assertEquals( "", run.out );
		assertTrue( run.err.contains( "Commands:" ) && run.err.contains( "score" ), run.err );
	}

	@Test
	void helpListsTheVisibleCommands()
	{
		for ( final String[] args : new String[][] { { "help" }, { "--help" }, { "-h" } } )
		{
			final CliRun run = CliRun.of( args );
			assertEquals( Main.OK, run.exit );
			assertEquals( "", run.err );
			for ( final Subcommand c : Main.commands() )
				assertEquals( !c.hidden(), run.out.contains( "  " + c.name() + " " ), c.name() );
			assertTrue( run.out.contains( "Exit codes: 0 done; 1 some input failed" ), run.out );
		}
	}

	@Test
	void eachCommandHasItsHelpAlsoWithOtherArguments()
	{
		for ( final Subcommand c : Main.commands() )
		{
			final CliRun viaHelp = CliRun.of( "help", c.name() );
			final CliRun viaOption = CliRun.of( c.name(), "--help", "ignored.png" );
			assertEquals( Main.OK, viaHelp.exit );
			assertEquals( Main.OK, viaOption.exit );
			assertEquals( viaHelp.out, viaOption.out );
			assertTrue( viaHelp.out.startsWith( "Usage: java -jar pdplane-cli.jar " + c.name() ), viaHelp.out );
			assertTrue( viaHelp.out.contains( "--debug" ) && viaHelp.out.contains( "--help" ) );
			assertEquals( viaHelp.out, CliRun.of( c.name(), "-h" ).out );
		}
		CliRun.of( "help", "nope" ).assertOneError( Main.USAGE, "Unknown command 'nope'" );
		CliRun.of( "help", "score", "demo" ).assertOneError( Main.USAGE, "at most one command" );
	}

	/** The help shows the domain objects' own lists and defaults. */
	@Test
	void scoreHelpShowsTheRegistryAndTheDefaults()
	{
		final String help = CliRun.of( "score", "--help" ).out.replaceAll( "\\s+", " " );
		for ( final MetricKind kind : MetricKind.values() )
			assertTrue( help.contains( MetricRegistry.ofKind( kind ).stream().map( MetricDescriptor::id ).collect( Collectors.joining( ", " ) ) ),
					kind + ": " + help );
		assertTrue( help.contains( "--convention " + String.join( "|", Convention.ids() ) ), help );
		assertTrue( help.contains( "(default: " + Preparation.defaults().convention().id() + ")" ), help );
		assertTrue( help.contains( "--ms-ssim-variant " + String.join( "|", MsSsimVariant.ids() ) ), help );
		assertTrue( help.contains( "(default: " + MetricSettings.defaults().msSsimVariant().id() + ")" ), help );
		assertTrue( help.startsWith( "Usage: java -jar pdplane-cli.jar score --metrics IDS [options] IMAGE..." ), help );
	}

	/** A programming error is one line with a hint, and its trace only with --debug. */
	@Test
	void unexpectedErrorsAreOneLineUnlessDebugging()
	{
		final Subcommand broken = new Subcommand( "broken", "fails" )
		{
			@Override
			void addArguments( final CommandSpec command )
			{
				// none
			}

			@Override
			String description()
			{
				return "Fails.";
			}

			@Override
			int run( final Terminal terminal )
			{
				throw new IllegalStateException( "boom" );
			}
		};
		final ByteArrayOutputStream err = new ByteArrayOutputStream();
		final int exit = Main.run( Arrays.asList( broken ), new String[] { "broken" }, new PrintStream( new ByteArrayOutputStream() ),
				new PrintStream( err, true ) );
		final String message = new String( err.toByteArray(), StandardCharsets.UTF_8 );
		assertEquals( Main.INPUT_FAILED, exit );
		assertEquals( "error: unexpected java.lang.IllegalStateException: boom (a bug in PD Plane; rerun with --debug for the stack trace,"
				+ " and please report it)" + System.lineSeparator(), message );

		final ByteArrayOutputStream debugErr = new ByteArrayOutputStream();
		Main.run( Arrays.asList( broken ), new String[] { "broken", "--debug" }, new PrintStream( new ByteArrayOutputStream() ),
				new PrintStream( debugErr, true ) );
		final String traced = new String( debugErr.toByteArray(), StandardCharsets.UTF_8 );
		assertTrue( traced.startsWith( "error: unexpected" ) && traced.contains( "\tat " ), traced );
		assertFalse( message.contains( "\tat " ) );
	}

	/** The version Maven wrote into the build, also where the classes are run from target/classes (tests). */
	@Test
	void versionNamesTheBuild()
	{
		final CliRun run = CliRun.of( "--version" );
		assertEquals( Main.OK, run.exit );
		assertEquals( "", run.err );
		assertEquals( "PD Plane " + Main.version() + "\n", run.out.replace( "\r\n", "\n" ) );
		assertTrue( Main.version().matches( "\\d+\\.\\d+.*" ), Main.version() );
	}

	@Test
	void theCommandListTellsWhatElseTheCommandLineOffers()
	{
		final String help = CliRun.of( "help" ).out;
		assertTrue( help.contains( "Run 'java -jar pdplane-cli.jar --version' for the version." ), help );
		assertTrue( help.contains( "An argument @FILE stands for the lines of FILE, one argument per line" ), help );
		assertTrue( help.contains( "  completion " ), help );
	}
}
