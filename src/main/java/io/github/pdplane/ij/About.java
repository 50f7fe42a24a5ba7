package io.github.pdplane.ij;

import ij.IJ;
import ij.plugin.PlugIn;

import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.table.Text;

/** Help > About Plugins > PD Plane...: the version and every metric with its citation. */
public class About implements PlugIn
{
	@Override
	public void run( final String arg )
	{
		IJ.showMessage( "About PD Plane", text() );
	}

	/**
	 * Characters a line of the About box holds at most: ImageJ's message box is as wide as its longest line,
	 * and a citation on one line made it 3241 pixels wide, its OK button off the screen.
	 */
	static final int LINE_WIDTH = 80;

	/** The start of a citation's continuation lines. */
	private static final String CONTINUATION = "    ";

	/** The text, each citation wrapped to {@link #LINE_WIDTH} with its continuation lines indented. */
	static String text()
	{
		final Package p = About.class.getPackage();
		final String version = p == null || p.getImplementationVersion() == null ? "(development build)" : p.getImplementationVersion();
		final StringBuilder s = new StringBuilder( "PD Plane " ).append( version ).append( '\n' )
				.append( Text.wrap( "Image restoration on the perception-distortion plane (Blau and Michaeli, CVPR 2018).", LINE_WIDTH, "" ) )
				.append( "\n\n" );
		for ( final MetricDescriptor d : MetricRegistry.all() )
			s.append( Text.wrap( d.displayName() + " (" + d.direction().label() + "): " + d.citation(), LINE_WIDTH - CONTINUATION.length(),
					CONTINUATION ) ).append( '\n' );
		return s.toString();
	}
}
