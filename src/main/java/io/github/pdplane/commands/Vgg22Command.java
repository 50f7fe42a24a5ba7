package io.github.pdplane.commands;

import java.io.File;

import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;
import io.github.pdplane.vgg.Vgg22;
import io.github.pdplane.vgg.VggWeights;
import io.github.pdplane.vgg.VggWeightsStore;

/**
 * VGG2,2 of a restored image against its reference (see {@link Vgg22}), with the user's VGG19 weights: a
 * file named here, else the installed ones ({@link InstallVggWeightsCommand}); without any, the command stops
 * with {@link VggWeightsStore#installInstructions()}. The "PD Results" options name the weights used. Its
 * default convention is rgb (grey images are repeated to three channels). No menu path, for the reason
 * given in {@link RmseCommand}.
 */
@Plugin( type = Command.class, name = Vgg22.ID, label = "VGG2,2...", headless = true, visible = false,
		description = "The distance between the VGG19 conv2_2 features (after its ReLU) of the restored image and of the reference: the mean "
				+ "squared difference over every channel, row and column (lower is better; 0 for identical images), the deep-feature axis of "
				+ "Blau and Michaeli's perception-distortion plane. Needs VGG19 weights, installed once with Install VGG Weights... "
				+ "(torchvision's or MatConvNet's file; they are different trainings, and the results name the one used). Colour images "
				+ "are scored in RGB; grey ones are repeated to three channels." )
public class Vgg22Command extends FullReferenceCommand
{
	@Parameter( label = ModelFiles.VGG_WEIGHTS_LABEL, required = false, style = FileWidget.OPEN_STYLE,
			description = ModelFiles.VGG_WEIGHTS_DESCRIPTION )
	private File vggWeights;

	/** Where the installed weights are looked for: the process environment's, unless a test sets another. */
	VggWeightsStore vggWeightsStore;

	public Vgg22Command()
	{
		super( Vgg22.ID );
	}

	@Override
	public void run()
	{
		CommandErrors.cancelOnError( this, () -> {
			final VggWeights weights = ModelFiles.vgg( vggWeights, vggWeightsStore );
			setValue( new ResultsRecorder( log() ).scoreAndRecord( reference(), restored(), MetricRegistry.byId( Vgg22.ID ), MetricSettings
					.defaults().withVggWeights( weights ), preparation(), "weights=" + weights.description() ).summary().value( 0 ) );
		} );
	}
}
