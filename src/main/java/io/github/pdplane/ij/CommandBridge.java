package io.github.pdplane.ij;

import java.util.concurrent.ExecutionException;

import ij.IJ;
import ij.Macro;
import ij.macro.Interpreter;
import ij.plugin.PlugIn;

import io.github.pdplane.PdPlaneException;

/**
 * The one ImageJ 1.x front end of every PD Plane command. {@code plugins.config} lists each command
 * with this class and the command's class name as argument, for example
 * {@code Plugins>Perception-Distortion, "SSIM", io.github.pdplane.ij.CommandBridge("io.github.pdplane.commands.SsimCommand")};
 * the bridge renders the command's parameters as a recordable {@code GenericDialog} (macro keys: see
 * {@link DialogField}) and runs it through SciJava, in plain ImageJ 1.x and in Fiji alike.
 * <p>
 * Errors are messages, never stack traces: a dialog for a person; in a macro, a line in the Log
 * window (standard output under {@code -batch}) and the macro stops, since a modal dialog would hang
 * a macro that runs without a person.
 */
public class CommandBridge implements PlugIn
{
	@Override
	public void run( final String arg )
	{
		final String className = arg == null ? "" : arg.trim();
		String title = "PD Plane";
		final Thread thread = Thread.currentThread();
		final ClassLoader previous = thread.getContextClassLoader();
		// SciJava discovers services and commands through the context class loader; ImageJ's sees plugins/.
		thread.setContextClassLoader( IJ.getClassLoader() );
		try
		{
			final CommandRunner runner = CommandRunner.forClass( className );
			title = runner.title();
			runner.run();
		}
		catch ( final PdPlaneException e )
		{
			report( title, e.getMessage() );
		}
		catch ( final NoClassDefFoundError e )
		{
			report( title, "A library PD Plane needs is missing (" + e.getMessage() + "): put scijava-common and its dependencies "
					+ "(parsington) into ImageJ's plugins/jars folder, or use Fiji." );
		}
		catch ( final InterruptedException e )
		{
			thread.interrupt();
			report( title, "Interrupted." );
		}
		catch ( final ExecutionException | RuntimeException e )
		{
			// SciJava wraps what a command throws ("Module threw exception"); a user error inside is still a message.
			Throwable root = e;
			for ( Throwable t = e; t != null; t = t.getCause() )
			{
				if ( t instanceof PdPlaneException )
				{
					report( title, t.getMessage() );
					return;
				}
				root = t;
			}
			unexpected( title, root, e );
		}
		finally
		{
			thread.setContextClassLoader( previous );
		}
	}

	/**
	 * A message for the user: a dialog for a person, or where a macro or script called the command (with
	 * options) the Log and a clean stop of the macro.
	 */
	static void report( final String title, final String message )
	{
		if ( scripted() )
		{
			IJ.log( title + " error: " + message );
			Interpreter.abort();
		}
		else
			IJ.error( title, message );
	}

	private static boolean scripted()
	{
		return IJ.isMacro() || Macro.getOptions() != null;
	}

	/** A bug, not a user error: the stack trace is what a bug report needs. */
	private static void unexpected( final String title, final Throwable root, final Throwable t )
	{
		if ( scripted() )
		{
			IJ.log( title + " failed unexpectedly (please report this): " + root );
			t.printStackTrace();
			Interpreter.abort();
		}
		else
			IJ.handleException( t );
	}
}
