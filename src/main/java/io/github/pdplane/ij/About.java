package io.github.pdplane.ij;

import java.awt.GraphicsEnvironment;
import java.awt.Panel;
import java.awt.TextArea;

import ij.IJ;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;

import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.table.Text;

/** Help > About Plugins > PD Plane...: the version and every metric with its citation, wrapped to fit the screen. */
public class About implements PlugIn
{
	/** Lines of text the About box shows at once; the citations scroll below them. */
	static final int VISIBLE_LINES = 24;

	/**
	 * The text in a read-only text area of {@link #LINE_WIDTH} columns and {@link #VISIBLE_LINES} rows with a
	 * scroll bar, so that the box fits a 1024x768 screen (ImageJ's message box grows with its text: the wrapped citations made it 945
	 * pixels tall); without a display, the Log.
	 */
	@Override
	public void run( final String arg )
	{
		if ( GraphicsEnvironment.isHeadless() )
		{
			IJ.log( text() );
			return;
		}
		final TextArea area = new TextArea( text(), VISIBLE_LINES, LINE_WIDTH, TextArea.SCROLLBARS_VERTICAL_ONLY );
		area.setEditable( false );
		final Panel panel = new Panel();
		panel.add( area );
		final GenericDialog gd = new GenericDialog( "About PD Plane" );
		gd.addPanel( panel );
		gd.hideCancelButton();
		gd.showDialog();
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
