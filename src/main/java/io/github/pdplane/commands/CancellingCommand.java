package io.github.pdplane.commands;

import java.awt.GraphicsEnvironment;

import org.scijava.command.DynamicCommand;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;

import ij.IJ;
import ij.Macro;

import io.github.pdplane.PdPlaneException;

/**
 * What every PD Plane command shares: a run in which an error the user can cause
 * ({@link PdPlaneException}) cancels the command with its message (naming the input and the rule)
 * instead of a stack trace, and the rule for asking before a file is replaced: the person at a dialog
 * is asked; a macro, a script or a run without a display is not, and has to say so with the
 * {@code overwrite} key. Subclasses declare their inputs and implement {@link #execute}; every front end
 * (SciJava, the ImageJ 1.x dialog of {@code io.github.pdplane.ij.CommandBridge}, macros) reads the
 * parameter list from their fields.
 */
public abstract class CancellingCommand extends DynamicCommand
{
	/** The hint of a refusal to replace a file, for commands with an {@code overwrite} parameter. */
	static final String HOW_TO_REPLACE = "tick Overwrite (in a macro: add the key overwrite) to replace it";

	@Parameter
	private LogService log;

	protected final LogService log()
	{
		return log;
	}

	@Override
	public final void run()
	{
		try
		{
			execute();
		}
		catch ( final PdPlaneException e )
		{
			failed();
			cancel( e.getMessage() );
		}
	}

	/**
	 * The command's work.
	 *
	 * @throws PdPlaneException
	 *             for anything the user can put right; the command then cancels with its message
	 */
	protected abstract void execute();

	/** Resets the outputs after a failure (a value becomes NaN); nothing by default. */
	protected void failed()
	{}

	/**
	 * Whether a person can be asked: not in a macro (whose options a dialog would wait for forever), a
	 * script or a run without a display.
	 */
	protected static boolean canAsk()
	{
		return !GraphicsEnvironment.isHeadless() && !IJ.isMacro() && Macro.getOptions() == null;
	}

	/** Asks the person at the screen; {@code false} where {@link #canAsk()} says nobody can be asked. */
	protected static boolean confirm( final String title, final String question )
	{
		return canAsk() && IJ.showMessageWithCancel( title, question );
	}
}
