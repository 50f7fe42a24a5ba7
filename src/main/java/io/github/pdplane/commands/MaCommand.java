package io.github.pdplane.commands;

import java.io.File;

import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

import io.github.pdplane.nr.ma.MaModelStore;
import io.github.pdplane.nr.ma.MaScore;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;

/**
 * The no-reference score of Ma, Yang, Yang and Yang (CVIU 2017) of a restored image or stack; see
 * {@link MaScore}. It needs the authors' trained model, which the user installs once
 * ({@link InstallMaModelCommand}) or names as a file; without one the command stops with
 * {@link MaModelStore#installInstructions()}. No menu path, for the reason given in {@link RmseCommand}.
 */
@Plugin( type = Command.class, name = MaScore.ID, label = "Ma et al. Score...", headless = true, visible = false,
		description = "The no-reference quality score of Ma, Yang, Yang and Yang (CVIU 2017), learnt from people's ratings of "
				+ "super-resolved images: 138 statistics (block DCT, steerable pyramid, singular values) and the authors' three "
				+ "regression forests; about 0..10, higher is better. Needs the authors' model, installed once with Install Ma et al. "
				+ "Model... Images need at least 84x84 pixels." )
public class MaCommand extends NoReferenceCommand
{
	@Parameter( label = ModelFiles.MA_MODEL_LABEL, required = false, style = FileWidget.OPEN_STYLE, description = ModelFiles.MA_MODEL_DESCRIPTION )
	private File maModel;

	/** Where the installed model is looked for: the process environment's, unless a test sets another. */
	MaModelStore maModelStore;

	public MaCommand()
	{
		super( MaScore.ID );
	}

	@Override
	public void run()
	{
		CommandErrors.cancelOnError( this, () -> setValue( new ResultsRecorder( log() ).scoreAndRecord( null, restored(), MetricRegistry.byId(
				MaScore.ID ), MetricSettings.defaults().withMaModel( ModelFiles.ma( maModel, maModelStore ) ), preparation(), ModelFiles.option(
						"model", maModel ) ).summary().value( 0 ) ) );
	}
}
