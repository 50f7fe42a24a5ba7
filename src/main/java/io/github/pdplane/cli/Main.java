package io.github.pdplane.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.io.OutputFiles;
import io.github.pdplane.table.Text;

/**
 * The command-line entry point of {@code target/pdplane-cli.jar}: {@code score}, {@code demo} and
 * the other subcommands. {@link #run} is the testable form of {@link #main}: it returns the exit code
 * instead of exiting.
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

	private static final String HELP_COMMAND = "help";

	/** The prefix of standard-error lines that are neither errors nor warnings. */
	static final String NOTE = "note: ";

	private Main()
	{}

	public static void main( final String[] args )
	{
		System.setProperty( "java.awt.headless", "true" );
		final PrintStream results = System.out;
		// Without a Log window ImageJ prints some reading problems to System.out; keep standard output for results.
		System.setOut( new PrintStream( new PrefixedLines( System.err, NOTE ), true ) );
		System.exit( run( commands(), args, results, System.err, Terminal.standardErrorIsTerminal() ) );
	}

	/** Every subcommand, in the order of the command list. */
	static List< Subcommand > commands()
	{
		return Collections.unmodifiableList( Arrays.asList( new ScoreSubcommand(), new EvaluateSubcommand(), new SweepSubcommand(), new DemoSubcommand(),
				new TrainNiqeSubcommand(), new FeaturesSubcommand(), new InstallMaModelSubcommand(), new BenchSubcommand(), new MakeTestImagesSubcommand() ) );
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
		boolean debug = false;
		try
		{
			if ( args.length == 0 )
			{
				err.print( usage( commands ) );
				return USAGE;
			}
			final String name = args[ 0 ];
			final List< String > rest = Arrays.asList( args ).subList( 1, args.length );
			if ( name.equals( HELP_COMMAND ) || name.equals( "--" + Subcommand.HELP ) || name.equals( "-h" ) )
				return help( commands, rest, out );
			final Subcommand command = find( commands, name );
			final Arguments arguments = command.parse( rest );
			debug = arguments.flag( Subcommand.DEBUG );
			if ( arguments.flag( Subcommand.HELP ) )
			{
				out.print( command.help() );
				return OK;
			}
			command.checkPositionals( arguments );
			return command.run( arguments, terminal );
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
			if ( debug )
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
			if ( debug )
				e.printStackTrace( err );
			return INPUT_FAILED;
		}
	}

	private static int help( final List< Subcommand > commands, final List< String > rest, final PrintStream out )
	{
		if ( rest.isEmpty() )
		{
			out.print( usage( commands ) );
			return OK;
		}
		if ( rest.size() > 1 )
			throw new UsageException( "help takes at most one command name, got " + String.join( " ", rest ) + "." );
		out.print( find( commands, rest.get( 0 ) ).help() );
		return OK;
	}

	private static Subcommand find( final List< Subcommand > commands, final String name )
	{
		for ( final Subcommand c : commands )
			if ( c.name().equals( name ) )
				return c;
		throw new UsageException( "Unknown command '" + name + "': the commands are " + String.join( ", ", visibleNames( commands ) )
				+ ". Run '" + PROGRAM + " help' for the list." );
	}

	private static List< String > visibleNames( final List< Subcommand > commands )
	{
		final List< String > names = new ArrayList<>();
		for ( final Subcommand c : commands )
			if ( !c.hidden() )
				names.add( c.name() );
		names.add( HELP_COMMAND );
		return names;
	}

	static String usage( final List< Subcommand > commands )
	{
		final StringBuilder sb = new StringBuilder();
		sb.append( "PD Plane: image-restoration outputs on the perception-distortion plane (Blau and Michaeli, CVPR 2018).\n\n" );
		sb.append( "Usage: " ).append( PROGRAM ).append( " <command> [options] [arguments]\n\nCommands:\n" );
		int column = HELP_COMMAND.length();
		for ( final Subcommand c : commands )
			if ( !c.hidden() )
				column = Math.max( column, c.name().length() );
		column += 4;
		for ( final Subcommand c : commands )
			if ( !c.hidden() )
				sb.append( Text.padRight( "  " + c.name(), column + 2 ) ).append( c.summary() ).append( '\n' );
		sb.append( Text.padRight( "  " + HELP_COMMAND, column + 2 ) ).append( "this list, or 'help <command>' for a command's options\n\n" );
		sb.append( "Run '" ).append( PROGRAM ).append( " <command> --help' for a command's options.\n" );
		sb.append( "Exit codes: " ).append( OK ).append( " done; " ).append( INPUT_FAILED )
				.append( " some input failed (each failure is one 'error:' line on standard error); " ).append( USAGE )
				.append( " usage error, or an output file exists; " ).append( CANCELED ).append( " canceled (Ctrl-C).\n" );
		return sb.toString();
	}
}
