package io.github.pdplane.ij;

import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.log.LogLevel;
import org.scijava.log.LogService;

import ij.IJ;

/**
 * The SciJava context the bridge runs commands in: Fiji's own where the ImageJ legacy layer is
 * running, otherwise one created on first use and kept for the session.
 */
final class SciJavaContexts
{
	/** A class only Fiji's legacy layer (imagej-legacy) has; its hooks hand out the running context. */
	private static final String LEGACY_SERVICE = "net.imagej.legacy.LegacyService";

	private static Context own;

	private SciJavaContexts()
	{}

	/** Needs the thread's context class loader set to ImageJ's, where the plugin jars are. */
	static Context get()
	{
		final Context fiji = fijiContext();
		return fiji != null ? fiji : own();
	}

	private static Context fijiContext()
	{
		try
		{
			Class.forName( LEGACY_SERVICE, false, IJ.getClassLoader() );
		}
		catch ( final ClassNotFoundException | LinkageError e )
		{
			return null;
		}
		// imagej-legacy's hooks answer this call with the running context (DefaultLegacyHooks.interceptRunPlugIn).
		final Object context = IJ.runPlugIn( Context.class.getName(), "" );
		return context instanceof Context ? ( Context ) context : null;
	}

	private static synchronized Context own()
	{
		if ( own == null )
		{
			final Context context = new Context( CommandService.class, LogService.class );
			// Plain ImageJ 1.x shows no console: warnings (constant images) go to its Log window.
			context.service( LogService.class ).addLogListener( message -> {
				if ( message.level() <= LogLevel.WARN )
					IJ.log( message.text() );
			} );
			own = context;
		}
		return own;
	}
}
