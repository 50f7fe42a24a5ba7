package io.github.pdplane.commands;

import org.scijava.ItemIO;
import org.scijava.plugin.Parameter;

import ij.ImagePlus;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.registry.MetricRegistry;

/**
 * The parameters of the no-reference metric commands (NIQE, Ma et al., the Perceptual Index), declared
 * once: the restored image or stack, the convention, shave and data range of {@link PdCommand} with the
 * defaults of the metric's registry entry ({@link MetricRegistry#defaultPreparation}: PIRM's y and shave
 * 4 for PI), so a command, the command line and a batch run of the same metric start from the same
 * protocol, and the value output. A parameter base (see {@link PdCommand}); each command declares the
 * model files it uses ({@link ModelFiles}) and scores in its {@code run()}.
 */
public abstract class NoReferenceCommand extends PdCommand
{
	@Parameter( type = ItemIO.OUTPUT, label = "Value", description = FullReferenceCommand.VALUE_DESCRIPTION )
	private double value = Double.NaN;

	@Parameter( label = "Restored", description = FullReferenceCommand.RESTORED_DESCRIPTION )
	private ImagePlus restored;

	/**
	 * @param metricId
	 *            the registry id of the metric the command scores, whose default convention and shave
	 *            the command's parameters take
	 */
	protected NoReferenceCommand( final String metricId )
	{
		super( metricId );
	}

	/**
	 * The restored image.
	 *
	 * @throws PdPlaneException
	 *             where none is chosen
	 */
	protected final ImagePlus restored()
	{
		return FullReferenceCommand.chosen( restored, "restored" );
	}

	/** Sets the value output, at the end of a successful run. */
	protected final void setValue( final double score )
	{
		value = score;
	}
}
