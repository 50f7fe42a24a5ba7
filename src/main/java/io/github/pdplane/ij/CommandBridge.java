package io.github.pdplane.ij;

import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import ij.IJ;
import ij.ImagePlus;
import ij.Macro;
import ij.WindowManager;
import ij.macro.Interpreter;
import ij.plugin.PlugIn;

import io.github.pdplane.PdPlaneException;

/**
 * The one ImageJ 1.x front end of every PD Plane command. {@code plugins.config} lists each command
 * with this class and the command's class name as argument, for example
 * {@code Plugins>Perception-Distortion, "SSIM...", io.github.pdplane.ij.CommandBridge("io.github.pdplane.commands.SsimCommand")};
 * the bridge renders the command's parameters as a recordable {@code GenericDialog} ({@link CommandDialog};
 * macro keys: see {@link DialogField}, checked by {@link MacroOptions}) and runs it through SciJava
 * ({@link SciJavaCommand}), in plain ImageJ 1.x and in Fiji alike. In a person's dialog the values last
 * chosen are the defaults; a macro gets the command's own.
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
			final SciJavaCommand command = SciJavaCommand.forClass( className );
			title = command.title();
			run( command );
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
	 * Shows the dialog (or reads the macro's options), runs the command and shows its image outputs.
	 *
	 * @throws PdPlaneException
	 *             for bad macro options, missing images, and any reason the command canceled with
	 */
	private static void run( final SciJavaCommand command ) throws InterruptedException, ExecutionException
	{
		final String options = Macro.getOptions();
		// A macro gets the command's own defaults for keys it leaves out, whatever was chosen interactively before.
		final List< DialogField > fields = options == null ? RememberedValues.applyTo( command.className(), command.fields() )
				: command.fields();
		final List< ImagePlus > images = openImages();
		final List< String > titles = new ArrayList<>();
		for ( final ImagePlus imp : images )
			titles.add( imp.getTitle() );
		if ( options != null )
			fail( MacroOptions.parse( options ).problems( fields, titles ) );
		final List< String > required = new ArrayList<>();
		for ( final DialogField f : fields )
			if ( f.kind() == DialogField.Kind.IMAGE && f.required() )
				required.add( "the " + f.caption().toLowerCase( Locale.ROOT ) );
		if ( images.isEmpty() && !required.isEmpty() )
			throw new PdPlaneException( "No image is open: open " + String.join( " and ", required ) + " image first." );
		// Without a display ImageJ's dialog only reads a macro's options (ij1-patcher's headless dialog refuses to exist without them).
		if ( options == null && GraphicsEnvironment.isHeadless() )
			throw new PdPlaneException( "There is no display for the dialog: give the command its options in the macro, for example "
					+ CommandDialog.macroCall( command.label(), fields ) );
		final List< String > problems = new ArrayList<>();
		final Map< String, Object > inputs = CommandDialog.show( command.label(), command.description(), fields, images, images.indexOf(
				WindowManager.getCurrentImage() ), problems );
		if ( inputs == null )
			return;
		fail( problems );
		if ( options == null )
			RememberedValues.remember( command.className(), fields, inputs );
		command.run( inputs );
	}

	private static void fail( final List< String > problems )
	{
		if ( !problems.isEmpty() )
			throw new PdPlaneException( String.join( " ", problems ) );
	}

	/** The open images (windows and a macro's batch-mode images), oldest first. */
	private static List< ImagePlus > openImages()
	{
		final List< ImagePlus > images = new ArrayList<>();
		final int[] ids = WindowManager.getIDList();
		if ( ids != null )
			for ( final int id : ids )
			{
				final ImagePlus imp = WindowManager.getImage( id );
				if ( imp != null )
					images.add( imp );
			}
		return images;
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
