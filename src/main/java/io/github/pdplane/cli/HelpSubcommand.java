package io.github.pdplane.cli;

import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code help [COMMAND]}: the list of commands, or one command's help, on standard output. */
final class HelpSubcommand extends Subcommand
{
	/** Any number, so that more than one is refused in words rather than as an extra argument. */
	private final PositionalParamSpec commandParameter = PositionalParamSpec.builder().paramLabel( "COMMAND" ).index( "0..*" ).arity( "0..*" )
			.type( List.class ).auxiliaryTypes( String.class ).build();

	HelpSubcommand()
	{
		super( "help", "this list, or 'help <command>' for a command's options" );
	}

	@Override
	void addArguments( final CommandSpec command )
	{
		command.addPositional( commandParameter );
	}

	@Override
	String description()
	{
		return "Prints the list of commands, or with a COMMAND its help (as '" + Main.PROGRAM + " COMMAND --help' does).";
	}

	@Override
	int run( final Terminal terminal )
	{
		final List< String > names = OptionSpecs.values( commandParameter );
		if ( names.size() > 1 )
			throw new UsageException( name() + " takes at most one command name, got " + String.join( " ", names ) + "." );
		final CommandLine root = commandLine().getParent();
		final CommandLine shown = names.isEmpty() ? root : root.getSubcommands().get( names.get( 0 ) );
		if ( shown == null )
			throw new UsageException( UsageErrors.unknownCommand( names.get( 0 ), root.getCommandSpec() ) );
		terminal.out().print( shown.getUsageMessage() );
		return Main.OK;
	}
}
