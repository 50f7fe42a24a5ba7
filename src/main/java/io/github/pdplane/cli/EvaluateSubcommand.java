package io.github.pdplane.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import io.github.pdplane.batch.EvaluationJob;
import io.github.pdplane.batch.ImageSet;
import io.github.pdplane.chart.PlaneFiles;
import io.github.pdplane.io.ImageFileReader;
import io.github.pdplane.io.imagej.ImageJFileReader;

/**
 * {@code evaluate}: the outputs of several algorithms against one set of references, on the
 * perception-distortion plane: {@code per-image.csv}, {@code summary.csv}, {@code plane.png} and
 * {@code plane.svg} in the output folder, and the summary table on standard output.
 */
final class EvaluateSubcommand extends Subcommand
{
	static final String NAME = "evaluate", RESTORED = "restored", JOURNAL = "journal", RESUME = "resume";

	private final PlaneOptions plane = new PlaneOptions( String.join( ", ", PlaneOutput.EVALUATION_FILES ) );

	private final OptionSpec restoredOption = OptionSpecs.required( OptionSpecs.repeatable( RESTORED, "NAME=DIR|STACK", "the outputs of one"
			+ " algorithm, named NAME (default: the folder's name or the file's name without extension); repeat it for each algorithm" ) );

	private final OptionSpec journalOption = OptionSpecs.path( JOURNAL, "FILE", "keep a journal of the run in FILE: each reference image's"
			+ " scores are appended as they complete, so that a killed run can be resumed (--" + RESUME + "); FILE must not exist" );

	private final OptionSpec resumeOption = OptionSpecs.flag( RESUME, "resume the run of --" + JOURNAL + " FILE: score only the images the"
			+ " journal lacks (refused where the inputs, metrics, preparation or models differ); the files are those of an uninterrupted run" );

	private final ImageFileReader reader;

	private final CancelSignal signal;

	private final EvaluationScoring scoring;

	EvaluateSubcommand()
	{
		this( EvaluationScoring.LOCAL );
	}

	/** With the reference images scored elsewhere ({@link EvaluateLauncher}). */
	EvaluateSubcommand( final EvaluationScoring scoring )
	{
		this( ImageJFileReader.INSTANCE, CancelSignal.CTRL_C, scoring );
	}

	/** With another reader of image files and another Ctrl-C (tests). */
	EvaluateSubcommand( final ImageFileReader reader, final CancelSignal signal )
	{
		this( reader, signal, EvaluationScoring.LOCAL );
	}

	private EvaluateSubcommand( final ImageFileReader reader, final CancelSignal signal, final EvaluationScoring scoring )
	{
		super( NAME, "put several algorithms on the perception-distortion plane: CSV tables, PNG and SVG chart" );
		this.reader = reader;
		this.signal = signal;
		this.scoring = scoring;
	}

	@Override
	void addArguments( final CommandSpec command )
	{
		plane.addTo( command, restoredOption );
		command.addOption( journalOption ).addOption( resumeOption );
	}

	@Override
	String description()
	{
		return "Scores every algorithm's outputs against the references and places each algorithm on the perception-distortion plane"
				+ " (Blau and Michaeli, CVPR 2018) at its set values: RMSE as the root of the mean MSE and PI from the mean Ma and NIQE"
				+ " (PIRM 2018), other metrics as means. Writes to DIR: per-image.csv (algorithm,image,<metric ids>), summary.csv (per"
				+ " algorithm: n, failed, each metric's set value, _mean and _std, the axes' 95% bootstrap interval _ci_low and _ci_high,"
				+ " set-level metrics, on_frontier, frontier_distance), plane.png and plane.svg (points with intervals, the empirical"
				+ " frontier and the region no evaluated algorithm attains). Prints the summary."
				+ "\nPairing: folders pair by file name, stacks by slice index; the references and every algorithm are all folders or all"
				+ " stacks. Images without a partner and images that cannot be scored (size, type, damaged pixels, ...) are reported"
				+ " on standard error, one line each, and counted as failed; the run goes on, and the exit code is " + Main.INPUT_FAILED
				+ ". Files in the folders that cannot be read as images at all (empty, not an image, no permission) stop the run before"
				+ " any scoring, each named, unless --skip-unreadable: then they are reported and counted as failed too. Every output path is checked before any image is read, and no file is replaced without --overwrite."
				+ "\nThe four files are written as one set: into a hidden staging folder in DIR first, then moved into place together,"
				+ " so that DIR holds the earlier run's four or the new four, never some of each; other files in DIR are not touched."
				+ "\nProgress goes to standard error; Ctrl-C (or SIGTERM) stops the run cleanly and writes nothing, also while the files"
				+ " are written. With --" + JOURNAL + " FILE a run killed in any way (even SIGKILL or a power loss) is continued by the same"
				+ " command with --" + RESUME + "."
				+ "\nExample:"
				+ "\n  " + Main.PROGRAM + " evaluate --reference hr/ --restored EDSR=out/edsr --restored ESRGAN=out/esrgan"
				+ " --protocol pirm --metrics ssim,nss-fd --out results/";
	}

	@Override
	int run( final Terminal terminal )
	{
		final PlaneOptions.Parsed o = plane.parse( name() );
		final Path journal = journalOption.getValue();
		final boolean resume = OptionSpecs.given( resumeOption );
		if ( resume && journal == null )
			throw new UsageException( "--" + RESUME + " continues the run of a journal: give it with --" + JOURNAL + " FILE." );
		if ( ( journal != null || resume ) && scoring.withoutJournal() != null )
			throw new UsageException( "--" + ( journal != null ? JOURNAL : RESUME ) + ": " + scoring.withoutJournal() );
		final PlaneFiles.Target target = PlaneOutput.checkOutputs( o.out, o.overwrite, PlaneOutput.EVALUATION_FILES, terminal );
		final ImageSet reference = reference();
		final List< ImageSet > algorithms = algorithms();
		final List< ImageSet > inputs = new ArrayList<>( algorithms );
		inputs.add( reference );
		PlaneOutput.checkNotAnInput( o.out, inputs );
		final EvaluationJob job = job( o, reference, algorithms, journal, resume );
		final boolean journalExisted = journal != null && Files.exists( journal );
		if ( resume && job.checkInput() )
			terminal.note( journalExisted ? "resuming from the journal '" + journal + "': " + job.journaledCount() + " of " + job.referenceCount()
					+ " reference images were scored already." : "the journal '" + journal + "' does not exist yet: the run starts from the beginning." );
		return PlaneOutput.run( job, terminal, signal, scoring::process, () -> PlaneOutput.finishEvaluation( job, target, o.cloud,
				"Evaluated " + algorithms.size() + ( algorithms.size() == 1 ? " algorithm" : " algorithms" ) + " against "
						+ reference.describe() + " (" + job.preparation() + "):", terminal ) );
	}

	/**
	 * The job of the command line just parsed, without a journal and without looking at the output folder: for
	 * scoring single reference images apart from the run ({@link EvaluateLauncher#checkedJob}).
	 */
	EvaluationJob itemJob()
	{
		return job( plane.parse( name() ), reference(), algorithms(), null, false );
	}

	private ImageSet reference()
	{
		return imageSet( plane.reference() );
	}

	private List< ImageSet > algorithms()
	{
		final List< ImageSet > algorithms = new ArrayList<>();
		for ( final String r : OptionSpecs.values( restoredOption ) )
			algorithms.add( imageSet( r ) );
		return algorithms;
	}

	private ImageSet imageSet( final String argument )
	{
		final String unreadable = scoring.cannotRead( argument );
		if ( unreadable != null )
			throw new UsageException( unreadable );
		return PlaneOutput.imageSet( argument, reader );
	}

	private EvaluationJob job( final PlaneOptions.Parsed o, final ImageSet reference, final List< ImageSet > algorithms, final Path journal,
			final boolean resume )
	{
		PlaneOptions.readDefaultModel( o );
		return UsageException.asUsage( () -> EvaluationJob.builder( TestSeams.reader( reader ) ).reference( reference )
				.algorithms( algorithms ).xMetric( o.x ).yMetric( o.y ).extraMetrics( o.extras ).preparation( o.preparation )
				.settings( o.settings ).threads( o.threads ).bootstrap( o.bootstrap ).journal( journal, resume ).skipUnreadable( o.skipUnreadable ).build() );
	}
}
