package io.github.pdplane.commands;

import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import ij.IJ;

import io.github.pdplane.batch.JobReporter;
import io.github.pdplane.batch.JobRunner;
import io.github.pdplane.batch.Progress;

/**
 * A plane command's job as ImageJ shows it, the {@link JobReporter} of {@link JobRunner} in ImageJ (as
 * the command line's is its terminal): notes, warnings and failures in the Log after the command's title,
 * wrapped ({@link ImageJLog}); progress in the progress bar and the status line ({@code "Evaluating 12/40:
 * EDSR/img3.png (3.1 images/s) - Esc cancels"}, at most ten times a second); Escape, polled after every
 * image, cancels the job.
 */
final class ImageJJobReporter implements JobReporter
{
	private static final long STATUS_INTERVAL_NANOS = 100_000_000L;

	private final String title;

	private final String verb;

	private final BooleanSupplier escape;

	private final Consumer< String > log;

	private volatile Progress last;

	private volatile boolean canceled;

	private long scoringStart;

	/** Calls come one at a time (the job serialises them). */
	private long lastStatus;

	/**
	 * @param title
	 *            the command's menu label without its dots ({@code "Evaluate Algorithms"}), before every line in the Log
	 * @param verb
	 *            what the status line says the job does ({@code "Evaluating"})
	 * @param escape
	 *            whether the person pressed Escape
	 * @param log
	 *            ImageJ's Log window
	 */
	ImageJJobReporter( final String title, final String verb, final BooleanSupplier escape, final Consumer< String > log )
	{
		this.title = title;
		this.verb = verb;
		this.escape = escape;
		this.log = log;
	}

	String title()
	{
		return title;
	}

	/** A note in ImageJ's Log, after the command's title, wrapped as {@link ImageJLog} wraps notes, each line given to the Log on its own. */
	void log( final String message )
	{
		for ( final String line : ImageJLog.lines( title + ": " + message ) )
			log.accept( line );
	}

	@Override
	public void note( final String message )
	{
		log( message );
	}

	@Override
	public void warning( final String message )
	{
		log( message );
	}

	@Override
	public void error( final String message )
	{
		log( message );
	}

	@Override
	public void scoringStarts()
	{
		IJ.resetEscape();
		scoringStart = System.nanoTime();
	}

	@Override
	public void progress( final Progress progress )
	{
		last = progress;
		if ( canceled )
			return;
		IJ.showProgress( progress.fraction() );
		final long now = System.nanoTime();
		if ( progress.done() == 0 || progress.isFinished() || now - lastStatus >= STATUS_INTERVAL_NANOS )
		{
			lastStatus = now;
			IJ.showStatus( status( verb, progress ) );
		}
	}

	@Override
	public boolean cancelRequested()
	{
		if ( !canceled && escape.getAsBoolean() )
		{
			canceled = true;
			IJ.showStatus( verb + ": canceling (Escape)..." );
		}
		return canceled;
	}

	@Override
	public void scoringEnded()
	{
		IJ.showProgress( 1.0 );
	}

	/** The seconds since scoring started, for the Log's summary of a run. */
	double secondsSinceScoringStarted()
	{
		return ( System.nanoTime() - scoringStart ) / 1e9;
	}

	/** {@code "40 images in 12.9 s"}: the last progress seen. */
	String summary()
	{
		final Progress p = last;
		return p == null ? "done" : p.done() + ( p.done() == 1 ? " image in " : " images in " ) + String.format( Locale.ROOT, "%.1f s", p
				.elapsedSeconds() );
	}

	/** {@code "Evaluating 12/40: EDSR/img3.png (3.1 images/s) - Esc cancels"}. */
	static String status( final String verb, final Progress progress )
	{
		final StringBuilder s = new StringBuilder( verb ).append( ' ' ).append( progress.done() ).append( '/' ).append( progress.total() );
		if ( progress.done() > 0 )
		{
			s.append( ": " ).append( progress.current() ).append( String.format( Locale.ROOT, " (%.1f images/s", progress.rate() ) );
			if ( progress.failed() > 0 )
				s.append( ", " ).append( progress.failed() ).append( " failed" );
			s.append( ')' );
		}
		return s.append( " - Esc cancels" ).toString();
	}
}
