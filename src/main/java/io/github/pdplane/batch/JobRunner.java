package io.github.pdplane.batch;

import java.util.List;
import java.util.function.Predicate;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.io.ResultFiles;

/**
 * The one way every front end runs a {@link PlaneJob}: check the input, check the outputs, report the
 * job's notes, warnings and unpaired images, score with progress and cancel, report what failed, and make
 * the outputs only where the run is complete and something was scored. The command line and ImageJ differ
 * only in their {@link JobReporter} and {@link JobOutputs}.
 */
public final class JobRunner
{
	/** How a run ended, where it did not throw. */
	public enum Outcome
	{
		/** Scored to the end; the outputs were made. */
		COMPLETE,
		/**
		 * Stopped by a cancel, while scoring or while the files were written (before their commit); the partial
		 * results were discarded, and no file of the set was written or replaced.
		 */
		CANCELED,
		/** The person declined to replace earlier outputs; nothing was scored. */
		DECLINED,
		/** Run to the end, but no image could be scored (each reported); no output made. */
		NOTHING_SCORED
	}

	private JobRunner()
	{}

	/**
	 * @throws PdPlaneException
	 *             where the job refuses its input, an output cannot be made, or scoring stopped on an
	 *             error that is not about a single image
	 */
	public static < R extends PlaneResult > Outcome run( final PlaneJob< R > job, final JobReporter reporter, final JobOutputs< R > outputs )
	{
		return run( job, reporter, outputs, PlaneJob::process );
	}

	/**
	 * The same run, with the scoring step ({@link PlaneJob#process()} in the other form) given: a front end that
	 * scores the items elsewhere (the Spark application: {@link EvaluationJob#processOutcomes}) reports and writes
	 * exactly as the others. {@code scoring} is called on the checked job and answers as {@code process()} does.
	 *
	 * @throws PdPlaneException
	 *             as the other form
	 */
	public static < R extends PlaneResult, J extends PlaneJob< R > > Outcome run( final J job, final JobReporter reporter,
			final JobOutputs< R > outputs, final Predicate< ? super J > scoring )
	{
		final Outcome stopped = score( job, reporter, outputs, scoring );
		if ( stopped != null )
			return stopped;
		final R result = job.result();
		result.warnings().forEach( reporter::warning );
		for ( final Failure f : result.failures() )
			if ( !f.kind().isPairing() )
				reporter.error( f.message() );
		if ( result.rows().isEmpty() )
			return Outcome.NOTHING_SCORED;
		return make( outputs, result );
	}

	/**
	 * Runs a job of one shard ({@link EvaluationJob.Builder#shard}) in the same way, up to its outputs, which are
	 * made from the shard's item lines ({@link EvaluationJob#shardLines()}; none for a shard that owns no image). The
	 * failures and warnings of single images are reported where the shards are put together, with the result.
	 *
	 * @throws PdPlaneException
	 *             as {@link #run}
	 */
	public static Outcome runShard( final EvaluationJob job, final JobReporter reporter, final JobOutputs< List< String > > outputs )
	{
		if ( job.shard() == null )
			throw new IllegalArgumentException( "a job of one shard" );
		final Outcome stopped = score( job, reporter, outputs, PlaneJob::process );
		return stopped != null ? stopped : make( outputs, job.shardLines() );
	}

	/** Checks, prepares and scores; null where the run is complete, else how it ended. */
	private static < J extends PlaneJob< ? > > Outcome score( final J job, final JobReporter reporter, final JobOutputs< ? > outputs,
			final Predicate< ? super J > scoring )
	{
		if ( !job.checkInput() )
			throw new PdPlaneException( job.getErrorMessage() );
		if ( !outputs.prepare() )
			return Outcome.DECLINED;
		job.notes().forEach( reporter::note );
		job.warnings().forEach( reporter::warning );
		job.pairingFailures().forEach( f -> reporter.error( f.message() ) );
		job.runBy( progress -> {
			reporter.progress( progress );
			if ( reporter.cancelRequested() )
				job.cancel();
		} );
		final boolean complete;
		reporter.scoringStarts();
		try
		{
			complete = scoring.test( job );
		}
		finally
		{
			reporter.scoringEnded();
		}
		if ( complete )
			return null;
		if ( job.isCanceled() )
			return Outcome.CANCELED;
		throw new PdPlaneException( job.getErrorMessage() );
	}

	private static < T > Outcome make( final JobOutputs< T > outputs, final T made )
	{
		try
		{
			outputs.make( made );
		}
		catch ( final ResultFiles.CanceledException e )
		{
			return Outcome.CANCELED;
		}
		return Outcome.COMPLETE;
	}
}
