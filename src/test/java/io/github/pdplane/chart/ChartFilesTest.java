package io.github.pdplane.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import io.github.pdplane.PdPlaneException;

/** PNG and SVG export: headless, complete or absent, never overwriting unasked. */
class ChartFilesTest
{
	@TempDir
	Path folder;

	private static JFreeChart chart()
	{
		return PlaneChart.build( PlaneChartTest.small(), ChartOptions.defaults().withCloud( true ) );
	}

	@Test
	void pngDecodesToTheRequestedSize() throws IOException
	{
		final Path png = folder.resolve( "plane.png" );
		ChartFiles.writePng( chart(), png, 700, 500, false );
		final BufferedImage image = ImageIO.read( png.toFile() );
		assertEquals( 700, image.getWidth() );
		assertEquals( 500, image.getHeight() );
		assertEquals( 1, listing().size() ); // no temporary file left behind
	}

	/**
	 * The PNG is encoded in memory, byte for byte as JFreeChart's own writer encodes it, and leaves no cache file
	 * of ImageIO in the temporary folder whatever ImageIO's global setting (which the plugin shares with ImageJ).
	 */
	@Test
	void pngBytesAreJFreeChartsAndNeedNoCacheFile() throws IOException
	{
		final JFreeChart chart = chart();
		final ByteArrayOutputStream jfree = new ByteArrayOutputStream();
		ChartUtils.writeChartAsPNG( jfree, chart, 400, 300 );
		final boolean cache = ImageIO.getUseCache();
		final File cacheFolder = ImageIO.getCacheDirectory();
		try
		{
			ImageIO.setUseCache( true );
			ImageIO.setCacheDirectory( folder.toFile() );
			assertArrayEquals( jfree.toByteArray(), ChartFiles.png( chart, 400, 300 ) );
			assertEquals( new ArrayList<>(), listing(), "no cache file of ImageIO" );
		}
		finally
		{
			ImageIO.setUseCache( cache );
			ImageIO.setCacheDirectory( cacheFolder );
		}
	}

	/** SVG is well-formed XML whose text holds the labels: with the legend off, they come from the points. */
	@Test
	void svgIsWellFormedAndHoldsTheLabels() throws Exception
	{
		final Path svg = folder.resolve( "plane.svg" );
		final JFreeChart chart = PlaneChart.build( PlaneChartTest.small(), ChartOptions.defaults().withLegend( false ) );
		ChartFiles.writeSvg( chart, svg, ChartOptions.defaults(), false );
		final DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		// The DOCTYPE names the SVG 1.1 DTD; check well-formedness without fetching it.
		factory.setFeature( "http://apache.org/xml/features/nonvalidating/load-external-dtd", false );
		final Document doc = factory.newDocumentBuilder().parse( svg.toFile() );
		assertEquals( "svg", doc.getDocumentElement().getNodeName() );
		final NodeList texts = doc.getElementsByTagName( "text" );
		final List< String > strings = new ArrayList<>();
		for ( int i = 0; i < texts.getLength(); i++ )
			strings.add( texts.item( i ).getTextContent() );
		assertTrue( strings.contains( "Fast & <simple>" ), strings.toString() );
		assertTrue( strings.contains( "B" ) && strings.contains( "C" ), strings.toString() );
		assertTrue( strings.contains( PlaneChart.REGION_LABEL ), strings.toString() );
		// (The vertical axis label is drawn as outlines: JFreeChart renders rotated text through a TextLayout.)
		assertTrue( strings.contains( "RMSE (lower is better)" ), strings.toString() );
		assertEquals( 960, Double.parseDouble( doc.getDocumentElement().getAttribute( "width" ) ), 0 );
	}

	/** The same chart written twice, a while apart, gives the same bytes (JFreeSVG's ids held the time of day). */
	@Test
	void theSameChartGivesTheSameSvgBytes() throws IOException, InterruptedException
	{
		final Path first = folder.resolve( "first.svg" ), second = folder.resolve( "second.svg" );
		ChartFiles.writeSvg( PlaneChart.build( PlaneChartTest.small(), ChartOptions.defaults() ), first, ChartOptions.defaults(), false );
		Thread.sleep( 5 );
		ChartFiles.writeSvg( PlaneChart.build( PlaneChartTest.small(), ChartOptions.defaults() ), second, ChartOptions.defaults(), false );
		assertTrue( new String( Files.readAllBytes( first ), StandardCharsets.UTF_8 ).contains( "clip-path" ), "the chart has clip paths" );
		assertArrayEquals( Files.readAllBytes( first ), Files.readAllBytes( second ) );
	}

	@Test
	void existingFilesAreNotOverwrittenUnlessAsked() throws IOException
	{
		final Path png = folder.resolve( "plane.png" );
		Files.write( png, "keep me".getBytes( StandardCharsets.UTF_8 ) );
		final PdPlaneException e = assertThrows( PdPlaneException.class, () -> ChartFiles.writePng( chart(), png, 300, 200, false ) );
		assertTrue( e.getMessage().contains( "already exists" ) && e.getMessage().contains( "plane.png" ), e.getMessage() );
		assertArrayEquals( "keep me".getBytes( StandardCharsets.UTF_8 ), Files.readAllBytes( png ) );
		assertThrows( PdPlaneException.class, () -> ChartFiles.writeSvg( chart(), png, 300, 200, false ) );
		ChartFiles.writePng( chart(), png, 300, 200, true );
		assertEquals( 300, ImageIO.read( png.toFile() ).getWidth() );
		assertEquals( 1, listing().size() );
	}

	/** A chart that fails while drawing leaves neither a partial file nor a temporary one. */
	@Test
	void failedWritesLeaveNothing() throws IOException
	{
		final XYPlot failing = new XYPlot()
		{
			private static final long serialVersionUID = 1L;

			@Override
			public void draw( final Graphics2D g2, final Rectangle2D area, final Point2D anchor, final PlotState parentState,
					final PlotRenderingInfo info )
			{
				throw new IllegalStateException( "drawing failed" );
			}
		};
		final JFreeChart chart = new JFreeChart( failing );
		final Path png = folder.resolve( "plane.png" );
		final Path svg = folder.resolve( "plane.svg" );
		assertThrows( IllegalStateException.class, () -> ChartFiles.writePng( chart, png, 300, 200, false ) );
		assertThrows( IllegalStateException.class, () -> ChartFiles.writeSvg( chart, svg, 300, 200, false ) );
		// and an existing file that was to be replaced is untouched
		Files.write( png, "old".getBytes( StandardCharsets.UTF_8 ) );
		assertThrows( IllegalStateException.class, () -> ChartFiles.writePng( chart, png, 300, 200, true ) );
		assertArrayEquals( "old".getBytes( StandardCharsets.UTF_8 ), Files.readAllBytes( png ) );
		assertEquals( 1, listing().size() );
		assertFalse( Files.exists( svg ) );
	}

	@Test
	void unusableTargetsAreRefusedWithAMessage()
	{
		final PdPlaneException missing = assertThrows( PdPlaneException.class,
				() -> ChartFiles.writePng( chart(), folder.resolve( "no-such-folder" ).resolve( "p.png" ), 300, 200, false ) );
		assertTrue( missing.getMessage().contains( "does not exist" ), missing.getMessage() );
		final PdPlaneException isFolder = assertThrows( PdPlaneException.class, () -> ChartFiles.writeSvg( chart(), folder, 300, 200, true ) );
		assertTrue( isFolder.getMessage().contains( "is a folder" ), isFolder.getMessage() );
	}

	private List< Path > listing() throws IOException
	{
		try (Stream< Path > files = Files.list( folder ))
		{
			return files.collect( Collectors.toList() );
		}
	}
}
