package io.github.pdplane.nr;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Imresize;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.ResizeKernel;

/**
 * The block features of NIQE (algorithms spec, section 4; Mittal, Soundararajan and Bovik, IEEE Signal
 * Processing Letters 20(3), 2013), shared by scoring, training and the set distances.
 * <p>
 * The image is cropped to whole blocks (top-left kept). At each of two scales its MSCN coefficients
 * {@code (I - mu) / (sigma + 1)} are computed with the 7x7 Gaussian window {@code fspecial('gaussian', 7,
 * 7/6)} and {@code 'replicate'} borders, and every block (the block size, then half of it) gives 18
 * AGGD features: shape and mean scale of the coefficients, then shape, mean, left and right scale of
 * their products with the neighbour at (0,1), (1,0), (1,1) and (1,-1), cyclic within the block. The
 * second scale is MATLAB's {@code imresize(I, 0.5)} of the intensities (bicubic, antialiased).
 * <p>
 * <b>Flat regions.</b> Where the image is constant over the window, the sign of the filter's rounding
 * residue decides on which side of the AGGD fit a coefficient falls, so on images with large flat areas
 * NIQE depends on filter arithmetic: MATLAB's own result does (algorithms spec, 4.3). The coefficients
 * come from {@link MscnFilter}, in its one fixed order with no threshold. This order reproduces MATLAB's
 * value on every tight reference image; on images with large flat areas it lands within MATLAB's own
 * arithmetic spread (NIQE example image3 7.912 against MATLAB's 8.036, TID2013 I19 8.668 against
 * 8.635). Setting the residue to exactly zero (the value in exact arithmetic) was tried and rejected: it
 * moves TID2013 I06, whose flat patch MATLAB counts, 0.0012 away from MATLAB's value.
 * <p>
 * Intensities are taken on the 8-bit scale NIQE was designed for: values are multiplied by
 * {@code 255 / dataRange} (by 1 for 8-bit data, which changes nothing).
 */
public final class NiqeFeatures
{
	/** Features per block and scale. */
	public static final int PER_SCALE = 18;

	/** Features per block: {@link #PER_SCALE} at each of the two scales. */
	public static final int COUNT = 2 * PER_SCALE;

	private static final double EIGHT_BIT_RANGE = 255;

	private NiqeFeatures()
	{}

	/**
	 * The features of every whole block of a grey plane.
	 *
	 * @param name
	 *            names the image in messages
	 * @param dataRange
	 *            the data range of the plane (255 for 8-bit data)
	 * @param blockSize
	 *            the block side at full scale, even (96 for the LIVE model)
	 * @throws PdPlaneException
	 *             if the plane has no whole block, or non-finite pixels
	 */
	public static BlockFeatures compute( final String name, final Plane image, final double dataRange, final int blockSize )
	{
		checkBlockSize( blockSize );
		if ( !( dataRange > 0 && dataRange < Double.POSITIVE_INFINITY ) )
			throw new IllegalArgumentException( "data range must be positive and finite, not " + dataRange );
		final int columns = image.width() / blockSize, rows = image.height() / blockSize;
		if ( columns == 0 || rows == 0 )
			throw new PdPlaneException( "'" + name + "' is " + image.width() + "x" + image.height() + ", smaller than one " + blockSize + "x"
					+ blockSize + " NIQE block." );
		final int width = columns * blockSize, height = rows * blockSize;
		final double scale = EIGHT_BIT_RANGE / dataRange;
		final double[] full = new double[ width * height ];
		final double[] in = image.values();
		for ( int y = 0; y < height; y++ )
		{
			final int row = y * image.width();
			for ( int x = 0; x < width; x++ )
				// v - v is 0 for finite values and NaN for the others: one test instead of two
				if ( in[ row + x ] - in[ row + x ] != 0 )
					throw new PdPlaneException( "'" + name + "' has a non-finite pixel at x=" + x + ", y=" + y + ": NIQE needs finite values." );
			if ( scale == 1 )
				System.arraycopy( in, row, full, y * width, width );
			else
				for ( int x = 0; x < width; x++ )
					full[ y * width + x ] = in[ row + x ] * scale;
		}
		final int blocks = columns * rows;
		final double[] features = new double[ blocks * COUNT ];
		final double[] sharpness = new double[ blocks ];
		final Aggd.Moments[] moments = new Aggd.Moments[ 5 ];
		for ( int i = 0; i < moments.length; i++ )
			moments[ i ] = new Aggd.Moments();

		scaleFeatures( full, width, height, blockSize, columns, rows, features, 0, moments, sharpness );
		for ( int b = 0; b < blocks; b++ )
			sharpness[ b ] /= ( double ) blockSize * blockSize;
		final Plane half = Imresize.byScale( new Plane( width, height, full ), 0.5, ResizeKernel.BICUBIC );
		scaleFeatures( half.values(), half.width(), half.height(), blockSize / 2, columns, rows, features, PER_SCALE, moments, null );
		return new BlockFeatures( name, blockSize, columns, rows, features, sharpness );
	}

	/** Block sizes must split in two for the second scale. */
	public static void checkBlockSize( final int blockSize )
	{
		if ( blockSize < 8 || blockSize % 2 != 0 )
			throw new PdPlaneException( "The NIQE block size must be even and at least 8 pixels, not " + blockSize + "." );
	}

	/**
	 * The 18 features of every block at one scale of a {@code width} x {@code height} image, written
	 * at {@code offset} of each block's row, one strip of blocks at a time (the products with the
	 * neighbours wrap around within a block, so a strip needs no row of the next). Where
	 * {@code sharpnessSums} is not null, each block's local deviations are added to it in the order of
	 * {@code blkproc}'s {@code mean2}: row by row, left to right.
	 */
	private static void scaleFeatures( final double[] image, final int width, final int height, final int block, final int columns,
			final int rows, final double[] features, final int offset, final Aggd.Moments[] moments, final double[] sharpnessSums )
	{
		final MscnFilter filter = new MscnFilter( image, width, height, MscnFilter.Release.NIQE );
		final double[] strip = new double[ block * width ];
		final double[] deviation = new double[ width ];
		for ( int by = 0; by < rows; by++ )
		{
			for ( int r = 0; r < block; r++ )
			{
				filter.next( strip, r * width, deviation );
				if ( sharpnessSums != null )
					for ( int bx = 0; bx < columns; bx++ )
					{
						double sum = sharpnessSums[ bx * rows + by ];
						for ( int x = bx * block; x < ( bx + 1 ) * block; x++ )
							sum += deviation[ x ];
						sharpnessSums[ bx * rows + by ] = sum;
					}
			}
			stripFeatures( strip, width, block, by, rows, columns, features, offset, moments );
		}
	}

	/** The features of the blocks of strip {@code by}, whose MSCN coefficients are {@code strip}'s {@code block} rows. */
	private static void stripFeatures( final double[] strip, final int width, final int block, final int by, final int rows, final int columns,
			final double[] features, final int offset, final Aggd.Moments[] moments )
	{
		for ( int bx = 0; bx < columns; bx++ )
		{
			for ( final Aggd.Moments m : moments )
				m.reset();
			final int x0 = bx * block, last = block - 1;
			// each moment takes its values in the order of the block's pixels, row by row, left to right, as the
			// release's loop does; the neighbours wrap around within the block (circshift), which splits each row
			// into a run of adjacent pixels and one wrapped pixel at the run's start or end
			for ( int r = 0; r < block; r++ )
			{
				final int row = r * width + x0;
				// circshift within the block: the row above the first is the block's last
				final int above = ( r == 0 ? last : r - 1 ) * width + x0;
				moments[ 0 ].addAll( strip, row, block );
				moments[ 1 ].add( strip[ row ] * strip[ row + last ] ); // circshift (0, 1): the left neighbour of column 0 is the last
				moments[ 1 ].addProducts( strip, row + 1, strip, row, last );
				moments[ 2 ].addProducts( strip, row, strip, above, block ); // (1, 0)
				moments[ 3 ].add( strip[ row ] * strip[ above + last ] ); // (1, 1)
				moments[ 3 ].addProducts( strip, row + 1, strip, above, last );
				moments[ 4 ].addProducts( strip, row, strip, above + 1, last ); // (1, -1)
				moments[ 4 ].add( strip[ row + last ] * strip[ above ] );
			}
			final int o = ( bx * rows + by ) * COUNT + offset;
			final Aggd.Fit coefficients = Aggd.fit( moments[ 0 ] );
			features[ o ] = coefficients.shape();
			features[ o + 1 ] = ( coefficients.leftScale() + coefficients.rightScale() ) / 2;
			for ( int p = 1; p <= 4; p++ )
			{
				final Aggd.Fit products = Aggd.fit( moments[ p ] );
				final int q = o + 2 + 4 * ( p - 1 );
				features[ q ] = products.shape();
				features[ q + 1 ] = ( products.rightScale() - products.leftScale() ) * products.meanFactor();
				features[ q + 2 ] = products.leftScale();
				features[ q + 3 ] = products.rightScale();
			}
		}
	}
}
