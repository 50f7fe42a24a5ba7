package io.github.pdplane.cli;

import io.github.pdplane.batch.JobReporter;
import io.github.pdplane.batch.Progress;

/** A job's notes, warnings, errors and progress on standard error, as the command line shows them. */
final class TerminalReporter implements JobReporter
{
	private final Terminal terminal;

	private final ProgressDisplay display;

	TerminalReporter( final Terminal terminal )
	{
		this.terminal = terminal;
		this.display = new ProgressDisplay( terminal );
	}

	@Override
	public void note( final String message )
	{
		terminal.note( message );
	}

	@Override
	public void warning( final String message )
	{
		terminal.warning( message );
	}

	@Override
	public void error( final String message )
	{
		terminal.error( message );
	}

	@Override
	public void progress( final Progress progress )
	{
		display.progress( progress );
	}

	@Override
	public void scoringEnded()
	{
		display.finish();
	}
}
