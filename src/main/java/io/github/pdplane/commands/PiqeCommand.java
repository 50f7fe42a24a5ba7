package io.github.pdplane.commands;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Plane;
import io.github.pdplane.io.imagej.ImagePlusSource;
import io.github.pdplane.nr.BlockMask;
import io.github.pdplane.nr.Piqe;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;

/**
 * PIQE (Venkatanath N. et al., NCC 2015) of a restored image or stack as MATLAB's {@code piqe} computes it; see
 * {@link Piqe}. Optionally also its three block masks as 8-bit images (0 and 255, the scored image's size after
 * the shave), so that one sees where the artefacts are. No menu path, for the reason given in {@link RmseCommand}.
 */
@Plugin( type = Command.class, name = "piqe", label = "PIQE", headless = true, visible = false,
		description = "Perception-based Image Quality Evaluator, as MATLAB's piqe: 0 (best) to 100 (worst) from the distorted "
				+ "16x16 blocks (lower is better; no reference, no training). Masks: also the active, the noticeable-artefact and "
				+ "the noise blocks as 8-bit images." )
public class PiqeCommand extends NoReferenceCommand
{
	@Parameter( label = "Masks", description = "Also output PIQE's three block masks as 8-bit images (255 where a 16x16 block is "
			+ "flagged): the active blocks (the ones scored), those with noticeable artefacts (blocking, sudden changes) and the "
			+ "noisy ones; convention gray or y." )
	private boolean masks = false;

	@Parameter( type = ItemIO.OUTPUT, label = "PIQE active blocks", required = false )
	private ImagePlus activityMask;

	@Parameter( type = ItemIO.OUTPUT, label = "PIQE artefact blocks", required = false )
	private ImagePlus artefactMask;

	@Parameter( type = ItemIO.OUTPUT, label = "PIQE noise blocks", required = false )
	private ImagePlus noiseMask;

	public PiqeCommand()
	{
		super( Piqe.ID );
	}

	@Override
	public void run()
	{
		CommandErrors.cancelOnError( this, () -> {
			final ResultsRecorder.Scored scored = new ResultsRecorder( log() ).scoreAndRecord( null, restored(), MetricRegistry.byId(
					Piqe.ID ), MetricSettings.defaults(), preparation(), masks ? "masks" : "" );
			if ( masks )
				masksOf( scored );
			setValue( scored.summary().value( 0 ) );
		} );
	}

	/** The three masks of every slice that was scored, each a stack where the restored image is one. */
	private void masksOf( final ResultsRecorder.Scored scored )
	{
		final ImagePlusSource restored = scored.restored;
		ImageStack active = null, artefacts = null, noise = null;
		for ( int s = 0; s < restored.slices(); s++ )
		{
			final Plane[] planes = scored.preparation.prepare( restored, s );
			if ( planes.length != 1 )
				throw new PdPlaneException( "PIQE's masks are drawn on one grey plane: score '" + restored.name() + "' with convention gray "
						+ "or y to have them (rgb averages the scores of the three channels, which have a mask each)." );
			final Piqe.Result result = Piqe.evaluate( restored.sliceName( s ), planes[ 0 ], scored.peak );
			if ( active == null )
			{
				active = new ImageStack( planes[ 0 ].width(), planes[ 0 ].height() );
				artefacts = new ImageStack( planes[ 0 ].width(), planes[ 0 ].height() );
				noise = new ImageStack( planes[ 0 ].width(), planes[ 0 ].height() );
			}
			add( active, result.activityMask(), restored.sliceName( s ) );
			add( artefacts, result.artefactMask(), restored.sliceName( s ) );
			add( noise, result.noiseMask(), restored.sliceName( s ) );
		}
		activityMask = new ImagePlus( "PIQE active blocks of " + restored.name(), active );
		artefactMask = new ImagePlus( "PIQE artefact blocks of " + restored.name(), artefacts );
		noiseMask = new ImagePlus( "PIQE noise blocks of " + restored.name(), noise );
	}

	private static void add( final ImageStack stack, final BlockMask mask, final String label )
	{
		stack.addSlice( label, new ByteProcessor( mask.width(), mask.height(), mask.toBytes() ) );
	}
}
