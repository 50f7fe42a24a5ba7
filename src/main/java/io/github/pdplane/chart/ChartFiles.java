package io.github.pdplane.chart;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.graphics2d.svg.SVGGraphics2D;

import io.github.pdplane.PdPlaneException;

/**
 * Writes a chart to a PNG or SVG file without a display. A file either appears complete or not at all
 * (it is written to a temporary file in the target's folder, then renamed), and an existing file is
 * replaced only when {@code overwrite} is true; otherwise the call stops with a message saying so.
 */
public final class ChartFiles
{
	private ChartFiles()
	{}

	/** A chart writer for one format, given the open stream of the temporary file. */
	private interface Content
	{
		void write( OutputStream out ) throws IOException;
	}

	/**
	 * @throws PdPlaneException
	 *             where the file exists and {@code overwrite} is false, or it cannot be written
	 */
	public static void writePng( final JFreeChart chart, final Path target, final int width, final int height, final boolean overwrite )
	{
		write( target, overwrite, out -> ChartUtils.writeChartAsPNG( out, chart, width, height ) );
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

	/** The chart as a complete SVG document. */
	static String svg( final JFreeChart chart, final int width, final int height )
	{
		final SVGGraphics2D g2 = new SVGGraphics2D( width, height );
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
		if ( Files.isDirectory( target ) )
			throw new PdPlaneException( "'" + target + "' is a folder; give a file name to write the chart to." );
		if ( Files.exists( target ) && !overwrite )
			throw exists( target );
		if ( !Files.isDirectory( folderOf( target ) ) )
			throw new PdPlaneException( "Cannot write the chart to '" + target + "': the folder '" + folderOf( target ) + "' does not exist." );
	}

	private static void write( final Path target, final boolean overwrite, final Content content )
	{
		checkWritable( target, overwrite );
		// Not Files.createTempFile: its owner-only permissions would stay on the renamed file.
		final Path temporary = folderOf( target ).resolve( "." + target.getFileName() + "." + Long.toHexString( ThreadLocalRandom.current().nextLong() )
				+ ".tmp" );
		boolean created = false;
		try
		{
			try (OutputStream out = Files.newOutputStream( temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE ))
			{
				created = true;
				content.write( out );
			}
			if ( overwrite )
				moveReplacing( temporary, target );
			else
				Files.move( temporary, target ); // fails rather than replace a file that appeared meanwhile
		}
		catch ( final FileAlreadyExistsException e )
		{
			throw exists( target );
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( "Cannot write the chart to '" + target + "': " + e.getClass().getSimpleName()
					+ ( e.getMessage() == null ? "" : " (" + e.getMessage() + ")" ) + ".", e );
		}
		finally
		{
			if ( created )
				try
				{
					Files.deleteIfExists( temporary );
				}
				catch ( final IOException e )
				{
					// a stray temporary file; the target itself is complete or untouched
				}
		}
	}

	private static void moveReplacing( final Path from, final Path to ) throws IOException
	{
		try
		{
			Files.move( from, to, StandardCopyOption.ATOMIC_MOVE );
		}
		catch ( final AtomicMoveNotSupportedException e )
		{
			Files.move( from, to, StandardCopyOption.REPLACE_EXISTING );
		}
	}

	private static PdPlaneException exists( final Path target )
	{
		return new PdPlaneException( "'" + target + "' already exists; it was not overwritten (ask for overwriting to replace it)." );
	}

	private static Path folderOf( final Path target )
	{
		final Path parent = target.toAbsolutePath().getParent();
		return parent == null ? target.toAbsolutePath().getRoot() : parent;
	}
}
