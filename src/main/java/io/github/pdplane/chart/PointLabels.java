package io.github.pdplane.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Text labels beside data points, placed when the chart is drawn (only then are pixel positions known)
 * so that they avoid each other, the markers, the lines and the plot's edge. Each label tries eight
 * directions at three distances and takes the cheapest; a label placed further out gets a thin leader
 * line. Optional labels (the sweep's alpha values) are left out where they would collide.
 */
final class PointLabels extends AbstractXYAnnotation
{
	private static final long serialVersionUID = 1L;

	/** Unit offsets of the eight directions, in order of preference (east first: reading order). */
	private static final double[][] DIRECTIONS = { { 1, 0 }, { 0.7, -0.7 }, { 0.7, 0.7 }, { -1, 0 }, { -0.7, -0.7 }, { -0.7, 0.7 },
			{ 0, -1 }, { 0, 1 } };

	private static final double[] RING_EXTRA = { 0, 12, 26 };

	private static final double PADDING = 3;

	/** Cost of crossing a line, in square pixels of overlap. */
	private static final double LINE_CROSSING_COST = 40;

	private final List< Label > labels = new ArrayList<>();

	private final List< double[] > markers = new ArrayList<>();

	private final List< double[] > segments = new ArrayList<>();

	private static final class Label implements Serializable
	{
		private static final long serialVersionUID = 1L;

		final String text;

		final double x;

		final double y;

		final double clearance;

		final Font font;

		final Color paint;

		final boolean required;

		Label( final String text, final double x, final double y, final double clearance, final Font font, final Color paint,
				final boolean required )
		{
			this.text = text;
			this.x = x;
			this.y = y;
			this.clearance = clearance;
			this.font = font;
			this.paint = paint;
			this.required = required;
		}
	}

	/**
	 * A label for the point at data coordinates {@code (x, y)}, whose marker has the given radius in
	 * pixels. Required labels are placed first, then optional ones, each in the order added; so add the
	 * important ones first.
	 */
	void add( final String text, final double x, final double y, final double markerRadius, final Font font, final Color paint,
			final boolean required )
	{
		labels.add( new Label( text, x, y, markerRadius, font, paint, required ) );
	}

	/** Something labels should not cover: a marker of {@code radius} pixels at data coordinates. */
	void addMarker( final double x, final double y, final double radius )
	{
		markers.add( new double[] { x, y, radius } );
	}

	/** A line labels should not cross, in data coordinates. */
	void addSegment( final double x0, final double y0, final double x1, final double y1 )
	{
		segments.add( new double[] { x0, y0, x1, y1 } );
	}

	@Override
	public void draw( final Graphics2D g2, final XYPlot plot, final Rectangle2D dataArea, final ValueAxis domainAxis,
			final ValueAxis rangeAxis, final int rendererIndex, final PlotRenderingInfo info )
	{
		final RectangleEdge xEdge = plot.getDomainAxisEdge();
		final RectangleEdge yEdge = plot.getRangeAxisEdge();
		final List< Rectangle2D > obstacles = new ArrayList<>();
		for ( final double[] m : markers )
		{
			final double px = domainAxis.valueToJava2D( m[ 0 ], dataArea, xEdge );
			final double py = rangeAxis.valueToJava2D( m[ 1 ], dataArea, yEdge );
			obstacles.add( new Rectangle2D.Double( px - m[ 2 ], py - m[ 2 ], 2 * m[ 2 ], 2 * m[ 2 ] ) );
		}
		final List< Line2D > lines = new ArrayList<>();
		for ( final double[] s : segments )
			lines.add( new Line2D.Double( domainAxis.valueToJava2D( s[ 0 ], dataArea, xEdge ), rangeAxis.valueToJava2D( s[ 1 ], dataArea, yEdge ),
					domainAxis.valueToJava2D( s[ 2 ], dataArea, xEdge ), rangeAxis.valueToJava2D( s[ 3 ], dataArea, yEdge ) ) );

		g2.setRenderingHint( RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON );
		g2.setRenderingHint( RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON );
		final List< Rectangle2D > placed = new ArrayList<>();
		final List< Label > ordered = new ArrayList<>( labels );
		ordered.sort( ( a, b ) -> Boolean.compare( b.required, a.required ) ); // stable: required first, each in the order added
		for ( final Label label : ordered )
		{
			final double px = domainAxis.valueToJava2D( label.x, dataArea, xEdge );
			final double py = rangeAxis.valueToJava2D( label.y, dataArea, yEdge );
			final FontMetrics metrics = g2.getFontMetrics( label.font );
			final double w = metrics.stringWidth( label.text ) + 2 * PADDING;
			final double h = metrics.getAscent() + metrics.getDescent() + PADDING;
			Rectangle2D best = null;
			double bestCost = Double.POSITIVE_INFINITY;
			double bestCollision = 0;
			int bestRing = 0;
			for ( int ring = 0; ring < RING_EXTRA.length; ring++ )
				for ( int d = 0; d < DIRECTIONS.length; d++ )
				{
					final Rectangle2D r = candidate( px, py, w, h, label.clearance + 2 + RING_EXTRA[ ring ], DIRECTIONS[ d ] );
					final double collision = overlap( r, placed ) + overlap( r, obstacles ) + outside( r, dataArea );
					final double cost = collision + crossings( r, lines ) * LINE_CROSSING_COST + 6 * ring + 0.8 * d;
					if ( cost < bestCost )
					{
						best = r;
						bestCost = cost;
						bestCollision = collision;
						bestRing = ring;
					}
				}
			if ( !label.required && bestCollision > 0 )
				continue;
			placed.add( best );
			if ( bestRing > 0 )
				drawLeader( g2, px, py, label.clearance, best );
			drawLabel( g2, label, metrics, best );
		}
	}

	/** The label box at distance {@code distance} from the point in direction {@code direction}. */
	private static Rectangle2D candidate( final double px, final double py, final double w, final double h, final double distance,
			final double[] direction )
	{
		final double ax = px + direction[ 0 ] * distance;
		final double ay = py + direction[ 1 ] * distance;
		// The box touches the anchor with its nearest side or corner.
		final double x = direction[ 0 ] > 0 ? ax : direction[ 0 ] < 0 ? ax - w : ax - w / 2;
		final double y = direction[ 1 ] > 0 ? ay : direction[ 1 ] < 0 ? ay - h : ay - h / 2;
		return new Rectangle2D.Double( x, y, w, h );
	}

	private static double overlap( final Rectangle2D r, final List< Rectangle2D > others )
	{
		double area = 0;
		for ( final Rectangle2D o : others )
		{
			final Rectangle2D i = r.createIntersection( o );
			if ( !i.isEmpty() )
				area += i.getWidth() * i.getHeight();
		}
		return area;
	}

	private static double outside( final Rectangle2D r, final Rectangle2D area )
	{
		final Rectangle2D i = r.createIntersection( area );
		final double inside = i.isEmpty() ? 0 : i.getWidth() * i.getHeight();
		return 4 * ( r.getWidth() * r.getHeight() - inside );
	}

	private static int crossings( final Rectangle2D r, final List< Line2D > lines )
	{
		int n = 0;
		for ( final Line2D l : lines )
			if ( l.intersects( r ) )
				n++;
		return n;
	}

	private static void drawLeader( final Graphics2D g2, final double px, final double py, final double clearance, final Rectangle2D box )
	{
		final double tx = Math.max( box.getMinX(), Math.min( box.getMaxX(), px ) );
		final double ty = Math.max( box.getMinY(), Math.min( box.getMaxY(), py ) );
		final double length = Math.hypot( tx - px, ty - py );
		if ( length <= clearance + 1 )
			return;
		final double sx = px + ( tx - px ) * clearance / length;
		final double sy = py + ( ty - py ) * clearance / length;
		g2.setPaint( new Color( 0, 0, 0, 110 ) );
		g2.setStroke( new BasicStroke( 0.8f ) );
		g2.draw( new Line2D.Double( sx, sy, tx, ty ) );
	}

	private static void drawLabel( final Graphics2D g2, final Label label, final FontMetrics metrics, final Rectangle2D box )
	{
		g2.setPaint( new Color( 255, 255, 255, 200 ) );
		g2.fill( new RoundRectangle2D.Double( box.getX(), box.getY(), box.getWidth(), box.getHeight(), 6, 6 ) );
		g2.setFont( label.font );
		g2.setPaint( label.paint );
		g2.drawString( label.text, ( float ) ( box.getX() + PADDING ), ( float ) ( box.getY() + PADDING / 2 + metrics.getAscent() ) );
	}
}
