package io.github.pdplane.commands;

import java.awt.GraphicsEnvironment;

import ij.IJ;
import ij.Macro;

/**
 * The rule for replacing a file a command would write: the person at a dialog is asked; a macro, a
 * script or a run without a display is not (a dialog would wait for ever for a macro's options), and has
 * to say so with the {@code overwrite} key.
 */
final class ReplaceConfirmation
{
	/** The hint of a refusal to replace a file, for commands with an {@code overwrite} parameter. */
	static final String HOW_TO_REPLACE = "tick Overwrite (in a macro: add the key overwrite) to replace it";

	private ReplaceConfirmation()
	{}

	/** Whether a person can be asked: not in a macro, a script or a run without a display. */
	static boolean canAsk()
	{
		return !GraphicsEnvironment.isHeadless() && !IJ.isMacro() && Macro.getOptions() == null;
	}

	/** Asks the person at the screen; {@code false} where {@link #canAsk()} says nobody can be asked. */
	static boolean confirm( final String title, final String question )
	{
		return canAsk() && IJ.showMessageWithCancel( title, question );
	}
}
