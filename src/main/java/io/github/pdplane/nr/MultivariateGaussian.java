package io.github.pdplane.nr;

import java.util.List;

/**
 * A multivariate Gaussian (mean and covariance) of feature vectors: a NIQE model, or the fit to the
 * blocks of an image or of a set of images. Immutable.
 */
public final class MultivariateGaussian
{
	private final double[] mean;

	private final double[][] covariance;

	private final int samples;

	private MultivariateGaussian( final double[] mean, final double[][] covariance, final int samples )
	{
		this.mean = mean;
		this.covariance = covariance;
		this.samples = samples;
	}

	/** A Gaussian from given parameters (copied), e.g. read from a model file; {@code samples} may be 0 where unknown. */
	public static MultivariateGaussian of( final double[] mean, final double[][] covariance, final int samples )
	{
		final int n = mean.length;
		if ( covariance.length != n )
			throw new IllegalArgumentException( "a " + n + "-dimensional Gaussian needs a " + n + "x" + n + " covariance" );
		final double[][] c = new double[ n ][];
		for ( int i = 0; i < n; i++ )
		{
			if ( covariance[ i ].length != n )
				throw new IllegalArgumentException( "a " + n + "-dimensional Gaussian needs a " + n + "x" + n + " covariance" );
			c[ i ] = covariance[ i ].clone();
		}
		return new MultivariateGaussian( mean.clone(), c, samples );
	}

	/**
	 * NIQE's fit ({@code nanmean} and {@code nancov} of MATLAB's Statistics Toolbox): each mean over the
	 * values of its column that are not {@code NaN}; the covariance (normalised by N - 1) over the rows
	 * without any {@code NaN}, centred on their own mean.
	 *
	 * @param rows
	 *            feature vectors of equal length; at least two of them complete
	 * @throws IllegalArgumentException
	 *             with fewer than two complete rows (callers check first, to say which image or set)
	 */
	public static MultivariateGaussian fitIgnoringNaN( final List< double[] > rows )
	{
		if ( rows.isEmpty() )
			throw new IllegalArgumentException( "no rows to fit" );
		final int n = rows.get( 0 ).length;
		final double[] sum = new double[ n ];
		final long[] count = new long[ n ];
		final double[] completeSum = new double[ n ];
		int complete = 0;
		for ( final double[] row : rows )
		{
			boolean full = true;
			for ( int j = 0; j < n; j++ )
				if ( Double.isNaN( row[ j ] ) )
					full = false;
				else
				{
					sum[ j ] += row[ j ];
					count[ j ]++;
				}
			if ( full )
			{
				complete++;
				for ( int j = 0; j < n; j++ )
					completeSum[ j ] += row[ j ];
			}
		}
		if ( complete < 2 )
			throw new IllegalArgumentException( "a covariance needs two complete rows, got " + complete );
		final double[] mean = new double[ n ];
		final double[] centre = new double[ n ];
		for ( int j = 0; j < n; j++ )
		{
			mean[ j ] = sum[ j ] / count[ j ];
			centre[ j ] = completeSum[ j ] / complete;
		}
		final double[][] covariance = new double[ n ][ n ];
		final double[] d = new double[ n ];
		for ( final double[] row : rows )
		{
			if ( !isComplete( row ) )
				continue;
			for ( int j = 0; j < n; j++ )
				d[ j ] = row[ j ] - centre[ j ];
			for ( int i = 0; i < n; i++ )
				for ( int j = i; j < n; j++ )
					covariance[ i ][ j ] += d[ i ] * d[ j ];
		}
		for ( int i = 0; i < n; i++ )
			for ( int j = i; j < n; j++ )
				covariance[ j ][ i ] = covariance[ i ][ j ] = covariance[ i ][ j ] / ( complete - 1 );
		return new MultivariateGaussian( mean, covariance, complete );
	}

	public static boolean isComplete( final double[] row )
	{
		for ( final double v : row )
			if ( Double.isNaN( v ) )
				return false;
		return true;
	}

	public int dimension()
	{
		return mean.length;
	}

	/** A copy of the mean. */
	public double[] mean()
	{
		return mean.clone();
	}

	/** A copy of the covariance. */
	public double[][] covariance()
	{
		final double[][] c = new double[ mean.length ][];
		for ( int i = 0; i < c.length; i++ )
			c[ i ] = covariance[ i ].clone();
		return c;
	}

	/** The number of complete vectors the covariance rests on (0 where unknown). */
	public int samples()
	{
		return samples;
	}

	public double[] meanView()
	{
		return mean;
	}

	public double[][] covarianceView()
	{
		return covariance;
	}
}
