package io.github.pdplane;

import java.util.Collections;
import java.util.List;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import io.github.pdplane.batch.PairScorer;
import io.github.pdplane.batch.ScoreRow;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.image.ImgLib2Images;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.metrics.MetricRegistry;
import io.github.pdplane.metrics.MetricSettings;

/**
 * The library's front door for scripts and other programs: one call per score, with the same checks
 * and numbers as the ImageJ commands and the command line.
 *
 * <pre>
 * double ssim = PdPlane.score( "ssim", referenceImg, restoredImg );          // ImgLib2, range from the type
 * double psnr = PdPlane.score( "psnr", ref, out, new Preparation( Convention.Y, 4, Double.NaN ),
 *         MetricSettings.defaults() );                                      // any ImageSource, PIRM convention
 * </pre>
 *
 * For a stack the result is the mean over slices; {@link #scoreSlices} gives each slice.
 */
public final class PdPlane
{
	private PdPlane()
	{}

	/** A full-reference metric by id ({@code rmse}, {@code psnr}, {@code ssim}, {@code ms-ssim}), default settings. */
	public static double score( final String metricId, final ImageSource reference, final ImageSource restored )
	{
		return score( metricId, reference, restored, Preparation.defaults(), MetricSettings.defaults() );
	}

	public static double score( final String metricId, final ImageSource reference, final ImageSource restored,
			final Preparation preparation, final MetricSettings settings )
	{
		final List< ScoreRow > rows = scoreSlices( metricId, reference, restored, preparation, settings );
		return rows.size() == 1 ? rows.get( 0 ).value( 0 ) : ScoreRow.mean( restored.name(), rows ).value( 0 );
	}

	/** One value per slice of {@code restored} (one value for a single image). */
	public static List< ScoreRow > scoreSlices( final String metricId, final ImageSource reference, final ImageSource restored,
			final Preparation preparation, final MetricSettings settings )
	{
		final PairScorer scorer = new PairScorer( Collections.singletonList( MetricRegistry.byId( metricId ) ), settings, preparation );
		return scorer.score( reference, restored, warning -> {} );
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
