package io.github.pdplane.commands;

import java.util.Arrays;
import java.util.List;

import org.scijava.ItemIO;
import org.scijava.command.DynamicCommand;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;

import ij.ImagePlus;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.batch.PairScorer;
import io.github.pdplane.batch.ScoreRow;
import io.github.pdplane.image.Convention;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.imagej.ImagePlusSource;
import io.github.pdplane.metrics.MetricDescriptor;
import io.github.pdplane.metrics.MetricRegistry;
import io.github.pdplane.metrics.MetricSettings;

/**
 * The parameters and the run of every full-reference metric command: a reference and a restored
 * image (or stack), the colour convention, a border shave and the data range. A subclass names its
 * metric and adds its own options; the parameter list of every front end (SciJava, the ImageJ 1.x
 * dialog of {@code io.github.pdplane.legacy.CommandBridge}, macros) is read from these fields.
 * <p>
 * Errors the user can cause cancel the command with a message naming the image and the rule; the
 * scores go to the "PD Results" table, one row per image or slice.
 */
public abstract class FullReferenceCommand extends DynamicCommand
{
	@Parameter
	private LogService log;

	@Parameter( label = "Reference", description = "The original image (or stack) the restored one is compared with. "
			+ "One reference image serves every slice of a restored stack." )
	private ImagePlus reference;

	@Parameter( label = "Restored", description = "The image (or stack) to score; stacks get one row per slice and a mean." )
	private ImagePlus restored;

	@Parameter( label = "Convention", initializer = "initConvention",
			description = "How colour images become the channel(s) scored: gray (MATLAB rgb2gray), y (8-bit Y of rgb2ycbcr, as PIRM), "
					+ "rgb (every channel). Grey images are scored as they are." )
	private String convention = Convention.GRAY.id();

	@Parameter( label = "Shave", min = "0", description = "Pixels removed from every border before scoring (PIRM uses 4 at x4)." )
	private int shave = 0;

	@Parameter( label = "Data range", min = "0", description = "The peak value (PSNR) and dynamic range (SSIM constants); "
			+ "0 takes it from the bit depth (255 for 8-bit, 65535 for 16-bit). 32-bit images need it." )
	private double dataRange = 0;

	@Parameter( type = ItemIO.OUTPUT, label = "Value", description = "The score; for a stack, the mean over its slices." )
	private double value = Double.NaN;

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

	protected void initConvention()
	{
		getInfo().getMutableInput( "convention", String.class ).setChoices( Arrays.asList( Convention.ids() ) );
	}

	protected final MetricDescriptor descriptor()
	{
		return MetricRegistry.byId( metricId() );
	}

	@Override
	public void run()
	{
		try
		{
			score();
		}
		catch ( final PdPlaneException e )
		{
			value = Double.NaN;
			cancel( e.getMessage() );
		}
	}

	private void score()
	{
		if ( reference == null || restored == null )
			throw new PdPlaneException( "Choose a " + ( reference == null ? "reference" : "restored" ) + " image (open it first)." );
		final MetricDescriptor metric = descriptor();
		final Preparation preparation = new Preparation( Convention.fromId( convention ), shave, dataRange == 0 ? Double.NaN : dataRange );
		final PairScorer scorer = new PairScorer( Arrays.asList( metric ), settings(), preparation );
		final ImagePlusSource ref = new ImagePlusSource( reference );
		final ImagePlusSource out = new ImagePlusSource( restored );
		final double peak = scorer.check( ref, out );
		final List< ScoreRow > rows = scorer.score( ref, out, message -> log.warn( metric.displayName() + ": " + message ) );
		scored( ref, out, preparation, peak );
		value = ( rows.size() == 1 ? rows.get( 0 ) : ScoreRow.mean( out.name(), rows ) ).value( 0 );
		PdResultsTable.record( new PdResultsTable.Scores( metric, ref.name(), preparation, peak, options(), rows ) );
	}
}
