package io.github.pdplane.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

import io.github.pdplane.table.Text;

/**
 * One command of the command line ({@code score}, {@code demo}, ...): its name, its options in picocli's
 * model of the command, and its help text, which picocli renders from that model in the layout below
 * (synopsis with the required options, description, one option per line with its default).
 */
abstract class Subcommand
{
	/** How a user of the command line asks to replace an existing output file. */
	static final String HOW_TO_REPLACE = "pass --overwrite to replace it";

	/** Option signatures up to this length share their line with the description. */
	private static final int LONGEST_INLINE_SIGNATURE = 24;

	private final String name;

	private final String summary;

	/** Every command accepts these; the help text lists them last. */
	private final OptionSpec debug = OptionSpecs.flag( "debug", "on an unexpected error, print its stack trace" );

	private final OptionSpec help = helpOption( "show this help (also -h)" );

	private CommandLine commandLine;

	Subcommand( final String name, final String summary )
	{
		this.name = name;
		this.summary = summary;
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

	/** Adds the command's own options (alone or as groups) and positional parameters to its model, in help order. */
	abstract void addArguments( CommandSpec command );

	/** What the command does, for its help text, after the synopsis. */
	abstract String description();

	/**
	 * Runs the command on the command line just parsed, which its options hold.
	 *
	 * @return the exit code: {@link Main#OK}, or {@link Main#INPUT_FAILED} where some input failed and
	 *         its error has been reported
	 * @throws UsageException
	 *             where the options are unusable, before any input is read
	 */
	abstract int run( Terminal terminal ) throws IOException;

	/** picocli's parser of this command, made on first use; a parse leaves the values in the command's options. */
	final CommandLine commandLine()
	{
		if ( commandLine == null )
		{
			final CommandSpec spec = CommandSpec.wrapWithoutInspection( this ).name( name );
			addArguments( spec );
			spec.addOption( debug ).addOption( help );
			spec.usageMessage().header( summary ).description( description() ).hidden( hidden() );
			layOutHelp( spec.usageMessage() );
			commandLine = new CommandLine( spec );
		}
		return commandLine;
	}

	/** The help's sections, in this order: synopsis, description, options; picocli fills them in from the command's model. */
	private static void layOutHelp( final UsageMessageSpec usage )
	{
		final Map< String, IHelpSectionRenderer > sections = new LinkedHashMap<>();
		sections.put( UsageMessageSpec.SECTION_KEY_SYNOPSIS, help -> synopsis( help.commandSpec() ) );
		sections.put( UsageMessageSpec.SECTION_KEY_DESCRIPTION, help -> "\n" + Text.wrap( String.join( "\n", help.commandSpec().usageMessage()
				.description() ), Text.WIDTH, "" ) + "\n" );
		sections.put( UsageMessageSpec.SECTION_KEY_OPTION_LIST_HEADING, help -> "\nOptions:\n" );
		sections.put( UsageMessageSpec.SECTION_KEY_OPTION_LIST, help -> optionList( help.commandSpec() ) );
		usage.sectionMap( sections ).sectionKeys( new ArrayList<>( sections.keySet() ) );
	}

	/** The help text, as {@code --help} prints it. */
	final String help()
	{
		return commandLine().getUsageMessage();
	}

	/** Whether the command line just parsed asks for the stack trace of an unexpected error. */
	final boolean debugging()
	{
		return OptionSpecs.given( debug );
	}

	/** The sentence that ends a usage error of this command. */
	final String seeHelp()
	{
		return seeHelp( name );
	}

	/** {@code --help}, also {@code -h}: picocli checks no other option where it is given. */
	static OptionSpec helpOption( final String description )
	{
		return OptionSpecs.flag( "help", description ).toBuilder().names( "--help", "-h" ).usageHelp( true ).build();
	}

	static String seeHelp( final String command )
	{
		return "Run '" + Main.PROGRAM + " " + command + " --help' for its options.";
	}

	/** {@code Usage: java -jar pdplane-cli.jar evaluate --reference DIR|STACK ... [options] IMAGE...} */
	private static String synopsis( final CommandSpec spec )
	{
		final StringBuilder sb = new StringBuilder( "Usage: " ).append( Main.PROGRAM ).append( ' ' ).append( spec.name() );
		for ( final OptionSpec o : spec.options() )
			if ( o.required() )
				sb.append( ' ' ).append( OptionSpecs.signature( o ) );
		sb.append( " [options]" );
		for ( final PositionalParamSpec p : spec.positionalParameters() )
			sb.append( ' ' ).append( p.required() ? p.paramLabel() : "[" + p.paramLabel() + "]" );
		return sb.append( '\n' ).toString();
	}

	private static String optionList( final CommandSpec spec )
	{
		int column = 0;
		for ( final OptionSpec o : spec.options() )
			if ( OptionSpecs.signature( o ).length() <= LONGEST_INLINE_SIGNATURE )
				column = Math.max( column, OptionSpecs.signature( o ).length() );
		column += 4;
		final String indent = Text.padRight( "", column );
		final StringBuilder sb = new StringBuilder();
		for ( final OptionSpec o : spec.options() )
		{
			final String left = "  " + OptionSpecs.signature( o );
			// a long signature gets a line of its own rather than pushing every description to the right
			sb.append( left.length() + 2 > column ? left + "\n" + indent : Text.padRight( left, column ) )
					.append( Text.wrap( String.join( " ", o.description() ), Text.WIDTH - column, indent ).trim() ).append( '\n' );
		}
		return sb.toString();
	}
}
