package io.github.pdplane.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompletionSubcommandTest
{
	@Test
	void theScriptCompletesEveryVisibleCommandAndItsOptionsForTheAlias()
	{
		final CliRun run = CliRun.of( "completion" );
		assertEquals( Main.OK, run.exit, run::toString );
		assertEquals( "", run.err );
		final String script = run.out;
		assertTrue( script.startsWith( "#!/usr/bin/env bash" ), script );
		assertTrue( script.contains( "complete -F _complete_" + Main.COMPLETION_NAME + " -o default " + Main.COMPLETION_NAME + " " ), script );
		for ( final Subcommand c : Main.commands() )
			assertEquals( !c.hidden(), script.contains( "_picocli_" + Main.COMPLETION_NAME + "_" + c.name().replace( "-", "" ) + "()" ), c.name() );
		for ( final String option : new String[] { "--metrics", "--reference-set", "--ms-ssim-variant", "--restored", "--block-size", "--download" } )
			assertTrue( script.contains( option ), option );
		// the values of options with a fixed list
		for ( final String values : new String[] { "(\"gray\" \"y\" \"rgb\")", "(\"gray\" \"y\")", "(\"paper\" \"mscale-new\" \"wtd-sum\")",
				"(\"pirm\")", "(\"ma\")" } )
			assertTrue( script.contains( values ), values );
		assertFalse( script.contains( "\r" ) );
	}
}
