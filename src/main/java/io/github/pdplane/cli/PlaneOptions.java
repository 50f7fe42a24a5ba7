package io.github.pdplane.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import io.github.pdplane.batch.BatchJob;
import io.github.pdplane.batch.EvaluationDefaults;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.image.Protocol;
import io.github.pdplane.metrics.MetricKind;
import io.github.pdplane.plane.Bootstrap;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;

/**
 * The options of the commands that draw the plane ({@code evaluate}, {@code sweep}): the references, the
 * axes and extra metrics, the protocol or the preparation, the metric settings, threads, bootstrap, chart
 * and output folder; their help texts and their parsing, in one place. One instance serves one command,
 * whose model holds the options as one picocli mixin.
 */
final class PlaneOptions
{
	static final String REFERENCE = "reference", X = "x", Y = "y", METRICS = "metrics", PROTOCOL = "protocol", THREADS = "threads", BOOTSTRAP = "bootstrap",
			SEED = "seed", CLOUD = "cloud", OVERWRITE = "overwrite", OUT = "out";

	/** The parsed options. */
	static final class Parsed
	{
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

		/** Whether folders with unreadable image files are scored, each such file a failure. */
		final boolean skipUnreadable;

		private Parsed( final MetricDescriptor x, final MetricDescriptor y, final List< MetricDescriptor > extras, final Preparation preparation,
				final MetricSettings settings, final int threads, final Bootstrap bootstrap, final boolean cloud, final boolean overwrite,
				final Path out, final boolean skipUnreadable )
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
			this.skipUnreadable = skipUnreadable;
		}
	}

	private final OptionSpec reference, x, y, metrics, protocol, threads, bootstrap, seed, cloud, overwrite, out;

	private final OptionSpec skipUnreadable = OptionSpecs.skipUnreadable();

	private final PreparationOptions preparation = PreparationOptions.forScoring();

	private final SettingsOptions settings = new SettingsOptions();

	/**
	 * @param outputs
	 *            the files the command writes, for the help texts of {@code --overwrite} and {@code --out}
	 */
	PlaneOptions( final String outputs )
	{
		reference = OptionSpecs.required( OptionSpecs.text( REFERENCE, "DIR|STACK", "the reference images: a folder, or an image file whose"
				+ " slices are the images" ) );
		x = OptionSpecs.text( X, "ID", OptionSpecs.withDefault( "the distortion metric of the x axis (full-reference or no-reference)",
				EvaluationDefaults.DISTORTION ) );
		y = OptionSpecs.text( Y, "ID", OptionSpecs.withDefault( "the perceptual metric of the y axis", EvaluationDefaults.PERCEPTUAL_INDEX
				+ " where the Ma et al. model is installed, else " + EvaluationDefaults.PERCEPTUAL_FALLBACK ) );
		metrics = OptionSpecs.text( METRICS, "IDS", "more metrics for the tables, comma-separated (set-level ones too: "
				+ String.join( ", ", setLevelIds() ) + ")" );
		protocol = OptionSpecs.choice( PROTOCOL, Arrays.asList( Protocol.ids() ), "a preset of convention and shave: " + protocols() );
		threads = OptionSpecs.integer( THREADS, "N", OptionSpecs.withDefault( "worker threads", "one per core, here " + BatchJob.defaultThreads() ) );
		bootstrap = OptionSpecs.integer( BOOTSTRAP, "N", OptionSpecs.withDefault( "bootstrap resamples of the 95% intervals; 0 for none",
				Bootstrap.DEFAULT_RESAMPLES ) );
		seed = OptionSpecs.longInteger( SEED, "N", OptionSpecs.withDefault( "the bootstrap's seed", Bootstrap.DEFAULT_SEED ) );
		cloud = OptionSpecs.flag( CLOUD, "also draw every per-image point, faint" );
		overwrite = OptionSpecs.flag( OVERWRITE, "replace " + outputs + " where they exist in DIR" );
		out = OptionSpecs.required( OptionSpecs.path( OUT, "DIR", "the folder to write " + outputs + " to (made where missing)" ) );
	}

	/**
	 * Adds {@code --reference}, then the command's own options (the images it compares with the
	 * references, for one), then the others as the mixin {@code plane}: the help's order.
	 */
	void addTo( final CommandSpec command, final OptionSpec... commandOptions )
	{
		command.addOption( reference );
		for ( final OptionSpec o : commandOptions )
			command.addOption( o );
		final CommandSpec plane = CommandSpec.create().addOption( x ).addOption( y ).addOption( metrics ).addOption( protocol );
		preparation.addTo( plane );
		settings.addTo( plane );
		for ( final OptionSpec o : Arrays.asList( threads, bootstrap, seed, skipUnreadable, cloud, overwrite, out ) )
			plane.addOption( o );
		command.addMixin( "plane", plane );
	}

	/** {@code --reference} as given. */
	String reference()
	{
		return reference.getValue();
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
	Parsed parse( final String command )
	{
		final MetricDescriptor xMetric = OptionSpecs.valueOr( x, MetricRegistry::byId, EvaluationDefaults.distortionMetric() );
		final MetricDescriptor yMetric = OptionSpecs.valueOr( y, MetricRegistry::byId, null );
		final List< MetricDescriptor > extras = OptionSpecs.valueOr( metrics, MetricRegistry::parseList, Collections.emptyList() );
		final Preparation chosen;
		if ( OptionSpecs.given( protocol ) )
		{
			for ( final OptionSpec conflicting : preparation.conventionAndShave() )
				if ( OptionSpecs.given( conflicting ) )
					throw new UsageException( "--" + PROTOCOL + " sets the convention and the shave; give either it or " + conflicting.longestName()
							+ "." );
			final Protocol preset = OptionSpecs.valueOr( protocol, Protocol::fromId, null );
			final double dataRange = preparation.dataRange( Double.NaN );
			chosen = UsageException.asUsage( () -> preset.preparation( dataRange ) );
		}
		else
			chosen = preparation.parse( command );
		final List< MetricDescriptor > used = new ArrayList<>( Arrays.asList( xMetric, yMetric != null ? yMetric : MetricRegistry.byId(
				EvaluationDefaults.PERCEPTUAL_FALLBACK ) ) );
		used.addAll( extras );
		final MetricSettings metricSettings = settings.parse( used );
		final Integer workers = threads.getValue();
		if ( workers != null && workers < 1 )
			throw new UsageException( "--" + THREADS + " must be 1 or more, not " + workers + "." );
		final int resamples = OptionSpecs.valueOr( bootstrap, Bootstrap.DEFAULT_RESAMPLES );
		if ( resamples != 0 && resamples < 2 )
			throw new UsageException( "--" + BOOTSTRAP + " must be 0 (no intervals) or at least 2 resamples, not " + resamples + "." );
		final long bootstrapSeed = OptionSpecs.valueOr( seed, Bootstrap.DEFAULT_SEED );
		final Bootstrap intervals = resamples == 0 ? null : UsageException.asUsage( () -> new Bootstrap( resamples, bootstrapSeed,
				Bootstrap.DEFAULT_CONFIDENCE ) );
		return new Parsed( xMetric, yMetric, extras, chosen, metricSettings, workers == null ? 0 : workers, intervals, OptionSpecs.given( cloud ),
				OptionSpecs.given( overwrite ), out.getValue(), OptionSpecs.given( skipUnreadable ) );
	}

	/**
	 * Reads the Ma et al. model the default y axis (PI) will use, where the user has one: outside the job's
	 * usage checks, so that a model that is there but cannot be read (a damaged file, a missing file that
	 * PDPLANE_MA_MODEL names) is bad input (exit 1), not a wrong command line. Without a model the job falls
	 * back to NIQE and says so.
	 */
	static void readDefaultModel( final Parsed parsed )
	{
		if ( parsed.y == null && parsed.settings.hasMaModel() )
			parsed.settings.maModel();
	}
}
