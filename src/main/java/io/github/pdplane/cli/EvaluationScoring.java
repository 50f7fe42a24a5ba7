package io.github.pdplane.cli;

import java.util.List;

import io.github.pdplane.batch.EvaluationJob;

/**
 * How {@code evaluate} scores the reference images of its checked job: on this machine's threads
 * ({@link #LOCAL}, the job's own {@link EvaluationJob#process()}), or elsewhere (the Spark application,
 * which gathers every image's outcome line for {@link EvaluationJob#processOutcomes}). Whatever scores
 * them, the options, the checks, the messages, the files and the exit codes are those of {@code evaluate}.
 */
public interface EvaluationScoring
{
	/** The images scored by the job itself, on {@code --threads} workers. */
	EvaluationScoring LOCAL = ( job, arguments ) -> job.process();

	/**
	 * Scores every reference image of the checked job and assembles its result.
	 *
	 * @param arguments
	 *            the command line's arguments (without the command's name), {@code @FILE}s read: what builds the same
	 *            job elsewhere ({@link EvaluateLauncher#checkedJob})
	 * @return as {@link EvaluationJob#process()}: false where the run stopped, the reason in the job's error message
	 */
	boolean process( EvaluationJob job, List< String > arguments );

	/**
	 * Why this scoring cannot read an image set given as {@code argument} ({@code [NAME=]PATH} of {@code --reference} or
	 * {@code --restored}), for a usage error before anything is read; null where it can.
	 */
	default String cannotRead( final String argument )
	{
		return null;
	}

	/**
	 * Why this scoring refuses the options of a run on one machine ({@code --journal}, {@code --resume}, {@code --shard}), for
	 * their usage error; null where it takes them.
	 */
	default String withoutLocalOptions()
	{
		return null;
	}
}
