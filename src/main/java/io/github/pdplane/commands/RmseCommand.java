package io.github.pdplane.commands;

import org.scijava.command.Command;
import org.scijava.plugin.Plugin;

import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;

/**
 * Root mean squared error of a restored image against its reference; see {@code Rmse} for the
 * definition. No menu path and not visible to SciJava's menus and search: menus and macros reach it
 * through {@code plugins.config} and {@code io.github.pdplane.ij.CommandBridge}, so it appears once
 * in Fiji.
 */
@Plugin( type = Command.class, name = "rmse", label = "RMSE...", headless = true, visible = false,
		description = "Root mean squared error of the restored image against its reference (lower is better)." )
public class RmseCommand extends FullReferenceCommand
{
	@Override
	public void run()
	{
		CommandErrors.cancelOnError( this, () -> setValue( new ResultsRecorder( log() ).scoreAndRecord( reference(), restored(),
				MetricRegistry.byId( "rmse" ), MetricSettings.defaults(), preparation(), "" ).summary().value( 0 ) ) );
	}
}
