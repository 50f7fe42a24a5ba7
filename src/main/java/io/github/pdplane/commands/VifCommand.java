package io.github.pdplane.commands;

import org.scijava.command.Command;
import org.scijava.plugin.Plugin;

import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;

/**
 * Visual information fidelity in the wavelet domain (Sheikh and Bovik 2006) of a restored image against its reference, as the LIVE release {@code vifvec.m}; see {@code Vif}. No menu path, for the reason given in {@link RmseCommand}.
 */
@Plugin( type = Command.class, name = "vif", label = "VIF...", headless = true, visible = false,
		description = "Visual information fidelity (wavelet domain, as the LIVE release vifvec.m): the share of the reference's information that the restored image keeps (higher is better; 1 for identical images). Images need 72x72 pixels." )
public class VifCommand extends FullReferenceCommand
{
	@Override
	public void run()
	{
		CommandErrors.cancelOnError( this, () -> setValue( new ResultsRecorder( log() ).scoreAndRecord( reference(), restored(),
				MetricRegistry.byId( "vif" ), MetricSettings.defaults(), preparation(), "" ).summary().value( 0 ) ) );
	}
}
