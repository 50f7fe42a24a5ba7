package io.github.pdplane.ij;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
import ij.Macro;
import ij.WindowManager;

import io.github.pdplane.PdPlaneException;

/**
 * Runs one SciJava command from ImageJ 1.x: dialog (or macro options), the command through SciJava,
 * then its image outputs shown. The SciJava half of {@link CommandBridge}, kept apart so that a
 * missing scijava-common jar is a message there rather than a class-loading failure.
 */
final class CommandRunner
{
	/** The last values a person chose in each command's dialog (not images), by command class and parameter. */
	private static final Map< String, Map< String, Object > > REMEMBERED = new ConcurrentHashMap<>();

	private final CommandInfo info;

	private final Context context;

	private CommandRunner( final CommandInfo info, final Context context )
	{
		this.info = info;
		this.context = context;
	}

	static CommandRunner forClass( final String className )
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
		return new CommandRunner( info, context );
	}

	/** The command's menu label without the dots of a dialog ({@code "SSIM"}, {@code "Train NIQE Model"}), for titles and messages. */
	String title()
	{
		final String label = info.getLabel() == null ? info.getClassName() : info.getLabel();
		return label.endsWith( "..." ) ? label.substring( 0, label.length() - 3 ) : label;
	}

	/**
	 * Shows the dialog, runs the command and shows its image outputs.
	 *
	 * @throws PdPlaneException
	 *             for bad macro options, missing images, and any reason the command cancelled with
	 */
	void run() throws InterruptedException, ExecutionException
	{
		final ModuleService modules = context.service( ModuleService.class );
		final Module module = modules.createModule( info );
		try
		{
			module.initialize();
		}
		catch ( final MethodCallException e )
		{
			throw new IllegalStateException( "initialising " + info.getClassName() + " failed", e );
		}
		final String options = Macro.getOptions();
		// A macro gets the command's own defaults for keys it leaves out, whatever was chosen interactively before.
		final List< DialogField > fields = options == null ? remembered( CommandDialog.fields( module ) ) : CommandDialog.fields( module );
		final List< ImagePlus > images = openImages();
		final List< String > titles = new ArrayList<>();
		for ( final ImagePlus imp : images )
			titles.add( imp.getTitle() );
		if ( options != null )
			fail( MacroOptions.parse( options ).problems( fields, titles ) );
		final List< String > required = new ArrayList<>();
		for ( final DialogField f : fields )
			if ( f.kind() == DialogField.Kind.IMAGE && f.required() )
				required.add( "the " + f.label().replace( '_', ' ' ).toLowerCase( Locale.ROOT ) );
		if ( images.isEmpty() && !required.isEmpty() )
			throw new PdPlaneException( "No image is open: open " + String.join( " and ", required ) + " image first." );
		final List< String > problems = new ArrayList<>();
		final Map< String, Object > inputs = CommandDialog.show( title(), info.getDescription() == null ? "" : info.getDescription(), fields,
				images, problems );
		if ( inputs == null )
			return;
		fail( problems );
		if ( options == null )
			remember( fields, inputs );
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

	private List< DialogField > remembered( final List< DialogField > fields )
	{
		final Map< String, Object > last = REMEMBERED.getOrDefault( info.getClassName(), Collections.emptyMap() );
		final List< DialogField > out = new ArrayList<>();
		for ( final DialogField f : fields )
			out.add( last.containsKey( f.name() ) ? f.withDefault( last.get( f.name() ) ) : f );
		return out;
	}

	private void remember( final List< DialogField > fields, final Map< String, Object > inputs )
	{
		final Map< String, Object > values = new HashMap<>();
		for ( final DialogField f : fields )
			if ( f.kind() != DialogField.Kind.IMAGE && inputs.containsKey( f.name() ) )
				values.put( f.name(), inputs.get( f.name() ) );
		REMEMBERED.put( info.getClassName(), values );
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
}
