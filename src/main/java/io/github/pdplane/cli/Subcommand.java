package io.github.pdplane.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import io.github.pdplane.table.Text;

/**
 * One command of the command line ({@code score}, {@code demo}, ...): its name, its options, and its
 * help text, which is generated from the same option list the parser reads.
 */
abstract class Subcommand
{
	static final String HELP = "help";

	static final String DEBUG = "debug";

	/** How a user of the command line asks to replace an existing output file. */
	static final String HOW_TO_REPLACE = "pass --overwrite to replace it";

	/** Option signatures up to this length share their line with the description. */
	private static final int LONGEST_INLINE_SIGNATURE = 24;

	/** Every command accepts these; the help text lists them last. */
	private static final List< Option > COMMON = Collections.unmodifiableList( Arrays.asList(
			Option.flag( DEBUG, "on an unexpected error, print its stack trace" ),
			Option.flag( HELP, "show this help (also -h)" ) ) );

	private final String name;

	private final String summary;

	private final String positionalsSynopsis;

	private final int minimumPositionals;

	private final int maximumPositionals;

	/**
	 * @param positionalsSynopsis
	 *            how the positional arguments appear in the synopsis ({@code "IMAGE..."}), empty if none
	 */
	Subcommand( final String name, final String summary, final String positionalsSynopsis, final int minimumPositionals,
			final int maximumPositionals )
	{
		this.name = name;
		this.summary = summary;
		this.positionalsSynopsis = positionalsSynopsis;
		this.minimumPositionals = minimumPositionals;
		this.maximumPositionals = maximumPositionals;
	}

	final String name()
	{
		return name;
	}

	/** One line for the command list. */
	final String summary()
	{
		return summary;
	}

	/** Maintenance commands stay out of the command list but keep their own help. */
	boolean hidden()
	{
		return false;
	}

	/** The command's own options, in help order. */
	abstract List< Option > options();

	/** What the command does, for its help text, after the synopsis. */
	abstract String description();

	/**
	 * Runs the command.
	 *
	 * @return the exit code: {@link Main#OK}, or {@link Main#INPUT_FAILED} where some input failed and
	 *         its error has been reported
	 * @throws UsageException
	 *             where the options are unusable, before any input is read
	 */
	abstract int run( Arguments arguments, Terminal terminal ) throws IOException;

	final List< Option > allOptions()
	{
		final List< Option > all = new ArrayList<>( options() );
		all.addAll( COMMON );
		return all;
	}

	final Arguments parse( final List< String > args )
	{
		return Arguments.parse( name, allOptions(), args );
	}

	final void checkPositionals( final Arguments arguments )
	{
		final int n = arguments.positionals().size();
		if ( n < minimumPositionals )
			throw new UsageException( name + " needs " + positionalsSynopsis + ". " + Arguments.seeHelp( name ) );
		if ( n > maximumPositionals )
			throw new UsageException( name + ( maximumPositionals == 0 ? " takes no arguments besides its options" : " takes at most "
					+ maximumPositionals + " argument(s)" ) + ", but got '" + arguments.positionals().get( maximumPositionals ) + "'. "
					+ Arguments.seeHelp( name ) );
	}

	final String help()
	{
		final StringBuilder sb = new StringBuilder();
		sb.append( "Usage: " ).append( Main.PROGRAM ).append( ' ' ).append( name );
		for ( final Option o : options() )
			if ( isRequired( o ) )
				sb.append( ' ' ).append( o.signature() );
		sb.append( " [options]" );
		if ( !positionalsSynopsis.isEmpty() )
			sb.append( ' ' ).append( positionalsSynopsis );
		sb.append( "\n\n" ).append( Text.wrap( description(), Text.WIDTH, "" ) ).append( "\n\nOptions:\n" );
		final List< Option > all = allOptions();
		int column = 0;
		for ( final Option o : all )
			if ( o.signature().length() <= LONGEST_INLINE_SIGNATURE )
				column = Math.max( column, o.signature().length() );
		column += 4;
		final String indent = Text.padRight( "", column );
		for ( final Option o : all )
		{
			final String left = "  " + o.signature();
			// a long signature gets a line of its own rather than pushing every description to the right
			sb.append( left.length() + 2 > column ? left + "\n" + indent : Text.padRight( left, column ) )
					.append( Text.wrap( o.helpText(), Text.WIDTH - column, indent ).trim() ).append( '\n' );
		}
		return sb.toString();
	}

	/** Required options appear in the synopsis; override to name them. */
	boolean isRequired( final Option option )
	{
		return false;
	}
}
