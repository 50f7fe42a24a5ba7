package io.github.pdplane.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import io.github.pdplane.batch.EvaluationJob;
import io.github.pdplane.PdPlaneException;
import io.github.pdplane.batch.ImageSet;
import io.github.pdplane.batch.PartialResult;
import io.github.pdplane.batch.Shard;
import io.github.pdplane.chart.PlaneFiles;
import io.github.pdplane.io.ImageFileReader;
import io.github.pdplane.io.OutputFiles;
import io.github.pdplane.io.imagej.ImageJFileReader;

/**
 * {@code evaluate}: the outputs of several algorithms against one set of references, on the
 * perception-distortion plane: {@code per-image.csv}, {@code summary.csv}, {@code plane.png} and
 * {@code plane.svg} in the output folder, and the summary table on standard output.
 */
final class EvaluateSubcommand extends Subcommand
{
	static final String NAME = "evaluate", RESTORED = "restored", JOURNAL = "journal", RESUME = "resume", SHARD = "shard";

	/**
	 * The options a partial result does not keep ({@link #jobArguments}): where this process writes, how it runs and
	 * which shard it is; merge gives its own output folder and {@code --overwrite}.
	 */
	private static final List< String > NOT_OF_THE_JOB = Arrays.asList( "--" + SHARD, "--" + PlaneOptions.OUT, "--" + PlaneOptions.OVERWRITE,
			"--" + JOURNAL, "--" + RESUME, "--" + PlaneOptions.THREADS, "--debug" );

	private final PlaneOptions plane = new PlaneOptions( String.join( ", ", PlaneOutput.EVALUATION_FILES ) );

	private final OptionSpec restoredOption = OptionSpecs.required( OptionSpecs.repeatable( RESTORED, "NAME=DIR|STACK", "the outputs of one"
			+ " algorithm, named NAME (default: the folder's name or the file's name without extension); repeat it for each algorithm" ) );

	private final OptionSpec journalOption = OptionSpecs.path( JOURNAL, "FILE", "keep a journal of the run in FILE: each reference image's"
			+ " scores are appended as they complete, so that a killed run can be resumed (--" + RESUME + "); FILE must not exist" );

	private final OptionSpec resumeOption = OptionSpecs.flag( RESUME, "resume the run of --" + JOURNAL + " FILE: score only the images the"
			+ " journal lacks (refused where the inputs, metrics, preparation or models differ); the files are those of an uninterrupted run" );

	private final OptionSpec shardOption = OptionSpecs.text( SHARD, "K/N", "score only shard K of N (1 <= K <= N) of the reference images and"
			+ " write DIR/partial-K-of-N" + PartialResult.EXTENSION + " instead of the four files; '" + MergeSubcommand.NAME + "' puts the N"
			+ " partial results together into the files of a single run (the bootstrap, set-level metrics and plane are made there)" );

	private final ImageFileReader reader;

	private final CancelSignal signal;

	private final EvaluationScoring scoring;

	/** Set by {@code merge}: every reference image's item line, from the partial results; null to score. */
	private List< String > mergedLines;

	/** Set by {@code merge}: the settings digest the partial results were scored with, and the folder they were run in. */
	private String mergedDigest, mergedDirectory;

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
		command.addOption( journalOption ).addOption( resumeOption ).addOption( shardOption );
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
				+ "\nWith --" + SHARD + " K/N the run scores only the reference images of shard K (a fixed share of N, by a hash of"
				+ " each image's file name, so every machine agrees on it whatever the order of the folder listing) and writes"
				+ " DIR/partial-K-of-N" + PartialResult.EXTENSION + ": its images' scores and what '" + MergeSubcommand.NAME + "' needs to"
				+ " rebuild the run (these arguments, as given, without --" + SHARD + ", --" + PlaneOptions.OUT + ", --" + PlaneOptions.OVERWRITE
				+ ", --" + JOURNAL + ", --" + RESUME + " and --" + PlaneOptions.THREADS + "). '" + Main.PROGRAM + " " + MergeSubcommand.NAME
				+ " DIR/partial-*" + PartialResult.EXTENSION + " --out RESULTS' then writes the four files of a single run, byte for"
				+ " byte; the bootstrap, the set-level metrics and the plane are made there, as they need every image. A shard may keep a"
				+ " --" + JOURNAL + " (it holds that shard's images) and --" + RESUME + " it."
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
		if ( scoring.withoutLocalOptions() != null )
			for ( final OptionSpec local : Arrays.asList( journalOption, resumeOption, shardOption ) )
				if ( OptionSpecs.given( local ) )
					throw new UsageException( local.longestName() + ": " + scoring.withoutLocalOptions() );
		final Shard shard = OptionSpecs.given( shardOption ) ? UsageException.asUsage( () -> Shard.parse( shardOption.getValue() ) ) : null;
		final Path partial = shard == null ? null : o.out.resolve( PartialResult.fileName( shard ) );
		final PlaneFiles.Target target = shard != null ? null : PlaneOutput.checkOutputs( o.out, o.overwrite, PlaneOutput.EVALUATION_FILES,
				terminal );
		if ( partial != null )
			checkPartial( o.out, partial, o.overwrite );
		final ImageSet reference = reference();
		final List< ImageSet > algorithms = algorithms();
		final List< ImageSet > inputs = new ArrayList<>( algorithms );
		inputs.add( reference );
		PlaneOutput.checkNotAnInput( o.out, inputs );
		final EvaluationJob job = job( o, reference, algorithms, journal, resume, shard, mergedLines );
		final boolean journalExisted = journal != null && Files.exists( journal );
		if ( resume && job.checkInput() )
			terminal.note( journalExisted ? "resuming from the journal '" + journal + "': " + job.journaledCount() + " of " + job.referenceCount()
					+ " reference images were scored already." : "the journal '" + journal + "' does not exist yet: the run starts from the beginning." );
		if ( shard != null )
			return PlaneOutput.runShard( job, terminal, signal, () -> writePartial( job, partial, o.overwrite, terminal ) );
		if ( mergedLines != null )
			checkMergedSettings( job );
		final List< String > arguments = commandLine().getParseResult().expandedArgs();
		return PlaneOutput.run( job, terminal, signal, j -> scoring.process( j, arguments ), () -> PlaneOutput.finishEvaluation( job, target, o.cloud,
				"Evaluated " + algorithms.size() + ( algorithms.size() == 1 ? " algorithm" : " algorithms" ) + " against "
						+ reference.describe() + " (" + job.preparation() + "):", terminal ) );
	}

	/**
	 * The job of the command line just parsed, without a journal, a shard or the output folder: for scoring single
	 * reference images apart from the run ({@link EvaluateLauncher#checkedJob}).
	 */
	EvaluationJob itemJob()
	{
		return job( plane.parse( name() ), reference(), algorithms(), null, false, null, null );
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
			final boolean resume, final Shard shard, final List< String > outcomes )
	{
		PlaneOptions.readDefaultModel( o );
		return UsageException.asUsage( () -> EvaluationJob.builder( TestSeams.reader( reader ) ).reference( reference )
				.algorithms( algorithms ).xMetric( o.x ).yMetric( o.y ).extraMetrics( o.extras ).preparation( o.preparation )
				.settings( o.settings ).threads( o.threads ).bootstrap( o.bootstrap ).journal( journal, resume ).skipUnreadable( o.skipUnreadable )
				.shard( shard ).outcomes( outcomes ).build() );
	}

	/** Before any image is read: the partial result can be written into {@code folder} (made where missing), and replaces none without leave. */
	private static void checkPartial( final Path folder, final Path partial, final boolean overwrite )
	{
		OutputFiles.checkFolder( folder );
		if ( Files.isDirectory( folder ) )
			OutputFiles.checkWritable( partial, overwrite, HOW_TO_REPLACE );
	}

	private int writePartial( final EvaluationJob job, final Path partial, final boolean overwrite, final Terminal terminal )
	{
		OutputFiles.createFolder( partial.getParent() );
		new PartialResult( job.settingsDigest(), job.shard(), System.getProperty( "user.dir" ), jobArguments(), job.shardLines() ).write( partial,
				overwrite, HOW_TO_REPLACE );
		final int items = job.shardLines().size();
		terminal.out().println( "Shard " + job.shard() + ": " + items + " of " + job.referenceCount() + " reference images scored. Written: "
				+ partial + "." );
		terminal.out().println( "When every shard has run: " + Main.PROGRAM + " " + MergeSubcommand.NAME + " " + partial.getParent().resolve( PartialResult.everyShardPattern( job.shard().count() ) ) + " --out DIR" );
		terminal.out().flush();
		return Main.OK;
	}

	/**
	 * The arguments of this command line that decide the job, as the person gave them (paths not made absolute):
	 * every option given but those of {@link #NOT_OF_THE_JOB}, in the command's order of options.
	 */
	private List< String > jobArguments()
	{
		final List< String > arguments = new ArrayList<>();
		// picocli lists an option once for each time it was given; its values are all in each entry
		for ( final OptionSpec option : new LinkedHashSet<>( commandLine().getParseResult().matchedOptions() ) )
		{
			final String name = option.longestName();
			if ( NOT_OF_THE_JOB.contains( name ) )
				continue;
			if ( option.arity().max() == 0 )
				arguments.add( name );
			else
				for ( final String value : option.originalStringValues() )
				{
					arguments.add( name );
					arguments.add( value );
				}
		}
		return arguments;
	}

	/**
	 * Makes this command put the shards' outcomes together ({@code merge}) instead of scoring, after its arguments
	 * were parsed: {@code lines} from the partial results, scored with the settings {@code digest} in {@code directory}.
	 */
	int merge( final List< String > lines, final String digest, final String directory, final Terminal terminal )
	{
		mergedLines = lines;
		mergedDigest = digest;
		mergedDirectory = directory;
		return run( terminal );
	}

	/** The job rebuilt by {@code merge} must be the one the shards ran: the same inputs (unchanged), metrics and models. */
	private void checkMergedSettings( final EvaluationJob job )
	{
		if ( !job.checkInput() )
			throw new PdPlaneException( job.getErrorMessage() );
		if ( job.settingsDigest().equals( mergedDigest ) )
			return;
		final String here = System.getProperty( "user.dir" );
		throw new PdPlaneException( "The partial results do not fit these inputs: since the shards ran, an image file was added, removed or"
				+ " changed, or a model changed" + ( here.equals( mergedDirectory ) ? "" : ", or their relative paths mean other files here ('" + here
						+ "') than in the folder the shards ran in ('" + mergedDirectory + "'): run " + MergeSubcommand.NAME + " there" )
				+ ". Putting them together would not give the files of one run; run the shards again." );
	}
}
