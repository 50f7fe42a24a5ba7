package io.github.pdplane.nr;

import java.util.ArrayList;
import java.util.List;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Plane;

/**
 * Trains a NIQE model on pristine images the user chooses, as the release's {@code estimatemodelparam}
 * does (algorithms spec, section 4): the block features of every image ({@link NiqeFeatures}); of each
 * image only the blocks whose sharpness (mean local deviation) exceeds {@code threshold} times that
 * image's sharpest block; the Gaussian of all selected blocks by {@code nanmean} and {@code nancov}.
 * <p>
 * Add grey planes (colour images prepared with convention gray, as the release's {@code rgb2gray}) one at
 * a time (memory holds only the selected feature rows), then call {@link #model()} and
 * {@link NiqeModel#save} it.
 * Not thread-safe: compute {@link NiqeFeatures} in parallel if wanted, and {@link #add(BlockFeatures)}
 * them in a fixed order, which keeps the model identical from run to run.
 */
public final class NiqeTraining
{
	/** The release's sharpness threshold, a fraction of each image's sharpest block. */
	public static final double DEFAULT_SHARPNESS_THRESHOLD = 0.75;

	/**
	 * The fewest selected blocks with structure a model is built from: one more than the number of
	 * features, the least for a covariance of full rank.
	 */
	public static final int MINIMUM_BLOCKS = NiqeFeatures.COUNT + 1;

	private final int blockSize;

	private final double threshold;

	private final List< double[] > rows = new ArrayList<>();

	private int images;

	private int blocksSeen;

	/** Block size 96 and threshold 0.75, the settings of the LIVE model. */
	public NiqeTraining()
	{
		this( NiqeModel.DEFAULT_BLOCK_SIZE, DEFAULT_SHARPNESS_THRESHOLD );
	}

	/**
	 * @param blockSize
	 *            the block side at full scale: even, at least 8 (96 in the release)
	 * @param threshold
	 *            the sharpness threshold, at least 0 and below 1 (0.75 in the release)
	 */
	public NiqeTraining( final int blockSize, final double threshold )
	{
		NiqeFeatures.checkBlockSize( blockSize );
		if ( !( threshold >= 0 && threshold < 1 ) )
			throw new PdPlaneException( "The NIQE sharpness threshold is a fraction of each image's sharpest block: at least 0 and below 1, not "
					+ threshold + "." );
		this.blockSize = blockSize;
		this.threshold = threshold;
	}

	public int blockSize()
	{
		return blockSize;
	}

	public double threshold()
	{
		return threshold;
	}

	/**
	 * Adds one pristine grey image.
	 *
	 * @throws PdPlaneException
	 *             naming the image if it is smaller than one block or has non-finite pixels
	 */
	public NiqeTraining add( final String name, final Plane image, final double dataRange )
	{
		return add( NiqeFeatures.compute( name, image, dataRange, blockSize ) );
	}

	/** Adds the features of one image, computed with this training's block size. */
	public NiqeTraining add( final BlockFeatures features )
	{
		if ( features.blockSize() != blockSize )
			throw new IllegalArgumentException( "features of " + features.blockSize() + "-pixel blocks for a " + blockSize + "-pixel training" );
		double sharpest = Double.NEGATIVE_INFINITY;
		for ( int b = 0; b < features.blockCount(); b++ )
			sharpest = Math.max( sharpest, features.sharpness( b ) );
		for ( int b = 0; b < features.blockCount(); b++ )
			if ( features.sharpness( b ) > threshold * sharpest )
				rows.add( features.row( b ) );
		images++;
		blocksSeen += features.blockCount();
		return this;
	}

	/** Images added so far. */
	public int imageCount()
	{
		return images;
	}

	/** Blocks of all images added so far, selected or not. */
	public int blockCount()
	{
		return blocksSeen;
	}

	/** Blocks selected so far (including any without structure, which the covariance skips). */
	public int selectedBlockCount()
	{
		return rows.size();
	}

	/** Selected blocks with structure at both scales: those the covariance rests on. */
	public int usableBlockCount()
	{
		int n = 0;
		for ( final double[] row : rows )
			if ( MultivariateGaussian.isComplete( row ) )
				n++;
		return n;
	}

	/**
	 * The model of the images added so far.
	 *
	 * @throws PdPlaneException
	 *             if fewer than {@link #MINIMUM_BLOCKS} sharp blocks with structure were found
	 */
	public NiqeModel model()
	{
		final int usable = usableBlockCount();
		if ( usable < MINIMUM_BLOCKS )
			throw new PdPlaneException( "Too few sharp blocks to train a NIQE model: " + images + " image(s) gave " + blocksSeen + " blocks of "
					+ blockSize + "x" + blockSize + " pixels, of which " + usable + " are sharp (sharpness above " + threshold
					+ " of their image's sharpest block) and have structure; a model needs at least " + MINIMUM_BLOCKS + " (one more than its "
					+ NiqeFeatures.COUNT + " features, for a covariance of full rank). Add images, or choose a smaller block size." );
		return NiqeModel.trained( MultivariateGaussian.fitIgnoringNaN( rows ), blockSize, threshold,
				"trained on " + images + " image(s), " + usable + " blocks of " + blockSize + "x" + blockSize );
	}
}
