package io.github.pdplane.batch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.github.pdplane.plane.Evaluation;
import io.github.pdplane.plane.PlaneModel;
import io.github.pdplane.plane.Sweep;
import io.github.pdplane.plane.SweepCurve;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.score.ImageScorer;
import io.github.pdplane.score.ScoreRow;
import io.github.pdplane.table.ResultTable;

/**
 * What a {@link SweepJob} found: the blends evaluated like algorithms (named {@code "alpha=0.3"}), the
 * curve through their set values, and the plane with the two outputs and the curve. Immutable.
 */
public final class SweepResult implements PlaneResult
{
	private final String low;

	private final String high;

	private final double[] alphas;

	private final List< MetricDescriptor > setMetrics;

	/** The columns naming what metrics were computed with (VGG2,2's weights). */
	private final Map< String, String > provenance;

	private final PlaneRun.Assembled assembled;

	/** Per alpha, the images that failed and the outputs without a reference. */
	private final int[] failed;

	private final SweepCurve curve;

	private final PlaneModel plane;

	SweepResult( final String low, final String high, final double[] alphas, final ImageScorer scorer, final PlaneRun.Assembled assembled,
			final SweepCurve curve, final PlaneModel plane )
	{
		this.low = low;
		this.high = high;
		this.alphas = alphas.clone();
		this.setMetrics = scorer.setMetrics();
		this.provenance = scorer.provenance();
		this.assembled = assembled;
		this.failed = withOutputsWithoutReference( assembled.failed, assembled.failures );
		this.curve = curve;
		this.plane = plane;
	}

	public String low()
	{
		return low;
	}

	public String high()
	{
		return high;
	}

	public double[] alphas()
	{
		return alphas.clone();
	}

	/** The blends as algorithms ({@link Sweep#algorithmName(double)}), per image. */
	public Evaluation blends()
	{
		return assembled.evaluation;
	}

	public SweepCurve curve()
	{
		return curve;
	}

	/** The two outputs as points (intervals, frontier of the two) with the sweep's curve. */
	@Override
	public PlaneModel plane()
	{
		return plane;
	}

	/** Every scored blend of every image, alpha by alpha. */
	@Override
	public List< ScoreRow > rows()
	{
		return Collections.unmodifiableList( assembled.rows );
	}

	/** Every problem, each once even where it affects every alpha. */
	@Override
	public List< Failure > failures()
	{
		return Collections.unmodifiableList( assembled.failures );
	}

	@Override
	public List< String > warnings()
	{
		return Collections.unmodifiableList( assembled.warnings );
	}

	/** Images scored at the {@code k}-th alpha. */
	public int scored( final int k )
	{
		return assembled.scored[ k ];
	}

	/** Reference images without a blend at the {@code k}-th alpha. */
	public int failed( final int k )
	{
		return failed[ k ];
	}

	/**
	 * The failed counts with the outputs without a reference added at every alpha, as an evaluation adds them to
	 * their algorithm's: each blend is made of both outputs, and a count without them read as a clean run.
	 */
	private static int[] withOutputsWithoutReference( final int[] failed, final List< Failure > failures )
	{
		final long withoutReference = failures.stream().filter( f -> f.kind() == Failure.Kind.NO_REFERENCE ).count();
		final int[] counted = failed.clone();
		for ( int k = 0; k < counted.length; k++ )
			counted[ k ] += ( int ) withoutReference;
		return counted;
	}

	/**
	 * {@code sweep.csv}: one row per alpha, the columns of {@link EvaluationResult#summaryTable()} with
	 * {@code alpha} (a number) in place of the algorithm and without the frontier and interval columns.
	 */
	public ResultTable table()
	{
		final List< Object > first = new ArrayList<>();
		for ( final double a : alphas )
			first.add( a );
		return Tables.summary( "alpha", first, assembled.evaluation, assembled.scored, failed, setMetrics, assembled.setValues,
				null, provenance );
	}

	/** The rows of {@link #table()} as a window shows them, in the order of {@link EvaluationResult#keySummaryTable()}. */
	public ResultTable keyTable()
	{
		return Tables.keyColumnsFirst( table(), assembled.evaluation, setMetrics, plane.xMetric().id(), plane.yMetric().id(), provenance );
	}
}
