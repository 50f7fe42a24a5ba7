package io.github.pdplane.commands;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.scijava.command.DynamicCommand;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Convention;
import io.github.pdplane.image.Preparation;

/**
 * What every PD Plane command that reads images shares: the colour convention, the border shave and
 * the data range (one {@link Preparation} for the run), and a run in which an error the user can cause
 * cancels the command with its message (naming the image and the rule) instead of a stack trace.
 * Subclasses declare their images and options and implement {@link #execute}; every front end (SciJava,
 * the ImageJ 1.x dialog of {@code io.github.pdplane.legacy.CommandBridge}, macros) reads the parameter
 * list from these fields.
 */
public abstract class PdCommand extends DynamicCommand
{
	@Parameter
	private LogService log;

	@Parameter( label = "Convention", initializer = "initConvention",
			description = "How colour images become the channel(s) scored: gray (MATLAB rgb2gray), y (8-bit Y of rgb2ycbcr, as PIRM), "
					+ "rgb (every channel). Grey images are scored as they are." )
	private String convention = Convention.GRAY.id();

	@Parameter( label = "Shave", min = "0", description = "Pixels removed from every border before scoring (PIRM uses 4 at x4)." )
	private int shave = 0;

	@Parameter( label = "Data range", min = "0", description = "The data range L of the images: PSNR's peak, SSIM's constants; NIQE "
			+ "maps it to its 8-bit scale. 0 takes it from the bit depth (255 for 8-bit, 65535 for 16-bit); 32-bit images need it." )
	private double dataRange = 0;

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

	/** The preparation the parameters describe. */
	protected final Preparation preparation()
	{
		final Convention c = Convention.fromId( convention );
		if ( !conventions().contains( c ) )
			throw new PdPlaneException( "Convention " + c.id() + " is not offered here: use one of "
					+ conventions().stream().map( Convention::id ).collect( Collectors.joining( ", " ) ) + "." );
		return new Preparation( c, shave, dataRange == 0 ? Double.NaN : dataRange );
	}

	protected final LogService log()
	{
		return log;
	}

	@Override
	public final void run()
	{
		try
		{
			execute();
		}
		catch ( final PdPlaneException e )
		{
			failed();
			cancel( e.getMessage() );
		}
	}

	/**
	 * The command's work.
	 *
	 * @throws PdPlaneException
	 *             for anything the user can put right; the command then cancels with its message
	 */
	protected abstract void execute();

	/** Resets the outputs after a failure (a value becomes NaN); nothing by default. */
	protected void failed()
	{}
}
