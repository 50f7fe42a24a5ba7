package io.github.pdplane.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.github.pdplane.plane.PlaneModel;

/** Label placement on the crowded example plane (six algorithms, a sweep, the cloud). */
class PointLabelsTest
{
	/** Every algorithm is labelled once, and no two labels overlap. */
	@Test
	void algorithmLabelsAreAllDrawnWithoutOverlap() throws Exception
	{
		final PlaneModel model = ExamplePlane.model();
		final String svg = ChartFiles.svg( PlaneChart.build( model, ChartOptions.defaults().withCloud( true ).withLegend( false ) ), 960, 720 );
		final DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature( "http://apache.org/xml/features/nonvalidating/load-external-dtd", false );
		final NodeList texts = factory.newDocumentBuilder().parse( new ByteArrayInputStream( svg.getBytes( StandardCharsets.UTF_8 ) ) )
				.getElementsByTagName( "text" );
		final Graphics2D g2 = new BufferedImage( 1, 1, BufferedImage.TYPE_INT_RGB ).createGraphics();
		final List< String > names = Arrays.asList( ExamplePlane.ALGORITHMS );
		final List< Rectangle2D > boxes = new ArrayList<>();
		final List< String > bolds = new ArrayList<>();
		for ( int i = 0; i < texts.getLength(); i++ )
		{
			final Element t = ( Element ) texts.item( i );
			if ( !names.contains( t.getTextContent() ) )
				continue;
			final boolean bold = t.getAttribute( "style" ).contains( "bold" );
			if ( bold )
				bolds.add( t.getTextContent() );
			final FontMetrics m = g2.getFontMetrics( new Font( "SansSerif", bold ? Font.BOLD : Font.PLAIN, 13 ) );
			final double x = Double.parseDouble( t.getAttribute( "x" ) );
			final double baseline = Double.parseDouble( t.getAttribute( "y" ) );
			boxes.add( new Rectangle2D.Double( x, baseline - m.getAscent(), m.stringWidth( t.getTextContent() ), m.getAscent() + m.getDescent() ) );
		}
		assertEquals( names.size(), boxes.size() );
		for ( int i = 0; i < boxes.size(); i++ )
			for ( int j = i + 1; j < boxes.size(); j++ )
				assertFalse( boxes.get( i ).intersects( boxes.get( j ) ), boxes.get( i ) + " and " + boxes.get( j ) );
		// the frontier's algorithms are set in bold, the others not
		bolds.sort( null );
		final List< String > frontier = new ArrayList<>( model.frontierAlgorithms() );
		frontier.sort( null );
		assertEquals( Arrays.asList( "EDSR", "ESRGAN", "PPON" ), frontier );
		assertEquals( frontier, bolds );
	}
}
