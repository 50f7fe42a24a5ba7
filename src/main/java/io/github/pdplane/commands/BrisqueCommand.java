package io.github.pdplane.commands;

import org.scijava.command.Command;
import org.scijava.plugin.Plugin;

import io.github.pdplane.nr.Brisque;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;

/**
 * BRISQUE (Mittal, Moorthy and Bovik 2012) of a restored image or stack, with no reference, with the model of
 * the LIVE release; see {@link Brisque}. No menu path, for the reason given in {@link RmseCommand}.
 */
@Plugin( type = Command.class, name = "brisque", label = "BRISQUE...", headless = true, visible = false,
		description = "Blind/Referenceless Image Spatial Quality Evaluator with the LIVE release's model: about 0 (best) to 100 "
				+ "(worst; lower is better; no reference). Images need 13x13 pixels." )
public class BrisqueCommand extends NoReferenceCommand
{
	public BrisqueCommand()
	{
		super( Brisque.ID );
	}

	@Override
	public void run()
	{
		CommandErrors.cancelOnError( this, () -> setValue( new ResultsRecorder( log() ).scoreAndRecord( null, restored(), MetricRegistry.byId(
				Brisque.ID ), MetricSettings.defaults(), preparation(), "" ).summary().value( 0 ) ) );
	}
}
