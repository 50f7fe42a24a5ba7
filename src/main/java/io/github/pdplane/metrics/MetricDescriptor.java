package io.github.pdplane.metrics;

import java.util.function.Function;

import io.github.pdplane.image.Convention;

/**
 * One row of the {@link MetricRegistry}: everything the front ends, tables and charts need to know
 * about a metric, and how to build it.
 */
public final class MetricDescriptor
{
	private final String id;

	private final String displayName;

	private final MetricKind kind;

	private final Direction direction;

	private final Convention defaultConvention;

	private final int defaultShave;

	private final int minimumSize;

	private final String minimumSizeReason;

	private final String citation;

	private final Function< MetricSettings, ? extends Metric > factory;

	MetricDescriptor( final String id, final String displayName, final MetricKind kind, final Direction direction,
			final Convention defaultConvention, final int minimumSize, final String minimumSizeReason, final String citation,
			final Function< MetricSettings, ? extends Metric > factory )
	{
		this( id, displayName, kind, direction, defaultConvention, 0, minimumSize, minimumSizeReason, citation, factory );
	}

	MetricDescriptor( final String id, final String displayName, final MetricKind kind, final Direction direction,
			final Convention defaultConvention, final int defaultShave, final int minimumSize, final String minimumSizeReason,
			final String citation, final Function< MetricSettings, ? extends Metric > factory )
	{
		this.id = id;
		this.displayName = displayName;
		this.kind = kind;
		this.direction = direction;
		this.defaultConvention = defaultConvention;
		this.defaultShave = defaultShave;
		this.minimumSize = minimumSize;
		this.minimumSizeReason = minimumSizeReason;
		this.citation = citation;
		this.factory = factory;
	}

	/** Lower-case id used by the CLI, macros and CSV headers ({@code ssim}, {@code ms-ssim}). */
	public String id()
	{
		return id;
	}

	/** Name for tables, menus and axes ({@code SSIM}, {@code MS-SSIM}). */
	public String displayName()
	{
		return displayName;
	}

	public MetricKind kind()
	{
		return kind;
	}

	public Direction direction()
	{
		return direction;
	}

	public Convention defaultConvention()
	{
		return defaultConvention;
	}

	/** The pixels its reference protocol cuts from every side before scoring (4 for PIRM 2018's PI, else 0). */
	public int defaultShave()
	{
		return defaultShave;
	}

	/** The smallest width and height (after shave) the metric accepts. */
	public int minimumSize()
	{
		return minimumSize;
	}

	/** Why the minimum is what it is, for messages ({@code "its 11x11 window"}). */
	public String minimumSizeReason()
	{
		return minimumSizeReason;
	}

	public String citation()
	{
		return citation;
	}

	public Metric create( final MetricSettings settings )
	{
		return factory.apply( settings );
	}

	@Override
	public String toString()
	{
		return id;
	}
}
