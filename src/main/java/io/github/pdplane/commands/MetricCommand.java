package io.github.pdplane.commands;

import java.util.Collections;
import java.util.List;

import org.scijava.ItemIO;
import org.scijava.plugin.Parameter;

import ij.ImagePlus;

import io.github.pdplane.batch.ImageScorer;
import io.github.pdplane.batch.ImageScores;
import io.github.pdplane.batch.ScoreRow;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.imagej.ImagePlusSource;
import io.github.pdplane.metrics.MetricDescriptor;
import io.github.pdplane.metrics.MetricSettings;

/**
 * A command that scores one restored image or stack with one metric (full-reference or no-reference)
 * through {@link ImageScorer}: the value output, and the rows in the "PD Results" table, one per image
 * or slice (and the mean of a stack).
 */
public abstract class MetricCommand extends PdCommand
{
	@Parameter( type = ItemIO.OUTPUT, label = "Value", description = "The score; for a stack, the mean over its slices." )
	private double value = Double.NaN;

	/** What {@link #score} scored, for outputs beyond the value. */
	protected static final class Scored
	{
		/** The reference, or null for a no-reference metric. */
		public final ImagePlusSource reference;

		public final ImagePlusSource restored;

		public final Preparation preparation;

		/** The data range used. */
		public final double peak;

		Scored( final ImagePlusSource reference, final ImagePlusSource restored, final Preparation preparation, final double peak )
		{
			this.reference = reference;
			this.restored = restored;
			this.preparation = preparation;
			this.peak = peak;
		}
	}

	/**
	 * Scores {@code restored} (against {@code reference} for a full-reference metric), sets the value and
	 * records the rows.
	 *
	 * @param reference
	 *            null for a no-reference metric
	 * @param options
	 *            the options that change the metric's value, for the table ({@code "variant=paper"}); empty where none
	 */
	protected final Scored score( final MetricDescriptor metric, final MetricSettings settings, final ImagePlus reference,
			final ImagePlus restored, final String options )
	{
		final Preparation preparation = preparation();
		final ImageScorer scorer = new ImageScorer( Collections.singletonList( metric ), settings, preparation );
		final ImagePlusSource ref = reference == null ? null : new ImagePlusSource( reference );
		final ImagePlusSource out = new ImagePlusSource( restored );
		final double peak = scorer.check( ref, out );
		final ImageScores scores = scorer.score( ref, out, message -> log().warn( metric.displayName() + ": " + message ) );
		final List< ScoreRow > rows = scores.rows();
		value = scores.summary().value( 0 );
		PdResultsTable.record( new PdResultsTable.Scores( Collections.singletonList( metric ), ref == null ? "" : ref.name(), preparation, peak,
				options, rows ) );
		return new Scored( ref, out, preparation, peak );
	}

	@Override
	protected void failed()
	{
		value = Double.NaN;
	}
}
