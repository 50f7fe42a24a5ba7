package io.github.pdplane.batch;

/**
 * What a front end makes of a job's result (tables, files, a chart, a printed summary): checked before any
 * image is scored and made after a complete run, so that a refused output costs no scoring and a canceled
 * run leaves nothing behind.
 *
 * @param <R>
 *            the job's result
 */
public interface JobOutputs< R >
{
	/**
	 * Checks that every output can be made (the folder is writable, no file is replaced without leave).
	 *
	 * @return false where the person declined to replace an earlier run's files; the job does not run
	 * @throws io.github.pdplane.PdPlaneException
	 *             naming the output that cannot be made
	 */
	boolean prepare();

	/**
	 * Makes the outputs of a complete run in which at least one image was scored; files are written as one set
	 * ({@link io.github.pdplane.io.ResultFiles}), whose {@code CanceledException} (a cancel before the commit)
	 * ends the run as canceled.
	 */
	void make( R result );
}
