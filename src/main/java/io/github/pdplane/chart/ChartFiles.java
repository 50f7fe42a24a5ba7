package io.github.pdplane.chart;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.jfree.chart.JFreeChart;
import org.jfree.graphics2d.svg.SVGGraphics2D;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.io.OutputFiles;

/**
 * Writes a chart to a PNG or SVG file without a display. A file either appears complete or not at all
 * (it is written to a temporary file in the target's folder, then renamed), and an existing file is
 * replaced only when {@code overwrite} is true; otherwise the call stops with a message saying so.
 */
public final class ChartFiles
{
	private ChartFiles()
	{}

	/** How a caller asks for an existing chart file to be replaced, for the refusal message. */
	private static final String HOW_TO_REPLACE = "it was not overwritten (ask for overwriting to replace it)";

	/**
	 * @throws PdPlaneException
	 *             where the file exists and {@code overwrite} is false, or it cannot be written
	 */
	public static void writePng( final JFreeChart chart, final Path target, final int width, final int height, final boolean overwrite )
	{
		final byte[] png = png( chart, width, height );
		write( target, overwrite, out -> out.write( png ) );
	}

	/**
	 * The chart as PNG bytes: the bytes of JFreeChart's {@code ChartUtils.writeChartAsPNG}, encoded in memory.
	 * ImageIO's own stream on a file or socket would keep a cache file in the temporary folder, left behind
	 * where the JVM stops meanwhile (and registering its removal during a shutdown fails with "Shutdown in
	 * progress"); a memory cache needs neither, and leaves ImageIO's global setting alone (the plugin shares
	 * ImageIO with ImageJ).
	 */
	static byte[] png( final JFreeChart chart, final int width, final int height )
	{
		final BufferedImage image = chart.createBufferedImage( width, height, null );
		final ImageWriter writer = ImageIO.getImageWritersByFormatName( "png" ).next();
		final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try
		{
			try (ImageOutputStream out = new MemoryCacheImageOutputStream( bytes ))
			{
				writer.setOutput( out );
				writer.write( image );
			}
		}
		catch ( final IOException e )
		{
			throw new UncheckedIOException( "encoding a PNG in memory", e );
		}
		finally
		{
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	/** {@link #png(JFreeChart, int, int)} at the size in {@code options}. */
	static byte[] png( final JFreeChart chart, final ChartOptions options )
	{
		return png( chart, options.width(), options.height() );
	}

	/** {@link #svg(JFreeChart, int, int)} at the size in {@code options}, as UTF-8 bytes. */
	static byte[] svg( final JFreeChart chart, final ChartOptions options )
	{
		return svg( chart, options.width(), options.height() ).getBytes( StandardCharsets.UTF_8 );
	}

	/**
	 * SVG 1.1 drawn by JFreeSVG; text stays text, so labels are searchable and editable.
	 *
	 * @throws PdPlaneException
	 *             where the file exists and {@code overwrite} is false, or it cannot be written
	 */
	public static void writeSvg( final JFreeChart chart, final Path target, final int width, final int height, final boolean overwrite )
	{
		write( target, overwrite, out -> out.write( svg( chart, width, height ).getBytes( StandardCharsets.UTF_8 ) ) );
	}

	/** {@link #writePng(JFreeChart, Path, int, int, boolean)} at the size in {@code options}. */
	public static void writePng( final JFreeChart chart, final Path target, final ChartOptions options, final boolean overwrite )
	{
		writePng( chart, target, options.width(), options.height(), overwrite );
	}

	/** {@link #writeSvg(JFreeChart, Path, int, int, boolean)} at the size in {@code options}. */
	public static void writeSvg( final JFreeChart chart, final Path target, final ChartOptions options, final boolean overwrite )
	{
		writeSvg( chart, target, options.width(), options.height(), overwrite );
	}

	/**
	 * The prefix of the ids of the SVG's definitions (clip paths, gradients). JFreeSVG's default holds the
	 * time of day, which made two runs' files differ; a fixed one makes the same chart the same bytes.
	 */
	static final String DEFINITIONS_PREFIX = "pdplane";

	/** The chart as a complete SVG document; the same chart gives the same bytes. */
	static String svg( final JFreeChart chart, final int width, final int height )
	{
		final SVGGraphics2D g2 = new SVGGraphics2D( width, height );
		g2.setDefsKeyPrefix( DEFINITIONS_PREFIX );
		chart.draw( g2, new Rectangle( 0, 0, width, height ) );
		return g2.getSVGDocument();
	}

	/**
	 * Checks, before any work is done, that {@code target} may be written.
	 *
	 * @throws PdPlaneException
	 *             where it exists and {@code overwrite} is false, is a folder, or its folder is missing
	 */
	public static void checkWritable( final Path target, final boolean overwrite )
	{
		OutputFiles.checkWritable( target, overwrite, HOW_TO_REPLACE );
	}

	private static void write( final Path target, final boolean overwrite, final OutputFiles.Content content )
	{
		OutputFiles.write( target, overwrite, HOW_TO_REPLACE, content );
	}
}
