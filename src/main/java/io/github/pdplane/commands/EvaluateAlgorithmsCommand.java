package io.github.pdplane.commands;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.scijava.command.Command;
import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

import ij.ImagePlus;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.batch.EvaluationJob;
import io.github.pdplane.batch.EvaluationResult;
import io.github.pdplane.batch.ImageSet;
import io.github.pdplane.chart.ChartOptions;
import io.github.pdplane.chart.PlaneFiles;
import io.github.pdplane.io.imagej.ImageJFileReader;

/**
 * The batch evaluation on the perception-distortion plane: the outputs of up to {@value #ALGORITHMS}
 * algorithms (each a folder of image files or an open stack, one row of the dialog) against one set of
 * references, scored on a thread pool by {@link EvaluationJob} (the job of the command line's
 * {@code evaluate}). Fills the tables "PD Per Image" and "PD Summary" ({@link PlaneTables}: the columns of
 * {@code per-image.csv} and {@code summary.csv}), shows the plane in a window, and writes the files of
 * {@link PlaneFiles#EVALUATION_FILES} into the output folder where one is given. Unpaired, unreadable
 * and unscorable images are listed in the Log and counted in the summary; the run goes on. No menu path,
 * for the reason given in {@link RmseCommand}.
 */
@Plugin( type = Command.class, name = "evaluate-algorithms", label = EvaluateAlgorithmsCommand.LABEL, headless = true, visible = false,
		description = "Scores the outputs of several algorithms against the same references and places each algorithm on the "
				+ "perception-distortion plane (Blau and Michaeli, CVPR 2018) at its set values (RMSE as the root of the mean MSE, PI from "
				+ "the mean Ma and NIQE, as PIRM 2018; other metrics as means), with bootstrap intervals, the empirical frontier and the "
				+ "region no evaluated algorithm attains. Each algorithm is a folder (paired with the reference folder by file name) or "
				+ "an open stack (paired with the reference stack by slice index); its name defaults to the folder's name or the stack's "
				+ "title; empty rows are ignored. Escape cancels." )
public class EvaluateAlgorithmsCommand extends PlaneCommand
{
	public static final String LABEL = "Evaluate Algorithms...";

	/** The rows of algorithms the dialog offers. */
	public static final int ALGORITHMS = 8;

	private static final String FOLDER = "The outputs of an algorithm: every image file of this folder, paired with the reference "
			+ "folder's file of the same name (leave empty to use an open stack, or for no algorithm).";

	private static final String STACK = "Or the outputs as an open stack, slice k paired with slice k of the reference stack (*None* "
			+ "to use the folder).";

	private static final String NAME = "The algorithm's name in the tables and on the plane (empty: the folder's name or the stack's "
			+ "title).";

	@Parameter( label = "Reference folder", required = false, style = FileWidget.DIRECTORY_STYLE, description = "The reference "
			+ "(ground-truth) images: every image file of this folder (leave empty to use an open stack)." )
	private File referenceFolder;

	@Parameter( label = "Reference stack", required = false, attrs = @Attr( name = DialogLayout.SAME_ROW, value = "true" ),
			description = "Or the references as an open stack, every slice one image (*None* to use the folder)." )
	private ImagePlus referenceStack;

	@Parameter( label = "Algorithm 1", required = false, style = FileWidget.DIRECTORY_STYLE, description = FOLDER )
	private File algorithm1;

	@Parameter( label = "Stack 1", required = false, attrs = @Attr( name = DialogLayout.SAME_ROW, value = "true" ), description = STACK )
	private ImagePlus stack1;

	@Parameter( label = "Name 1", required = false, attrs = @Attr( name = DialogLayout.SAME_ROW, value = "true" ), description = NAME )
	private String name1 = "";

	@Parameter( label = "Algorithm 2", required = false, style = FileWidget.DIRECTORY_STYLE, description = FOLDER )
	private File algorithm2;

	@Parameter( label = "Stack 2", required = false, attrs = @Attr( name = DialogLayout.SAME_ROW, value = "true" ), description = STACK )
	private ImagePlus stack2;

	@Parameter( label = "Name 2", required = false, attrs = @Attr( name = DialogLayout.SAME_ROW, value = "true" ), description = NAME )
	private String name2 = "";

	@Parameter( label = "Algorithm 3", required = false, style = FileWidget.DIRECTORY_STYLE, description = FOLDER )
	private File algorithm3;

	@Parameter( label = "Stack 3", required = false, attrs = @Attr( name = DialogLayout.SAME_ROW, value = "true" ), description = STACK )
	private ImagePlus stack3;

	@Parameter( label = "Name 3", required = false, attrs = @Attr( name = DialogLayout.SAME_ROW, value = "true" ), description = NAME )
	private String name3 = "";

	@Parameter( label = "Algorithm 4", required = false, style = FileWidget.DIRECTORY_STYLE, description = FOLDER )
	private File algorithm4;

	@Parameter( label = "Stack 4", required = false, attrs = @Attr( name = DialogLayout.SAME_ROW, value = "true" ), description = STACK )
	private ImagePlus stack4;

	@Parameter( label = "Name 4", required = false, attrs = @Attr( name = DialogLayout.SAME_ROW, value = "true" ), description = NAME )
	private String name4 = "";

	@Parameter( label = "Algorithm 5", required = false, style = FileWidget.DIRECTORY_STYLE, description = FOLDER )
	private File algorithm5;

	@Parameter( label = "Stack 5", required = false, attrs = @Attr( name = DialogLayout.SAME_ROW, value = "true" ), description = STACK )
	private ImagePlus stack5;

	@Parameter( label = "Name 5", required = false, attrs = @Attr( name = DialogLayout.SAME_ROW, value = "true" ), description = NAME )
	private String name5 = "";

	@Parameter( label = "Algorithm 6", required = false, style = FileWidget.DIRECTORY_STYLE, description = FOLDER )
	private File algorithm6;

	@Parameter( label = "Stack 6", required = false, attrs = @Attr( name = DialogLayout.SAME_ROW, value = "true" ), description = STACK )
	private ImagePlus stack6;

	@Parameter( label = "Name 6", required = false, attrs = @Attr( name = DialogLayout.SAME_ROW, value = "true" ), description = NAME )
	private String name6 = "";

	@Parameter( label = "Algorithm 7", required = false, style = FileWidget.DIRECTORY_STYLE, description = FOLDER )
	private File algorithm7;

	@Parameter( label = "Stack 7", required = false, attrs = @Attr( name = DialogLayout.SAME_ROW, value = "true" ), description = STACK )
	private ImagePlus stack7;

	@Parameter( label = "Name 7", required = false, attrs = @Attr( name = DialogLayout.SAME_ROW, value = "true" ), description = NAME )
	private String name7 = "";

	@Parameter( label = "Algorithm 8", required = false, style = FileWidget.DIRECTORY_STYLE, description = FOLDER )
	private File algorithm8;

	@Parameter( label = "Stack 8", required = false, attrs = @Attr( name = DialogLayout.SAME_ROW, value = "true" ), description = STACK )
	private ImagePlus stack8;

	@Parameter( label = "Name 8", required = false, attrs = @Attr( name = DialogLayout.SAME_ROW, value = "true" ), description = NAME )
	private String name8 = "";

	/** The menu label without its dots, for the Log, messages and titles. */
	private static final String TITLE = LABEL.substring( 0, LABEL.length() - 3 );

	@Override
	public void run()
	{
		CommandErrors.cancelOnError( this, this::evaluate );
	}

	private void evaluate()
	{
		final ImageSet reference = imageSet( referenceFolder, referenceStack, null, "the references", "reference_folder", "reference_stack" );
		if ( reference == null )
			throw new PdPlaneException( "Give the reference images: a folder (reference_folder) or an open stack (reference_stack)." );
		final List< ImageSet > algorithms = algorithms();
		final ImageJJobReporter reporter = reporter( TITLE, "Evaluating" );
		final EvaluationJob job = EvaluationJob.builder( ImageJFileReader.INSTANCE ).reference( reference ).algorithms( algorithms )
				.xMetric( xMetric() ).yMetric( yMetric() ).extraMetrics( extraMetrics() ).preparation( planePreparation( reporter::note ) )
				.threads( threadCount() ).bootstrap( resampling() ).build();
		final OutputFolder folder = outputFolder( TITLE, PlaneFiles.EVALUATION_FILES );
		PlaneJobs.run( this, job, reporter, folder.outputs( ( final EvaluationResult result ) -> {
			PlaneTables.show( PlaneTables.PER_IMAGE, result.perImageTable() );
			PlaneTables.show( PlaneTables.SUMMARY, result.summaryTable() );
			final ChartOptions chart = PlaneFiles.evaluationChart( result, cloud() );
			folder.write( ( out, replace, howToReplace ) -> PlaneFiles.writeEvaluation( result, out, replace, chart, howToReplace ) );
			reporter.log( summary( result, job.referenceCount(), reporter.secondsSinceScoringStarted(), folder ) );
			if ( showPlot() )
				PlaneDisplay.show( result.plane(), chart, folder.path(), reporter );
		} ) );
	}

	/** The rows of the dialog that name an algorithm, in order. */
	private List< ImageSet > algorithms()
	{
		final File[] folders = { algorithm1, algorithm2, algorithm3, algorithm4, algorithm5, algorithm6, algorithm7, algorithm8 };
		final ImagePlus[] stacks = { stack1, stack2, stack3, stack4, stack5, stack6, stack7, stack8 };
		final String[] names = { name1, name2, name3, name4, name5, name6, name7, name8 };
		final List< ImageSet > sets = new ArrayList<>();
		for ( int a = 0; a < ALGORITHMS; a++ )
		{
			final int row = a + 1;
			final ImageSet set = imageSet( folders[ a ], stacks[ a ], names[ a ], "algorithm " + row, "algorithm_" + row, "stack_" + row );
			if ( set != null )
				sets.add( set );
		}
		if ( sets.isEmpty() )
			throw new PdPlaneException( "Give the outputs of at least one algorithm: a folder (algorithm_1) or an open stack (stack_1)." );
		return sets;
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
