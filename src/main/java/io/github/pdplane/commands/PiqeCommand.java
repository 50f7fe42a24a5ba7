package io.github.pdplane.commands;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import java.awt.Color;
import java.util.List;

import ij.ImagePlus;
import ij.ImageStack;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.process.ByteProcessor;

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
@Plugin( type = Command.class, name = "piqe", label = "PIQE...", headless = true, visible = false,
		description = "Perception-based Image Quality Evaluator, as MATLAB's piqe: 0 (best) to 100 (worst) from the distorted "
				+ "16x16 blocks (lower is better; no reference, no training). Masks: also the active, the noticeable-artefact and "
				+ "the noise blocks as 8-bit images." )
public class PiqeCommand extends NoReferenceCommand
{
	@Parameter( label = "Masks", description = "Also output PIQE's three block masks as 8-bit images (255 where a 16x16 block is "
			+ "flagged): the active blocks (the ones scored), those with noticeable artefacts (blocking, sudden changes) and the "
			+ "noisy ones; and outline the artefact blocks (red) and the noisy blocks (cyan) in an overlay on the scored image "
			+ "(its pixels are not changed); convention gray or y." )
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

	/** The overlay's names of PIQE's block outlines: a new run replaces the outlines of the last one. */
	static final String ARTEFACT_OUTLINE = "PIQE artefact block", NOISE_OUTLINE = "PIQE noise block";

	/**
	 * The three masks of every slice that was scored, each a stack where the restored image is one, and the
	 * artefact and noise blocks outlined in the restored image's overlay.
	 */
	private void masksOf( final ResultsRecorder.Scored scored )
	{
		final ImagePlusSource restored = scored.restored;
		final ImagePlus image = restored();
		final Overlay overlay = image.getOverlay() == null ? new Overlay() : image.getOverlay();
		overlay.remove( ARTEFACT_OUTLINE );
		overlay.remove( NOISE_OUTLINE );
		ImageStack active = null, artefacts = null, noise = null;
		final List< Piqe.Result > results = Piqe.evaluateSlices( restored, scored.preparation );
		for ( int s = 0; s < results.size(); s++ )
		{
			final Piqe.Result result = results.get( s );
			final BlockMask first = result.activityMask();
			if ( active == null )
			{
				active = new ImageStack( first.width(), first.height() );
				artefacts = new ImageStack( first.width(), first.height() );
				noise = new ImageStack( first.width(), first.height() );
			}
			add( active, result.activityMask(), restored.sliceName( s ) );
			add( artefacts, result.artefactMask(), restored.sliceName( s ) );
			add( noise, result.noiseMask(), restored.sliceName( s ) );
			outline( overlay, result.artefactMask(), ARTEFACT_OUTLINE, Color.RED, s, restored.slices(), scored.preparation.shave() );
			outline( overlay, result.noiseMask(), NOISE_OUTLINE, Color.CYAN, s, restored.slices(), scored.preparation.shave() );
		}
		image.setOverlay( overlay );
		activityMask = new ImagePlus( "PIQE active blocks of " + restored.name(), active );
		artefactMask = new ImagePlus( "PIQE artefact blocks of " + restored.name(), artefacts );
		noiseMask = new ImagePlus( "PIQE noise blocks of " + restored.name(), noise );
	}

	/** A rectangle around each flagged block, on its slice of a stack, in the image's coordinates (the shave added back). */
	private static void outline( final Overlay overlay, final BlockMask mask, final String name, final Color colour, final int slice,
			final int slices, final int shave )
	{
		for ( int row = 0; row < mask.blockRows(); row++ )
			for ( int column = 0; column < mask.blockColumns(); column++ )
				if ( mask.isBlockFlagged( column, row ) )
				{
					final int x = column * mask.blockSize(), y = row * mask.blockSize();
					final Roi block = new Roi( shave + x, shave + y, Math.min( mask.blockSize(), mask.width() - x ), Math.min( mask.blockSize(),
							mask.height() - y ) );
					block.setName( name );
					block.setStrokeColor( colour );
					if ( slices > 1 )
						block.setPosition( slice + 1 );
					overlay.add( block );
				}
	}

	private static void add( final ImageStack stack, final BlockMask mask, final String label )
	{
		stack.addSlice( label, new ByteProcessor( mask.width(), mask.height(), mask.toBytes() ) );
	}
}
