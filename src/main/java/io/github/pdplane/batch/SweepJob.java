package io.github.pdplane.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.io.ImageFileReader;
import io.github.pdplane.plane.Evaluation;
import io.github.pdplane.plane.PlaneMetric;
import io.github.pdplane.plane.PlaneModel;
import io.github.pdplane.plane.Sweep;
import io.github.pdplane.plane.SweepCurve;
import io.github.pdplane.registry.MetricDescriptor;

/**
 * The trade-off sweep: given a low-distortion and a high-perception output of the same images, scores
 * the pixel-wise blends {@code (1 - alpha) * low + alpha * high} at alpha = 0, 1/steps, ..., 1
 * ({@link BlendedImage}: integer images are rounded, as saving the blend would) and draws them as a
 * curve on the plane beside the two outputs, showing how close simple interpolation comes to the
 * frontier. Pairing, threads, failures, progress and cancel work as in {@link EvaluationJob}; each
 * task reads a reference image and its two outputs once for all blends.
 *
 * <pre>
 * SweepJob job = SweepJob.builder( reader ).reference( ImageSet.folder( hr ) )
 *         .low( ImageSet.folder( edsr ) ).high( ImageSet.folder( esrgan ) ).steps( 10 ).build();
 * if ( !job.process() ) { error( job.getErrorMessage() ); return; }
 * SweepResult result = job.result();   // result.table(), result.plane(), result.curve()
 * </pre>
 */
public final class SweepJob extends PlaneJob< SweepResult >
{
	private final ImageSet low;

	private final ImageSet high;

	private final double[] alphas;

	private SweepJob( final Builder b, final MetricDescriptor y, final List< String > warnings )
	{
		super( b, y, warnings );
		low = b.low;
		high = b.high;
		alphas = Sweep.alphas( b.steps );
	}

	public static Builder builder( final ImageFileReader reader )
	{
		return new Builder( reader );
	}

	/** 0, 1/steps, ..., 1. */
	public double[] alphas()
	{
		return alphas.clone();
	}

	@Override
	void check()
	{
		if ( reference == null || low == null || high == null )
			throw new PdPlaneException( "A sweep needs the reference images, a low-distortion output and a high-perception output of them." );
		pair( Arrays.asList( low, high ) );
	}

	@Override
	boolean run()
	{
		final PlaneRun.Assembled a = score( new Blends() );
		if ( a == null )
			return false;
		final SweepCurve curve = Sweep.curve( low.name() + " \u2192 " + high.name(), a.evaluation, metrics.x().id(), metrics.y().id(),
				alphas );
		final Evaluation ends = endpoints( a.evaluation );
		final PlaneModel plane = PlaneModel.of( ends, metrics.x().id(), metrics.y().id(), bootstrap ).withSweep( curve );
		result = new SweepResult( low.name(), high.name(), alphas, scorer, a, curve, plane );
		return true;
	}

	/** The two outputs as algorithms: the blends at alpha = 0 and 1, which are those outputs exactly. */
	private Evaluation endpoints( final Evaluation blends )
	{
		final Evaluation.Builder b = Evaluation.builder( blends.metrics() );
		final String[] ends = { Sweep.algorithmName( alphas[ 0 ] ), Sweep.algorithmName( alphas[ alphas.length - 1 ] ) };
		final String[] names = { low.name(), high.name() };
		for ( int e = 0; e < 2; e++ )
		{
			b.algorithm( names[ e ] );
			final List< String > images = blends.images( ends[ e ] );
			final List< PlaneMetric > ms = blends.metrics();
			for ( int m = 0; m < ms.size(); m++ )
			{
				final double[] values = blends.values( ends[ e ], ms.get( m ).id() );
				for ( int i = 0; i < values.length; i++ )
					b.put( names[ e ], images.get( i ), ms.get( m ).id(), values[ i ] );
			}
		}
		return b.build();
	}

	/** One column per alpha; each blends the low and high outputs of the reference image, read once per task. */
	private final class Blends implements Outputs
	{
		@Override
		public int count()
		{
			return alphas.length;
		}

		@Override
		public String name( final int column )
		{
			return Sweep.algorithmName( alphas[ column ] );
		}

		@Override
		public boolean has( final int column, final int reference )
		{
			return pairing.item( 0, reference ) != null && pairing.item( 1, reference ) != null;
		}

		@Override
		public String label( final int column, final int reference )
		{
			return name( column ) + "/" + pairing.references().get( reference ).key();
		}

		@Override
		public ImageSource open( final int column, final int reference, final ItemImages images )
		{
			return new BlendedImage( images.open( low, pairing.item( 0, reference ) ), images.open( high, pairing.item( 1, reference ) ),
					alphas[ column ] );
		}

		@Override
		public Failure missing( final int column, final int reference )
		{
			return pairing.missing( 0, reference ) != null ? pairing.missing( 0, reference ) : pairing.missing( 1, reference );
		}

		@Override
		public List< Failure > unpaired( final int column )
		{
			// every pairing problem of both outputs (the same for each alpha; listed once)
			return pairing.failures();
		}
	}

	/** Collects the configuration. */
	public static final class Builder extends PlaneJobBuilder< Builder >
	{
		private ImageSet low;

		private ImageSet high;

		private int steps = Sweep.STEPS;

		private Builder( final ImageFileReader reader )
		{
			super( reader );
		}

		/** The low-distortion output (alpha = 0). */
		public Builder low( final ImageSet outputs )
		{
			low = outputs;
			return this;
		}

		/** The high-perception output (alpha = 1). */
		public Builder high( final ImageSet outputs )
		{
			high = outputs;
			return this;
		}

		/** Intervals between alpha = 0 and 1 (default {@value Sweep#STEPS}: alpha = 0, 0.1, ..., 1). */
		public Builder steps( final int count )
		{
			steps = count;
			return this;
		}

		/**
		 * @throws PdPlaneException
		 *             for fewer than 1 step, an axis that is set-level, the same metric on both axes, or a
		 *             negative thread count
		 */
		public SweepJob build()
		{
			final List< String > warnings = new ArrayList<>();
			final MetricDescriptor yAxis = yAxis( warnings );
			return new SweepJob( this, yAxis, warnings );
		}
	}

	@Override
	public String itemName()
	{
		return "blend";
	}
}
