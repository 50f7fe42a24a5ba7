package io.github.pdplane.commands;

import org.scijava.Cancelable;

import io.github.pdplane.PdPlaneException;

/**
 * How every PD Plane command ends on an error the user can cause: a {@link PdPlaneException} cancels
 * the command with its message (which names the input and the rule) instead of a stack trace, so that
 * SciJava, a script and the ImageJ 1.x bridge ({@code io.github.pdplane.ij.CommandBridge}) all show that
 * message. Commands set their outputs only at the end of their work, so a canceled run leaves them at
 * their defaults (NaN for a value).
 */
final class CommandErrors
{
	private CommandErrors()
	{}

	/** Runs {@code work}; a {@link PdPlaneException} cancels {@code command} with its message. */
	static void cancelOnError( final Cancelable command, final Runnable work )
	{
		try
		{
			work.run();
		}
		catch ( final PdPlaneException e )
		{
			command.cancel( e.getMessage() );
		}
	}
}
