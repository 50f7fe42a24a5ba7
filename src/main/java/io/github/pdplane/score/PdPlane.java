package io.github.pdplane.score;

import java.util.Collections;
import java.util.List;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.image.ImgLib2Images;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.metrics.MetricKind;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;

/**
 * The library's front door for scripts and other programs: one call per score, with the same checks
 * and numbers as the ImageJ commands and the command line.
 *
 * <pre>
 * double ssim = PdPlane.score( "ssim", referenceImg, restoredImg );          // ImgLib2, range from the type
 * double psnr = PdPlane.score( "psnr", ref, out, new Preparation( Convention.Y, 4, Double.NaN ),
 *         MetricSettings.defaults() );                                      // any ImageSource, PIRM convention
 * double niqe = PdPlane.score( "niqe", null, out, Preparation.defaults(),
 *         MetricSettings.defaults().withNiqeModel( NiqeModel.load( path ) ) ); // no reference, the user's model
 * </pre>
 *
 * For a stack the result is the mean over slices; {@link #scoreSlices} gives each slice.
 */
public final class PdPlane
{
	private PdPlane()
	{}

	/**
	 * A full-reference metric by id ({@code rmse}, {@code psnr}, {@code ssim}, {@code ms-ssim}, {@code vif}, {@code vifp},
	 * {@code ifc}), default settings.
	 */
	public static double score( final String metricId, final ImageSource reference, final ImageSource restored )
	{
		return score( metricId, reference, restored, Preparation.defaults(), MetricSettings.defaults() );
	}

	/** A no-reference metric by id ({@code niqe}) with default settings. */
	public static double score( final String metricId, final ImageSource restored )
	{
		return score( metricId, null, restored, Preparation.defaults(), MetricSettings.defaults() );
	}

	/**
	 * @param reference
	 *            the reference; {@code null} for a no-reference metric
	 */
	public static double score( final String metricId, final ImageSource reference, final ImageSource restored,
			final Preparation preparation, final MetricSettings settings )
	{
		final List< ScoreRow > rows = scoreSlices( metricId, reference, restored, preparation, settings );
		return rows.size() == 1 ? rows.get( 0 ).value( 0 ) : ScoreRow.mean( restored.name(), rows ).value( 0 );
	}

	/** One value per slice of {@code restored} (one value for a single image); {@code reference} may be {@code null} for a no-reference metric. */
	public static List< ScoreRow > scoreSlices( final String metricId, final ImageSource reference, final ImageSource restored,
			final Preparation preparation, final MetricSettings settings )
	{
		final MetricDescriptor metric = MetricRegistry.byId( metricId );
		if ( metric.kind() == MetricKind.SET_LEVEL )
			throw new PdPlaneException( metric.displayName() + " compares a set of restored images with a set of references, not one image:"
					+ " score sets with io.github.pdplane.score.ImageScorer (setFeatures, featureSet, setRow)." );
		final ImageScorer scorer = new ImageScorer( Collections.singletonList( metric ), settings, preparation );
		return scorer.score( reference, restored, warning -> {} ).rows();
	}

	/**
	 * ImgLib2 images (2-D, or 3-D stacks along the third dimension); unsigned 8- and 16-bit types take their
	 * natural range, other types need {@link #score(String, RandomAccessibleInterval, RandomAccessibleInterval, double)}.
	 */
	public static < T extends RealType< T >, U extends RealType< U > > double score( final String metricId,
			final RandomAccessibleInterval< T > reference, final RandomAccessibleInterval< U > restored )
	{
		return score( metricId, ImgLib2Images.wrap( "reference", reference ), ImgLib2Images.wrap( "restored", restored ) );
	}

	/** ImgLib2 images with an explicit data range (for float data, e.g. 1 for values in 0..1). */
	public static < T extends RealType< T >, U extends RealType< U > > double score( final String metricId,
			final RandomAccessibleInterval< T > reference, final RandomAccessibleInterval< U > restored, final double dataRange )
	{
		return score( metricId, ImgLib2Images.wrap( "reference", reference ), ImgLib2Images.wrap( "restored", restored ),
				new Preparation( Preparation.defaults().convention(), 0, dataRange ), MetricSettings.defaults() );
	}
}
