package io.github.pdplane.nr;

import java.util.ArrayList;
import java.util.List;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Plane;
import io.github.pdplane.math.LinearAlgebra;

/**
 * NIQE, the Natural Image Quality Evaluator (A. Mittal, R. Soundararajan and A. C. Bovik, "Making a
 * completely blind image quality analyzer", IEEE Signal Processing Letters 20(3):209-212, 2013), as the
 * LIVE release's {@code computequality(im, 96, 96, 0, 0, mu_prisparam, cov_prisparam)} computes it
 * (algorithms spec, section 4): the multivariate Gaussian fitted to the image's block features
 * ({@link NiqeFeatures}) is compared with the model's by
 * {@code sqrt((mu_p - mu_d) pinv((C_p + C_d) / 2) (mu_p - mu_d)')}. Lower is better.
 * <p>
 * The image needs two blocks in each direction (192x192 pixels with the LIVE model) and at least two
 * blocks with structure. Immutable and thread-safe.
 */
public final class Niqe implements BlockFeatureMetric
{
	public static final String CITATION = "A. Mittal, R. Soundararajan and A. C. Bovik, \"Making a completely blind image quality analyzer\", "
			+ "IEEE Signal Processing Letters 20(3):209-212, 2013";

	/** The minimum width and height with the LIVE model. */
	public static final int MINIMUM_SIZE = 2 * NiqeModel.DEFAULT_BLOCK_SIZE;

	private final NiqeModel model;

	/** NIQE with the bundled LIVE model. */
	public Niqe()
	{
		this( NiqeModel.live() );
	}

	public Niqe( final NiqeModel model )
	{
		this.model = model;
	}

	public NiqeModel model()
	{
		return model;
	}

	/** Why the minimum size is what it is, for messages: {@code "two 96x96 blocks in each direction ..."}. */
	public static String minimumSizeReason( final int blockSize )
	{
		return "two " + blockSize + "x" + blockSize + " blocks in each direction, so that its block features have a covariance";
	}

	@Override
	public int blockSize()
	{
		return model.blockSize();
	}

	/** The mean of the channels' scores (one channel for conventions gray and y). */
	@Override
	public double score( final String name, final Plane[] channels, final double dataRange )
	{
		final BlockFeatures[] features = new BlockFeatures[ channels.length ];
		for ( int c = 0; c < channels.length; c++ )
			features[ c ] = features( channels.length == 1 ? name : name + " (channel " + ( c + 1 ) + ")", channels[ c ], dataRange );
		return score( features );
	}

	/** NIQE of one grey plane. */
	public double score( final String name, final Plane plane, final double dataRange )
	{
		return score( new BlockFeatures[] { features( name, plane, dataRange ) } );
	}

	@Override
	public double score( final BlockFeatures[] channels )
	{
		double sum = 0;
		for ( final BlockFeatures f : channels )
		{
			if ( f.blockSize() != model.blockSize() )
				throw new IllegalArgumentException( "features of " + f.blockSize() + "-pixel blocks for a model of " + model.blockSize() );
			sum += distance( model.gaussian(), fit( f ) );
		}
		return sum / channels.length;
	}

	/** The block features of one plane, refusing planes smaller than two blocks in either direction. */
	private BlockFeatures features( final String name, final Plane plane, final double dataRange )
	{
		final int b = model.blockSize();
		if ( plane.width() < model.minimumSize() || plane.height() < model.minimumSize() )
			throw new PdPlaneException( "'" + name + "' is " + plane.width() + "x" + plane.height() + "; NIQE needs at least " + model.minimumSize()
					+ "x" + model.minimumSize() + " pixels (" + minimumSizeReason( b ) + ")." );
		return NiqeFeatures.compute( name, plane, dataRange, b );
	}

	/**
	 * The Gaussian of an image's blocks, refusing images without two blocks with structure.
	 */
	static MultivariateGaussian fit( final BlockFeatures features )
	{
		final int complete = features.completeCount();
		final int b = features.blockSize();
		if ( complete == 0 )
			throw new PdPlaneException( "'" + features.name() + "' is flat: none of its " + features.blockCount() + " blocks of " + b + "x" + b
					+ " pixels has both negative and positive MSCN coefficients at both scales (each is constant, or nearly), so NIQE is"
					+ " undefined for it." );
		if ( complete < 2 )
			throw new PdPlaneException( "'" + features.name() + "' is almost flat: only one of its " + features.blockCount() + " blocks of " + b + "x"
					+ b + " pixels has structure (negative and positive MSCN coefficients at both scales), and NIQE needs two for a covariance." );
		final List< double[] > rows = new ArrayList<>( features.blockCount() );
		for ( int i = 0; i < features.blockCount(); i++ )
			rows.add( features.row( i ) );
		return MultivariateGaussian.fitIgnoringNaN( rows );
	}

	/**
	 * NIQE's distance between two Gaussians, {@code sqrt(d pinv((C_1 + C_2) / 2) d')} with
	 * {@code d = mu_1 - mu_2} (symmetric in its arguments), evaluated in MATLAB's order.
	 */
	public static double distance( final MultivariateGaussian pristine, final MultivariateGaussian observed )
	{
		final int n = pristine.dimension();
		if ( observed.dimension() != n )
			throw new IllegalArgumentException( "Gaussians of dimension " + n + " and " + observed.dimension() );
		final double[] mp = pristine.meanView(), md = observed.meanView();
		final double[][] cp = pristine.covarianceView(), cd = observed.covarianceView();
		final double[][] pooled = new double[ n ][ n ];
		for ( int i = 0; i < n; i++ )
			for ( int j = 0; j < n; j++ )
				pooled[ i ][ j ] = ( cp[ i ][ j ] + cd[ i ][ j ] ) / 2;
		final double[][] inverse = LinearAlgebra.pinv( pooled );
		final double[] d = new double[ n ];
		for ( int i = 0; i < n; i++ )
			d[ i ] = mp[ i ] - md[ i ];
		double q = 0;
		for ( int j = 0; j < n; j++ )
		{
			double t = 0;
			for ( int i = 0; i < n; i++ )
				t += d[ i ] * inverse[ i ][ j ];
			q += t * d[ j ];
		}
		// a positive semi-definite form: a negative q can only be rounding of zero
		return Math.sqrt( Math.max( 0, q ) );
	}
}
