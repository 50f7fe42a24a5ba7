package io.github.pdplane.commands;

import org.scijava.command.Command;
import org.scijava.plugin.Plugin;

import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;

/**
 * Peak signal-to-noise ratio in dB of a restored image against its reference; see {@code Psnr}. No
 * menu path, for the reason given in {@link RmseCommand}.
 */
@Plugin( type = Command.class, name = "psnr", label = "PSNR...", headless = true, visible = false,
		description = "Peak signal-to-noise ratio in dB of the restored image against its reference (higher is better; "
				+ "Infinity for identical images)." )
public class PsnrCommand extends FullReferenceCommand
{
	@Override
	public void run()
	{
		CommandErrors.cancelOnError( this, () -> setValue( new ResultsRecorder( log() ).scoreAndRecord( reference(), restored(),
				MetricRegistry.byId( "psnr" ), MetricSettings.defaults(), preparation(), "" ).summary().value( 0 ) ) );
	}
}
