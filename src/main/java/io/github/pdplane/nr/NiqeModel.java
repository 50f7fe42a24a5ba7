package io.github.pdplane.nr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.io.mat.MatFile;
import io.github.pdplane.io.mat.MatNumeric;
import io.github.pdplane.io.mat.MatWriter;

/**
 * A NIQE model: the multivariate Gaussian of the block features of pristine images, and the block
 * size its features were computed with. The default is the LIVE model of the NIQE release (Mittal,
 * Soundararajan and Bovik 2013; 125 pristine images, 96x96 blocks), bundled in the jar;
 * {@link NiqeTraining} makes others.
 * <p>
 * <b>File format.</b> A MATLAB MAT-file (level 5) holding {@code mu_prisparam} (1x36 double) and
 * {@code cov_prisparam} (36x36 double, symmetric), the variables of the release's
 * {@code modelparameters.mat}, so that a model trained here also works with the MATLAB
 * {@code computequality} and the other way round. An optional {@code blocksize} (1x1) gives the block
 * side (96 when absent); files written by {@link #save} also carry {@code sharpness_threshold} and
 * {@code blocks} (the number of training blocks) for the record. Immutable.
 */
public final class NiqeModel
{
	/** The block side of the LIVE model and the default of training. */
	public static final int DEFAULT_BLOCK_SIZE = 96;

	static final String MEAN = "mu_prisparam", COVARIANCE = "cov_prisparam", BLOCK_SIZE = "blocksize",
			SHARPNESS_THRESHOLD = "sharpness_threshold", BLOCKS = "blocks";

	private static final String BUNDLED = "niqe/modelparameters.mat";

	/** Relative asymmetry tolerated in a covariance read from a file (MATLAB's own is exactly symmetric). */
	private static final double SYMMETRY_TOLERANCE = 1e-10;

	private static volatile NiqeModel live;

	private final MultivariateGaussian gaussian;

	private final int blockSize;

	private final double sharpnessThreshold;

	private final String source;

	private NiqeModel( final MultivariateGaussian gaussian, final int blockSize, final double sharpnessThreshold, final String source )
	{
		this.gaussian = gaussian;
		this.blockSize = blockSize;
		this.sharpnessThreshold = sharpnessThreshold;
		this.source = source;
	}

	/** The LIVE pristine model of the NIQE release, read from the jar once. */
	public static NiqeModel live()
	{
		NiqeModel m = live;
		if ( m == null )
		{
			synchronized ( NiqeModel.class )
			{
				m = live;
				if ( m == null )
					live = m = readBundled();
			}
		}
		return m;
	}

	private static NiqeModel readBundled()
	{
		final String label = "the bundled LIVE NIQE model (" + BUNDLED + ")";
		try (InputStream in = NiqeModel.class.getResourceAsStream( BUNDLED ))
		{
			if ( in == null )
				throw new PdPlaneException( "The jar lacks " + label + ": reinstall PD Plane." );
			return fromMat( MatFile.read( in, label ), "LIVE pristine model (Mittal, Soundararajan and Bovik 2013)", label );
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( "Cannot read " + label + ": " + e.getMessage(), e );
		}
	}

	/**
	 * A model file (format in the class description).
	 *
	 * @throws PdPlaneException
	 *             naming the file, if it is missing, unreadable, not a MAT-file, or lacks or misshapes the
	 *             model's variables
	 */
	public static NiqeModel load( final Path file )
	{
		if ( !Files.exists( file ) )
			throw new PdPlaneException( "The NIQE model file '" + file + "' does not exist." );
		final MatFile mat;
		try
		{
			mat = MatFile.read( file );
		}
		catch ( final PdPlaneException e )
		{
			throw new PdPlaneException( "Cannot load the NIQE model: " + e.getMessage(), e );
		}
		return fromMat( mat, file.getFileName().toString(), "the NIQE model file '" + file + "'" );
	}

	private static NiqeModel fromMat( final MatFile mat, final String source, final String what )
	{
		final int n = NiqeFeatures.COUNT;
		if ( !mat.has( MEAN ) || !mat.has( COVARIANCE ) )
			throw new PdPlaneException( "Cannot load " + what + ": it needs the variables " + MEAN + " (1x" + n + ") and " + COVARIANCE + " ("
					+ n + "x" + n + ") of a NIQE model, but it holds "
					+ ( mat.variables().isEmpty() ? "no variables" : String.join( ", ", mat.variables().keySet() ) ) + "." );
		final MatNumeric mu = numeric( mat, MEAN, what );
		final MatNumeric cov = numeric( mat, COVARIANCE, what );
		if ( mu.numel() != n || mu.dimensions().length != 2 || mu.rows() != 1 && mu.columns() != 1 )
			throw wrongShape( what, MEAN, mu.describe(), "1x" + n );
		if ( cov.dimensions().length != 2 || cov.rows() != n || cov.columns() != n )
			throw wrongShape( what, COVARIANCE, cov.describe(), n + "x" + n );
		final double[] mean = mu.values().clone();
		final double[][] covariance = new double[ n ][ n ];
		for ( int i = 0; i < n; i++ )
			for ( int j = 0; j < n; j++ )
				covariance[ i ][ j ] = cov.get( i, j );
		int blockSize = DEFAULT_BLOCK_SIZE;
		if ( mat.has( BLOCK_SIZE ) )
		{
			final MatNumeric b = numeric( mat, BLOCK_SIZE, what );
			final double v = b.numel() == 1 ? b.get( 0 ) : Double.NaN;
			if ( !( v == Math.rint( v ) && v >= 8 && v <= 1 << 16 && v % 2 == 0 ) )
				throw new PdPlaneException( "Cannot load " + what + ": its " + BLOCK_SIZE + " must be one even number of pixels (at least 8), not "
						+ ( b.numel() == 1 ? Double.toString( v ) : "a " + b.describe() + " array" ) + "." );
			blockSize = ( int ) v;
		}
		double threshold = Double.NaN;
		if ( mat.has( SHARPNESS_THRESHOLD ) && numeric( mat, SHARPNESS_THRESHOLD, what ).numel() == 1 )
			threshold = mat.numeric( SHARPNESS_THRESHOLD ).get( 0 );
		return of( mean, covariance, blockSize, threshold, source, what );
	}

	private static MatNumeric numeric( final MatFile mat, final String name, final String what )
	{
		final MatNumeric a;
		try
		{
			a = mat.numeric( name );
		}
		catch ( final PdPlaneException e )
		{
			throw new PdPlaneException( "Cannot load " + what + ": " + e.getMessage(), e );
		}
		if ( a.isComplex() )
			throw new PdPlaneException( "Cannot load " + what + ": its " + name + " is complex; a NIQE model is real." );
		return a;
	}

	private static PdPlaneException wrongShape( final String what, final String name, final String found, final String wanted )
	{
		return new PdPlaneException( "Cannot load " + what + ": its " + name + " is " + found + ", but a NIQE model needs " + wanted + " ("
				+ NiqeFeatures.PER_SCALE + " features at each of 2 scales)." );
	}

	/**
	 * A model from its parameters, checked: 36 finite means, a finite symmetric 36x36 covariance with
	 * non-negative variances that is not zero everywhere, an even block size of at least 8.
	 *
	 * @param what
	 *            names the model in messages ({@code "the NIQE model file 'x.mat'"})
	 */
	static NiqeModel of( final double[] mean, final double[][] covariance, final int blockSize, final double sharpnessThreshold,
			final String source, final String what )
	{
		final int n = NiqeFeatures.COUNT;
		NiqeFeatures.checkBlockSize( blockSize );
		double largest = 0;
		for ( int i = 0; i < n; i++ )
		{
			if ( !Double.isFinite( mean[ i ] ) )
				throw new PdPlaneException( "Cannot load " + what + ": element " + ( i + 1 ) + " of " + MEAN + " is " + mean[ i ]
						+ "; a NIQE model needs finite values." );
			for ( int j = 0; j < n; j++ )
			{
				if ( !Double.isFinite( covariance[ i ][ j ] ) )
					throw new PdPlaneException( "Cannot load " + what + ": element (" + ( i + 1 ) + "," + ( j + 1 ) + ") of " + COVARIANCE + " is "
							+ covariance[ i ][ j ] + "; a NIQE model needs finite values." );
				largest = Math.max( largest, Math.abs( covariance[ i ][ j ] ) );
			}
		}
		if ( largest == 0 )
			throw new PdPlaneException( "Cannot load " + what + ": its " + COVARIANCE + " is zero everywhere, so the model has no spread and"
					+ " every distance to it would rest on its mean alone; a NIQE model needs the covariance of its pristine images' block"
					+ " features (train it again on images with structure)." );
		for ( int i = 0; i < n; i++ )
		{
			if ( covariance[ i ][ i ] < 0 )
				throw new PdPlaneException( "Cannot load " + what + ": the variance " + COVARIANCE + "(" + ( i + 1 ) + "," + ( i + 1 ) + ") is negative ("
						+ covariance[ i ][ i ] + "), so it is not a covariance." );
			for ( int j = i + 1; j < n; j++ )
				if ( Math.abs( covariance[ i ][ j ] - covariance[ j ][ i ] ) > SYMMETRY_TOLERANCE * largest )
					throw new PdPlaneException( "Cannot load " + what + ": " + COVARIANCE + " is not symmetric (element (" + ( i + 1 ) + "," + ( j + 1 )
							+ ") is " + covariance[ i ][ j ] + " but (" + ( j + 1 ) + "," + ( i + 1 ) + ") is " + covariance[ j ][ i ]
							+ "), so it is not a covariance." );
		}
		return new NiqeModel( MultivariateGaussian.of( mean, covariance, 0 ), blockSize, sharpnessThreshold, source );
	}

	/** A model trained here: the Gaussian of the selected blocks. */
	static NiqeModel trained( final MultivariateGaussian gaussian, final int blockSize, final double sharpnessThreshold, final String source )
	{
		return new NiqeModel( gaussian, blockSize, sharpnessThreshold, source );
	}

	/**
	 * Writes the model as a MAT-file that {@link #load} and MATLAB read.
	 *
	 * @throws PdPlaneException
	 *             naming the file if it cannot be written
	 */
	public void save( final Path file )
	{
		writer().write( file );
	}

	/**
	 * The model as the bytes of the MAT-file {@link #save} writes (little-endian), for writers that
	 * replace files atomically.
	 */
	public byte[] toBytes()
	{
		return writer().toBytes( ByteOrder.LITTLE_ENDIAN );
	}

	private MatWriter writer()
	{
		final int n = NiqeFeatures.COUNT;
		final double[] cov = new double[ n * n ];
		final double[][] c = gaussian.covarianceView();
		for ( int j = 0; j < n; j++ )
			for ( int i = 0; i < n; i++ )
				cov[ j * n + i ] = c[ i ][ j ];
		final MatWriter writer = new MatWriter( "NIQE model written by PD Plane" ).add( MEAN, 1, n, gaussian.meanView() )
				.add( COVARIANCE, n, n, cov ).addScalar( BLOCK_SIZE, blockSize );
		if ( !Double.isNaN( sharpnessThreshold ) )
			writer.addScalar( SHARPNESS_THRESHOLD, sharpnessThreshold );
		if ( gaussian.samples() > 0 )
			writer.addScalar( BLOCKS, gaussian.samples() );
		return writer;
	}

	/** The pristine Gaussian. */
	public MultivariateGaussian gaussian()
	{
		return gaussian;
	}

	/** The block side at full scale. */
	public int blockSize()
	{
		return blockSize;
	}

	/** The smallest width and height NIQE scores with this model: two blocks in each direction. */
	public int minimumSize()
	{
		return 2 * blockSize;
	}

	/** The sharpness threshold of training, {@code NaN} where unknown (the LIVE model's was 0.75). */
	public double sharpnessThreshold()
	{
		return sharpnessThreshold;
	}

	/** Where the model comes from, for logs and tables. */
	public String source()
	{
		return source;
	}

	@Override
	public String toString()
	{
		return "NIQE model " + source + " (" + blockSize + "x" + blockSize + " blocks)";
	}
}
