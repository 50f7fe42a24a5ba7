package io.github.pdplane.batch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.image.Protocol;
import io.github.pdplane.io.ImageFileReader;
import io.github.pdplane.plane.Bootstrap;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;

/**
 * What every job that draws a plane is given besides its images: the reader, the references, the two axes
 * and the extra metrics, the metric settings, the preparation, the threads, the bootstrap and the progress
 * listener. {@link EvaluationJob.Builder} and {@link SweepJob.Builder} add their own images; {@link PlaneJob}
 * keeps what is collected here.
 *
 * @param <B>
 *            the concrete builder, returned by every setter so that calls chain
 */
public abstract class PlaneJobBuilder< B extends PlaneJobBuilder< B > >
{
	final ImageFileReader reader;

	ImageSet reference;

	MetricDescriptor x = EvaluationDefaults.distortionMetric();

	MetricDescriptor y;

	final List< MetricDescriptor > extras = new ArrayList<>();

	MetricSettings settings = MetricSettings.defaults();

	Preparation preparation = Preparation.defaults();

	int threads;

	Bootstrap bootstrap = Bootstrap.standard();

	ProgressListener listener = ProgressListener.NONE;

	boolean skipUnreadable;

	PlaneJobBuilder( final ImageFileReader reader )
	{
		this.reader = Objects.requireNonNull( reader, "reader" );
	}

	@SuppressWarnings( "unchecked" )
	private B self()
	{
		return ( B ) this;
	}

	public B reference( final ImageSet references )
	{
		reference = references;
		return self();
	}

	/** The x axis (default {@value EvaluationDefaults#DISTORTION}). */
	public B xMetric( final MetricDescriptor metric )
	{
		x = Objects.requireNonNull( metric );
		return self();
	}

	/** @throws PdPlaneException for an unknown id */
	public B xMetric( final String id )
	{
		return xMetric( MetricRegistry.byId( id ) );
	}

	/** The y axis; by default {@link EvaluationDefaults#perceptualMetric}. */
	public B yMetric( final MetricDescriptor metric )
	{
		y = metric;
		return self();
	}

	/** @throws PdPlaneException for an unknown id */
	public B yMetric( final String id )
	{
		return yMetric( MetricRegistry.byId( id ) );
	}

	/** Metrics tabulated besides the axes (set-level ones too), in the order given. */
	public B extraMetrics( final List< MetricDescriptor > metrics )
	{
		extras.clear();
		extras.addAll( metrics );
		return self();
	}

	/** A comma-separated list of ids ({@code "ssim,nss-fd"}); empty for none. */
	public B extraMetrics( final String ids )
	{
		return extraMetrics( ids == null || ids.trim().isEmpty() ? Collections.emptyList() : MetricRegistry.parseList( ids ) );
	}

	public B settings( final MetricSettings metricSettings )
	{
		settings = Objects.requireNonNull( metricSettings );
		return self();
	}

	/** Convention, shave and data range (default gray, 0, from the bit depth); {@link Protocol#preparation} for a preset. */
	public B preparation( final Preparation imagePreparation )
	{
		preparation = Objects.requireNonNull( imagePreparation );
		return self();
	}

	/** Worker threads; 0 (the default) for one per core. */
	public B threads( final int count )
	{
		threads = count;
		return self();
	}

	/** The intervals of the plane's points ({@link Bootstrap#standard()} by default); null for none. */
	public B bootstrap( final Bootstrap resampling )
	{
		bootstrap = resampling;
		return self();
	}

	/**
	 * Whether folders with unreadable image files ({@link io.github.pdplane.io.FolderImages}) are scored:
	 * each such file is then a failure of its image, counted in the summary's {@code failed}; without it
	 * (the default) the check refuses the job, naming every such file.
	 */
	public B skipUnreadable( final boolean skip )
	{
		skipUnreadable = skip;
		return self();
	}

	public B listener( final ProgressListener progress )
	{
		listener = progress == null ? ProgressListener.NONE : progress;
		return self();
	}

	/** The y axis as chosen, or the default, whose fallback (PI to NIQE) {@code warnings} hear about. */
	MetricDescriptor yAxis( final List< String > warnings )
	{
		return y != null ? y : EvaluationDefaults.perceptualMetric( settings, warnings::add );
	}
}
