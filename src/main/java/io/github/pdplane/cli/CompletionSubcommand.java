package io.github.pdplane.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code completion}: picocli's bash script (zsh runs it too) that completes the commands, their options
 * and file names for {@value Main#COMPLETION_NAME}, an alias or a script of that name that runs the jar.
 */
final class CompletionSubcommand extends Subcommand
{
	CompletionSubcommand()
	{
		super( "completion", "print the bash/zsh script that completes commands, options and files for '" + Main.COMPLETION_NAME + "'" );
	}

	@Override
	void addArguments( final CommandSpec command )
	{
		// none: the script covers every command
	}

	@Override
	String description()
	{
		return "Prints a bash script (zsh runs it too, after 'autoload -U +X bashcompinit && bashcompinit') that completes, on TAB, the"
				+ " commands, their options, the values of options with a fixed list (--convention, --protocol, ...) and file names, for the"
				+ " command '" + Main.COMPLETION_NAME + "': an alias or a script of that name that runs the jar. Load it into the current"
				+ " shell with 'source', or save it where the shell reads completions (for bash, ~/.local/share/bash-completion/completions/"
				+ Main.COMPLETION_NAME + ")."
				+ "\nExample:"
				+ "\n  alias " + Main.COMPLETION_NAME + "='java -jar /path/to/pdplane-cli.jar'"
				+ "\n  source <(" + Main.PROGRAM + " completion)";
	}

	@Override
	int run( final Terminal terminal )
	{
		// picocli's own command for this (AutoComplete.GenerateCompletion) prints the same script, with \n line ends on every system
		terminal.out().print( AutoComplete.bash( Main.COMPLETION_NAME, commandLine().getParent() ) );
		terminal.out().print( '\n' );
		terminal.out().flush();
		return Main.OK;
	}
}
