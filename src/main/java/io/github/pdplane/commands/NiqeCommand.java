package io.github.pdplane.commands;

import java.io.File;

import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

import io.github.pdplane.nr.Niqe;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;

/**
 * NIQE (Mittal, Soundararajan and Bovik 2013) of a restored image or stack, with no reference; see
 * {@link Niqe}. The model is the bundled LIVE model, or a file the user trained ("Train NIQE Model...",
 * {@code train-niqe}) or took from the MATLAB release. No menu path, for the reason given in
 * {@link RmseCommand}.
 */
@Plugin( type = Command.class, name = "niqe", label = "NIQE...", headless = true, visible = false,
		description = "Natural Image Quality Evaluator: the distance of the image's natural-scene statistics from those of pristine "
				+ "images (lower is better; no reference). Images need at least two blocks in each direction (192x192 with the LIVE model)." )
public class NiqeCommand extends NoReferenceCommand
{
	@Parameter( label = ModelFiles.NIQE_MODEL_LABEL, required = false, style = FileWidget.OPEN_STYLE,
			description = ModelFiles.NIQE_MODEL_DESCRIPTION )
	private File niqeModel;

	public NiqeCommand()
	{
		super( "niqe" );
	}

	@Override
	public void run()
	{
		CommandErrors.cancelOnError( this, () -> setValue( new ResultsRecorder( log() ).scoreAndRecord( null, restored(), MetricRegistry.byId(
				"niqe" ), MetricSettings.defaults().withNiqeModel( ModelFiles.niqe( niqeModel ) ), preparation(), ModelFiles.option( "model",
						niqeModel ) ).summary().value( 0 ) ) );
	}
}
