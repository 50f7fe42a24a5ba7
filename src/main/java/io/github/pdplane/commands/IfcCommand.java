package io.github.pdplane.commands;

import org.scijava.command.Command;
import org.scijava.plugin.Plugin;

import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;

/**
 * Information fidelity criterion (Sheikh, Bovik and de Veciana 2005) of a restored image against its reference, as the LIVE release {@code ifcvec.m}; see {@code Ifc}. No menu path, for the reason given in {@link RmseCommand}.
 */
@Plugin( type = Command.class, name = "ifc", label = "IFC...", headless = true, visible = false,
		description = "Information fidelity criterion (as the LIVE release ifcvec.m): the information the restored image shares with the reference, in bits per reference pixel as the release counts them (higher is better). Images need 72x72 pixels." )
public class IfcCommand extends FullReferenceCommand
{
	@Override
	public void run()
	{
		CommandErrors.cancelOnError( this, () -> setValue( new ResultsRecorder( log() ).scoreAndRecord( reference(), restored(),
				MetricRegistry.byId( "ifc" ), MetricSettings.defaults(), preparation(), "" ).summary().value( 0 ) ) );
	}
}
