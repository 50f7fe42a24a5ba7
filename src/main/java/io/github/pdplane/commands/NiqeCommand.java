package io.github.pdplane.commands;

import java.io.File;

import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

import ij.ImagePlus;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.metrics.MetricRegistry;
import io.github.pdplane.metrics.MetricSettings;
import io.github.pdplane.nr.Niqe;
import io.github.pdplane.nr.NiqeModel;

/**
 * NIQE (Mittal, Soundararajan and Bovik 2013) of a restored image or stack, with no reference; see
 * {@link Niqe}. The model is the bundled LIVE model, or a file the user trained ("Train NIQE Model",
 * {@code train-niqe}) or took from the MATLAB release. No menu path, for the reason given in
 * {@link RmseCommand}.
 */
@Plugin( type = Command.class, name = "niqe", label = "NIQE", headless = true, visible = false,
		description = "Natural Image Quality Evaluator: the distance of the image's natural-scene statistics from those of pristine "
				+ "images (lower is better; no reference). Images need at least two blocks in each direction (192x192 with the LIVE model)." )
public class NiqeCommand extends MetricCommand
{
	@Parameter( label = "Restored", description = "The image (or stack) to score; stacks get one row per slice and a mean." )
	private ImagePlus restored;

	@Parameter( label = "NIQE model", required = false, style = FileWidget.OPEN_STYLE,
			description = "A NIQE model file (MAT-file from Train NIQE Model or train-niqe, or modelparameters.mat of the MATLAB release); "
					+ "empty for the bundled LIVE model." )
	private File niqeModel;

	@Override
	protected void execute()
	{
		if ( restored == null )
			throw new PdPlaneException( "Choose a restored image (open it first)." );
		final boolean own = niqeModel != null && !niqeModel.getPath().isEmpty();
		final MetricSettings settings = MetricSettings.defaults().withNiqeModel( own ? NiqeModel.load( niqeModel.toPath() ) : null );
		score( MetricRegistry.byId( "niqe" ), settings, null, restored, own ? "model=" + niqeModel.getName() : "" );
	}
}
