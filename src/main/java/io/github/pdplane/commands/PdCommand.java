package io.github.pdplane.commands;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.scijava.command.DynamicCommand;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Convention;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.registry.MetricRegistry;

/**
 * The parameters every PD Plane command that reads images shares, declared once: the colour convention,
 * the border shave and the data range (one {@link Preparation} for the run), and SciJava's log for the
 * scorer's warnings. Their defaults are {@link Preparation#defaults()}, or a metric's own reference
 * protocol where the subclass passes one (PI: PIRM's y and shave 4).
 * <p>
 * A parameter base, not a layer: SciJava reads a command's parameters from the {@code @Parameter} fields
 * of its class and superclasses only, so a parameter list shared by several commands has to be a
 * superclass. It holds fields and turns them into values; it runs nothing. What a command does it does in
 * its own {@code run()} with composed collaborators ({@link CommandErrors}, {@link ResultsRecorder},
 * {@link ReplaceConfirmation}, ...).
 */
public abstract class PdCommand extends DynamicCommand
{
	@Parameter
	private LogService log;

	@Parameter( label = "Convention (colour images)", initializer = "initConvention",
			description = "How colour images become the channel(s) scored: gray (MATLAB rgb2gray), y (8-bit Y of rgb2ycbcr, as PIRM), "
					+ "rgb (every channel). Grey images are scored as they are." )
	private String convention;

	@Parameter( label = "Shave (border pixels)", min = "0", description = "Pixels removed from every border before scoring (PIRM uses 4 at x4)." )
	private int shave;

	@Parameter( label = "Data range (0 = from bit depth)", min = "0", description = "The data range L of the images: PSNR's peak, SSIM's constants; NIQE "
			+ "maps it to its 8-bit scale. 0 takes it from the bit depth (255 for 8-bit, 65535 for 16-bit); 32-bit images need it." )
	private double dataRange;

	/** Parameters with the defaults of {@link Preparation#defaults()}. */
	protected PdCommand()
	{
		this( Preparation.defaults() );
	}

	/**
	 * Parameters with the defaults of one metric's registry entry ({@link MetricRegistry#defaultPreparation}:
	 * PIRM's y and shave 4 for PI, rgb for VGG2,2).
	 */
	protected PdCommand( final String metricId )
	{
		this( MetricRegistry.defaultPreparation( Collections.singletonList( MetricRegistry.byId( metricId ) ) ) );
	}

	/**
	 * @param defaults
	 *            the parameters' defaults; its data range NaN (from the bit depth) is the parameter's 0
	 */
	protected PdCommand( final Preparation defaults )
	{
		convention = defaults.convention().id();
		shave = defaults.shave();
		dataRange = Double.isNaN( defaults.dataRange() ) ? 0 : defaults.dataRange();
	}

	/** SciJava's log: warnings (a constant image) go there. */
	protected final LogService log()
	{
		return log;
	}

	/** The conventions the command offers; all by default. */
	protected List< Convention > conventions()
	{
		return Arrays.asList( Convention.values() );
	}

	protected void initConvention()
	{
		getInfo().getMutableInput( "convention", String.class )
				.setChoices( conventions().stream().map( Convention::id ).collect( Collectors.toList() ) );
	}

	/**
	 * The preparation the parameters describe.
	 *
	 * @throws PdPlaneException
	 *             for a convention the command does not offer, or a data range that is not a number (0 is the
	 *             bit depth's; {@link Preparation} refuses the other ranges it cannot use)
	 */
	protected final Preparation preparation()
	{
		if ( Double.isNaN( dataRange ) )
			throw new PdPlaneException( "The data range must be a positive finite number (0 for the bit depth's), not NaN." );
		final Convention c = Convention.fromId( convention );
		if ( !conventions().contains( c ) )
			throw new PdPlaneException( "Convention " + c.id() + " is not offered here: use one of "
					+ conventions().stream().map( Convention::id ).collect( Collectors.joining( ", " ) ) + "." );
		return new Preparation( c, shave, dataRange == 0 ? Double.NaN : dataRange );
	}
}
