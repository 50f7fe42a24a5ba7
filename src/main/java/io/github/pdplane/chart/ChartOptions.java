package io.github.pdplane.chart;

/**
 * What the plane chart shows and its default export size. Immutable; each {@code with...} method
 * returns a changed copy: {@code ChartOptions.defaults().withCloud( true ).withTitle( "DIV2K x4" )}.
 */
public final class ChartOptions
{
	public static final int DEFAULT_WIDTH = 960;

	public static final int DEFAULT_HEIGHT = 720;

	private String title = "Perception-distortion plane";

	private int width = DEFAULT_WIDTH;

	private int height = DEFAULT_HEIGHT;

	private boolean cloud = false;

	private boolean intervals = true;

	private boolean frontier = true;

	private boolean unattainedRegion = true;

	private boolean labels = true;

	private boolean legend = true;

	private boolean caption = true;

	private ChartOptions()
	{}

	/** Title "Perception-distortion plane", 960x720, intervals, frontier, region, labels, legend and caption on, cloud off. */
	public static ChartOptions defaults()
	{
		return new ChartOptions();
	}

	private ChartOptions copy()
	{
		final ChartOptions c = new ChartOptions();
		c.title = title;
		c.width = width;
		c.height = height;
		c.cloud = cloud;
		c.intervals = intervals;
		c.frontier = frontier;
		c.unattainedRegion = unattainedRegion;
		c.labels = labels;
		c.legend = legend;
		c.caption = caption;
		return c;
	}

	/** Null or empty for no title. */
	public ChartOptions withTitle( final String title )
	{
		final ChartOptions c = copy();
		c.title = title;
		return c;
	}

	/** Export size in pixels (PNG) or user units (SVG). */
	public ChartOptions withSize( final int width, final int height )
	{
		if ( width < 100 || height < 100 || width > 20000 || height > 20000 )
			throw new IllegalArgumentException( "chart size " + width + "x" + height + " outside 100..20000" );
		final ChartOptions c = copy();
		c.width = width;
		c.height = height;
		return c;
	}

	/** Every per-image point, faint, in its algorithm's colour. */
	public ChartOptions withCloud( final boolean show )
	{
		final ChartOptions c = copy();
		c.cloud = show;
		return c;
	}

	/** Bootstrap interval bars (where the model has them). */
	public ChartOptions withIntervals( final boolean show )
	{
		final ChartOptions c = copy();
		c.intervals = show;
		return c;
	}

	public ChartOptions withFrontier( final boolean show )
	{
		final ChartOptions c = copy();
		c.frontier = show;
		return c;
	}

	/** The shaded region beyond the frontier. */
	public ChartOptions withUnattainedRegion( final boolean show )
	{
		final ChartOptions c = copy();
		c.unattainedRegion = show;
		return c;
	}

	/** Algorithm names beside their points, alpha values beside the sweep's. */
	public ChartOptions withLabels( final boolean show )
	{
		final ChartOptions c = copy();
		c.labels = show;
		return c;
	}

	public ChartOptions withLegend( final boolean show )
	{
		final ChartOptions c = copy();
		c.legend = show;
		return c;
	}

	/** The line under the plot saying what the points and bars are. */
	public ChartOptions withCaption( final boolean show )
	{
		final ChartOptions c = copy();
		c.caption = show;
		return c;
	}

	public String title()
	{
		return title;
	}

	public int width()
	{
		return width;
	}

	public int height()
	{
		return height;
	}

	public boolean cloud()
	{
		return cloud;
	}

	public boolean intervals()
	{
		return intervals;
	}

	public boolean frontier()
	{
		return frontier;
	}

	public boolean unattainedRegion()
	{
		return unattainedRegion;
	}

	public boolean labels()
	{
		return labels;
	}

	public boolean legend()
	{
		return legend;
	}

	public boolean caption()
	{
		return caption;
	}
}
