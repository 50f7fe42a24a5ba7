package io.github.pdplane.score;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.image.ReadBuffers;
import io.github.pdplane.metrics.FullReferenceMetric;
import io.github.pdplane.metrics.Metric;
import io.github.pdplane.metrics.MetricKind;
import io.github.pdplane.metrics.NoReferenceMetric;
import io.github.pdplane.nr.BlockFeatureMetric;
import io.github.pdplane.nr.BlockFeatures;
import io.github.pdplane.nr.NiqeFeatures;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;
import io.github.pdplane.setlevel.SetDistances.FeatureSet;
import io.github.pdplane.setlevel.SetLevelMetric;

/**
 * The one scoring path of every front end: scores a restored image or stack with a list of metrics
 * of any kind, one {@link ScoreRow} per image or slice, after the checks that turn bad input into a
 * message naming the image and the rule (sizes, slice counts, channels, data ranges, minimum sizes
 * after the shave, constant images).
 * <ul>
 * <li><b>Full-reference</b> metrics compare with a reference (one image for every slice of a restored
 * stack, or a stack with as many slices); the reference is needed only when one of them is asked for.</li>
 * <li><b>No-reference</b> metrics (NIQE) score the restored image alone.</li>
 * <li><b>Set-level</b> metrics ({@code niqe-ref}, {@code nss-fd}) compare the whole restored set with a
 * reference set. Each call of {@link #score} also returns the NIQE block features of every slice
 * (computed once, and shared with NIQE's own score); the caller adds them to a {@link #featureSet} in
 * a fixed order, does the same for the reference set with {@link #setFeatures}, and calls
 * {@link #setRow} at the end.</li>
 * </ul>
 * One {@link Preparation} and one {@link MetricSettings} hold for the whole run. Immutable and
 * thread-safe: a batch may score its items on a thread pool with one scorer.
 */
public final class ImageScorer
{
	private final List< MetricDescriptor > metrics;

	/** The full-reference and no-reference metrics, in the order given: the columns of the rows. */
	private final List< MetricDescriptor > imageMetrics;

	private final List< MetricDescriptor > setMetrics;

	private final List< Metric > instances;

	private final List< SetLevelMetric > setInstances;

	private final MetricSettings settings;

	private final Preparation preparation;

	private final Map< String, String > provenance;

	/**
	 * @param metrics
	 *            metrics of any kind, in the order of the output; full-reference and no-reference ones
	 *            become the columns of the image rows, set-level ones those of {@link #setRow}
	 * @throws PdPlaneException
	 *             for an empty list
	 */
	public ImageScorer( final List< MetricDescriptor > metrics, final MetricSettings settings, final Preparation preparation )
	{
		if ( metrics.isEmpty() )
			throw new PdPlaneException( "No metric given." );
		final List< MetricDescriptor > image = new ArrayList<>(), set = new ArrayList<>();
		final List< Metric > built = new ArrayList<>();
		final List< SetLevelMetric > builtSet = new ArrayList<>();
		for ( final MetricDescriptor d : metrics )
		{
			if ( d.kind() == MetricKind.SET_LEVEL )
			{
				set.add( d );
				builtSet.add( ( SetLevelMetric ) d.create( settings ) );
			}
			else
			{
				image.add( d );
				built.add( d.create( settings ) );
			}
		}
		this.metrics = Collections.unmodifiableList( new ArrayList<>( metrics ) );
		this.imageMetrics = Collections.unmodifiableList( image );
		this.setMetrics = Collections.unmodifiableList( set );
		this.instances = Collections.unmodifiableList( built );
		this.setInstances = Collections.unmodifiableList( builtSet );
		this.settings = settings;
		this.preparation = preparation;
		this.provenance = Collections.unmodifiableMap( MetricRegistry.provenance( metrics, settings ) );
	}

	/**
	 * The columns that results add to name what metrics were computed with ({@code vgg22_weights}: the
	 * VGG19 weights), column to text; empty where no metric needs one.
	 */
	public Map< String, String > provenance()
	{
		return provenance;
	}

	/** Every metric, in the order given. */
	public List< MetricDescriptor > metrics()
	{
		return metrics;
	}

	/** The full-reference and no-reference metrics, in the order of {@link ScoreRow#values()} of image rows. */
	public List< MetricDescriptor > imageMetrics()
	{
		return imageMetrics;
	}

	/** The set-level metrics, in the order of the values of {@link #setRow}. */
	public List< MetricDescriptor > setMetrics()
	{
		return setMetrics;
	}

	public MetricSettings settings()
	{
		return settings;
	}

	public Preparation preparation()
	{
		return preparation;
	}

	/** Whether some metric is full-reference, so that every restored image needs its reference. */
	public boolean needsReference()
	{
		return !ofKind( MetricKind.FULL_REFERENCE ).isEmpty();
	}

	/** Whether some metric is set-level, so that the run needs a reference set. */
	public boolean needsReferenceSet()
	{
		return !setMetrics.isEmpty();
	}

	/** The metrics of one kind, in the order given. */
	public List< MetricDescriptor > ofKind( final MetricKind kind )
	{
		return metrics.stream().filter( d -> d.kind() == kind ).collect( Collectors.toList() );
	}

	/**
	 * Checks a restored image (and its reference, where a full-reference metric needs it) without
	 * reading pixels.
	 *
	 * @param reference
	 *            the reference, or {@code null} where no full-reference metric is asked for; ignored then
	 * @return the data range the restored image is scored with
	 * @throws PdPlaneException
	 *             naming the image and the rule it breaks
	 */
	public double check( final ImageSource reference, final ImageSource restored )
	{
		final double peak = needsReference() ? checkPair( reference, restored ) : preparation.peak( restored );
		checkAlone( restored, metrics );
		return peak;
	}

	private double checkPair( final ImageSource reference, final ImageSource restored )
	{
		if ( reference == null )
		{
			final List< MetricDescriptor > fullReference = ofKind( MetricKind.FULL_REFERENCE );
			throw new PdPlaneException( "'" + restored.name() + "' has no reference image, but " + names( fullReference )
					+ ( fullReference.size() == 1 ? " compares with one (a full-reference metric)" : " compare with one (full-reference metrics)" )
					+ ": give its reference, or choose only metrics that need none (" + names( MetricRegistry.ofKind( MetricKind.NO_REFERENCE ) )
					+ ")." );
		}
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
					+ reference.sampleType().description() + "), so their data ranges differ (" + format( restoredPeak ) + " against "
					+ format( peak ) + "): convert them to one type, or give the data range explicitly." );
		preparation.checkShape( reference );
		return peak;
	}

	/** The checks of one image against {@code which} metrics: shave, convention, channels, minimum sizes. */
	private void checkAlone( final ImageSource image, final List< MetricDescriptor > which )
	{
		preparation.checkShape( image );
		final boolean pooled = which.stream().anyMatch( d -> d.kind() == MetricKind.SET_LEVEL );
		if ( pooled && preparation.channelsOf( image ) > 1 )
			throw new PdPlaneException( "'" + image.name() + "' is RGB, and convention " + preparation.convention().id()
					+ " scores its channels one by one, but the set distances (" + names( setMetrics )
					+ ") pool one plane per image: use convention gray or y for them." );
		final int w = preparation.preparedWidth( image ), h = preparation.preparedHeight( image );
		for ( final MetricDescriptor d : which )
		{
			final int minimum = d.minimumSize( settings );
			if ( w < minimum || h < minimum )
				throw new PdPlaneException( "'" + image.name() + "' is " + w + "x" + h
						+ ( preparation.shave() > 0 ? " after a " + preparation.shave() + "-pixel shave" : "" ) + "; " + d.displayName()
						+ " needs at least " + minimum + "x" + minimum + " pixels (" + d.minimumSizeReason( settings ) + ")." );
		}
	}

	/**
	 * One row per restored image, or per slice of a restored stack, with the values of
	 * {@link #imageMetrics()}; where set-level metrics are asked for, also the NIQE block features of
	 * every slice. Neither source is modified.
	 *
	 * @param reference
	 *            the reference (a single image serves every slice), or {@code null} where no
	 *            full-reference metric is asked for
	 * @param warnings
	 *            receives notes on legal but unusual input, such as constant images
	 * @throws PdPlaneException
	 *             naming the image and the rule, where it cannot be scored
	 */
	public ImageScores score( final ImageSource reference, final ImageSource restored, final Consumer< String > warnings )
	{
		return score( reference, restored, warnings, new Workspace() );
	}

	/**
	 * The arrays one thread reads images into, reused from call to call (see {@link ReadBuffers}): the
	 * reference and the restored image each have their own, since both are open at once. A batch
	 * worker keeps one for its whole run; it must not be shared between threads.
	 */
	public static final class Workspace
	{
		final ReadBuffers reference = new ReadBuffers();

		final ReadBuffers restored = new ReadBuffers();
	}

	/** {@link #score(ImageSource, ImageSource, Consumer)} that reads the images into {@code workspace}'s arrays. */
	public ImageScores score( final ImageSource reference, final ImageSource restored, final Consumer< String > warnings,
			final Workspace workspace )
	{
		final double peak = check( reference, restored );
		final boolean paired = needsReference();
		final List< ScoreRow > rows = new ArrayList<>();
		final List< BlockFeatures > features = new ArrayList<>();
		Plane[] ref = null;
		for ( int s = 0; s < restored.slices(); s++ )
		{
			if ( paired && ( ref == null || reference.slices() > 1 ) )
			{
				final int r = reference.slices() > 1 ? s : 0;
				ref = preparation.prepare( reference, r, workspace.reference );
				reportOutsideRange( reference.sliceName( r ), ref, peak, warnings );
				if ( isConstant( ref ) )
					warnings.accept( constantForFullReference( reference.sliceName( r ), ref, true ) );
			}
			final String name = restored.sliceName( s );
			final Plane[] out = preparation.prepare( restored, s, workspace.restored );
			reportOutsideRange( name, out, peak, warnings );
			if ( isConstant( out ) )
				constant( name, out, warnings );
			final BlockFeatures[] shared = setMetrics.isEmpty() ? null : new BlockFeatures[] { features( name, out, peak ) };
			final double[] values = new double[ instances.size() ];
			final String referenceName = paired ? reference.sliceName( reference.slices() > 1 ? s : 0 ) : null;
			for ( int m = 0; m < values.length; m++ )
			{
				try
				{
					values[ m ] = scoreOne( instances.get( m ), name, referenceName, ref, out, peak, shared );
				}
				catch ( final PdPlaneException e )
				{
					throw withRangeFarAbove( name, out, peak, e );
				}
			}
			rows.add( new ScoreRow( restored.name(), restored.slices() > 1 ? s : ScoreRow.NO_SLICE, values ) );
			if ( shared != null )
				features.add( shared[ 0 ] );
		}
		return new ImageScores( rows, features );
	}

	private static double scoreOne( final Metric metric, final String name, final String referenceName, final Plane[] reference,
			final Plane[] restored, final double peak, final BlockFeatures[] shared )
	{
		if ( metric instanceof FullReferenceMetric )
		{
			try
			{
				return ( ( FullReferenceMetric ) metric ).score( reference, restored, peak );
			}
			catch ( final PdPlaneException e )
			{
				// a full-reference metric knows planes, not names: the refusal gets the pair's names here
				throw new PdPlaneException( "'" + name + "' against its reference '" + referenceName + "': " + e.getMessage(), e );
			}
		}
		if ( shared != null && metric instanceof BlockFeatureMetric && ( ( BlockFeatureMetric ) metric ).blockSize() == shared[ 0 ].blockSize() )
			return ( ( BlockFeatureMetric ) metric ).score( shared );
		return ( ( NoReferenceMetric ) metric ).score( name, restored, peak );
	}

	/**
	 * The NIQE block features of every slice of one image of a reference set, for
	 * {@link #featureSet}. The image is checked as a restored one would be for the set-level metrics.
	 *
	 * @throws PdPlaneException
	 *             naming the image and the rule, where it cannot join the set
	 */
	public List< BlockFeatures > setFeatures( final ImageSource image, final Consumer< String > warnings )
	{
		return setFeatures( image, warnings, new Workspace() );
	}

	/** {@link #setFeatures(ImageSource, Consumer)} that reads the image into {@code workspace}'s arrays. */
	public List< BlockFeatures > setFeatures( final ImageSource image, final Consumer< String > warnings, final Workspace workspace )
	{
		if ( setMetrics.isEmpty() )
			throw new IllegalStateException( "no set-level metric asked for" );
		final double peak = preparation.peak( image );
		checkAlone( image, setMetrics );
		final List< BlockFeatures > features = new ArrayList<>();
		for ( int s = 0; s < image.slices(); s++ )
		{
			final Plane[] planes = preparation.prepare( image, s, workspace.reference );
			if ( isConstant( planes ) )
				warnings.accept( constantInSet( image.sliceName( s ), planes ) );
			features.add( features( image.sliceName( s ), planes, peak ) );
		}
		return features;
	}

	private BlockFeatures features( final String name, final Plane[] planes, final double peak )
	{
		return NiqeFeatures.compute( name, planes[ 0 ], peak, settings.niqeBlockSize() );
	}

	/**
	 * An empty set of features with the block size of this run, named for messages
	 * ({@code "reference set"}).
	 */
	public FeatureSet featureSet( final String name )
	{
		return new FeatureSet( name, settings.niqeBlockSize() );
	}

	/**
	 * The row of the set-level metrics: their values, in the order of {@link #setMetrics()}, for the
	 * whole restored set against the reference set.
	 *
	 * @param label
	 *            the row's name ({@code "bicubic"}, the algorithm or folder)
	 * @throws PdPlaneException
	 *             naming the set that has too few blocks with structure
	 */
	public ScoreRow setRow( final String label, final FeatureSet reference, final FeatureSet restored )
	{
		final double[] values = new double[ setInstances.size() ];
		for ( int m = 0; m < values.length; m++ )
			values[ m ] = setInstances.get( m ).between( reference, restored );
		return new ScoreRow( label, ScoreRow.NO_SLICE, values );
	}

	// ---- values the data range does not cover

	/**
	 * Values below 0 or above the data range make every metric's constants wrong (SSIM's C1 and C2, PSNR's
	 * peak, the 0..255 that NIQE maps to) without any error: an 8-bit image with data range 1 gave a plausible
	 * SSIM. They are scored, and reported.
	 */
	private static void reportOutsideRange( final String name, final Plane[] planes, final double peak, final Consumer< String > warnings )
	{
		double low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY;
		for ( final Plane p : planes )
			for ( final double v : p.values() )
			{
				low = Math.min( low, v );
				high = Math.max( high, v );
			}
		if ( low < 0 || high > peak )
			warnings.accept( "'" + name + "' has values from " + format( low ) + " to " + format( high ) + ", outside its data range 0.."
					+ format( peak ) + ": the metrics' constants assume that range, so the scores are not comparable with others; give the"
					+ " data range the values were made for." );
	}

	/**
	 * A refusal of an image whose values all lie below one level of 255 of its data range (an 8-bit image
	 * given a data range of a million): on the 8-bit scale the no-reference metrics map to, it is flat, and
	 * "is flat" alone sent users looking at the image instead of at the data range. Other refusals pass.
	 */
	private static PdPlaneException withRangeFarAbove( final String name, final Plane[] planes, final double peak, final PdPlaneException e )
	{
		double high = 0;
		for ( final Plane p : planes )
			for ( final double v : p.values() )
				high = Math.max( high, Math.abs( v ) );
		if ( high * EIGHT_BIT_LEVELS >= peak )
			return e;
		return new PdPlaneException( "'" + name + "': the data range " + format( peak ) + " is far above the image's values (at most "
				+ format( high ) + ", less than 1/" + ( int ) EIGHT_BIT_LEVELS + " of it), so on the 8-bit scale the metrics map the data range to"
				+ " the image is flat; give the data range the values were made for. (" + e.getMessage() + ")", e );
	}

	/** The levels of the 8-bit scale the no-reference metrics map the data range to. */
	private static final double EIGHT_BIT_LEVELS = 255;

	// ---- constant images

	private static boolean isConstant( final Plane[] planes )
	{
		for ( final Plane p : planes )
		{
			final double[] v = p.values();
			final double first = v[ 0 ];
			for ( int i = 1; i < v.length; i++ )
				if ( v[ i ] != first )
					return false;
		}
		return true;
	}

	/**
	 * A constant restored image: most no-reference metrics cannot score it (a refusal); PIQE scores it 100,
	 * and for it and the others it is worth a warning.
	 */
	private void constant( final String name, final Plane[] planes, final Consumer< String > warnings )
	{
		final List< MetricDescriptor > undefined = new ArrayList<>(), defined = new ArrayList<>();
		for ( int m = 0; m < instances.size(); m++ )
			if ( instances.get( m ) instanceof NoReferenceMetric )
				( ( ( NoReferenceMetric ) instances.get( m ) ).scoresConstantImages() ? defined : undefined ).add( imageMetrics.get( m ) );
		if ( !undefined.isEmpty() )
			throw new PdPlaneException( "'" + name + "' is constant (every pixel " + format( planes[ 0 ].values()[ 0 ] ) + "): "
					+ names( undefined ) + " cannot score it, since none of its blocks has structure (its natural-scene statistics are undefined)." );
		if ( !defined.isEmpty() )
			warnings.accept( "'" + name + "' is constant (every pixel " + format( planes[ 0 ].values()[ 0 ] ) + "): " + names( defined )
					+ " scores it as the worst quality, since none of its blocks is active." );
		if ( needsReference() )
			warnings.accept( constantForFullReference( name, planes, false ) );
		if ( !setMetrics.isEmpty() )
			warnings.accept( constantInSet( name, planes ) );
	}

	private static String constantForFullReference( final String name, final Plane[] planes, final boolean isReference )
	{
		return "'" + name + "' is constant (every pixel " + format( planes[ 0 ].values()[ 0 ] )
				+ "): it has no structure, so SSIM and MS-SSIM reduce to their luminance and stabilising terms, and VIF, VIFp and IFC "
				+ ( isReference ? "cannot compare with it (a constant reference has no information to keep)."
						: "are 0 (it keeps none of its reference's information)." );
	}

	private String constantInSet( final String name, final Plane[] planes )
	{
		return "'" + name + "' is constant (every pixel " + format( planes[ 0 ].values()[ 0 ] )
				+ "): its blocks have no structure and add nothing to " + names( setMetrics ) + ".";
	}

	private static String names( final List< MetricDescriptor > metrics )
	{
		return metrics.stream().map( MetricDescriptor::displayName ).collect( Collectors.joining( ", " ) );
	}

	private static String format( final double v )
	{
		// beyond 2^53 a whole number is printed as a double: a cast to long would clip 1e300 to 9223372036854775807
		return v == Math.rint( v ) && Math.abs( v ) < 0x1p53 ? Long.toString( ( long ) v ) : Double.toString( v );
	}
}
