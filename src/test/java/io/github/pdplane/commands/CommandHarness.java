package io.github.pdplane.commands;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.IntBinaryOperator;

import org.scijava.Cancelable;
import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.log.LogLevel;
import org.scijava.log.LogService;
import org.scijava.module.Module;
import org.scijava.module.ModuleInfo;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleService;

import ij.ImagePlus;
import ij.ImageStack;
import ij.macro.Interpreter;
import ij.measure.ResultsTable;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

/**
 * Runs PD Plane commands as SciJava does without pre- and post-processing
 * ({@code ModuleService.run(commandService.getCommand(cls), false, ...)}), in a small context without a
 * display, or as a Fiji script does ({@link #processing()}), and builds the tiny images the tests score.
 */
public final class CommandHarness implements AutoCloseable
{
	static
	{
		// No window for the results table in tests, whatever the developer's DISPLAY.
		if ( System.getProperty( "java.awt.headless" ) == null )
			System.setProperty( "java.awt.headless", "true" );
	}

	private final Context context;

	/** Whether commands run with SciJava's pre- and post-processors. */
	private final boolean process;

	/** The commands run with them, whose persisted inputs {@link #close()} removes. */
	private final Set< Class< ? extends Command > > persisted = new HashSet<>();

	private final List< String > warnings = new ArrayList<>();

	public CommandHarness()
	{
		this( new Context( CommandService.class, LogService.class ), false );
	}

	/**
	 * A harness that runs commands as a script in Fiji does ({@code ModuleService.run(..., true, ...)}): in a
	 * context of every service on the class path, with every pre- and post-processor there (services
	 * injected, initializers, persisted inputs loaded and saved, required inputs checked, outputs shown).
	 */
	public static CommandHarness processing()
	{
		return new CommandHarness( new Context(), true );
	}

	private CommandHarness( final Context context, final boolean process )
	{
		this.context = context;
		this.process = process;
		context.service( LogService.class ).addLogListener( message -> {
			if ( message.level() == LogLevel.WARN )
				warnings.add( message.text() );
		} );
	}

	public Context context()
	{
		return context;
	}

	/** The warnings logged since the harness was made. */
	public List< String > warnings()
	{
		return warnings;
	}

	/** Runs a command with inputs given as name, value, name, value... and waits for it. */
	public Module run( final Class< ? extends Command > command, final Object... inputs )
	{
		try
		{
			// Not CommandService.run: for commands that are Modules themselves (DynamicCommand) it returns null by design.
			remember( command );
			return context.service( ModuleService.class ).run( context.service( CommandService.class ).getCommand( command ), process, inputs ).get();
		}
		catch ( final InterruptedException | ExecutionException e )
		{
			throw new AssertionError( e );
		}
	}

	/**
	 * Runs a command as {@link #run(Class, Object...)} does, after {@code setup} has set what a test
	 * replaces on the command object (a model store in a temporary folder, a local download address).
	 */
	public < C extends Command > Module run( final Class< C > command, final Consumer< ? super C > setup, final Object... inputs )
	{
		final ModuleService modules = context.service( ModuleService.class );
		final Module module = modules.createModule( context.service( CommandService.class ).getCommand( command ) );
		setup.accept( command.cast( module instanceof CommandModule ? ( ( CommandModule ) module ).getCommand() : module ) );
		try
		{
			remember( command );
			return modules.run( module, process, inputs ).get();
		}
		catch ( final InterruptedException | ExecutionException e )
		{
			throw new AssertionError( e );
		}
	}

	private void remember( final Class< ? extends Command > command )
	{
		if ( process )
			persisted.add( command );
	}

	public static double value( final Module module )
	{
		return ( Double ) module.getOutput( "value" );
	}

	/** The reason a module cancelled with, or null where it ran to the end. */
	public static String cancelReason( final Module module )
	{
		final Cancelable c = ( Cancelable ) module;
		return c.isCanceled() ? c.getCancelReason() : null;
	}

	public static ResultsTable table()
	{
		return PdResultsTable.current();
	}

	/**
	 * Removes the values SciJava's pre-processors persisted for the inputs of {@code module} (in its preferences,
	 * which live in the user's home), so that a test leaves no trace there. The ImageJ 1.x menu entries run the
	 * commands without persisting SciJava inputs, so nothing a person chose there is lost.
	 */
	public void forgetInputs( final ModuleInfo module )
	{
		for ( final ModuleItem< ? > input : module.inputs() )
			forget( input );
	}

	/** Saving an input's default value removes the value persisted for it. */
	private < T > void forget( final ModuleItem< T > input )
	{
		context.service( ModuleService.class ).save( input, input.getDefaultValue() );
	}

	/** Disposes of the context; with {@link #processing()}, first {@link #forgetInputs forgets} the inputs of the commands run. */
	@Override
	public void close()
	{
		for ( final Class< ? extends Command > command : persisted )
			forgetInputs( context.service( CommandService.class ).getCommand( command ) );
		context.dispose();
	}

	// ---- images ----

	/** Images made open by {@link #open}, until closed. */
	public interface OpenImages extends AutoCloseable
	{
		@Override
		void close();
	}

	/**
	 * Makes {@code images} open images, found by title through {@code WindowManager} as the plugin finds
	 * them, without a display: they join the images of a running batch-mode macro (as a macro's
	 * {@code setBatchMode(true); open(...)} leaves them). Closing takes them out and ends the batch mode
	 * where it began here.
	 */
	public static OpenImages open( final ImagePlus... images )
	{
		final boolean batchMode = Interpreter.batchMode;
		Interpreter.batchMode = true;
		for ( final ImagePlus imp : images )
			Interpreter.addBatchModeImage( imp );
		return () -> {
			for ( final ImagePlus imp : images )
				Interpreter.removeBatchModeImage( imp );
			Interpreter.batchMode = batchMode;
		};
	}

	public static ImagePlus grey8( final String title, final int w, final int h, final IntBinaryOperator pixel )
	{
		final ByteProcessor ip = new ByteProcessor( w, h );
		fill( ip, pixel );
		return new ImagePlus( title, ip );
	}

	public static ImagePlus grey16( final String title, final int w, final int h, final IntBinaryOperator pixel )
	{
		final ShortProcessor ip = new ShortProcessor( w, h );
		fill( ip, pixel );
		return new ImagePlus( title, ip );
	}

	public static ImagePlus float32( final String title, final int w, final int h, final float[] pixels )
	{
		return new ImagePlus( title, new FloatProcessor( w, h, pixels ) );
	}

	/** An RGB image whose red, green and blue are {@code pixel}, {@code 2 * pixel} and {@code 255 - pixel}. */
	public static ImagePlus rgb( final String title, final int w, final int h, final IntBinaryOperator pixel )
	{
		final ColorProcessor ip = new ColorProcessor( w, h );
		for ( int y = 0; y < h; y++ )
			for ( int x = 0; x < w; x++ )
			{
				final int v = pixel.applyAsInt( x, y ) & 0xff;
				ip.set( x, y, ( v << 16 ) | ( ( ( 2 * v ) & 0xff ) << 8 ) | ( 255 - v ) );
			}
		return new ImagePlus( title, ip );
	}

	/** An 8-bit stack; slice {@code z} (0-based) holds {@code pixel(x, y) + offset(z)}. */
	public static ImagePlus stack8( final String title, final int w, final int h, final int[] offsets, final IntBinaryOperator pixel )
	{
		final ImageStack stack = new ImageStack( w, h );
		for ( final int offset : offsets )
		{
			final ByteProcessor ip = new ByteProcessor( w, h );
			fill( ip, ( x, y ) -> pixel.applyAsInt( x, y ) + offset );
			stack.addSlice( ip );
		}
		return new ImagePlus( title, stack );
	}

	private static void fill( final ImageProcessor ip, final IntBinaryOperator pixel )
	{
		for ( int y = 0; y < ip.getHeight(); y++ )
			for ( int x = 0; x < ip.getWidth(); x++ )
				ip.set( x, y, pixel.applyAsInt( x, y ) );
	}

	/** A texture that is not constant, so no warning is due: values 10..249. */
	public static int texture( final int x, final int y )
	{
		return 10 + ( x * 37 + y * 91 + ( x * y ) % 13 ) % 240;
	}

	/** Copies of every slice's pixel array, to compare before and after a command. */
	public static Object[] pixels( final ImagePlus imp )
	{
		final Object[] copy = new Object[ imp.getStackSize() ];
		for ( int s = 0; s < copy.length; s++ )
		{
			final Object p = imp.getStack().getPixels( s + 1 );
			if ( p instanceof byte[] )
				copy[ s ] = ( ( byte[] ) p ).clone();
			else if ( p instanceof short[] )
				copy[ s ] = ( ( short[] ) p ).clone();
			else if ( p instanceof float[] )
				copy[ s ] = ( ( float[] ) p ).clone();
			else
				copy[ s ] = ( ( int[] ) p ).clone();
		}
		return copy;
	}

	public static boolean samePixels( final Object[] before, final ImagePlus after )
	{
		return Arrays.deepEquals( before, pixels( after ) );
	}
}
