package io.github.pdplane.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import io.github.pdplane.plane.Aggregation;
import io.github.pdplane.plane.Frontier;
import io.github.pdplane.plane.Interval;
import io.github.pdplane.plane.PlaneMetric;
import io.github.pdplane.plane.PlaneModel;
import io.github.pdplane.plane.PlanePoint;
import io.github.pdplane.plane.SweepCurve;

/**
 * The perception-distortion plane as a JFreeChart, built without any window so that it works headless
 * (export with {@link ChartFiles}, show with {@link ChartWindow}).
 * <p>
 * <b>Orientation.</b> Better is always towards the lower left: a higher-is-better metric keeps its own
 * values on an inverted axis (SSIM 1 at the left), rather than being plotted as 1 - SSIM, so that tick
 * labels, tooltips and tables show the same numbers. Axis labels name the metric and its direction.
 * <p>
 * Drawn from back to front: the unattained region (grey, labelled), the per-image cloud, the frontier
 * (solid; dashed where it is extended by the free-disposal rays to the plot's edges), sweep curves with
 * their alpha values, and the algorithms' points with their bootstrap interval bars and names.
 */
public final class PlaneChart
{
	/** Colour-blind-safe (Okabe and Ito's palette first, then Tableau's), by algorithm order. */
	private static final Color[] PALETTE = { new Color( 0x0072B2 ), new Color( 0xD55E00 ), new Color( 0x009E73 ), new Color( 0xCC79A7 ),
			new Color( 0xE69F00 ), new Color( 0x56B4E9 ), new Color( 0x8C564B ), new Color( 0x7F7F7F ), new Color( 0xBCBD22 ),
			new Color( 0x17BECF ) };

	private static final double MARKER_SIZE = 11;

	private static final Shape[] SHAPES = { new Ellipse2D.Double( -MARKER_SIZE / 2, -MARKER_SIZE / 2, MARKER_SIZE, MARKER_SIZE ),
			new Rectangle2D.Double( -MARKER_SIZE * 0.42, -MARKER_SIZE * 0.42, MARKER_SIZE * 0.84, MARKER_SIZE * 0.84 ),
			ShapeUtils.createUpTriangle( ( float ) ( MARKER_SIZE * 0.58 ) ), ShapeUtils.createDiamond( ( float ) ( MARKER_SIZE * 0.6 ) ),
			ShapeUtils.createDownTriangle( ( float ) ( MARKER_SIZE * 0.58 ) ) };

	private static final String FONT = "SansSerif";

	private static final Color INK = new Color( 0x222222 );

	private static final Color FRONTIER = new Color( 0x222222 );

	private static final Color REGION = new Color( 90, 90, 90, 46 );

	private static final Color GRID = new Color( 0xE3E3E3 );

	private static final Color SWEEP = new Color( 0x555555 );

	static final String REGION_LABEL = "not attained by any evaluated algorithm";

	/** With sweeps, the region is what neither the algorithms nor their blends attain. */
	static final String REGION_WITH_BLENDS_LABEL = "not attained by any algorithm or blend shown";

	/** Fraction of the data's span left free below-left (room for the region) and above-right. */
	private static final double LOW_MARGIN = 0.12;

	private static final double HIGH_MARGIN = 0.07;

	private PlaneChart()
	{}

	/** The colour of the {@code index}-th algorithm (so that tables or other views can match the chart). */
	public static Color colour( final int index )
	{
		return PALETTE[ index % PALETTE.length ];
	}

	public static JFreeChart build( final PlaneModel model, final ChartOptions options )
	{
		final PlaneMetric xm = model.xMetric();
		final PlaneMetric ym = model.yMetric();
		final boolean intervals = options.intervals() && model.bootstrap() != null;
		final boolean frontierShown = options.frontier() && !model.frontier().isEmpty();
		final Bounds bounds = Bounds.of( model, options.cloud(), intervals );

		final XYPlot plot = new XYPlot();
		plot.setDomainAxis( axis( xm, bounds.uLow, bounds.uHigh ) );
		plot.setRangeAxis( axis( ym, bounds.vLow, bounds.vHigh ) );
		plot.setBackgroundPaint( Color.WHITE );
		plot.setOutlinePaint( new Color( 0xAAAAAA ) );
		plot.setDomainGridlinePaint( GRID );
		plot.setRangeGridlinePaint( GRID );
		plot.setDomainGridlineStroke( new BasicStroke( 0.8f ) );
		plot.setRangeGridlineStroke( new BasicStroke( 0.8f ) );
		plot.setAxisOffset( RectangleInsets.ZERO_INSETS );
		plot.setDatasetRenderingOrder( DatasetRenderingOrder.FORWARD );

		final List< PlanePoint > points = new ArrayList<>();
		final List< Integer > colourIndex = new ArrayList<>();
		for ( int i = 0; i < model.points().size(); i++ )
			if ( model.points().get( i ).isPlotted() )
			{
				points.add( model.points().get( i ) );
				colourIndex.add( i );
			}

		final PointLabels labels = new PointLabels();
		final LegendItemCollection sweepLegend = new LegendItemCollection();
		int dataset = 0;

		if ( options.cloud() )
			addCloud( plot, dataset++, points, colourIndex, xm, ym );
		if ( frontierShown )
			addFrontier( plot, dataset++, model.frontier(), bounds, labels );
		for ( final SweepCurve sweep : model.sweeps() )
			addSweep( plot, dataset++, sweep, xm, ym, labels, options.labels(), sweepLegend );
		final XYErrorRenderer pointRenderer = addPoints( plot, dataset, points, colourIndex, model, intervals, labels );

		if ( options.unattainedRegion() && !model.frontier().isEmpty() )
			addRegion( pointRenderer, attainedBoundary( model, points ), regionLabel( model ), bounds, xm, ym );
		if ( options.labels() )
		{
			// Frontier algorithms claim their places first.
			for ( final boolean onFrontier : new boolean[] { true, false } )
				for ( int k = 0; k < points.size(); k++ )
					if ( points.get( k ).onFrontier() == onFrontier )
						labels.add( points.get( k ).algorithm(), points.get( k ).x(), points.get( k ).y(), MARKER_SIZE / 2 + 1,
								new Font( FONT, onFrontier ? Font.BOLD : Font.PLAIN, 13 ), darker( colour( colourIndex.get( k ) ) ), true );
			plot.addAnnotation( labels );
		}

		final LegendItemCollection items = new LegendItemCollection();
		for ( int k = 0; k < points.size(); k++ )
			items.add( new LegendItem( points.get( k ).algorithm(), null, describe( points.get( k ), model ), null, SHAPES[ colourIndex.get( k ) % SHAPES.length ],
					colour( colourIndex.get( k ) ) ) );
		if ( frontierShown )
			items.add( lineItem( "empirical frontier", FRONTIER, new BasicStroke( 2.2f ), null ) );
		if ( options.unattainedRegion() && !model.frontier().isEmpty() )
			items.add( new LegendItem( "not attained", null, regionLabel( model ), null, new Rectangle2D.Double( -6, -6, 12, 12 ), REGION ) );
		items.addAll( sweepLegend );
		if ( options.cloud() )
			items.add( new LegendItem( "per-image values", null, null, null, new Ellipse2D.Double( -2.5, -2.5, 5, 5 ), new Color( 0x888888 ) ) );
		plot.setFixedLegendItems( items );

		final String title = options.title() == null || options.title().isEmpty() ? null : options.title();
		final JFreeChart chart = new JFreeChart( title, new Font( FONT, Font.BOLD, 18 ), plot, false );
		chart.setBackgroundPaint( Color.WHITE );
		chart.setPadding( new RectangleInsets( 8, 8, 8, 12 ) );
		if ( title != null )
			chart.getTitle().setPaint( INK );
		if ( options.legend() )
		{
			final LegendTitle legendTitle = new LegendTitle( plot );
			legendTitle.setPosition( RectangleEdge.RIGHT );
			legendTitle.setItemFont( new Font( FONT, Font.PLAIN, 12 ) );
			legendTitle.setItemPaint( INK );
			legendTitle.setFrame( BlockBorder.NONE );
			legendTitle.setBackgroundPaint( Color.WHITE );
			legendTitle.setItemLabelPadding( new RectangleInsets( 3, 4, 3, 2 ) );
			legendTitle.setMargin( new RectangleInsets( 0, 12, 0, 0 ) );
			chart.addLegend( legendTitle );
		}
		if ( options.caption() )
		{
			final TextTitle caption = new TextTitle( caption( model, intervals, frontierShown ), new Font( FONT, Font.PLAIN, 11 ) );
			caption.setPosition( RectangleEdge.BOTTOM );
			caption.setHorizontalAlignment( HorizontalAlignment.LEFT );
			caption.setTextAlignment( HorizontalAlignment.LEFT );
			caption.setPaint( new Color( 0x555555 ) );
			caption.setMargin( new RectangleInsets( 8, 0, 0, 0 ) );
			chart.addSubtitle( caption );
		}
		return chart;
	}

	private static NumberAxis axis( final PlaneMetric metric, final double orientedLow, final double orientedHigh )
	{
		final NumberAxis axis = new NumberAxis( metric.axisLabel() );
		final double a = metric.fromOriented( orientedLow );
		final double b = metric.fromOriented( orientedHigh );
		axis.setAutoRange( false );
		axis.setRange( Math.min( a, b ), Math.max( a, b ) );
		// A higher-is-better metric runs right to left (or top to bottom), so better stays lower left.
		axis.setInverted( metric.higherIsBetter() );
		axis.setAutoRangeIncludesZero( false );
		axis.setLabelFont( new Font( FONT, Font.PLAIN, 14 ) );
		axis.setLabelPaint( INK );
		axis.setTickLabelFont( new Font( FONT, Font.PLAIN, 12 ) );
		axis.setTickLabelPaint( INK );
		axis.setAxisLinePaint( new Color( 0xAAAAAA ) );
		axis.setTickMarkPaint( new Color( 0xAAAAAA ) );
		return axis;
	}

	private static void addCloud( final XYPlot plot, final int index, final List< PlanePoint > points, final List< Integer > colourIndex,
			final PlaneMetric xm, final PlaneMetric ym )
	{
		final XYSeriesCollection data = new XYSeriesCollection();
		final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer( false, true );
		for ( int k = 0; k < points.size(); k++ )
		{
			final PlanePoint p = points.get( k );
			final XYSeries series = new XYSeries( p.algorithm() + " (images)", false, true );
			final double[] x = p.cloudX();
			final double[] y = p.cloudY();
			for ( int j = 0; j < x.length; j++ )
				series.add( x[ j ], y[ j ] );
			data.addSeries( series );
			final Color c = colour( colourIndex.get( k ) );
			renderer.setSeriesPaint( k, new Color( c.getRed(), c.getGreen(), c.getBlue(), 70 ) );
			renderer.setSeriesShape( k, new Ellipse2D.Double( -2.5, -2.5, 5, 5 ) );
		}
		renderer.setDefaultToolTipGenerator( ( XYToolTipGenerator ) ( d, series, item ) -> {
			final PlanePoint p = points.get( series );
			return p.algorithm() + " / " + p.cloudImages().get( item ) + ": " + xm.displayName() + " " + format( p.cloudX()[ item ] ) + ", "
					+ ym.displayName() + " " + format( p.cloudY()[ item ] );
		} );
		plot.setDataset( index, data );
		plot.setRenderer( index, renderer );
	}

	private static void addFrontier( final XYPlot plot, final int index, final Frontier frontier, final Bounds bounds, final PointLabels labels )
	{
		final PlaneMetric xm = frontier.xMetric();
		final PlaneMetric ym = frontier.yMetric();
		final double[] fx = frontier.vertexX();
		final double[] fy = frontier.vertexY();
		final XYSeries line = new XYSeries( "frontier", false, true );
		for ( int k = 0; k < fx.length; k++ )
		{
			line.add( fx[ k ], fy[ k ] );
			if ( k > 0 )
				labels.addSegment( fx[ k - 1 ], fy[ k - 1 ], fx[ k ], fy[ k ] );
		}
		final int last = fx.length - 1;
		final XYSeries up = new XYSeries( "frontier extension up", false, true );
		up.add( fx[ 0 ], ym.fromOriented( bounds.vHigh ) );
		up.add( fx[ 0 ], fy[ 0 ] );
		final XYSeries right = new XYSeries( "frontier extension right", false, true );
		right.add( fx[ last ], fy[ last ] );
		right.add( xm.fromOriented( bounds.uHigh ), fy[ last ] );
		final XYSeriesCollection data = new XYSeriesCollection();
		data.addSeries( line );
		data.addSeries( up );
		data.addSeries( right );
		final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer( true, false );
		renderer.setSeriesPaint( 0, FRONTIER );
		renderer.setSeriesStroke( 0, new BasicStroke( 2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND ) );
		final Stroke dashed = new BasicStroke( 1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] { 5f, 4f }, 0f );
		for ( int s = 1; s <= 2; s++ )
		{
			renderer.setSeriesPaint( s, new Color( 0x777777 ) );
			renderer.setSeriesStroke( s, dashed );
		}
		plot.setDataset( index, data );
		plot.setRenderer( index, renderer );
	}

	private static void addSweep( final XYPlot plot, final int index, final SweepCurve sweep, final PlaneMetric xm, final PlaneMetric ym,
			final PointLabels labels, final boolean labelled, final LegendItemCollection legend )
	{
		final XYSeries series = new XYSeries( sweep.label(), false, true );
		final List< Integer > drawn = new ArrayList<>();
		for ( int k = 0; k < sweep.size(); k++ )
			if ( Double.isFinite( sweep.x( k ) ) && Double.isFinite( sweep.y( k ) ) )
			{
				series.add( sweep.x( k ), sweep.y( k ) );
				labels.addMarker( sweep.x( k ), sweep.y( k ), 3.5 );
				if ( !drawn.isEmpty() )
				{
					final int previous = drawn.get( drawn.size() - 1 );
					labels.addSegment( sweep.x( previous ), sweep.y( previous ), sweep.x( k ), sweep.y( k ) );
				}
				drawn.add( k );
			}
		final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer( true, true );
		final Stroke stroke = new BasicStroke( 1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] { 1.5f, 3f }, 0f );
		final Shape dot = new Ellipse2D.Double( -3.5, -3.5, 7, 7 );
		renderer.setSeriesPaint( 0, SWEEP );
		renderer.setSeriesStroke( 0, stroke );
		renderer.setSeriesShape( 0, dot );
		renderer.setSeriesShapesFilled( 0, false );
		renderer.setUseOutlinePaint( false );
		renderer.setDefaultToolTipGenerator( ( XYToolTipGenerator ) ( d, s, item ) -> {
			final int k = drawn.get( item );
			return sweep.label() + ", alpha " + format( sweep.alpha( k ) ) + ": " + xm.displayName() + " " + format( sweep.x( k ) ) + ", "
					+ ym.displayName() + " " + format( sweep.y( k ) );
		} );
		plot.setDataset( index, new XYSeriesCollection( series ) );
		plot.setRenderer( index, renderer );
		if ( labelled )
			for ( final int k : drawn )
			{
				final boolean end = k == 0 || k == sweep.size() - 1;
				labels.add( ( end ? "\u03b1 = " : "" ) + format( sweep.alpha( k ) ), sweep.x( k ), sweep.y( k ), 4,
						new Font( FONT, Font.PLAIN, end ? 11 : 10 ), SWEEP, false );
			}
		legend.add( lineItem( sweep.label() + " (\u03b1 = 0 \u2026 1)", SWEEP, stroke, dot ) );
	}

	private static XYErrorRenderer addPoints( final XYPlot plot, final int index, final List< PlanePoint > points,
			final List< Integer > colourIndex, final PlaneModel model, final boolean intervals, final PointLabels labels )
	{
		final XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
		final XYErrorRenderer renderer = new XYErrorRenderer();
		renderer.setDefaultLinesVisible( false );
		renderer.setDrawXError( intervals );
		renderer.setDrawYError( intervals );
		renderer.setCapLength( 6 );
		renderer.setErrorStroke( new BasicStroke( 1.4f ) );
		renderer.setUseOutlinePaint( true );
		renderer.setDrawOutlines( true );
		final Set< String > keys = new LinkedHashSet<>();
		for ( int k = 0; k < points.size(); k++ )
		{
			final PlanePoint p = points.get( k );
			final XYIntervalSeries series = new XYIntervalSeries( uniqueKey( p.algorithm(), keys ), false, true );
			final Interval xi = p.xInterval().isDefined() ? p.xInterval() : new Interval( p.x(), p.x() );
			final Interval yi = p.yInterval().isDefined() ? p.yInterval() : new Interval( p.y(), p.y() );
			series.add( p.x(), xi.lower(), xi.upper(), p.y(), yi.lower(), yi.upper() );
			data.addSeries( series );
			final Color c = colour( colourIndex.get( k ) );
			renderer.setSeriesPaint( k, c );
			renderer.setSeriesShape( k, SHAPES[ colourIndex.get( k ) % SHAPES.length ] );
			renderer.setSeriesOutlinePaint( k, p.onFrontier() ? INK : Color.WHITE );
			renderer.setSeriesOutlineStroke( k, new BasicStroke( p.onFrontier() ? 1.4f : 1f ) );
			labels.addMarker( p.x(), p.y(), MARKER_SIZE / 2 + 1 );
			if ( intervals && p.xInterval().isDefined() )
				labels.addSegment( xi.lower(), p.y(), xi.upper(), p.y() );
			if ( intervals && p.yInterval().isDefined() )
				labels.addSegment( p.x(), yi.lower(), p.x(), yi.upper() );
		}
		renderer.setDefaultToolTipGenerator( ( XYToolTipGenerator ) ( d, series, item ) -> describe( points.get( series ), model ) );
		plot.setDataset( index, data );
		plot.setRenderer( index, renderer );
		return renderer;
	}

	/**
	 * The boundary of what the drawn points attain: the frontier of the algorithms, or with sweeps the lower-left
	 * boundary of the algorithms and every blend drawn (a blend can beat both its ends, and a region labelled
	 * "not attained" must not hold a point the chart shows).
	 */
	static Frontier attainedBoundary( final PlaneModel model, final List< PlanePoint > points )
	{
		if ( model.sweeps().isEmpty() )
			return model.frontier();
		final List< double[] > drawn = new ArrayList<>();
		for ( final PlanePoint p : points )
			drawn.add( new double[] { p.x(), p.y() } );
		for ( final SweepCurve sweep : model.sweeps() )
			for ( int k = 0; k < sweep.size(); k++ )
				drawn.add( new double[] { sweep.x( k ), sweep.y( k ) } );
		final double[] x = new double[ drawn.size() ], y = new double[ drawn.size() ];
		for ( int i = 0; i < x.length; i++ )
		{
			x[ i ] = drawn.get( i )[ 0 ];
			y[ i ] = drawn.get( i )[ 1 ];
		}
		return Frontier.of( model.xMetric(), model.yMetric(), x, y );
	}

	static String regionLabel( final PlaneModel model )
	{
		return model.sweeps().isEmpty() ? REGION_LABEL : REGION_WITH_BLENDS_LABEL;
	}

	private static void addRegion( final XYErrorRenderer renderer, final Frontier frontier, final String label, final Bounds bounds,
			final PlaneMetric xm, final PlaneMetric ym )
	{
		final double[] polygon = frontier.unattainedRegion( xm.fromOriented( bounds.uLow ), xm.fromOriented( bounds.uHigh ),
				ym.fromOriented( bounds.vLow ), ym.fromOriented( bounds.vHigh ) );
		renderer.addAnnotation( new XYPolygonAnnotation( polygon, null, null, REGION ), Layer.BACKGROUND );
		final double u = bounds.uLow + 0.012 * ( bounds.uHigh - bounds.uLow );
		final double v = bounds.vLow + 0.018 * ( bounds.vHigh - bounds.vLow );
		final XYTextAnnotation text = new XYTextAnnotation( label, xm.fromOriented( u ), ym.fromOriented( v ) );
		text.setFont( new Font( FONT, Font.ITALIC, 12 ) );
		text.setPaint( new Color( 0x4A4A4A ) );
		text.setTextAnchor( TextAnchor.BOTTOM_LEFT );
		renderer.addAnnotation( text, Layer.BACKGROUND );
	}

	/** A tooltip: the algorithm, both values with their intervals, and the frontier. */
	static String describe( final PlanePoint p, final PlaneModel model )
	{
		final StringBuilder s = new StringBuilder( p.algorithm() ).append( ": " );
		s.append( model.xMetric().displayName() ).append( ' ' ).append( format( p.x() ) ).append( interval( p.xInterval() ) ).append( ", " );
		s.append( model.yMetric().displayName() ).append( ' ' ).append( format( p.y() ) ).append( interval( p.yInterval() ) );
		s.append( "; " ).append( p.xSummary().count() ).append( " images" );
		if ( p.onFrontier() )
			s.append( "; on the frontier" );
		else if ( Double.isFinite( p.distance() ) )
			s.append( "; distance to the frontier " ).append( format( p.distance() ) ).append( " (" ).append( model.yMetric().displayName() )
					.append( ' ' ).append( format( p.verticalGap() ) ).append( " worse than the frontier at this " )
					.append( model.xMetric().displayName() ).append( ')' );
		return s.toString();
	}

	private static String caption( final PlaneModel model, final boolean intervals, final boolean frontier )
	{
		final List< String > parts = new ArrayList<>();
		final String rules = rules( model );
		parts.add( "Points: " + ( rules.isEmpty() ? "mean over images" : rules ) + "." );
		if ( intervals )
			parts.add( "Bars: " + model.bootstrap().describe() + "." );
		if ( frontier )
			parts.add( "Frontier: lower-left convex boundary of the algorithms' points." );
		return String.join( " ", parts );
	}

	private static String rules( final PlaneModel model )
	{
		if ( model.points().isEmpty() )
			return "";
		final PlanePoint p = model.points().get( 0 );
		final List< String > rules = new ArrayList<>();
		if ( !p.xSummary().rule().equals( Aggregation.MEAN.description() ) )
			rules.add( model.xMetric().displayName() + " = " + p.xSummary().rule() );
		if ( !p.ySummary().rule().equals( Aggregation.MEAN.description() ) )
			rules.add( model.yMetric().displayName() + " = " + p.ySummary().rule() );
		return rules.isEmpty() ? "" : String.join( "; ", rules ) + "; otherwise the mean over images";
	}

	private static String interval( final Interval i )
	{
		return i.isDefined() ? " [" + format( i.lower() ) + ", " + format( i.upper() ) + "]" : "";
	}

	/** Four significant digits, the precision a reader of the chart can use. */
	static String format( final double v )
	{
		if ( Double.isNaN( v ) )
			return "n/a";
		if ( v == 0 || Double.isInfinite( v ) )
			return Double.toString( v ).replace( ".0", "" );
		final double magnitude = Math.abs( v );
		if ( magnitude >= 1e-3 && magnitude < 1e5 )
		{
			final int decimals = Math.max( 0, 3 - ( int ) Math.floor( Math.log10( magnitude ) ) );
			String s = String.format( Locale.ROOT, "%." + decimals + "f", v );
			if ( s.contains( "." ) )
				s = s.replaceAll( "0+$", "" ).replaceAll( "\\.$", "" );
			return s;
		}
		return String.format( Locale.ROOT, "%.3e", v );
	}

	private static LegendItem lineItem( final String label, final Paint paint, final Stroke stroke, final Shape shape )
	{
		return new LegendItem( label, null, null, null, shape != null, shape == null ? new Rectangle2D.Double() : shape, false, paint,
				shape != null, paint, new BasicStroke( 1f ), true, new Line2D.Double( -10, 0, 10, 0 ), stroke, paint );
	}

	private static Color darker( final Color c )
	{
		final float[] hsb = Color.RGBtoHSB( c.getRed(), c.getGreen(), c.getBlue(), null );
		return Color.getHSBColor( hsb[ 0 ], hsb[ 1 ], hsb[ 2 ] * 0.72f );
	}

	/** JFreeChart series keys must be unique within a dataset; algorithm names already are, but be safe. */
	private static String uniqueKey( final String name, final Set< String > used )
	{
		String key = name;
		for ( int n = 2; !used.add( key ); n++ )
			key = name + " (" + n + ")";
		return key;
	}

	/** The plotted area in oriented coordinates (smaller is better on both), with margins. */
	private static final class Bounds
	{
		double uLow = Double.POSITIVE_INFINITY;

		double uHigh = Double.NEGATIVE_INFINITY;

		double vLow = Double.POSITIVE_INFINITY;

		double vHigh = Double.NEGATIVE_INFINITY;

		private PlaneMetric xm;

		private PlaneMetric ym;

		static Bounds of( final PlaneModel model, final boolean cloud, final boolean intervals )
		{
			final Bounds b = new Bounds();
			b.xm = model.xMetric();
			b.ym = model.yMetric();
			for ( final PlanePoint p : model.points() )
			{
				if ( !p.isPlotted() )
					continue;
				b.include( p.x(), p.y() );
				if ( intervals && p.xInterval().isDefined() )
				{
					b.include( p.xInterval().lower(), p.y() );
					b.include( p.xInterval().upper(), p.y() );
				}
				if ( intervals && p.yInterval().isDefined() )
				{
					b.include( p.x(), p.yInterval().lower() );
					b.include( p.x(), p.yInterval().upper() );
				}
				if ( cloud )
				{
					final double[] x = p.cloudX();
					final double[] y = p.cloudY();
					for ( int j = 0; j < x.length; j++ )
						b.include( x[ j ], y[ j ] );
				}
			}
			for ( final SweepCurve s : model.sweeps() )
				for ( int k = 0; k < s.size(); k++ )
					b.include( s.x( k ), s.y( k ) );
			if ( b.uLow > b.uHigh )
			{
				// Nothing to plot: a unit square, so that the empty chart still draws.
				b.uLow = b.vLow = 0;
				b.uHigh = b.vHigh = 1;
			}
			b.widen();
			return b;
		}

		private void include( final double x, final double y )
		{
			if ( !Double.isFinite( x ) || !Double.isFinite( y ) )
				return;
			final double u = xm.oriented( x );
			final double v = ym.oriented( y );
			uLow = Math.min( uLow, u );
			uHigh = Math.max( uHigh, u );
			vLow = Math.min( vLow, v );
			vHigh = Math.max( vHigh, v );
		}

		private void widen()
		{
			final double du = span( uLow, uHigh );
			final double dv = span( vLow, vHigh );
			uLow -= LOW_MARGIN * du;
			uHigh += HIGH_MARGIN * du;
			vLow -= LOW_MARGIN * dv;
			vHigh += HIGH_MARGIN * dv;
		}

		/** The span, or for a single value a span that scales with it (never 0). */
		private static double span( final double low, final double high )
		{
			final double span = high - low;
			return span > 0 ? span : Math.max( Math.abs( low ) * 0.1, 1e-6 );
		}
	}
}
