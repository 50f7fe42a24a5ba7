package io.github.pdplane.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

import picocli.CommandLine;
import picocli.CommandLine.InitializationException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.io.OutputFiles;
import io.github.pdplane.table.Text;

/**
 * The command-line entry point of {@code target/pdplane-cli.jar}: {@code score}, {@code demo} and
 * the other subcommands, parsed by picocli. {@link #run} is the testable form of {@link #main}: it returns
 * the exit code instead of exiting.
 * <p>
 * Results go to standard output; each problem is one line on standard error, {@code error: ...} or
 * {@code warning: ...}, with the message of the {@link PdPlaneException} as it is; a stack trace only
 * with {@code --debug}.
 */
public final class Main
{
	static final String PROGRAM = "java -jar pdplane-cli.jar";

	/** Everything was done. */
	public static final int OK = 0;

	/** Some input failed (each failure reported on standard error; the others were processed), or an unexpected error. */
	public static final int INPUT_FAILED = 1;

	/** The command line is wrong; nothing was read or written. */
	public static final int USAGE = 2;

	/** The run was canceled (Ctrl-C); no result file was written. 128 + SIGINT, as shells report it. */
	public static final int CANCELED = 130;

	/**
	 * The command that the completion script completes: an alias or a script of this name that runs the
	 * jar (shells complete the first word of a command line, and {@code java} is not ours to complete).
	 */
	static final String COMPLETION_NAME = "pdplane";

	/** The version where the build left none (a build outside Maven). */
	static final String UNKNOWN_VERSION = "(development build)";

	/** The root command's one help section: the list of commands. */
	private static final String COMMAND_LIST = CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST;

	/** The prefix of standard-error lines that are neither errors nor warnings. */
	static final String NOTE = "note: ";

	private Main()
	{}

	public static void main( final String[] args )
	{
		runAndExit( commands(), args );
	}

	/** What {@link #main} does, with these commands (also {@link EvaluateLauncher}'s). */
	static void runAndExit( final List< Subcommand > commands, final String[] args )
	{
		System.setProperty( "java.awt.headless", "true" );
		final PrintStream results = System.out;
		// Without a Log window ImageJ prints some reading problems to System.out; keep standard output for results.
		System.setOut( new PrintStream( new PrefixedLines( System.err, NOTE ), true ) );
		System.exit( run( commands, args, results, System.err, Terminal.standardErrorIsTerminal() ) );
	}

	/** Every subcommand, in the order of the command list. */
	static List< Subcommand > commands()
	{
		return Collections.unmodifiableList( Arrays.asList( new ScoreSubcommand(), new EvaluateSubcommand(), new MergeSubcommand(), new SweepSubcommand(), new DemoSubcommand(),
				new TrainNiqeSubcommand(), new FeaturesSubcommand(), new InstallMaModelSubcommand(), new InstallVggModelSubcommand(), new BenchSubcommand(), new MakeTestImagesSubcommand(),
				new HelpSubcommand(), new CompletionSubcommand() ) );
	}

	/**
	 * Runs one command line.
	 *
	 * @return the exit code: {@link #OK}, {@link #INPUT_FAILED} or {@link #USAGE}
	 */
	public static int run( final String[] args, final PrintStream out, final PrintStream err )
	{
		return run( commands(), args, out, err );
	}

	static int run( final List< Subcommand > commands, final String[] args, final PrintStream out, final PrintStream err )
	{
		return run( commands, args, out, err, false );
	}

	/**
	 * @param interactive
	 *            whether {@code err} is a terminal (progress bars redraw one line; otherwise they print a
	 *            line at most every few seconds)
	 */
	static int run( final List< Subcommand > commands, final String[] args, final PrintStream out, final PrintStream err,
			final boolean interactive )
	{
		final Terminal terminal = new Terminal( out, err, interactive );
		Subcommand command = null;
		try
		{
			final CommandLine root = root( commands );
			final ParseResult parsed = parse( root, args );
			if ( parsed.isVersionHelpRequested() )
			{
				root.printVersionHelp( out );
				return OK;
			}
			if ( parsed.isUsageHelpRequested() )
			{
				out.print( root.getUsageMessage() );
				return OK;
			}
			if ( !parsed.hasSubcommand() )
			{
				err.print( root.getUsageMessage() );
				return USAGE;
			}
			command = ( Subcommand ) parsed.subcommand().commandSpec().userObject();
			if ( parsed.subcommand().isUsageHelpRequested() )
			{
				out.print( command.help() );
				return OK;
			}
			return checkedOutput( command.run( terminal ), out, terminal );
		}
		catch ( final UsageException | OutputFiles.ExistsException e )
		{
			// an existing output file is refused before any work, like a usage error
			terminal.error( e.getMessage() );
			return USAGE;
		}
		catch ( final PdPlaneException e )
		{
			terminal.error( e.getMessage() );
			if ( command != null && command.debugging() )
				e.printStackTrace( err );
			return INPUT_FAILED;
		}
		catch ( final OutOfMemoryError e )
		{
			terminal.error( "out of memory; give Java more, for example java -Xmx4g -jar pdplane-cli.jar ..." );
			return INPUT_FAILED;
		}
		catch ( final Exception e )
		{
			terminal.error( "unexpected " + e + " (a bug in PD Plane; rerun with --debug for the stack trace, and please report it)" );
			if ( command != null && command.debugging() )
				e.printStackTrace( err );
			return INPUT_FAILED;
		}
	}

	/**
	 * {@code code}, unless standard output failed: a PrintStream keeps its errors to itself, so a CSV written to
	 * a full disk or {@code /dev/full} would end truncated with exit code 0.
	 */
	private static int checkedOutput( final int code, final PrintStream out, final Terminal terminal )
	{
		if ( !out.checkError() )
			return code;
		terminal.error( "writing to standard output failed (a full disk, or a closed pipe?): the output above is incomplete." );
		return INPUT_FAILED;
	}

	/**
	 * The top-level command: the subcommands, {@code --help} and {@code --version}, and {@code @FILE}
	 * arguments read one per line.
	 */
	static CommandLine root( final List< Subcommand > commands )
	{
		final CommandSpec spec = CommandSpec.create().name( COMPLETION_NAME ).version( "PD Plane " + version() );
		spec.addOption( Subcommand.helpOption( "show the list of commands (also -h)" ) );
		spec.addOption( OptionSpecs.flag( "version", "print the version" ).toBuilder().versionHelp( true ).build() );
		spec.usageMessage().sectionKeys( Collections.singletonList( COMMAND_LIST ) )
				.sectionMap( Collections.singletonMap( COMMAND_LIST, help -> usage( help.commandSpec() ) ) );
		final CommandLine root = new CommandLine( spec );
		for ( final Subcommand c : commands )
			root.addSubcommand( c.name(), c.commandLine() );
		// one argument per line, so that file names with spaces need no quotes
		root.setUseSimplifiedAtFiles( true );
		return root;
	}

	private static ParseResult parse( final CommandLine root, final String[] args )
	{
		try
		{
			return root.parseArgs( args );
		}
		catch ( final ParameterException e )
		{
			throw UsageErrors.of( e );
		}
		catch ( final InitializationException e )
		{
			// while parsing, picocli raises this only for an @FILE it cannot read
			throw new UsageException( e.getMessage() + ( e.getCause() == null ? "" : ": " + e.getCause().getMessage() ) + "." );
		}
	}

	/** The version that Maven wrote into {@code version.properties}, or {@link #UNKNOWN_VERSION}. */
	static String version()
	{
		final Properties properties = new Properties();
		try (InputStream in = Main.class.getResourceAsStream( "version.properties" ))
		{
			if ( in != null )
				properties.load( in );
		}
		catch ( final IOException e )
		{
			return UNKNOWN_VERSION;
		}
		final String version = properties.getProperty( "version", "" );
		// an unfiltered copy (an IDE's build) still holds Maven's placeholder
		return version.isEmpty() || version.startsWith( "${" ) ? UNKNOWN_VERSION : version;
	}

	/** The commands of the list, in its order: every subcommand but the hidden ones. */
	static List< CommandSpec > visibleCommands( final CommandSpec root )
	{
		final List< CommandSpec > visible = new ArrayList<>();
		for ( final CommandLine c : root.subcommands().values() )
			if ( !c.getCommandSpec().usageMessage().hidden() )
				visible.add( c.getCommandSpec() );
		return visible;
	}

	private static String usage( final CommandSpec root )
	{
		final List< CommandSpec > commands = visibleCommands( root );
		final StringBuilder sb = new StringBuilder();
		sb.append( "PD Plane: image-restoration outputs on the perception-distortion plane (Blau and Michaeli, CVPR 2018).\n\n" );
		sb.append( "Usage: " ).append( PROGRAM ).append( " <command> [options] [arguments]\n\nCommands:\n" );
		int column = 0;
		for ( final CommandSpec c : commands )
			column = Math.max( column, c.name().length() );
		column += 4;
		for ( final CommandSpec c : commands )
			sb.append( Text.padRight( "  " + c.name(), column + 2 ) ).append( c.usageMessage().header()[ 0 ] ).append( '\n' );
		sb.append( "\nRun '" ).append( PROGRAM ).append( " <command> --help' for a command's options.\n" );
		sb.append( "Run '" ).append( PROGRAM ).append( " --version' for the version.\n" );
		sb.append( "An argument @FILE stands for the lines of FILE, one argument per line (lines that start with # are skipped).\n" );
		sb.append( "Exit codes: " ).append( OK ).append( " done; " ).append( INPUT_FAILED )
				.append( " some input failed (each failure is one 'error:' line on standard error); " ).append( USAGE )
				.append( " usage error, or an output file exists; " ).append( CANCELED ).append( " canceled (Ctrl-C).\n" );
		return sb.toString();
	}
}
