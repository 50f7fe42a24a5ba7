package io.github.pdplane.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

import io.github.pdplane.PdPlaneException;

/**
 * What picocli finds wrong with a command line, said as every other error of the command line is: one
 * sentence that names the argument and the rule, the nearest known name where one is close ("Did you
 * mean --metrics?"), and where to read more.
 * <p>
 * picocli's own suggestions are not used: for an option it offers every option that starts with the same
 * two letters (both {@code --reference} and {@code --reference-set} for {@code --refrence}, nothing for
 * {@code --trheads}), for a command any that shares a pair of letters ({@code evaluate} for
 * {@code frobnicate}); the nearest name within a few edits is the one meant.
 */
final class UsageErrors
{
	/** A known name at most this many edits (insertions, deletions, substitutions) away is suggested. */
	private static final int MOST_EDITS = 2;

	private UsageErrors()
	{}

	static UsageException of( final ParameterException e )
	{
		// picocli checks the required arguments before it complains of unknown ones; the typo comes first
		final ParseResult partial = e.getCommandLine().getParseResult();
		if ( !( e instanceof UnmatchedArgumentException ) && partial != null && !partial.unmatched().isEmpty() )
			return of( new UnmatchedArgumentException( e.getCommandLine(), partial.unmatched() ) );
		final CommandSpec command = e.getCommandLine().getCommandSpec();
		if ( command.parent() == null )
			// before a command, anything picocli does not know is a command name gone wrong
			return new UsageException( e instanceof UnmatchedArgumentException ? unknownCommand( ( ( UnmatchedArgumentException ) e )
					.getUnmatched().get( 0 ), command ) : sentence( e.getMessage() ) + " Run '" + Main.PROGRAM + " help' for the list." );
		if ( e instanceof UnmatchedArgumentException )
			return new UsageException( unmatched( ( UnmatchedArgumentException ) e, command ) );
		if ( e instanceof MissingParameterException )
			return new UsageException( missing( ( MissingParameterException ) e, command ) );
		if ( e instanceof OverwrittenOptionException )
			return new UsageException( "Option " + ( ( OptionSpec ) ( ( OverwrittenOptionException ) e ).getOverwritten() ).longestName()
					+ " is given more than once." );
		// a converter's own message: a path the file system cannot name, for example
		if ( e.getCause() instanceof PdPlaneException )
			return new UsageException( e.getCause().getMessage() );
		if ( e.getCause() instanceof TypeConversionException && e.getArgSpec() instanceof OptionSpec )
			return new UsageException( "Option " + ( ( OptionSpec ) e.getArgSpec() ).longestName() + " " + e.getCause().getMessage() + "." );
		return new UsageException( sentence( e.getMessage() ) + " " + Subcommand.seeHelp( command.name() ) );
	}

	/** {@code Unknown command 'x': the commands are ...}, with the nearest command or option of {@code root}. */
	static String unknownCommand( final String given, final CommandSpec root )
	{
		final List< String > commands = new ArrayList<>();
		for ( final CommandSpec c : Main.visibleCommands( root ) )
			commands.add( c.name() );
		final List< String > known = new ArrayList<>( commands );
		known.addAll( optionNames( root ) );
		return "Unknown command '" + given + "': the commands are " + String.join( ", ", commands ) + "." + suggestion( given, known ) + " Run '"
				+ Main.PROGRAM + " help' for the list.";
	}

	/** An unknown option, or a positional argument beyond those the command takes. */
	private static String unmatched( final UnmatchedArgumentException e, final CommandSpec command )
	{
		final String given = e.getUnmatched().get( 0 );
		final String seeHelp = Subcommand.seeHelp( command.name() );
		if ( e.isUnknownOption() && !given.startsWith( "--" ) )
			return "Unknown option '" + given + "' for " + command.name() + ": options are written --name (put a file name that starts with '-'"
					+ " after '--'). " + seeHelp;
		if ( e.isUnknownOption() )
		{
			final String name = given.contains( "=" ) ? given.substring( 0, given.indexOf( '=' ) ) : given;
			return "Unknown option '" + name + "' for " + command.name() + "." + suggestion( name, optionNames( command ) ) + " " + seeHelp;
		}
		int most = 0;
		for ( final PositionalParamSpec p : command.positionalParameters() )
			most += p.arity().max;
		return command.name() + ( most == 0 ? " takes no arguments besides its options" : " takes at most " + most + " argument(s)" )
				+ ", but got '" + given + "'. " + seeHelp;
	}

	/** An option without its value, or required arguments that are absent. */
	private static String missing( final MissingParameterException e, final CommandSpec command )
	{
		final List< ArgSpec > missing = e.getMissing();
		// picocli raises the same exception for both; only the message of absent options says "option"
		if ( missing.size() == 1 && missing.get( 0 ).isOption() && !e.getMessage().startsWith( "Missing required option" ) )
			return "Option " + OptionSpecs.signature( ( OptionSpec ) missing.get( 0 ) ) + " needs a value.";
		final List< String > needed = new ArrayList<>();
		for ( final ArgSpec a : missing )
			needed.add( a.isOption() ? ( a.isMultiValue() ? "at least one " : "" ) + OptionSpecs.signature( ( OptionSpec ) a ) : a.paramLabel() );
		final String last = needed.remove( needed.size() - 1 );
		return command.name() + " needs " + ( needed.isEmpty() ? "" : String.join( ", ", needed ) + " and " ) + last + ". "
				+ Subcommand.seeHelp( command.name() );
	}

	private static List< String > optionNames( final CommandSpec command )
	{
		final List< String > names = new ArrayList<>();
		for ( final OptionSpec o : command.options() )
			if ( !o.hidden() )
				names.add( o.longestName() );
		return names;
	}

	/** " Did you mean --metrics?" for the nearest of {@code known} within {@link #MOST_EDITS}, else empty. */
	private static String suggestion( final String given, final List< String > known )
	{
		String best = null;
		int bestDistance = MOST_EDITS + 1;
		for ( final String k : known )
		{
			final int d = editDistance( given, k );
			if ( d < bestDistance )
			{
				best = k;
				bestDistance = d;
			}
		}
		return best == null ? "" : " Did you mean " + best + "?";
	}

	private static int editDistance( final String a, final String b )
	{
		int[] previous = new int[ b.length() + 1 ];
		int[] current = new int[ b.length() + 1 ];
		for ( int j = 0; j <= b.length(); j++ )
			previous[ j ] = j;
		for ( int i = 1; i <= a.length(); i++ )
		{
			current[ 0 ] = i;
			for ( int j = 1; j <= b.length(); j++ )
			{
				final int substitution = previous[ j - 1 ] + ( a.charAt( i - 1 ) == b.charAt( j - 1 ) ? 0 : 1 );
				current[ j ] = Math.min( substitution, Math.min( previous[ j ], current[ j - 1 ] ) + 1 );
			}
			final int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[ b.length() ];
	}

	/** picocli's message as a sentence: capital first, full stop last. */
	private static String sentence( final String message )
	{
		final String s = Character.toUpperCase( message.charAt( 0 ) ) + message.substring( 1 );
		return s.endsWith( "." ) ? s : s + ".";
	}
}
