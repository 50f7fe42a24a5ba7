package io.github.pdplane.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.io.ImageFileReader;
import io.github.pdplane.plane.Bootstrap;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricSettings;
import io.github.pdplane.score.ImageScorer;

/**
 * What every job that draws a plane holds besides its own outputs: what {@link PlaneJobBuilder} collected
 * (reader, references, axes and extra metrics, settings, preparation, bootstrap) and, once
 * {@link #checkInput()} has paired the images, the scorer and the pairing, which {@link EvaluationJob}
 * and {@link SweepJob} read in the same way. Each subclass decides which outputs it pairs and what its
 * run makes of their scores.
 *
 * @param <R>
 *            the result of a successful {@link #process()}
 */
public abstract class PlaneJob< R extends PlaneResult > extends BatchJob
{
	final ImageFileReader reader;

	final ImageSet reference;

	final AxisMetrics metrics;

	private final MetricSettings settings;

	private final Preparation preparation;

	final Bootstrap bootstrap;

	private final boolean skipUnreadable;

	/**
	 * Made by the check ({@link #pair(List)}), not the constructor, so that unusable metrics or images are
	 * refused by {@link #checkInput()} with the reason in {@link #getErrorMessage()}; null until then.
	 */
	ImageScorer scorer;

	Pairing pairing;

	/** The journal checked by {@link #check()} where the builder gave one; else null. */
	Journal journal;

	volatile R result;

	PlaneJob( final PlaneJobBuilder< ? > b, final MetricDescriptor y, final List< String > warnings )
	{
		super( b.threads, b.listener, warnings );
		reader = b.reader;
		reference = b.reference;
		metrics = new AxisMetrics( b.x, y, b.extras );
		settings = b.settings;
		preparation = b.preparation;
		bootstrap = b.bootstrap;
		skipUnreadable = b.skipUnreadable;
	}

	public ImageSet reference()
	{
		return reference;
	}

	/** The x axis. */
	public MetricDescriptor xMetric()
	{
		return metrics.x();
	}

	/** The y axis: as chosen, or {@link EvaluationDefaults#perceptualMetric}. */
	public MetricDescriptor yMetric()
	{
		return metrics.y();
	}

	/** x, y and the extras, without repeats. */
	public List< MetricDescriptor > metrics()
	{
		return metrics.all();
	}

	public Preparation preparation()
	{
		return preparation;
	}

	public MetricSettings settings()
	{
		return settings;
	}

	/** The bootstrap of the plane's intervals, or null for none. */
	public Bootstrap bootstrap()
	{
		return bootstrap;
	}

	/**
	 * Images without a partner, found by {@link #checkInput()}: missing outputs, then outputs without
	 * reference, output set by output set. Empty before a successful check.
	 */
	@Override
	public List< Failure > pairingFailures()
	{
		return pairing == null ? Collections.emptyList() : pairing.failures();
	}

	/** What the job scores, for messages: {@code "image"}, or {@code "blend"} for a sweep. */
	public abstract String itemName();

	/** The result of a successful {@link #process()}, else null. */
	public R result()
	{
		return result;
	}

	/**
	 * The last step of {@link #check()}, once the subclass has found its outputs complete: names them,
	 * makes the scorer (which refuses unusable metrics) and pairs the outputs with the references.
	 */
	final void pair( final List< ImageSet > outputs )
	{
		checkNames( reference, outputs );
		// the workers already share the cores: VGG2,2 splits one image only over the cores they leave
		scorer = metrics.scorer( settings.withVggParallelism( Math.max( 1, Runtime.getRuntime().availableProcessors() / threads() ) ),
				preparation );
		pairing = Pairing.of( reference, outputs, reader, skipUnreadable, this );
	}

	/** Every output set named, and no name twice (names are the rows of the tables and the points of the plane). */
	static void checkNames( final ImageSet reference, final List< ImageSet > sets )
	{
		for ( int a = 0; a < sets.size(); a++ )
		{
			final ImageSet set = sets.get( a );
			if ( set.name() == null || set.name().trim().isEmpty() )
				throw new PdPlaneException( "The algorithm of " + set.describe() + " needs a name; an empty name was given." );
			for ( int b = 0; b < a; b++ )
				if ( sets.get( b ).name().equals( set.name() ) )
					throw new PdPlaneException( "Two algorithms are named '" + set.name() + "' (" + sets.get( b ).describe() + " and "
							+ set.describe() + "): give each algorithm its own name." );
		}
	}

	/** Scores the paired references against {@code outputs} on {@link #threads()} workers; null where the run stopped early. */
	final PlaneRun.Assembled score( final Outputs outputs )
	{
		return planeRun( outputs ).run( threads() );
	}

	/** The run of the paired references against {@code outputs}, after a successful check. */
	final PlaneRun planeRun( final Outputs outputs )
	{
		return new PlaneRun( this, reader, reference, pairing.references(), outputs, scorer, journal );
	}

	/**
	 * Checks the journal {@code file} for a run over {@code outputs} (after {@link #pair}): a new one, or with
	 * {@code resume} one of the same settings ({@link #runSettings}).
	 */
	final void checkJournal( final Path file, final boolean resume, final List< ImageSet > outputs )
	{
		journal = Journal.check( file, resume, runSettings( outputs ), reference.describe() + " against " + outputs.size()
				+ ( outputs.size() == 1 ? " algorithm" : " algorithms" ) + ", " + pairing.references().size() + " reference images, metrics "
				+ String.join( ",", ids( metrics.all() ) ) + ", " + preparation );
	}

	/** The number of reference images whose outcome the journal held, after {@link #checkJournal}. */
	public int journaledCount()
	{
		return journal == null ? 0 : journal.restoredCount();
	}

	/**
	 * Everything that decides what the tasks find, one per line, for the journal's hash: every input image (its
	 * path, size and time of change, or a stack's name and dimensions) and the pairing, the metrics, the
	 * preparation and what the metrics are computed with (settings and models).
	 */
	final String runSettings( final List< ImageSet > outputs )
	{
		final StringBuilder sb = new StringBuilder( Journal.MAGIC ).append( '\n' );
		sb.append( "reference " ).append( describe( reference ) ).append( '\n' );
		final List< Item > references = pairing.references();
		for ( final Item item : references )
			sb.append( "  " ).append( describe( item ) ).append( '\n' );
		for ( int s = 0; s < outputs.size(); s++ )
		{
			sb.append( "output " ).append( outputs.get( s ).name() ).append( ' ' ).append( describe( outputs.get( s ) ) ).append( '\n' );
			for ( int r = 0; r < references.size(); r++ )
			{
				final Item item = pairing.item( s, r );
				sb.append( "  " ).append( item == null ? "-" : describe( item ) ).append( '\n' );
			}
		}
		sb.append( "metrics " ).append( String.join( ",", ids( scorer.metrics() ) ) ).append( '\n' );
		sb.append( "preparation " ).append( preparation ).append( '\n' );
		sb.append( "ssim-downsample " ).append( settings.ssimDownsample() ).append( " ms-ssim " ).append( settings.msSsimVariant() ).append( '\n' );
		final List< String > used = ids( scorer.metrics() );
		if ( used.contains( "niqe" ) || used.contains( "pi" ) || !scorer.setMetrics().isEmpty() )
			sb.append( "niqe-model " ).append( Journal.sha256( settings.niqeModel().toBytes() ) )
					.append( '\n' );
		if ( used.contains( "ma" ) || used.contains( "pi" ) )
			sb.append( "ma-model " ).append( settings.maModel() ).append( ' ' ).append( Arrays.toString( settings.maModel().linear() ) ).append( '\n' );
		sb.append( "provenance " ).append( scorer.provenance() ).append( '\n' );
		return sb.toString();
	}

	private static String describe( final ImageSet set )
	{
		return set.isStack() ? "stack " + set.stack().name() + " " + set.stack().width() + "x" + set.stack().height() + "x" + set.stack().slices()
				+ " " + set.stack().sampleType() : "folder " + set.folder().toAbsolutePath().normalize();
	}

	private static String describe( final Item item )
	{
		if ( item.file() == null )
			return item.key();
		try
		{
			final BasicFileAttributes a = Files.readAttributes( item.file(), BasicFileAttributes.class );
			return item.key() + " " + item.file().toAbsolutePath().normalize() + " " + a.size() + " " + a.lastModifiedTime().toMillis();
		}
		catch ( final IOException e )
		{
			return item.key() + " " + item.file().toAbsolutePath().normalize() + " unreadable";
		}
	}

	private static List< String > ids( final List< MetricDescriptor > metrics )
	{
		final List< String > ids = new ArrayList<>();
		for ( final MetricDescriptor d : metrics )
			ids.add( d.id() );
		return ids;
	}

	@Override
	final void discard()
	{
		result = null;
	}
}
