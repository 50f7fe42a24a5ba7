package io.github.pdplane.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.io.ImageFileReader;
import io.github.pdplane.plane.PlaneModel;
import io.github.pdplane.registry.MetricDescriptor;

/**
 * The batch evaluation: the outputs of several algorithms against one set of references, scored on a
 * thread pool and placed on the perception-distortion plane. Front ends (the CLI's {@code evaluate}
 * and {@code demo}, ImageJ's Evaluate Algorithms...) configure it, run it and show its
 * {@link EvaluationResult}; it opens no window and writes no file.
 *
 * <pre>
 * EvaluationJob job = EvaluationJob.builder( reader )             // e.g. ImageJFileReader.INSTANCE
 *         .reference( ImageSet.folder( Paths.get( "hr" ) ) )
 *         .algorithm( ImageSet.folder( Paths.get( "out/edsr" ) ) )   // named "edsr"
 *         .algorithm( ImageSet.stack( new ImagePlusSource( imp ) ).named( "ESRGAN" ) )
 *         .xMetric( "rmse" )                                          // default: rmse
 *         .extraMetrics( "ssim,nss-fd" )                               // y: pi if installed, else niqe
 *         .preparation( Protocol.PIRM.preparation( Double.NaN ) )
 *         .threads( 0 )                                               // 0 = one per core, the default
 *         .listener( progress -&gt; IJ.showProgress( progress.fraction() ) )
 *         .build();
 * if ( !job.checkInput() ) { error( job.getErrorMessage() ); return; }
 * job.pairingFailures().forEach( f -&gt; log( f.message() ) );          // unmatched images, before scoring
 * if ( !job.process() ) { error( job.getErrorMessage() ); return; }   // failed input, or canceled
 * EvaluationResult result = job.result();
 * result.failures(); result.summaryTable(); result.perImageTable(); result.plane();
 * </pre>
 *
 * <b>Pairing.</b> The references and every algorithm are all folders or all stacks. Folders pair by
 * file name (a stack file in a folder gives one row per slice, paired with a reference file of as many
 * slices or of one); stacks pair by slice index. An image without its partner is listed as a
 * {@link Failure} and never guessed; an output without a reference is not scored.
 * <p>
 * <b>Threads and memory.</b> Each worker scores one reference image at a time against every algorithm's
 * output of it, opening each file only then, so at most one reference and one output per worker are in
 * memory (stack sets are held by their owner). Rows, failures and (only where set-level metrics are
 * asked for) the NIQE block features of each image are kept, all small. Results are assembled in the
 * references' order, so any number of threads gives the same result as one, bit for bit.
 * <p>
 * <b>Failures.</b> An image that cannot be read or scored is a {@link Failure} with its reason; the run
 * goes on, and the algorithm's summary counts it. {@link #cancel()} stops the workers after their
 * current image and discards everything.
 */
public final class EvaluationJob extends PlaneJob< EvaluationResult >
{
	private final List< ImageSet > algorithms;

	private final Path journalFile;

	private final boolean resume;

	private EvaluationJob( final Builder b, final MetricDescriptor y, final List< String > warnings )
	{
		super( b, y, warnings );
		algorithms = Collections.unmodifiableList( new ArrayList<>( b.algorithms ) );
		journalFile = b.journal;
		resume = b.resume;
	}

	public static Builder builder( final ImageFileReader reader )
	{
		return new Builder( reader );
	}

	public List< ImageSet > algorithms()
	{
		return algorithms;
	}

	/** The number of reference images (their files, or the slices of their stack), after {@link #checkInput()}. */
	public int referenceCount()
	{
		return pairing == null ? 0 : pairing.references().size();
	}

	/** The number of images {@link #process()} will score (pairs of a reference and an output), after {@link #checkInput()}. */
	public int pairCount()
	{
		return pairing == null ? 0 : pairing.pairCount();
	}

	@Override
	void check()
	{
		if ( reference == null )
			throw new PdPlaneException( "Give the reference images: a folder of images or a stack." );
		if ( algorithms.isEmpty() )
			throw new PdPlaneException( "Give the outputs of at least one algorithm: a folder of images or a stack each." );
		pair( algorithms );
		if ( journalFile != null )
			checkJournal( journalFile, resume, algorithms );
	}

	@Override
	boolean run()
	{
		final PlaneRun.Assembled a = score( new AlgorithmOutputs() );
		if ( a == null )
			return false;
		final PlaneModel plane = PlaneModel.of( a.evaluation, metrics.x().id(), metrics.y().id(), bootstrap );
		result = new EvaluationResult( reference.name(), names( algorithms ), metrics.x(), metrics.y(), scorer, a.rows, a.failures, a.scored,
				a.failed, a.setValues, a.evaluation, plane, a.warnings );
		return true;
	}

	/** The algorithms as the columns of the run, paired with the references by {@link Pairing}. */
	private final class AlgorithmOutputs implements Outputs
	{
		@Override
		public int count()
		{
			return algorithms.size();
		}

		@Override
		public String name( final int column )
		{
			return algorithms.get( column ).name();
		}

		@Override
		public boolean has( final int column, final int reference )
		{
			return pairing.item( column, reference ) != null;
		}

		@Override
		public String label( final int column, final int reference )
		{
			return name( column ) + "/" + pairing.item( column, reference ).key();
		}

		@Override
		public ImageSource open( final int column, final int reference, final ItemImages images )
		{
			// opened directly, not kept for the task: only one output of the reference image is open at a time
			return algorithms.get( column ).open( pairing.item( column, reference ), reader );
		}

		@Override
		public Failure missing( final int column, final int reference )
		{
			return pairing.missing( column, reference );
		}

		@Override
		public List< Failure > unpaired( final int column )
		{
			return pairing.extra( column );
		}
	}

	private static List< String > names( final List< ImageSet > sets )
	{
		final List< String > names = new ArrayList<>();
		for ( final ImageSet s : sets )
			names.add( s.name() );
		return names;
	}

	/** Collects the configuration; {@link #build()} checks the metrics. */
	public static final class Builder extends PlaneJobBuilder< Builder >
	{
		private final List< ImageSet > algorithms = new ArrayList<>();

		private Path journal;

		private boolean resume;

		private Builder( final ImageFileReader reader )
		{
			super( reader );
		}

		/** Adds an algorithm; the order is that of tables, legends and colours. */
		public Builder algorithm( final ImageSet outputs )
		{
			algorithms.add( Objects.requireNonNull( outputs ) );
			return this;
		}

		public Builder algorithms( final Collection< ImageSet > outputs )
		{
			outputs.forEach( this::algorithm );
			return this;
		}

		/**
		 * Keeps a journal in {@code file} ({@link Journal}): each reference image's outcome is appended as it
		 * completes, so that a killed run can be resumed. Without {@code resume} the file must not exist; with
		 * it, an existing journal of the same settings is read back and only what it lacks is scored (a missing
		 * file starts a new one). {@link #checkInput()} refuses a journal of other settings.
		 */
		public Builder journal( final Path file, final boolean resumeIt )
		{
			journal = file;
			resume = resumeIt;
			return this;
		}

		/**
		 * @throws PdPlaneException
		 *             where an axis is a set-level metric, both axes are the same metric, or the thread
		 *             count is negative
		 */
		public EvaluationJob build()
		{
			final List< String > warnings = new ArrayList<>();
			final MetricDescriptor yAxis = yAxis( warnings );
			return new EvaluationJob( this, yAxis, warnings );
		}
	}

	@Override
	public String itemName()
	{
		return "image";
	}
}
