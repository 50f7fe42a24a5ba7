package io.github.pdplane.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C as a cancel request. While a run is registered, the signal (SIGINT, SIGTERM: the JVM's
 * shutdown) cancels the job and then holds the shutdown until the run has finished cleanly: workers
 * stopped after their current image (a journal keeps what they completed), result files being staged
 * abandoned before their commit and their staging folder removed (the earlier files stay), a commit
 * already begun finished (a few renames). So the output folder holds the earlier set or the new one, and
 * nothing of the run; a failure the shutdown itself causes while the files are staged counts as the
 * cancel, not as a bug. Tests substitute their own signal.
 */
interface CancelSignal
{
	/** How long a Ctrl-C waits for the run to stop before the JVM exits anyway. */
	long WAIT_SECONDS = 30;

	/** Closed when the run has finished; the signal no longer applies. */
	interface Registration extends AutoCloseable
	{
		@Override
		void close();
	}

	/** Arranges for {@code cancel} to run on Ctrl-C until the registration is closed. */
	Registration register( Runnable cancel );

	/** The JVM's shutdown hook. */
	CancelSignal CTRL_C = cancel -> {
		final CountDownLatch finished = new CountDownLatch( 1 );
		final Thread hook = new Thread( () -> {
			cancel.run();
			try
			{
				finished.await( WAIT_SECONDS, TimeUnit.SECONDS );
			}
			catch ( final InterruptedException e )
			{
				Thread.currentThread().interrupt();
			}
		}, "pdplane-cancel" );
		Runtime.getRuntime().addShutdownHook( hook );
		return () -> {
			finished.countDown();
			try
			{
				Runtime.getRuntime().removeShutdownHook( hook );
			}
			catch ( final IllegalStateException e )
			{
				// the JVM is shutting down and the hook is running: it has just been released
			}
		};
	};
}
