package io.github.pdplane.commands;

import org.scijava.plugin.Parameter;

import ij.ImagePlus;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.io.imagej.ImagePlusSource;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;

/**
 * The parameters and the run of every full-reference metric command: a reference and a restored
 * image (or stack), and the convention, shave and data range of {@link PdCommand}. A subclass names its
 * metric and adds its own options.
 * <p>
 * Errors the user can cause cancel the command with a message naming the image and the rule; the
 * scores go to the "PD Results" table, one row per image or slice.
 */
public abstract class FullReferenceCommand extends MetricCommand
{
	@Parameter( label = "Reference", description = "The original image (or stack) the restored one is compared with. "
			+ "One reference image serves every slice of a restored stack." )
	private ImagePlus reference;

	@Parameter( label = "Restored", description = RESTORED_DESCRIPTION )
	private ImagePlus restored;

	/** The registry id of the metric ({@code "ssim"}). */
	protected abstract String metricId();

	/** The metric's options as chosen; the defaults where it has none. */
	protected MetricSettings settings()
	{
		return MetricSettings.defaults();
	}

	/** The options that change the metric's value, for the table ({@code "variant=paper"}); empty where none. */
	protected String options()
	{
		return "";
	}

	/**
	 * Runs after a successful scoring, for outputs beyond the value (the SSIM map); the sources are
	 * checked and scoreable with {@code preparation}.
	 */
	protected void scored( final ImagePlusSource reference, final ImagePlusSource restored, final Preparation preparation, final double peak )
	{}

	protected final MetricDescriptor descriptor()
	{
		return MetricRegistry.byId( metricId() );
	}

	@Override
	protected void execute()
	{
		if ( reference == null || restored == null )
			throw new PdPlaneException( "Choose a " + ( reference == null ? "reference" : "restored" ) + " image (open it first)." );
		final Scored scored = score( descriptor(), settings(), reference, restored, options() );
		scored( scored.reference, scored.restored, scored.preparation, scored.peak );
	}
}
