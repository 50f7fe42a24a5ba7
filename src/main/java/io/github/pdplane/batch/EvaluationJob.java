package io.github.pdplane.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.io.ImageFileReader;
import io.github.pdplane.plane.PlaneModel;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.score.ImageScorer;

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
 * <b>Split runs.</b> A run can be split over processes or machines and put together again with the same
 * result, bit for bit: each reference image's outcome has an exact text form, the journal's item line
 * ({@link #scoreItem}). With {@link Builder#shard} {@link #process()} scores only the shard's reference images
 * and keeps their lines ({@link #shardLines()}) instead of a result; {@link #processOutcomes} (or
 * {@link Builder#outcomes} and {@link #process()}) assembles the result from every reference image's line,
 * scoring nothing, as a resume of a complete journal does. {@link #settingsDigest()} tells whether two jobs
 * would find the same outcomes.
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

	/** Null for all reference images. */
	private final Shard shard;

	/** The item lines to assemble the result from instead of scoring ({@link #processOutcomes}); null to score. */
	private volatile List< String > givenOutcomes;

	/** After a complete run with a shard: the shard's item lines, in run order. */
	private volatile List< String > shardLines;

	/** Made on first use after the check, for {@link #scoreItem}. */
	private PlaneRun itemRun;

	private final ThreadLocal< ImageScorer.Workspace > workspaces = ThreadLocal.withInitial( ImageScorer.Workspace::new );

	private EvaluationJob( final Builder b, final MetricDescriptor y, final List< String > warnings )
	{
		super( b, y, warnings );
		algorithms = Collections.unmodifiableList( new ArrayList<>( b.algorithms ) );
		journalFile = b.journal;
		resume = b.resume;
		shard = b.shard;
		givenOutcomes = b.outcomes;
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

	/** The shard this job scores, or null for all reference images. */
	public Shard shard()
	{
		return shard;
	}

	/** The reference images' pairing keys, in run order, after a successful {@link #checkInput()}. */
	public List< String > itemKeys()
	{
		checked();
		final List< String > keys = new ArrayList<>();
		for ( final Item item : pairing.references() )
			keys.add( item.key() );
		return Collections.unmodifiableList( keys );
	}

	/**
	 * The SHA-256 (hexadecimal) of everything that decides the reference images' outcomes, as the journal holds
	 * it: every input image (path, size, time of change) and the pairing, the metrics, the preparation, the
	 * settings and models. Two jobs of the same digest find the same outcomes. After a successful {@link #checkInput()}.
	 */
	public String settingsDigest()
	{
		checked();
		return Journal.sha256( runSettings( algorithms ) );
	}

	/**
	 * Scores reference image {@code index} (of {@link #itemKeys()}) against every algorithm's output of it, on
	 * the calling thread (any number of threads may call at once), and returns its outcome as one item line
	 * without line end: rows, failures, warnings and the NIQE block features of set-level metrics, numbers
	 * written so that they read back to the same doubles. Not journaled; each output scored is told to the job's
	 * progress listener as done.
	 *
	 * @throws PdPlaneException
	 *             where the job was canceled while the image was scored
	 */
	public String scoreItem( final int index )
	{
		final PlaneRun run = itemRun();
		if ( index < 0 || index >= pairing.references().size() )
			throw new IndexOutOfBoundsException( "reference image " + index + " of " + pairing.references().size() );
		final PlaneRun.ItemOutcome o = run.scoreItem( index, workspaces.get() );
		if ( !o.complete && stopRequested() )
			throw new PdPlaneException( CANCELED );
		return Journal.itemLine( o );
	}

	private synchronized PlaneRun itemRun()
	{
		checked();
		if ( itemRun == null )
			itemRun = planeRun( new AlgorithmOutputs() );
		return itemRun;
	}

	/**
	 * Like {@link #process()}, but every reference image's outcome is given as its item line ({@link #scoreItem},
	 * a shard's {@link #shardLines()}), in any order, and nothing is scored; afterwards {@link #result()} is as
	 * after {@link #process()}, bit for bit.
	 *
	 * @return false where the input was refused, a line is damaged, a line's key is not one of {@link #itemKeys()}
	 *         or given twice, or a reference image's line is missing (the reason, naming them, in
	 *         {@link #getErrorMessage()})
	 */
	public boolean processOutcomes( final Collection< String > lines )
	{
		givenOutcomes = new ArrayList<>( lines );
		return process();
	}

	/** After a complete {@link #process()} with a {@link Builder#shard}: the shard's item lines, in run order; else null. */
	public List< String > shardLines()
	{
		return shardLines;
	}

	/** The reference images of this job's shard (indices), after the check. */
	public int[] shardItems()
	{
		checked();
		final List< Item > references = pairing.references();
		int n = 0;
		final int[] items = new int[ references.size() ];
		for ( int r = 0; r < items.length; r++ )
			if ( shard == null || shard.owns( references.get( r ).key() ) )
				items[ n++ ] = r;
		return Arrays.copyOf( items, n );
	}

	private void checked()
	{
		if ( pairing == null )
			throw new IllegalStateException( "call checkInput() first, and use the job only where it succeeded" );
	}

	@Override
	boolean run()
	{
		final PlaneRun run = planeRun( new AlgorithmOutputs() );
		final List< String > given = givenOutcomes;
		if ( given != null )
		{
			job( run.assemble( ordered( run, given ) ) );
			return true;
		}
		if ( shard != null )
		{
			final int[] items = shardItems();
			expect( run.pairCount( items ) );
			final List< PlaneRun.ItemOutcome > outcomes = run.runItems( items, threads() );
			if ( outcomes == null )
				return false;
			final List< String > lines = new ArrayList<>();
			for ( final PlaneRun.ItemOutcome o : outcomes )
				lines.add( Journal.itemLine( o ) );
			shardLines = Collections.unmodifiableList( lines );
			return true;
		}
		final PlaneRun.Assembled a = score( new AlgorithmOutputs() );
		if ( a == null )
			return false;
		job( a );
		return true;
	}

	/** The outcomes of the lines in the references' order; each counted as done. */
	private List< PlaneRun.ItemOutcome > ordered( final PlaneRun run, final List< String > lines )
	{
		final List< String > keys = itemKeys();
		final Map< String, Integer > index = new HashMap<>();
		for ( int r = 0; r < keys.size(); r++ )
			index.put( keys.get( r ), r );
		final PlaneRun.ItemOutcome[] outcomes = new PlaneRun.ItemOutcome[ keys.size() ];
		final List< String > damaged = new ArrayList<>(), unknown = new ArrayList<>(), twice = new ArrayList<>(), missing = new ArrayList<>();
		int line = 0;
		for ( final String text : lines )
		{
			line++;
			final PlaneRun.ItemOutcome o = Journal.decodeItem( text );
			if ( o == null || o.rows.size() != run.columns() )
			{
				damaged.add( "line " + line + ( o == null ? "" : " (" + o.rows.size() + " algorithms, this run " + run.columns() + ")" ) );
				continue;
			}
			final Integer r = index.get( o.key );
			if ( r == null )
				unknown.add( o.key );
			else if ( outcomes[ r ] != null )
				twice.add( o.key );
			else
				outcomes[ r ] = o;
		}
		for ( int r = 0; r < outcomes.length; r++ )
			if ( outcomes[ r ] == null )
				missing.add( keys.get( r ) );
		if ( !damaged.isEmpty() )
			throw new PdPlaneException( "Cannot put the run together: " + count( damaged.size(), "outcome line" ) + " of " + lines.size()
					+ " damaged or of another run (" + some( damaged ) + ")." );
		if ( !unknown.isEmpty() )
			throw new PdPlaneException( "Cannot put the run together: " + count( unknown.size(), "outcome" ) + " of reference images this run"
					+ " does not have (" + some( unknown ) + ")." );
		if ( !twice.isEmpty() )
			throw new PdPlaneException( "Cannot put the run together: " + count( twice.size(), "reference image" ) + " given twice ("
					+ some( twice ) + ")." );
		if ( !missing.isEmpty() )
			throw new PdPlaneException( "Cannot put the run together: the outcome of " + count( missing.size(), "reference image" ) + " of "
					+ keys.size() + " is missing (" + some( missing ) + ")." );
		expect( run.pairCount() );
		final List< PlaneRun.ItemOutcome > list = new ArrayList<>();
		for ( int r = 0; r < outcomes.length; r++ )
			list.add( run.restored( r, outcomes[ r ] ) );
		return list;
	}

	/** At most {@value #NAMED} of them, then how many more. */
	private static String some( final List< String > names )
	{
		final List< String > shown = names.subList( 0, Math.min( NAMED, names.size() ) );
		return String.join( ", ", shown ) + ( names.size() > NAMED ? " and " + ( names.size() - NAMED ) + " more" : "" );
	}

	private static final int NAMED = 5;

	private static String count( final int n, final String what )
	{
		return n + " " + what + ( n == 1 ? "" : "s" );
	}

	/** The result of the assembled run. */
	private void job( final PlaneRun.Assembled a )
	{
		final PlaneModel plane = PlaneModel.of( a.evaluation, metrics.x().id(), metrics.y().id(), bootstrap );
		result = new EvaluationResult( reference.name(), names( algorithms ), metrics.x(), metrics.y(), scorer, a.rows, a.failures, a.scored,
				a.failed, a.setValues, a.evaluation, plane, a.warnings );
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

		private Shard shard;

		private List< String > outcomes;

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
		 * Scores only the reference images {@code part} owns ({@link Shard#owns}); {@link #process()} then keeps their
		 * outcomes as item lines ({@link #shardLines()}) and makes no result: the set-level steps (set-level
		 * metrics, aggregation, bootstrap, frontier) need every image and run where the shards' lines are put
		 * together ({@link #processOutcomes}). A journal then holds the shard's images. Null for all.
		 */
		public Builder shard( final Shard part )
		{
			shard = part;
			return this;
		}

		/**
		 * Makes {@link #process()} assemble the result from these item lines, one per reference image in any
		 * order, instead of scoring, as {@link #processOutcomes} does; for front ends that run the job through
		 * {@link JobRunner}.
		 */
		public Builder outcomes( final Collection< String > lines )
		{
			outcomes = lines == null ? null : new ArrayList<>( lines );
			return this;
		}

		/**
		 * @throws PdPlaneException
		 *             where an axis is a set-level metric, both axes are the same metric, or the thread
		 *             count is negative
		 */
		public EvaluationJob build()
		{
			if ( shard != null && outcomes != null )
				throw new PdPlaneException( "A job either scores a shard or puts the shards' outcomes together, not both." );
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
