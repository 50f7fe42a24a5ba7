package io.github.pdplane.batch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.pdplane.PdPlaneException;

/**
 * The contract of PD Plane's batch jobs ({@link EvaluationJob}, {@link SweepJob}), after TrackMate's
 * algorithms: {@link #checkInput()} validates the inputs and pairs the images without scoring any,
 * {@link #process()} scores them on a thread pool, and each returns {@code false} with the reason in
 * {@link #getErrorMessage()}. {@link #cancel()} may be called from any thread (a cancel button,
 * Escape, Ctrl-C); the workers stop after their current image, and the partial results are discarded.
 * <p>
 * A job runs once. Problems of single images (an unreadable file, a size that differs, an output
 * without reference) do not stop it: they are listed as {@link Failure}s of the result.
 */
public abstract class BatchJob
{
	/** {@link #getErrorMessage()} after a cancel. */
	public static final String CANCELED = "Canceled: the partial results were discarded.";

	private final int threads;

	private final ProgressListener listener;

	/** The {@link JobRunner}'s own listener, besides the one the job was built with. */
	private volatile ProgressListener runner = ProgressListener.NONE;

	private final Set< String > notes = Collections.synchronizedSet( new LinkedHashSet<>() );

	private final List< String > warnings;

	private volatile boolean canceled;

	private volatile String errorMessage;

	private boolean checked;

	private boolean processed;

	// progress, guarded by "this"
	private int total;

	private int done;

	private int failed;

	private long start;

	BatchJob( final int threads, final ProgressListener listener, final List< String > warnings )
	{
		this.warnings = Collections.unmodifiableList( new ArrayList<>( warnings ) );
		if ( threads < 0 )
			throw new PdPlaneException( "The number of threads must be 1 or more (0 for one per core), not " + threads + "." );
		this.threads = threads == 0 ? defaultThreads() : threads;
		this.listener = listener == null ? ProgressListener.NONE : listener;
	}

	/** One thread per core, the default. */
	public static int defaultThreads()
	{
		return Runtime.getRuntime().availableProcessors();
	}

	public final int threads()
	{
		return threads;
	}

	/**
	 * Validates the inputs: names, metrics, folders (listed, no image opened) and the pairing of the
	 * images. May be called before {@link #process()} to show problems early; {@code process()} calls it
	 * where it has not succeeded yet.
	 *
	 * @return false where the job cannot run; the reason is in {@link #getErrorMessage()}
	 */
	public final synchronized boolean checkInput()
	{
		if ( checked )
			return true;
		errorMessage = null;
		try
		{
			check();
			checked = true;
			return true;
		}
		catch ( final PdPlaneException e )
		{
			errorMessage = e.getMessage();
			return false;
		}
	}

	/**
	 * Scores every paired image and assembles the result.
	 *
	 * @return false where the input was refused, the job was canceled, or it ran already; the reason
	 *         is in {@link #getErrorMessage()}
	 */
	public final boolean process()
	{
		synchronized ( this )
		{
			if ( processed )
			{
				errorMessage = "This job has run already; build a new one to run again.";
				return false;
			}
			processed = true;
		}
		if ( !checkInput() )
			return false;
		if ( canceled )
		{
			errorMessage = CANCELED;
			return false;
		}
		try
		{
			synchronized ( this )
			{
				start = System.nanoTime();
			}
			final boolean complete = run();
			if ( !complete || canceled )
			{
				discard();
				errorMessage = CANCELED;
				return false;
			}
			return true;
		}
		catch ( final PdPlaneException e )
		{
			discard();
			errorMessage = e.getMessage();
			return false;
		}
		catch ( final RuntimeException e )
		{
			if ( !canceled )
				throw e;
			// after a cancel, a failure is the cancel's: Ctrl-C shuts the JVM down, and libraries a worker is in then fail
			// in their own ways ("Shutdown in progress" where they register a hook or a file to delete on exit)
			discard();
			errorMessage = CANCELED;
			return false;
		}
	}

	/** Null where the last call of {@link #checkInput()} or {@link #process()} succeeded. */
	public final String getErrorMessage()
	{
		return errorMessage;
	}

	/** Asks the workers to stop after their current image; {@link #process()} then returns false. */
	public final void cancel()
	{
		canceled = true;
	}

	public final boolean isCanceled()
	{
		return canceled;
	}

	/**
	 * Remarks that are not failures, in the order found: files of a folder that are not images, the
	 * reason for a default. Complete after {@link #checkInput()}.
	 */
	public final List< String > notes()
	{
		synchronized ( notes )
		{
			return Collections.unmodifiableList( new ArrayList<>( notes ) );
		}
	}

	/**
	 * Warnings about the job as configured, known before it runs: a default that could not be used (the
	 * y axis falls back to NIQE where PI cannot be computed). Warnings about images are in the result.
	 */
	public final List< String > warnings()
	{
		return warnings;
	}

	/**
	 * Images without a partner, found by {@link #checkInput()} before anything is scored (missing outputs,
	 * outputs without reference); empty before a successful check. They are failures of the result too.
	 */
	public abstract List< Failure > pairingFailures();

	final void note( final String message )
	{
		notes.add( message );
	}

	/** Validates and pairs; throws where the job cannot run. */
	abstract void check();

	/**
	 * Scores everything and keeps the result.
	 *
	 * @return false where the run stopped before the end (cancel, interrupt)
	 */
	abstract boolean run();

	/** Forgets a partial result. */
	abstract void discard();

	/** Sets the number of images the progress counts to; the run starts. */
	final synchronized void expect( final int images )
	{
		total = images;
		done = 0;
		failed = 0;
		tell( new Progress( 0, total, 0, "", System.nanoTime() - start ) );
	}

	/** One image finished; the listener hears of it under the job's lock, one call at a time. */
	final synchronized void finished( final String current, final boolean failure )
	{
		done++;
		if ( failure )
			failed++;
		tell( new Progress( done, total, failed, current, System.nanoTime() - start ) );
	}

	private void tell( final Progress progress )
	{
		listener.progress( progress );
		runner.progress( progress );
	}

	/** Where {@link JobRunner} hears of the progress, so that a job built with any listener can be run. */
	final void runBy( final ProgressListener runnerListener )
	{
		runner = runnerListener;
	}

	final boolean stopRequested()
	{
		return canceled;
	}
}
