package io.github.pdplane.commands;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.scijava.ItemIO;
import org.scijava.plugin.Parameter;

import ij.ImagePlus;

import io.github.pdplane.image.Preparation;
import io.github.pdplane.io.imagej.ImagePlusSource;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricSettings;
import io.github.pdplane.score.ImageScorer;
import io.github.pdplane.score.ScoreRow;

/**
 * A command that scores one restored image or stack with a metric (full-reference or no-reference)
 * through {@link ImageScorer}: the value output, and the rows in the "PD Results" table, one per image
 * or slice (and the mean of a stack).
 */
public abstract class MetricCommand extends PdCommand
{
	/** The description of every metric command's restored image. */
	static final String RESTORED_DESCRIPTION = "The image (or stack) to score; stacks get one row per slice and a mean.";

	@Parameter( type = ItemIO.OUTPUT, label = "Value", description = "The score; for a stack, the mean over its slices." )
	private double value = Double.NaN;

	/** Parameters with the defaults of {@link Preparation#defaults()}. */
	protected MetricCommand()
	{}

	/** Parameters with the given defaults (see {@link PdCommand#PdCommand(Preparation)}). */
	protected MetricCommand( final Preparation defaults )
	{
		super( defaults );
	}

	/** What {@link #score} scored, for outputs beyond the value. */
	protected static final class Scored
	{
		/** The reference, or null for a no-reference metric. */
		public final ImagePlusSource reference;

		public final ImagePlusSource restored;

		public final Preparation preparation;

		/** The data range used. */
		public final double peak;

		/** One row per image or slice, with the values of the metrics scored, in their order. */
		public final List< ScoreRow > rows;

		Scored( final ImagePlusSource reference, final ImagePlusSource restored, final Preparation preparation, final double peak,
				final List< ScoreRow > rows )
		{
			this.reference = reference;
			this.restored = restored;
			this.preparation = preparation;
			this.peak = peak;
			this.rows = rows;
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
		final List< MetricDescriptor > metrics = Collections.singletonList( metric );
		final Scored scored = scoreRows( metrics, settings, reference, restored );
		record( metrics, scored.rows, 0, scored, options );
		return scored;
	}

	/**
	 * Scores {@code restored} with {@code metrics}, after the checks of {@link ImageScorer}, without
	 * recording anything: for commands whose table rows hold more than the metrics' values.
	 *
	 * @param reference
	 *            null where all metrics are no-reference
	 */
	protected final Scored scoreRows( final List< MetricDescriptor > metrics, final MetricSettings settings, final ImagePlus reference,
			final ImagePlus restored )
	{
		final Preparation preparation = preparation();
		final ImageScorer scorer = new ImageScorer( metrics, settings, preparation );
		final ImagePlusSource ref = reference == null ? null : new ImagePlusSource( reference );
		final ImagePlusSource out = new ImagePlusSource( restored );
		final double peak = scorer.check( ref, out );
		final String names = metrics.stream().map( MetricDescriptor::displayName ).collect( Collectors.joining( ", " ) );
		final List< ScoreRow > rows = scorer.score( ref, out, message -> log().warn( names + ": " + message ) ).rows();
		return new Scored( ref, out, preparation, peak, rows );
	}

	/**
	 * Appends {@code rows} to the "PD Results" table and sets the value output to one of their columns,
	 * of the image's row or the mean of a stack's.
	 *
	 * @param columns
	 *            the metrics whose values the rows hold, in their order
	 * @param valueColumn
	 *            the index in {@code columns} of the value output
	 * @param scored
	 *            what the rows were scored from (for the reference, the convention, the shave and the data range)
	 * @return the row of the image, or the mean of the stack's rows
	 */
	protected final ScoreRow record( final List< MetricDescriptor > columns, final List< ScoreRow > rows, final int valueColumn,
			final Scored scored, final String options )
	{
		PdResultsTable.record( new PdResultsTable.Scores( columns, scored.reference == null ? "" : scored.reference.name(), scored.preparation,
				scored.peak, options, rows ) );
		final ScoreRow summary = rows.size() == 1 ? rows.get( 0 ) : ScoreRow.mean( rows.get( 0 ).image(), rows );
		value = summary.value( valueColumn );
		return summary;
	}

	@Override
	protected void failed()
	{
		value = Double.NaN;
	}
}
