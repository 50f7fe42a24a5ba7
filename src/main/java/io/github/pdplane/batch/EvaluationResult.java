package io.github.pdplane.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.github.pdplane.image.Preparation;
import io.github.pdplane.plane.AlgorithmSummary;
import io.github.pdplane.plane.Evaluation;
import io.github.pdplane.plane.PlaneMetric;
import io.github.pdplane.plane.PlaneModel;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricSettings;
import io.github.pdplane.score.ImageScorer;
import io.github.pdplane.score.ScoreRow;
import io.github.pdplane.table.ResultTable;

/**
 * What an {@link EvaluationJob} found: every scored image, every failure, the set-level values, the
 * per-algorithm summaries and the plane. Everything is in a fixed order (algorithms as given, images in
 * the references' order), so the result does not depend on the number of threads. Immutable.
 * <p>
 * {@link #perImageTable()} and {@link #summaryTable()} are the tables every front end shows and saves
 * ({@code per-image.csv}, {@code summary.csv}; "PD Per Image" and "PD Summary" in ImageJ).
 */
public final class EvaluationResult implements PlaneResult
{
	private final String reference;

	private final List< String > algorithms;

	private final MetricDescriptor x;

	private final MetricDescriptor y;

	private final List< MetricDescriptor > imageMetrics;

	private final List< MetricDescriptor > setMetrics;

	private final List< ScoreRow > rows;

	private final List< Failure > failures;

	private final int[] scored;

	private final int[] failed;

	private final double[][] setValues;

	private final Evaluation evaluation;

	private final PlaneModel plane;

	private final List< String > warnings;

	private final Preparation preparation;

	private final MetricSettings settings;

	/** The columns naming what metrics were computed with (VGG2,2's weights). */
	private final Map< String, String > provenance;

	EvaluationResult( final String reference, final List< String > algorithms, final MetricDescriptor x, final MetricDescriptor y,
			final ImageScorer scorer, final List< ScoreRow > rows, final List< Failure > failures, final int[] scored, final int[] failed,
			final double[][] setValues, final Evaluation evaluation, final PlaneModel plane, final List< String > warnings )
	{
		this.reference = reference;
		this.algorithms = Collections.unmodifiableList( new ArrayList<>( algorithms ) );
		this.x = x;
		this.y = y;
		this.imageMetrics = scorer.imageMetrics();
		this.setMetrics = scorer.setMetrics();
		this.rows = Collections.unmodifiableList( new ArrayList<>( rows ) );
		this.failures = Collections.unmodifiableList( new ArrayList<>( failures ) );
		this.scored = scored.clone();
		this.failed = withOutputsWithoutReference( failed, this.algorithms, failures );
		this.setValues = setValues;
		this.evaluation = evaluation;
		this.plane = plane;
		this.warnings = Collections.unmodifiableList( new ArrayList<>( warnings ) );
		this.preparation = scorer.preparation();
		this.settings = scorer.settings();
		this.provenance = scorer.provenance();
	}

	/**
	 * The failed counts with each algorithm's outputs without a reference added: they are files of the
	 * algorithm the evaluation could not use, and a count without them read as a clean run.
	 */
	private static int[] withOutputsWithoutReference( final int[] failed, final List< String > algorithms, final List< Failure > failures )
	{
		final int[] counted = failed.clone();
		for ( final Failure f : failures )
			if ( f.kind() == Failure.Kind.NO_REFERENCE && algorithms.contains( f.set() ) )
				counted[ algorithms.indexOf( f.set() ) ]++;
		return counted;
	}

	/** The name of the reference set. */
	public String reference()
	{
		return reference;
	}

	/** In the order given. */
	public List< String > algorithms()
	{
		return algorithms;
	}

	public MetricDescriptor xMetric()
	{
		return x;
	}

	public MetricDescriptor yMetric()
	{
		return y;
	}

	/** The metrics with a value per image (x, y, then the extras), the columns of {@link #rows()}. */
	public List< MetricDescriptor > imageMetrics()
	{
		return imageMetrics;
	}

	/** The set-level metrics asked for (one value per algorithm), the columns of {@link #setValues(String)}. */
	public List< MetricDescriptor > setMetrics()
	{
		return setMetrics;
	}

	/** Every scored image: algorithms in order, each over the references' order (slices of a stack file in order). */
	@Override
	public List< ScoreRow > rows()
	{
		return rows;
	}

	/**
	 * Every problem, in order: references that failed, then per algorithm its missing outputs and failed
	 * images (in the references' order), its outputs without reference, and its failed set values.
	 */
	@Override
	public List< Failure > failures()
	{
		return failures;
	}

	/** Images (slices of stack files count one each) of the algorithm with scores. */
	public int scored( final String algorithm )
	{
		return scored[ index( algorithm ) ];
	}

	/**
	 * The algorithm's failures: reference images it has no score for (its output is missing, could not be
	 * read or scored, or its reference failed; an unreadable file skipped on request is one of these), and
	 * its outputs without a reference, which are listed in {@link #failures()} and not scored.
	 */
	public int failed( final String algorithm )
	{
		return failed[ index( algorithm ) ];
	}

	/** Whether anything at all failed (including outputs without a reference). */
	public boolean hasFailures()
	{
		return !failures.isEmpty();
	}

	/** The set-level values of the algorithm, in the order of {@link #setMetrics()}; NaN where one could not be computed. */
	public double[] setValues( final String algorithm )
	{
		return setValues[ index( algorithm ) ].clone();
	}

	/** The per-image values (NaN rows for the images of {@link #failed(String)}), for aggregation and bootstrap. */
	public Evaluation evaluation()
	{
		return evaluation;
	}

	/** Summaries of the per-image metrics, in algorithm order. */
	public List< AlgorithmSummary > summaries()
	{
		return evaluation.summaries();
	}

	/** The plane of x against y: points, bootstrap intervals, frontier and distances. */
	@Override
	public PlaneModel plane()
	{
		return plane;
	}

	/** Notes on legal but unusual input (constant images), each once, in the order of the images. */
	@Override
	public List< String > warnings()
	{
		return warnings;
	}

	public Preparation preparation()
	{
		return preparation;
	}

	public MetricSettings settings()
	{
		return settings;
	}

	/** {@code algorithm,image,<per-image metric ids>}, one row per scored image. */
	public ResultTable perImageTable()
	{
		return Tables.perImage( planeMetrics(), rows, provenance );
	}

	/**
	 * One row per algorithm: {@code algorithm}, {@code n} (images scored), {@code failed}; per per-image
	 * metric its set value (column named by its id: RMSE from the mean MSE, PI from mean Ma and NIQE,
	 * else the mean), {@code _mean} and {@code _std}, and for the two axes the bootstrap interval
	 * {@code _ci_low}, {@code _ci_high} (where a bootstrap was asked for); the set-level metrics;
	 * {@code on_frontier} and {@code frontier_distance}.
	 */
	public ResultTable summaryTable()
	{
		return Tables.summary( "algorithm", new ArrayList<>( algorithms ), evaluation, scored, failed, setMetrics, setValues, plane,
				provenance );
	}

	/**
	 * The rows of {@link #summaryTable()} as a window shows them: the algorithm, the set values of the plane's
	 * axes, of the other metrics and of the set-level metrics, the frontier; then the counts, the spreads and the
	 * intervals; no {@code _mean} column that repeats a set value (only RMSE's and PI's differ from theirs).
	 */
	public ResultTable keySummaryTable()
	{
		return Tables.keyColumnsFirst( summaryTable(), evaluation, setMetrics, plane.xMetric().id(), plane.yMetric().id(), provenance );
	}

	private List< PlaneMetric > planeMetrics()
	{
		final List< PlaneMetric > metrics = new ArrayList<>();
		for ( final MetricDescriptor d : imageMetrics )
			metrics.add( PlaneMetric.of( d ) );
		return metrics;
	}

	private int index( final String algorithm )
	{
		final int a = algorithms.indexOf( algorithm );
		if ( a < 0 )
			throw new IllegalArgumentException( "no algorithm '" + algorithm + "'; the algorithms are " + algorithms );
		return a;
	}

	@Override
	public String toString()
	{
		return "evaluation of " + algorithms + " against " + reference + ": " + rows.size() + " images scored, " + failures.size()
				+ " failures, set values " + Arrays.deepToString( setValues );
	}
}
