package io.github.pdplane.commands;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.scijava.log.LogService;

import ij.ImagePlus;

import io.github.pdplane.image.Preparation;
import io.github.pdplane.io.imagej.ImagePlusSource;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricSettings;
import io.github.pdplane.score.ImageScorer;
import io.github.pdplane.score.ScoreRow;

/**
 * How a metric command scores open images and records them: through {@link ImageScorer} (the one
 * scoring path, with its checks of sizes, slices and data ranges), its warnings in SciJava's log, and the
 * rows appended to the "PD Results" table ({@link PdResultsTable}), one per image or slice and the mean of
 * a stack.
 */
final class ResultsRecorder
{
	/** What one restored image or stack scored to, for the table and for outputs beyond the value. */
	static final class Scored
	{
		/** The reference, or null for a no-reference metric. */
		final ImagePlusSource reference;

		final ImagePlusSource restored;

		final Preparation preparation;

		/** The data range used. */
		final double peak;

		/** One row per image or slice, with the values of the metrics scored, in their order. */
		final List< ScoreRow > rows;

		private Scored( final ImagePlusSource reference, final ImagePlusSource restored, final Preparation preparation, final double peak,
				final List< ScoreRow > rows )
		{
			this.reference = reference;
			this.restored = restored;
			this.preparation = preparation;
			this.peak = peak;
			this.rows = rows;
		}

		/** The row of the image, or the mean of the stack's rows: a command's value. */
		ScoreRow summary()
		{
			return summaryOf( rows );
		}
	}

	private final LogService log;

	/**
	 * @param log
	 *            where the scorer's warnings go (a constant image), after the metrics' names
	 */
	ResultsRecorder( final LogService log )
	{
		this.log = log;
	}

	/**
	 * Scores {@code restored} (against {@code reference} for a full-reference metric) with one metric and
	 * appends its rows to "PD Results".
	 *
	 * @param reference
	 *            null for a no-reference metric
	 * @param options
	 *            the options that change the metric's value, for the table ({@code "variant=paper"}); empty where none
	 */
	Scored scoreAndRecord( final ImagePlus reference, final ImagePlus restored, final MetricDescriptor metric, final MetricSettings settings,
			final Preparation preparation, final String options )
	{
		final List< MetricDescriptor > metrics = Collections.singletonList( metric );
		final Scored scored = score( reference, restored, metrics, settings, preparation );
		record( metrics, scored, scored.rows, options );
		return scored;
	}

	/**
	 * Scores {@code restored} with {@code metrics} without recording anything: for commands whose rows
	 * hold more than the metrics' values.
	 *
	 * @param reference
	 *            null where all metrics are no-reference
	 */
	Scored score( final ImagePlus reference, final ImagePlus restored, final List< MetricDescriptor > metrics, final MetricSettings settings,
			final Preparation preparation )
	{
		final ImageScorer scorer = new ImageScorer( metrics, settings, preparation );
		final ImagePlusSource ref = reference == null ? null : new ImagePlusSource( reference );
		final ImagePlusSource out = new ImagePlusSource( restored );
		final double peak = scorer.check( ref, out );
		final String names = metrics.stream().map( MetricDescriptor::displayName ).collect( Collectors.joining( ", " ) );
		final List< ScoreRow > rows = scorer.score( ref, out, message -> log.warn( names + ": " + message ) ).rows();
		return new Scored( ref, out, preparation, peak, rows );
	}

	/**
	 * Appends {@code rows}, scored from {@code scored}, to "PD Results".
	 *
	 * @param columns
	 *            the metrics whose values the rows hold, in their order
	 * @return the row of the image, or the mean of the stack's rows
	 */
	static ScoreRow record( final List< MetricDescriptor > columns, final Scored scored, final List< ScoreRow > rows, final String options )
	{
		PdResultsTable.record( new PdResultsTable.Scores( columns, scored.reference == null ? "" : scored.reference.name(), scored.preparation,
				scored.peak, options, rows ) );
		return summaryOf( rows );
	}

	private static ScoreRow summaryOf( final List< ScoreRow > rows )
	{
		return rows.size() == 1 ? rows.get( 0 ) : ScoreRow.mean( rows.get( 0 ).image(), rows );
	}
}
