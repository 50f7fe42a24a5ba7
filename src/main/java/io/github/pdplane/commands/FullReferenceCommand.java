package io.github.pdplane.commands;

import org.scijava.ItemIO;
import org.scijava.plugin.Parameter;

import ij.ImagePlus;

import io.github.pdplane.PdPlaneException;

/**
 * The parameters of every full-reference metric command, declared once: a reference and a restored
 * image (or stack), the convention, shave and data range of {@link PdCommand}, and the value output. A
 * parameter base (see {@link PdCommand}); each metric's command adds its own options and scores in its
 * {@code run()}.
 */
public abstract class FullReferenceCommand extends PdCommand
{
	/** The description of every metric command's restored image. */
	static final String RESTORED_DESCRIPTION = "The image (or stack) to score; stacks get one row per slice and a mean.";

	/** The description of every metric command's value output. */
	static final String VALUE_DESCRIPTION = "The score; for a stack, the mean over its slices.";

	@Parameter( type = ItemIO.OUTPUT, label = "Value", description = VALUE_DESCRIPTION )
	private double value = Double.NaN;

	@Parameter( label = "Reference", description = "The original image (or stack) the restored one is compared with. "
			+ "One reference image serves every slice of a restored stack." )
	private ImagePlus reference;

	@Parameter( label = "Restored", description = RESTORED_DESCRIPTION )
	private ImagePlus restored;

	/** Parameters with the defaults of {@link io.github.pdplane.image.Preparation#defaults()}. */
	protected FullReferenceCommand()
	{}

	/** Parameters with the defaults of the registry entry of the metric {@code metricId} (rgb for VGG2,2). */
	protected FullReferenceCommand( final String metricId )
	{
		super( metricId );
	}

	/**
	 * The reference image.
	 *
	 * @throws PdPlaneException
	 *             where none is chosen
	 */
	protected final ImagePlus reference()
	{
		return chosen( reference, "reference" );
	}

	/**
	 * The restored image.
	 *
	 * @throws PdPlaneException
	 *             where none is chosen
	 */
	protected final ImagePlus restored()
	{
		return chosen( restored, "restored" );
	}

	static ImagePlus chosen( final ImagePlus image, final String which )
	{
		if ( image == null )
			throw new PdPlaneException( "Choose a " + which + " image (open it first)." );
		return image;
	}

	/** Sets the value output, at the end of a successful run. */
	protected final void setValue( final double score )
	{
		value = score;
	}
}
