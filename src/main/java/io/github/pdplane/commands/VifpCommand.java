package io.github.pdplane.commands;

import org.scijava.command.Command;
import org.scijava.plugin.Plugin;

import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;

/**
 * Pixel-domain visual information fidelity (Sheikh and Bovik 2006) of a restored image against its reference, as the LIVE release {@code vifp_mscale.m}; see {@code Vifp}. No menu path, for the reason given in {@link RmseCommand}.
 */
@Plugin( type = Command.class, name = "vifp", label = "VIFp...", headless = true, visible = false,
		description = "Visual information fidelity in the pixel domain (four scales, as the LIVE release vifp_mscale.m; higher is better; 1 for identical images). Images need 41x41 pixels." )
public class VifpCommand extends FullReferenceCommand
{
	@Override
	public void run()
	{
		CommandErrors.cancelOnError( this, () -> setValue( new ResultsRecorder( log() ).scoreAndRecord( reference(), restored(),
				MetricRegistry.byId( "vifp" ), MetricSettings.defaults(), preparation(), "" ).summary().value( 0 ) ) );
	}
}
