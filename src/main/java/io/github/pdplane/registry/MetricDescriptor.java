package io.github.pdplane.registry;

import java.util.function.Function;
import java.util.function.ToIntFunction;

import io.github.pdplane.image.Convention;
import io.github.pdplane.metrics.Direction;
import io.github.pdplane.metrics.Metric;
import io.github.pdplane.metrics.MetricKind;

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

	private final ToIntFunction< MetricSettings > minimumSize;

	private final Function< MetricSettings, String > minimumSizeReason;

	private final String citation;

	private final Function< MetricSettings, ? extends Metric > factory;

	/** The column naming what the metric was computed with (VGG2,2's weights), or null where results need none. */
	private String provenanceColumn;

	private Function< MetricSettings, String > provenance;

	/** A metric whose minimum size is the same under every setting. */
	MetricDescriptor( final String id, final String displayName, final MetricKind kind, final Direction direction,
			final Convention defaultConvention, final int minimumSize, final String minimumSizeReason, final String citation,
			final Function< MetricSettings, ? extends Metric > factory )
	{
		this( id, displayName, kind, direction, defaultConvention, s -> minimumSize, s -> minimumSizeReason, citation, factory );
	}

	/**
	 * A metric whose minimum size depends on its settings (NIQE's on the block size of its model).
	 */
	MetricDescriptor( final String id, final String displayName, final MetricKind kind, final Direction direction,
			final Convention defaultConvention, final ToIntFunction< MetricSettings > minimumSize,
			final Function< MetricSettings, String > minimumSizeReason, final String citation,
			final Function< MetricSettings, ? extends Metric > factory )
	{
		this( id, displayName, kind, direction, defaultConvention, 0, minimumSize, minimumSizeReason, citation, factory );
	}

	/**
	 * A metric whose reference protocol also shaves a border ({@code defaultShave} pixels from every side:
	 * PIRM 2018's 4 for PI).
	 */
	MetricDescriptor( final String id, final String displayName, final MetricKind kind, final Direction direction,
			final Convention defaultConvention, final int defaultShave, final ToIntFunction< MetricSettings > minimumSize,
			final Function< MetricSettings, String > minimumSizeReason, final String citation,
			final Function< MetricSettings, ? extends Metric > factory )
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

	/** The smallest width and height (after shave) the metric accepts with default settings. */
	public int minimumSize()
	{
		return minimumSize( MetricSettings.defaults() );
	}

	/** The smallest width and height (after shave) the metric accepts with {@code settings}. */
	public int minimumSize( final MetricSettings settings )
	{
		return minimumSize.applyAsInt( settings );
	}

	/** Why the minimum is what it is, for messages ({@code "its 11x11 window"}), with default settings. */
	public String minimumSizeReason()
	{
		return minimumSizeReason( MetricSettings.defaults() );
	}

	public String minimumSizeReason( final MetricSettings settings )
	{
		return minimumSizeReason.apply( settings );
	}

	public String citation()
	{
		return citation;
	}

	/**
	 * This metric's results also name what it was computed with: a column {@code column} whose text is
	 * {@code provenance} of the run's settings. Called once, by the registry, while it builds its list.
	 */
	MetricDescriptor withProvenance( final String column, final Function< MetricSettings, String > provenance )
	{
		this.provenanceColumn = column;
		this.provenance = provenance;
		return this;
	}

	/** The column of the CSVs and tables naming what the metric was computed with ({@code vgg22_weights}), or null. */
	public String provenanceColumn()
	{
		return provenanceColumn;
	}

	/** What the metric is computed with under {@code settings} ({@code "torchvision vgg19-dcbb9e9d.pth"}), or null. */
	public String provenance( final MetricSettings settings )
	{
		return provenance == null ? null : provenance.apply( settings );
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
