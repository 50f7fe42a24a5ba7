package io.github.pdplane.batch;

/**
 * Receives the progress of a batch job: after every image, from the job's worker threads, one call at a
 * time (the job serialises them, so an implementation needs no locking of its own). Calls should return
 * quickly; a front end that draws (a progress bar, a status line) throttles itself.
 */
@FunctionalInterface
public interface ProgressListener
{
	ProgressListener NONE = p -> {};

	void progress( Progress progress );
}
