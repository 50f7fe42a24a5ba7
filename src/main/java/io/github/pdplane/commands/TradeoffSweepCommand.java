package io.github.pdplane.commands;

import java.io.File;
import java.util.Arrays;
import java.util.Locale;

import org.scijava.command.Command;
import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

import ij.ImagePlus;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.batch.ImageSet;
import io.github.pdplane.batch.SweepJob;
import io.github.pdplane.batch.SweepResult;
import io.github.pdplane.chart.ChartOptions;
import io.github.pdplane.chart.PlaneFiles;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.io.imagej.ImageJFileReader;
import io.github.pdplane.plane.Sweep;

/**
 * The trade-off sweep: the pixel-wise blends {@code (1 - alpha) low + alpha high} of a low-distortion
 * and a high-perception output of the same images, at alpha = 0, 1/steps, ..., 1, evaluated like
 * algorithms by {@link SweepJob} (the job of the command line's {@code sweep}) and drawn as a curve on
 * the plane beside the two outputs. Fills the table "PD Sweep" ({@link PlaneTables}: the columns of
 * {@code sweep.csv}), shows the plane, and writes the files of {@link PlaneFiles#SWEEP_FILES} into the
 * output folder where one is given. No menu path, for the reason given in {@link RmseCommand}.
 */
@Plugin( type = Command.class, name = "tradeoff-sweep", label = TradeoffSweepCommand.LABEL, headless = true, visible = false,
		description = "Blends a low-distortion and a high-perception output of the same images pixel by pixel, (1 - alpha) low + "
				+ "alpha high at alpha = 0, 1/steps, ..., 1 (8-bit and 16-bit blends rounded as saving them would), evaluates every blend "
				+ "like an algorithm and draws the blends as a curve on the perception-distortion plane beside the two outputs: how "
				+ "close simple interpolation comes to the frontier. Each set is a folder (paired by file name) or an open stack "
				+ "(paired by slice index). Escape cancels." )
public class TradeoffSweepCommand extends PlaneCommand
{
	public static final String LABEL = "Trade-off Sweep...";

	@Parameter( label = "Low folder", required = false, style = FileWidget.DIRECTORY_STYLE, description = "The low-distortion output "
			+ "(alpha = 0): a folder, paired with the references by file name (leave empty to use an open stack)." )
	private File lowFolder;

	/* Not filled automatically, for the reason given in PlaneCommand (referenceStack). */
	@Parameter( label = "Low stack", required = false, autoFill = false, attrs = { @Attr( name = DialogLayout.SAME_ROW, value = "true" ), @Attr( name = DialogLayout.EXAMPLE, value = "low.tif" ) },
			description = "Or the low-distortion output as an open stack (*None* to use the folder)." )
	private ImagePlus lowStack;

	@Parameter( label = "Low name", required = false, attrs = @Attr( name = DialogLayout.SAME_ROW, value = "true" ),
			description = "Its name on the plane (empty: the folder's name or the stack's title)." )
	private String lowName = "";

	@Parameter( label = "High folder", required = false, style = FileWidget.DIRECTORY_STYLE, description = "The high-perception output "
			+ "(alpha = 1): a folder, paired with the references by file name (leave empty to use an open stack)." )
	private File highFolder;

	@Parameter( label = "High stack", required = false, autoFill = false, attrs = { @Attr( name = DialogLayout.SAME_ROW, value = "true" ), @Attr( name = DialogLayout.EXAMPLE, value = "high.tif" ) },
			description = "Or the high-perception output as an open stack (*None* to use the folder)." )
	private ImagePlus highStack;

	@Parameter( label = "High name", required = false, attrs = @Attr( name = DialogLayout.SAME_ROW, value = "true" ),
			description = "Its name on the plane (empty: the folder's name or the stack's title)." )
	private String highName = "";

	@Parameter( label = "Steps (of alpha from 0 to 1)", min = "1", max = "" + Sweep.MAXIMUM_STEPS, description = "Intervals between alpha = 0 and 1: 10 gives alpha = 0, 0.1, ..., 1." )
	private int steps = Sweep.STEPS;

	/** The menu label without its dots, for the Log, messages and titles. */
	private static final String TITLE = LABEL.substring( 0, LABEL.length() - 3 );

	@Override
	public void run()
	{
		CommandErrors.cancelOnError( this, this::sweep );
	}

	private void sweep()
	{
		final ImageSet reference = references();
		final ImageSet low = imageSet( lowFolder, lowStack, lowName, "the low-distortion output", "low_folder", "low_stack" );
		final ImageSet high = imageSet( highFolder, highStack, highName, "the high-perception output", "high_folder", "high_stack" );
		if ( reference == null || low == null || high == null )
			throw new PdPlaneException( "A sweep needs the reference images (reference_folder or reference_stack), a low-distortion output "
					+ "(low_folder or low_stack) and a high-perception output (high_folder or high_stack), each a folder or an open stack." );
		if ( steps < 1 || steps > Sweep.MAXIMUM_STEPS )
			throw new PdPlaneException( "Steps must lie in 1.." + Sweep.MAXIMUM_STEPS + ", not " + steps + "." );
		final ImageJJobReporter reporter = reporter( TITLE, "Sweeping" );
		final SweepJob job = SweepJob.builder( ImageJFileReader.INSTANCE ).reference( reference ).low( low ).high( high ).steps( steps )
				.xMetric( xMetric() ).yMetric( yMetric() ).extraMetrics( extraMetrics() ).preparation( planePreparation( reporter::note ) )
				.threads( threadCount() ).bootstrap( resampling() ).skipUnreadable( skipUnreadable() ).build();
		final OutputFolder folder = outputFolder( TITLE, PlaneFiles.SWEEP_FILES, Arrays.asList( reference, low, high ) );
		PlaneJobs.run( this, job, reporter, folder.outputs( ( final SweepResult result ) -> {
			PlaneTables.show( PlaneTables.SWEEP, result.keyTable() );
			final ChartOptions chart = PlaneFiles.sweepChart( result, job.preparation(), cloud() );
			folder.write( target -> PlaneFiles.writeSweep( result, target, chart, job::isCanceled ) );
			reporter.log( summary( result, job.preparation(), reporter.secondsSinceScoringStarted(), folder ) );
			if ( showPlot() )
				PlaneDisplay.show( result.plane(), chart, folder.path(), reporter );
		} ) );
	}

	/** {@code "'EDSR' to 'ESRGAN' in 10 steps over 5 images (gray), in 2.1 s; table ...; written to ..."}. */
	private String summary( final SweepResult result, final Preparation preparation, final double seconds, final OutputFolder folder )
	{
		final int images = result.blends().images( result.blends().algorithms().get( 0 ) ).size();
		return "'" + result.low() + "' to '" + result.high() + "' in " + steps + ( steps == 1 ? " step" : " steps" ) + " over " + images
				+ ( images == 1 ? " image (" : " images (" ) + preparation + "), in " + String.format( Locale.ROOT, "%.1f s", seconds )
				+ "; table '" + PlaneTables.SWEEP + "'" + folder.writtenTo();
	}
}
