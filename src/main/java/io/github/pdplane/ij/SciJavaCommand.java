package io.github.pdplane.ij;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.scijava.Cancelable;
import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.MethodCallException;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleService;

import ij.IJ;
import ij.ImagePlus;

import io.github.pdplane.PdPlaneException;

/**
 * One SciJava command as {@link CommandBridge} needs it: found by class name in SciJava's context
 * ({@link SciJavaContexts}), its title, description and dialog fields, and a run with the values the
 * dialog or the macro gave. Everything that names a SciJava type is here, not in the bridge, so that a
 * missing scijava-common jar is a message of the bridge rather than a failure to load it.
 */
final class SciJavaCommand
{
	private final CommandInfo info;

	private final ModuleService modules;

	private final Module module;

	private SciJavaCommand( final CommandInfo info, final ModuleService modules )
	{
		this.info = info;
		this.modules = modules;
		this.module = modules.createModule( info );
	}

	/**
	 * The command of {@code className}, created.
	 *
	 * @throws PdPlaneException
	 *             where the class is missing, not a command, or unknown to SciJava
	 */
	static SciJavaCommand forClass( final String className )
	{
		final Class< ? > cls;
		try
		{
			cls = Class.forName( className, true, IJ.getClassLoader() );
		}
		catch ( final ClassNotFoundException e )
		{
			throw new PdPlaneException( "The command class " + className + " is not installed (plugins.config names a class the jar lacks)." );
		}
		if ( !Command.class.isAssignableFrom( cls ) )
			throw new PdPlaneException( className + " is not a SciJava command." );
		final Context context = SciJavaContexts.get();
		final CommandInfo info = context.service( CommandService.class ).getCommand( cls.asSubclass( Command.class ) );
		if ( info == null )
			throw new PdPlaneException( "SciJava does not know the command " + className
					+ ": its plugin index (META-INF/json/org.scijava.plugin.Plugin) is missing from the jar." );
		return new SciJavaCommand( info, context.service( ModuleService.class ) );
	}

	String className()
	{
		return info.getClassName();
	}

	/** The command's menu entry ({@code "SSIM..."}, {@code "Train NIQE Model..."}), as a macro's {@code run} names it. */
	String label()
	{
		return info.getLabel() == null ? info.getClassName() : info.getLabel();
	}

	/** The menu entry without the dots of a dialog ({@code "SSIM"}, {@code "Train NIQE Model"}), for titles and messages. */
	String title()
	{
		return CommandDialog.titleOf( label() );
	}

	/** What the command does, for the dialog's Help; empty where it does not say. */
	String description()
	{
		return info.getDescription() == null ? "" : info.getDescription();
	}

	/** Initialises the command (its initializers fill the choice lists) and gives its parameters as dialog fields, with its own defaults. */
	List< DialogField > fields()
	{
		try
		{
			module.initialize();
		}
		catch ( final MethodCallException e )
		{
			throw new IllegalStateException( "initialising " + info.getClassName() + " failed", e );
		}
		return CommandDialog.fields( module );
	}

	/**
	 * Runs the command, after {@link #fields()}, with {@code inputs} and shows its image outputs.
	 *
	 * @throws PdPlaneException
	 *             with the reason the command canceled with, where it gave one
	 */
	void run( final Map< String, Object > inputs ) throws InterruptedException, ExecutionException
	{
		modules.run( module, false, inputs ).get();
		if ( module instanceof Cancelable && ( ( Cancelable ) module ).isCanceled() )
		{
			final String reason = ( ( Cancelable ) module ).getCancelReason();
			if ( reason != null )
				throw new PdPlaneException( reason );
			return;
		}
		for ( final ModuleItem< ? > output : module.getInfo().outputs() )
		{
			final Object value = module.getOutput( output.getName() );
			if ( value instanceof ImagePlus )
				( ( ImagePlus ) value ).show();
		}
	}
}
