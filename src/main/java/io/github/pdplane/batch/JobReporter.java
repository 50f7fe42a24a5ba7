package io.github.pdplane.batch;

/**
 * What a front end shows of a job that {@link JobRunner} runs, the seam between the engine and a user
 * interface (as TrackMate's logger and CSBDeep's task manager are): the command line writes to standard
 * error, ImageJ to its Log, status line and progress bar. Messages are complete sentences that name the
 * image and the rule; a reporter only places them. Progress comes after every image, from the workers, one
 * call at a time ({@link ProgressListener}); a reporter returns quickly and throttles what it draws.
 */
public interface JobReporter extends ProgressListener
{
	/** A remark that is not a failure: a file that is not an image, the reason for a default. */
	void note( String message );

	/** A warning: a default that could not be used, legal but unusual input (a constant image). */
	void warning( String message );

	/** An image that could not be used: without a partner, unreadable, or not scorable. */
	void error( String message );

	/**
	 * Polled after every image: true cancels the job (Escape in ImageJ). A front end may also call
	 * {@link BatchJob#cancel()} itself from another thread (the command line's Ctrl-C).
	 */
	default boolean cancelRequested()
	{
		return false;
	}

	/** Scoring begins: the checks are done and the notes reported. */
	default void scoringStarts()
	{}

	/** Scoring ended: complete, canceled or failed. */
	default void scoringEnded()
	{}
}
