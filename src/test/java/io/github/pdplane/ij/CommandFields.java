package io.github.pdplane.ij;

import java.util.List;

import org.scijava.command.Command;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.module.ModuleService;

import io.github.pdplane.commands.CommandHarness;

/** A command's dialog fields as the bridge makes them, for the tests of the dialog, its keys and its remembered values. */
final class CommandFields
{
	private CommandFields()
	{}

	/** The fields of a created and initialised {@code command}, with its own defaults. */
	static List< DialogField > of( final CommandHarness harness, final Class< ? extends Command > command ) throws Exception
	{
		final ModuleService modules = harness.context().service( ModuleService.class );
		final Module module = modules.createModule( harness.context().service( CommandService.class ).getCommand( command ) );
		module.initialize();
		return CommandDialog.fields( module );
	}

	/** The field of macro key {@code key}. */
	static DialogField field( final List< DialogField > fields, final String key )
	{
		return fields.stream().filter( f -> f.key().equals( key ) ).findFirst().orElseThrow( () -> new AssertionError( "no field " + key ) );
	}
}
