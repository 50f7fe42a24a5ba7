package io.github.pdplane.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import io.github.pdplane.batch.BatchJob;
import io.github.pdplane.batch.EvaluationDefaults;
import io.github.pdplane.image.Convention;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.image.Protocol;
import io.github.pdplane.metrics.MetricKind;
import io.github.pdplane.plane.Bootstrap;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;

/**
 * The options of the commands that draw the plane ({@code evaluate}, {@code sweep}): the axes and extra
 * metrics, the protocol or the preparation, the metric settings, threads, bootstrap, chart and output
 * folder; their help texts and their parsing, in one place.
 */
final class PlaneOptions
{
	static final String REFERENCE = "reference", X = "x", Y = "y", METRICS = "metrics", PROTOCOL = "protocol", THREADS = "threads", BOOTSTRAP = "bootstrap",
			SEED = "seed", CLOUD = "cloud", OVERWRITE = "overwrite", OUT = "out";

	/** The parsed options. */
	final MetricDescriptor x;

	/** Null for {@link EvaluationDefaults#perceptualMetric}. */
	final MetricDescriptor y;

	final List< MetricDescriptor > extras;

	final Preparation preparation;

	final MetricSettings settings;

	final int threads;

	/** Null for no intervals. */
	final Bootstrap bootstrap;

	final boolean cloud;

	final boolean overwrite;

	final Path out;

	private PlaneOptions( final MetricDescriptor x, final MetricDescriptor y, final List< MetricDescriptor > extras, final Preparation preparation,
			final MetricSettings settings, final int threads, final Bootstrap bootstrap, final boolean cloud, final boolean overwrite,
			final Path out )
	{
		this.x = x;
		this.y = y;
		this.extras = extras;
		this.preparation = preparation;
		this.settings = settings;
		this.threads = threads;
		this.bootstrap = bootstrap;
		this.cloud = cloud;
		this.overwrite = overwrite;
		this.out = out;
	}

	/** The metric options, then the preparation and settings, then threads, bootstrap and outputs. */
	/** {@code --reference}: the images every plane command compares with. */
	static Option reference()
	{
		return Option.value( REFERENCE, "DIR|STACK", "the reference images: a folder, or an image file whose slices are the images" );
	}

	static List< Option > options( final String outputs )
	{
		final List< Option > options = new ArrayList<>( Arrays.asList(
				Option.value( X, "ID", "the distortion metric of the x axis (full-reference or no-reference)" )
						.withDefault( EvaluationDefaults.DISTORTION ),
				Option.value( Y, "ID", "the perceptual metric of the y axis" ).withDefault( EvaluationDefaults.PERCEPTUAL_INDEX
						+ " where the Ma et al. model is installed, else " + EvaluationDefaults.PERCEPTUAL_FALLBACK ),
				Option.value( METRICS, "IDS", "more metrics for the tables, comma-separated (set-level ones too: "
						+ String.join( ", ", setLevelIds() ) + ")" ),
				Option.value( PROTOCOL, String.join( "|", Protocol.ids() ), "a preset of convention and shave: " + protocols() ) ) );
		options.addAll( PreparationOptions.options( Arrays.asList( Convention.values() ), "PSNR's peak, SSIM's constants; NIQE maps it to 255" ) );
		options.addAll( SettingsOptions.options() );
		options.addAll( Arrays.asList(
				Option.value( THREADS, "N", "worker threads" ).withDefault( "one per core, here " + BatchJob.defaultThreads() ),
				Option.value( BOOTSTRAP, "N", "bootstrap resamples of the 95% intervals; 0 for none" ).withDefault( Bootstrap.DEFAULT_RESAMPLES ),
				Option.value( SEED, "N", "the bootstrap's seed" ).withDefault( Bootstrap.DEFAULT_SEED ),
				Option.flag( CLOUD, "also draw every per-image point, faint" ),
				Option.flag( OVERWRITE, "replace " + outputs + " where they exist in DIR" ),
				Option.value( OUT, "DIR", "the folder to write " + outputs + " to (made where missing)" ) ) );
		return Collections.unmodifiableList( options );
	}

	private static List< String > setLevelIds()
	{
		final List< String > ids = new ArrayList<>();
		for ( final MetricDescriptor d : MetricRegistry.ofKind( MetricKind.SET_LEVEL ) )
			ids.add( d.id() );
		return ids;
	}

	private static String protocols()
	{
		final List< String > parts = new ArrayList<>();
		for ( final Protocol p : Protocol.values() )
			parts.add( p.id() + " = " + p.description() );
		return String.join( "; ", parts );
	}

	/** Every option checked before any image is read; a bad value is a usage error. */
	static PlaneOptions parse( final Arguments arguments )
	{
		final MetricDescriptor x = arguments.value( X, MetricRegistry::byId, EvaluationDefaults.distortionMetric() );
		final MetricDescriptor y = arguments.value( Y, MetricRegistry::byId, null );
		final List< MetricDescriptor > extras = arguments.value( METRICS, MetricRegistry::parseList, Collections.emptyList() );
		final Preparation preparation;
		if ( arguments.value( PROTOCOL ) != null )
		{
			for ( final String conflicting : new String[] { PreparationOptions.CONVENTION, PreparationOptions.SHAVE } )
				if ( arguments.value( conflicting ) != null )
					throw new UsageException( "--" + PROTOCOL + " sets the convention and the shave; give either it or --" + conflicting + "." );
			final Protocol protocol = arguments.value( PROTOCOL, Protocol::fromId, null );
			final double dataRange = arguments.number( PreparationOptions.DATA_RANGE, Double.NaN );
			preparation = Arguments.asUsage( () -> protocol.preparation( dataRange ) );
		}
		else
			preparation = PreparationOptions.parse( arguments, Arrays.asList( Convention.values() ) );
		final List< MetricDescriptor > used = new ArrayList<>( Arrays.asList( x, y != null ? y : MetricRegistry.byId(
				EvaluationDefaults.PERCEPTUAL_FALLBACK ) ) );
		used.addAll( extras );
		final MetricSettings settings = SettingsOptions.parse( arguments, used );
		final int threads = arguments.integer( THREADS, 0 );
		if ( arguments.value( THREADS ) != null && threads < 1 )
			throw new UsageException( "--" + THREADS + " must be 1 or more, not " + threads + "." );
		final int resamples = arguments.integer( BOOTSTRAP, Bootstrap.DEFAULT_RESAMPLES );
		if ( resamples != 0 && resamples < 2 )
			throw new UsageException( "--" + BOOTSTRAP + " must be 0 (no intervals) or at least 2 resamples, not " + resamples + "." );
		final long seed = seed( arguments );
		final Bootstrap bootstrap = resamples == 0 ? null : new Bootstrap( resamples, seed, Bootstrap.DEFAULT_CONFIDENCE );
		return new PlaneOptions( x, y, extras, preparation, settings, threads, bootstrap, arguments.flag( CLOUD ), arguments.flag( OVERWRITE ),
				arguments.requiredPath( OUT ) );
	}

	private static long seed( final Arguments arguments )
	{
		final String value = arguments.value( SEED );
		if ( value == null )
			return Bootstrap.DEFAULT_SEED;
		try
		{
			return Long.parseLong( value.trim() );
		}
		catch ( final NumberFormatException e )
		{
			throw new UsageException( "Option --" + SEED + " needs a whole number, not '" + value + "'." );
		}
	}
}
