package io.github.pdplane.setlevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Plane;
import io.github.pdplane.math.LinearAlgebra;
import io.github.pdplane.nr.BlockFeatures;
import io.github.pdplane.nr.MultivariateGaussian;
import io.github.pdplane.nr.Niqe;
import io.github.pdplane.nr.NiqeFeatures;
import io.github.pdplane.nr.NiqeModel;

/**
 * Distances between the distribution of a set of restored images and that of a set of reference
 * images, measured directly on NIQE's block features: the divergence d(p_X, p_Xhat) of the
 * perception-distortion paper (Blau and Michaeli, CVPR 2018) for a natural-scene-statistics feature
 * space, with no network. Each set is summarised by the Gaussian NIQE fits ({@code nanmean},
 * {@code nancov}) to the pooled features of all its blocks; both sets are treated alike (no sharpness
 * selection), so a set is at distance 0 from itself.
 */
public final class SetDistances
{
	private SetDistances()
	{}

	/** The distances, by the ids of the command line and tables. */
	public enum Distance implements SetLevelMetric
	{
		/** NIQE's distance with the reference set's Gaussian in place of the pristine model. */
		NIQE_REF( "niqe-ref", "NIQE-ref" ),
		/** The Frechet distance between the two Gaussians (FID's formula on NIQE features). */
		NSS_FD( "nss-fd", "NSS-FD" );

		private final String id;

		private final String displayName;

		Distance( final String id, final String displayName )
		{
			this.id = id;
			this.displayName = displayName;
		}

		public String id()
		{
			return id;
		}

		public String displayName()
		{
			return displayName;
		}

		public static Distance fromId( final String id )
		{
			final String wanted = id == null ? "" : id.trim().toLowerCase( Locale.ROOT );
			for ( final Distance d : values() )
				if ( d.id.equals( wanted ) )
					return d;
			throw new PdPlaneException( "Unknown set distance '" + id + "': use niqe-ref or nss-fd." );
		}

		/** This distance between the Gaussians of two sets. */
		@Override
		public double between( final FeatureSet reference, final FeatureSet restored )
		{
			if ( reference.blockSize() != restored.blockSize() )
				throw new IllegalArgumentException( "feature sets of different block sizes" );
			final MultivariateGaussian r = reference.gaussian(), d = restored.gaussian();
			return this == NIQE_REF ? Niqe.distance( r, d ) : frechet( r, d );
		}
	}

	/**
	 * The pooled NIQE block features of a set of images. Add images in a fixed order (the result does
	 * not depend on it beyond rounding). Not thread-safe.
	 */
	public static final class FeatureSet
	{
		private final String name;

		private final int blockSize;

		private final List< double[] > rows = new ArrayList<>();

		private int images;

		/**
		 * @param name
		 *            names the set in messages ({@code "the reference set"})
		 */
		public FeatureSet( final String name, final int blockSize )
		{
			NiqeFeatures.checkBlockSize( blockSize );
			this.name = name;
			this.blockSize = blockSize;
		}

		/** A set with NIQE's 96-pixel blocks. */
		public FeatureSet( final String name )
		{
			this( name, NiqeModel.DEFAULT_BLOCK_SIZE );
		}

		/** Adds one grey image (at least one block in each direction). */
		public FeatureSet add( final String imageName, final Plane image, final double dataRange )
		{
			return add( NiqeFeatures.compute( imageName, image, dataRange, blockSize ) );
		}

		public FeatureSet add( final BlockFeatures features )
		{
			if ( features.blockSize() != blockSize )
				throw new IllegalArgumentException( "features of " + features.blockSize() + "-pixel blocks for a " + blockSize + "-pixel set" );
			for ( int b = 0; b < features.blockCount(); b++ )
				rows.add( features.row( b ) );
			images++;
			return this;
		}

		public String name()
		{
			return name;
		}

		public int blockSize()
		{
			return blockSize;
		}

		public int imageCount()
		{
			return images;
		}

		public int blockCount()
		{
			return rows.size();
		}

		/**
		 * The Gaussian of the set's blocks.
		 *
		 * @throws PdPlaneException
		 *             if fewer than two blocks have structure
		 */
		public MultivariateGaussian gaussian()
		{
			int usable = 0;
			for ( final double[] row : rows )
				if ( MultivariateGaussian.isComplete( row ) )
					usable++;
			if ( usable < 2 )
				throw new PdPlaneException( "The " + name + " (" + images + " image(s), " + rows.size() + " blocks of " + blockSize + "x" + blockSize
						+ " pixels) has " + usable + " block(s) with structure; a set distance needs at least 2 for a covariance. Add images, or"
						+ " non-flat ones." );
			return MultivariateGaussian.fitIgnoringNaN( rows );
		}
	}

	/** {@code niqe-ref}: NIQE's distance between the two sets' Gaussians. */
	public static double niqeRef( final MultivariateGaussian reference, final MultivariateGaussian restored )
	{
		return Niqe.distance( reference, restored );
	}

	/**
	 * {@code nss-fd}: the Frechet distance {@code |mu_1 - mu_2|^2 + tr(C_1 + C_2 - 2 (C_1 C_2)^(1/2))}
	 * between two Gaussians (Dowson and Landau, J. Multivariate Analysis 12(3), 1982; the formula of
	 * FID, Heusel et al., NeurIPS 2017).
	 * <p>
	 * {@code tr((C_1 C_2)^(1/2))} is the sum of the singular values of {@code S_1 S_2}, with {@code S_i}
	 * the symmetric square root of {@code C_i} (the singular values of {@code S_1 S_2} are the square
	 * roots of the eigenvalues of {@code S_1 C_2 S_1}, which are those of {@code C_1 C_2}). Singular
	 * values of {@code S_1 S_2} are accurate to rounding of its norm, whereas square roots of the
	 * eigenvalues of {@code S_1 C_2 S_1} would amplify the rounding of its small eigenvalues (1e-16
	 * becomes 1e-8); so a set is at distance 0 from itself to about 1e-15, even with rank-deficient
	 * covariances. Rounding can make the value slightly negative; it is returned as 0.
	 */
	public static double frechet( final MultivariateGaussian a, final MultivariateGaussian b )
	{
		final double[] ma = a.meanView(), mb = b.meanView();
		double meanTerm = 0;
		for ( int i = 0; i < ma.length; i++ )
		{
			final double d = ma[ i ] - mb[ i ];
			meanTerm += d * d;
		}
		final double[][] ca = a.covarianceView(), cb = b.covarianceView();
		final double crossTerm = LinearAlgebra.nuclearNorm( LinearAlgebra.multiply( LinearAlgebra.sqrtPsd( ca ), LinearAlgebra.sqrtPsd( cb ) ) );
		return Math.max( 0, meanTerm + LinearAlgebra.trace( ca ) + LinearAlgebra.trace( cb ) - 2 * crossTerm );
	}
}
