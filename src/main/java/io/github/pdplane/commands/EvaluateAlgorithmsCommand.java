package io.github.pdplane.commands;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.scijava.command.Command;
import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;


import io.github.pdplane.PdPlaneException;
import io.github.pdplane.batch.EvaluationJob;
import io.github.pdplane.batch.EvaluationResult;
import io.github.pdplane.batch.ImageSet;
import io.github.pdplane.chart.ChartOptions;
import io.github.pdplane.chart.PlaneFiles;
import io.github.pdplane.io.imagej.ImageJFileReader;

/**
 * The batch evaluation on the perception-distortion plane: the outputs of any number of algorithms
 * (folders of image files or open stacks, see {@link AlgorithmSets}) against one set of references,
 * scored on a thread pool by {@link EvaluationJob} (the job of the command line's {@code evaluate}).
 * Fills the tables "PD Per Image" and "PD Summary" ({@link PlaneTables}: the columns of
 * {@code per-image.csv} and {@code summary.csv}), shows the plane in a window, and writes the files of
 * {@link PlaneFiles#EVALUATION_FILES} into the output folder where one is given. Unpaired, unreadable
 * and unscorable images are listed in the Log and counted in the summary; the run goes on. No menu path,
 * for the reason given in {@link RmseCommand}.
 * <p>
 * The algorithms take one row of the dialog however many there are: a folder of algorithm folders, or a
 * list of folders or of open stacks, beside each other.
 */
@Plugin( type = Command.class, name = "evaluate-algorithms", label = EvaluateAlgorithmsCommand.LABEL, headless = true, visible = false,
		description = "Scores the outputs of any number of algorithms against the same references and places each algorithm on the "
				+ "perception-distortion plane (Blau and Michaeli, CVPR 2018) at its set values (RMSE as the root of the mean MSE, PI from "
				+ "the mean Ma and NIQE, as PIRM 2018; other metrics as means), with bootstrap intervals, the empirical frontier and the "
				+ "region no evaluated algorithm attains. Give the algorithms one way: a folder whose sub-folders are the algorithms, "
				+ "named after them (algorithms_folder; the reference folder is skipped where it lies inside), a list of folders "
				+ "(algorithms) or a list of open stacks (stacks). A list's entries are [NAME=]FOLDER or [NAME=]TITLE, separated by ';' "
				+ "or new lines; a name defaults to the folder's name or the stack's title. Folders pair with the reference folder by "
				+ "file name, stacks with the reference stack by slice index: all folders or all stacks. In a macro, put algorithms= "
				+ "and stacks= after the other keys: ImageJ takes a key's value from the first 'key=' in the options, so an entry such as "
				+ "y=FOLDER before the key y would be read as the y axis. Escape cancels." )
public class EvaluateAlgorithmsCommand extends PlaneCommand
{
	public static final String LABEL = "Evaluate Algorithms...";

	@Parameter( label = "Algorithms folder", required = false, style = FileWidget.DIRECTORY_STYLE, description = "A folder with one "
			+ "sub-folder per algorithm, named after it and holding its outputs, each paired with the reference folder's file of the same "
			+ "name; the reference folder is skipped where it lies inside (leave empty to give a list of folders or of stacks)." )
	private File algorithmsFolder;

	/**
	 * The list of algorithm folders, read with the two other ways by {@link #algorithms()}. Both lists sit
	 * on the row of the folder of algorithms: the dialog keeps one row for any number of algorithms, and
	 * the text fields stay with the images instead of going among the options.
	 */
	@Parameter( label = "Algorithms", required = false, attrs = @Attr( name = DialogLayout.SAME_ROW, value = "true" ), description = "Or "
			+ "a list of algorithm folders, [NAME=]FOLDER separated by ';' or new lines, for example EDSR=/data/out/edsr;/data/out/esrgan "
			+ "(the name defaults to the folder's name)." )
	private String algorithms = "";

	@Parameter( label = "Stacks", required = false, attrs = { @Attr( name = DialogLayout.SAME_ROW, value = "true" ), @Attr( name = DialogLayout.EXAMPLE, value = "restored.tif" ) }, description = "Or a "
			+ "list of open stacks, [NAME=]TITLE separated by ';' or new lines, each slice k paired with slice k of the reference stack "
			+ "(the name defaults to the title)." )
	private String stacks = "";

	@Parameter( label = "Journal", required = false, style = FileWidget.SAVE_STYLE, attrs = @Attr( name = DialogLayout.OUTPUT, value = "true" ),
			description = "A file that keeps each reference image's scores as they complete, so that a run stopped in any way (even by "
					+ "quitting or a power loss) can be resumed; empty for none. Must not exist unless Resume is ticked." )
	private File journal;

	@Parameter( label = "Resume", attrs = @Attr( name = DialogLayout.OUTPUT, value = "true" ), description = "Continue the run of the "
			+ "journal: score only the images it lacks (refused where the inputs, metrics, preparation or models differ); the files and "
			+ "tables are those of an uninterrupted run." )
	private boolean resume = false;

	/** The menu label without its dots, for the Log, messages and titles. */
	private static final String TITLE = LABEL.substring( 0, LABEL.length() - 3 );

	@Override
	public void run()
	{
		CommandErrors.cancelOnError( this, this::evaluate );
	}

	private void evaluate()
	{
		final ImageSet reference = references();
		if ( reference == null )
			throw new PdPlaneException( "Give the reference images: a folder (reference_folder) or an open stack (reference_stack)." );
		final List< ImageSet > algorithms = algorithms();
		final ImageJJobReporter reporter = reporter( TITLE, "Evaluating" );
		final EvaluationJob job = EvaluationJob.builder( ImageJFileReader.INSTANCE ).reference( reference ).algorithms( algorithms )
				.xMetric( xMetric() ).yMetric( yMetric() ).extraMetrics( extraMetrics() ).preparation( planePreparation( reporter::note ) )
				.threads( threadCount() ).bootstrap( resampling() ).journal( journalFile(), resume ).skipUnreadable( skipUnreadable() ).build();
		final List< ImageSet > inputs = new ArrayList<>( algorithms );
		inputs.add( reference );
		final OutputFolder folder = outputFolder( TITLE, PlaneFiles.EVALUATION_FILES, inputs );
		PlaneJobs.run( this, job, reporter, folder.outputs( ( final EvaluationResult result ) -> {
			folder.recovered().forEach( reporter::note );
			final ChartOptions chart = PlaneFiles.evaluationChart( result, cloud() );
			// the files first: a cancel while they are written leaves no table filled either
			folder.write( target -> PlaneFiles.writeEvaluation( result, target, chart, job::isCanceled ) );
			PlaneTables.show( PlaneTables.PER_IMAGE, result.perImageTable() );
			PlaneTables.show( PlaneTables.SUMMARY, result.keySummaryTable() );
			reporter.log( summary( result, job.referenceCount(), reporter.secondsSinceScoringStarted(), folder ) );
			if ( showPlot() )
				PlaneDisplay.show( result.plane(), chart, folder.path(), reporter );
		} ) );
	}

	/** The journal's file, or null for none. */
	private Path journalFile()
	{
		if ( journal == null || journal.getPath().trim().isEmpty() )
		{
			if ( resume )
				throw new PdPlaneException( "Resume continues the run of a journal: give its file (journal)." );
			return null;
		}
		return journal.toPath();
	}

	/** The algorithms, from whichever of algorithms_folder, algorithms and stacks is given. */
	private List< ImageSet > algorithms()
	{
		return AlgorithmSets.of( algorithmsFolder, algorithms, stacks, referenceFolder() );
	}

	/** {@code "5 algorithms, 5 reference images (gray): 25 images scored, 0 failed, in 2.1 s; tables ...; written to ..."}. */
	private static String summary( final EvaluationResult result, final int references, final double seconds, final OutputFolder folder )
	{
		int scored = 0, failed = 0;
		for ( final String a : result.algorithms() )
		{
			scored += result.scored( a );
			failed += result.failed( a );
		}
		return result.algorithms().size() + ( result.algorithms().size() == 1 ? " algorithm, " : " algorithms, " ) + references
				+ ( references == 1 ? " reference image (" : " reference images (" ) + result.preparation() + "): " + scored
				+ " images scored, " + failed + " failed, in " + String.format( Locale.ROOT, "%.1f s", seconds ) + "; tables '"
				+ PlaneTables.PER_IMAGE + "' and '" + PlaneTables.SUMMARY + "'" + folder.writtenTo();
	}
}
