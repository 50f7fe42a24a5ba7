package io.github.pdplane.ij;

import ij.IJ;
import ij.plugin.PlugIn;

import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricRegistry;

/** Help > About Plugins > PD Plane...: the version and every metric with its citation. */
public class About implements PlugIn
{
	@Override
	public void run( final String arg )
	{
		IJ.showMessage( "About PD Plane", text() );
	}

	static String text()
	{
		final Package p = About.class.getPackage();
		final String version = p == null || p.getImplementationVersion() == null ? "(development build)" : p.getImplementationVersion();
		final StringBuilder s = new StringBuilder( "PD Plane " ).append( version ).append( '\n' )
				.append( "Image restoration on the perception-distortion plane (Blau and Michaeli, CVPR 2018).\n\n" );
		for ( final MetricDescriptor d : MetricRegistry.all() )
			s.append( d.displayName() ).append( " (" ).append( d.direction().label() ).append( "): " )
					.append( d.citation() ).append( '\n' );
		return s.toString();
	}
}
