package io.github.pdplane.commands;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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
import io.github.pdplane.batch.PartialResult;
import io.github.pdplane.batch.Shard;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.io.OutputFiles;
import io.github.pdplane.plane.Bootstrap;
import io.github.pdplane.registry.MetricDescriptor;
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

	@Parameter( label = "Shard (K/N, empty = all)", required = false, attrs = { @Attr( name = DialogLayout.OUTPUT, value = "true" ), @Attr(
			name = DialogLayout.ASK_EACH_TIME, value = "true" ) }, description = "Score only shard K of N of the reference images (for cluster array"
					+ " jobs, e.g. SLURM's) and write their scores as partial-K-of-N" + PartialResult.EXTENSION + " into the output folder,"
					+ " instead of tables, files and plot; the command line's 'merge' puts the N partial results together into the files of a"
					+ " single run. Needs folders and an output folder. Empty: every image." )
	private String shard = ""; // asked each time: a shard remembered from an array job would quietly score a part of the next run

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
				.threads( threadCount() ).bootstrap( resampling() ).journal( journalFile(), resume ).skipUnreadable( skipUnreadable() ).shard( shardPart() ).build();
		final List< ImageSet > inputs = new ArrayList<>( algorithms );
		inputs.add( reference );
		if ( job.shard() != null )
		{
			evaluateShard( job, reporter, inputs );
			return;
		}
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

	/** The shard, or null for every image. */
	private Shard shardPart()
	{
		return shard == null || shard.trim().isEmpty() ? null : Shard.parse( shard );
	}

	/**
	 * Scores the job's shard and writes its partial result into the output folder, with the command line's
	 * {@code evaluate} arguments of the same job, which {@code merge} rebuilds it from.
	 */
	private void evaluateShard( final EvaluationJob job, final ImageJJobReporter reporter, final List< ImageSet > inputs )
	{
		final String file = PartialResult.fileName( job.shard() );
		final OutputFolder folder = outputFolder( TITLE, Collections.singletonList( file ), inputs );
		if ( folder.path() == null )
			throw new PdPlaneException( "A shard writes its partial result into a folder: give the output folder (output_folder)." );
		final List< String > arguments = evaluateArguments( job );
		PlaneJobs.runShard( this, job, reporter, folder.outputs( ( final List< String > lines ) -> {
			folder.recovered().forEach( reporter::note );
			OutputFiles.createFolder( folder.path() );
			new PartialResult( job.settingsDigest(), job.shard(), System.getProperty( "user.dir" ), arguments, lines ).write( folder.path()
					.resolve( file ), folder.replaceAllowed(), ReplaceConfirmation.HOW_TO_REPLACE );
			reporter.log( "shard " + job.shard() + ": " + lines.size() + " of " + job.referenceCount() + " reference images scored; written to '"
					+ folder.path().resolve( file ) + "'. Put the shards together with: pdplane merge " + folder.path().resolve( PartialResult.everyShardPattern(
							job.shard().count() ) ) + " --out DIR" );
		} ) );
	}

	/**
	 * The command line's {@code evaluate} arguments of {@code job} (absolute paths), which the partial result keeps
	 * so that the command line's {@code merge} rebuilds the same job: the same settings digest, checked there.
	 * Only folders: open stacks are not files another process can read.
	 */
	private List< String > evaluateArguments( final EvaluationJob job )
	{
		final List< String > a = new ArrayList<>();
		if ( job.reference().isStack() )
			throw new PdPlaneException( "A shard needs the references and the algorithms as folders (reference_folder, algorithms_folder or"
					+ " algorithms): the command line's merge rebuilds the run from them, and open stacks are not files." );
		Collections.addAll( a, "--reference", job.reference().folder().toAbsolutePath().toString() );
		for ( final ImageSet set : job.algorithms() )
			Collections.addAll( a, "--restored", set.name() + "=" + set.folder().toAbsolutePath() );
		Collections.addAll( a, "--x", job.xMetric().id(), "--y", job.yMetric().id() );
		final List< String > extras = new ArrayList<>();
		for ( final MetricDescriptor d : job.metrics() )
			if ( d != job.xMetric() && d != job.yMetric() )
				extras.add( d.id() );
		if ( !extras.isEmpty() )
			Collections.addAll( a, "--metrics", String.join( ",", extras ) );
		final Preparation p = job.preparation();
		Collections.addAll( a, "--convention", p.convention().id(), "--shave", Integer.toString( p.shave() ) );
		if ( !Double.isNaN( p.dataRange() ) )
			Collections.addAll( a, "--data-range", Double.toString( p.dataRange() ) );
		final Bootstrap b = job.bootstrap();
		Collections.addAll( a, "--bootstrap", Integer.toString( b == null ? 0 : b.resamples() ) );
		if ( b != null )
			Collections.addAll( a, "--seed", Long.toString( b.seed() ) );
		if ( skipUnreadable() )
			a.add( "--skip-unreadable" );
		if ( cloud() )
			a.add( "--cloud" );
		return a;
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
