package io.github.pdplane.batch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.metrics.FullReferenceMetric;
import io.github.pdplane.metrics.MetricDescriptor;
import io.github.pdplane.metrics.MetricKind;
import io.github.pdplane.metrics.MetricSettings;

/**
 * Scores a restored image or stack against its reference with a list of full-reference metrics:
 * the checks every front end needs (sizes, slice counts, channels, data ranges, minimum sizes), one
 * row per image or slice, and warnings for inputs that are legal but worth knowing about.
 * Immutable and thread-safe.
 */
public final class PairScorer
{
	private final List< MetricDescriptor > metrics;

	private final List< FullReferenceMetric > instances;

	private final Preparation preparation;

	public PairScorer( final List< MetricDescriptor > metrics, final MetricSettings settings, final Preparation preparation )
	{
		if ( metrics.isEmpty() )
			throw new PdPlaneException( "No metric given." );
		final List< FullReferenceMetric > built = new ArrayList<>();
		for ( final MetricDescriptor d : metrics )
		{
			if ( d.kind() != MetricKind.FULL_REFERENCE )
				throw new PdPlaneException( d.displayName() + " is not a full-reference metric." );
			built.add( ( FullReferenceMetric ) d.create( settings ) );
		}
		this.metrics = Collections.unmodifiableList( new ArrayList<>( metrics ) );
		this.instances = built;
		this.preparation = preparation;
	}

	public List< MetricDescriptor > metrics()
	{
		return metrics;
	}

	public Preparation preparation()
	{
		return preparation;
	}

	/**
	 * Checks a pair without reading pixels.
	 *
	 * @return the data range both images are scored with
	 * @throws PdPlaneException
	 *             naming the image and the rule it breaks
	 */
	public double check( final ImageSource reference, final ImageSource restored )
	{
		final String pair = "'" + restored.name() + "' and its reference '" + reference.name() + "'";
		if ( restored.width() != reference.width() || restored.height() != reference.height() )
			throw new PdPlaneException( "'" + restored.name() + "' is " + restored.width() + "x" + restored.height() + " but its reference '"
					+ reference.name() + "' is " + reference.width() + "x" + reference.height()
					+ ": full-reference metrics compare pixel by pixel, so the sizes must be equal." );
		if ( reference.slices() != 1 && reference.slices() != restored.slices() )
			throw new PdPlaneException( "'" + restored.name() + "' has " + restored.slices() + " slice(s) but its reference '" + reference.name()
					+ "' has " + reference.slices() + ": give a reference stack with as many slices, or one reference image for every slice." );
		if ( restored.channels() != reference.channels() )
			throw new PdPlaneException( "'" + ( restored.isRgb() ? restored.name() : reference.name() ) + "' is RGB but '"
					+ ( restored.isRgb() ? reference.name() : restored.name() )
					+ "' is grey: convert both to the same type (for example Image > Type > 8-bit) before comparing them." );
		final double peak = preparation.peak( reference );
		final double restoredPeak = preparation.peak( restored );
		if ( peak != restoredPeak )
			throw new PdPlaneException( pair + " have different bit depths (" + restored.sampleType().description() + " against "
					+ reference.sampleType().description() + "), so their data ranges differ (" + fmt( restoredPeak ) + " against "
					+ fmt( peak ) + "): convert them to one type, or give the data range explicitly." );
		preparation.checkShape( reference );
		preparation.checkShape( restored );
		final int w = preparation.preparedWidth( restored ), h = preparation.preparedHeight( restored );
		for ( final MetricDescriptor d : metrics )
			if ( w < d.minimumSize() || h < d.minimumSize() )
				throw new PdPlaneException( "'" + restored.name() + "' is " + w + "x" + h
						+ ( preparation.shave() > 0 ? " after a " + preparation.shave() + "-pixel shave" : "" ) + "; " + d.displayName()
						+ " needs at least " + d.minimumSize() + "x" + d.minimumSize() + " pixels (" + d.minimumSizeReason() + ")." );
		return peak;
	}

	/**
	 * One row per restored image, or per slice of a restored stack (a single reference image serves every
	 * slice). Neither source is modified.
	 *
	 * @param warnings
	 *            receives notes on legal but unusual input, such as constant images
	 */
	public List< ScoreRow > score( final ImageSource reference, final ImageSource restored, final Consumer< String > warnings )
	{
		final double peak = check( reference, restored );
		final List< ScoreRow > rows = new ArrayList<>();
		Plane[] ref = null;
		for ( int s = 0; s < restored.slices(); s++ )
		{
			if ( ref == null || reference.slices() > 1 )
			{
				ref = preparation.prepare( reference, reference.slices() > 1 ? s : 0 );
				warnIfConstant( reference.sliceName( reference.slices() > 1 ? s : 0 ), ref, warnings );
			}
			final Plane[] out = preparation.prepare( restored, s );
			warnIfConstant( restored.sliceName( s ), out, warnings );
			rows.add( new ScoreRow( restored.name(), restored.slices() > 1 ? s : ScoreRow.NO_SLICE, scorePrepared( ref, out, peak ) ) );
		}
		return rows;
	}

	/** The metrics on prepared planes, in the order of {@link #metrics()}. */
	public double[] scorePrepared( final Plane[] reference, final Plane[] restored, final double peak )
	{
		final double[] values = new double[ instances.size() ];
		for ( int m = 0; m < values.length; m++ )
			values[ m ] = instances.get( m ).score( reference, restored, peak );
		return values;
	}

	private static void warnIfConstant( final String name, final Plane[] planes, final Consumer< String > warnings )
	{
		for ( final Plane p : planes )
		{
			final double[] v = p.values();
			final double first = v[ 0 ];
			boolean constant = true;
			for ( int i = 1; i < v.length && constant; i++ )
				constant = v[ i ] == first;
			if ( !constant )
				return;
		}
		warnings.accept( "'" + name + "' is constant (every pixel " + fmt( planes[ 0 ].values()[ 0 ] )
				+ "): it has no structure, so SSIM and MS-SSIM reduce to their luminance and stabilising terms." );
	}

	private static String fmt( final double v )
	{
		return v == Math.rint( v ) ? Long.toString( ( long ) v ) : Double.toString( v );
	}
}
