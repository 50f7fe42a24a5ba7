package io.github.pdplane.nr;

import java.util.Locale;
import java.util.function.Consumer;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Convention;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.Preparation;

/**
 * Trains a NIQE model ({@link NiqeTraining}) on pristine images or stacks prepared with one
 * {@link Preparation} (convention gray, as the release's {@code rgb2gray}, or y; every slice is one
 * image): the shared path of the command line's {@code train-niqe} and the "Train NIQE Model" command.
 * Not thread-safe; add images in a fixed order for a reproducible model.
 */
public final class NiqeTrainer
{
	private final NiqeTraining training;

	private final Preparation preparation;

	/** What one image gave. */
	public static final class Added
	{
		public final String image;

		public final int slices;

		/** Its blocks, and those of them sharp enough to be selected. */
		public final int blocks, selected;

		Added( final String image, final int slices, final int blocks, final int selected )
		{
			this.image = image;
			this.slices = slices;
			this.blocks = blocks;
			this.selected = selected;
		}
	}

	/**
	 * @throws PdPlaneException
	 *             for convention rgb (a model is trained on one plane per image), or a block size or
	 *             threshold {@link NiqeTraining} refuses
	 */
	public NiqeTrainer( final int blockSize, final double sharpnessThreshold, final Preparation preparation )
	{
		if ( preparation.convention() == Convention.RGB )
			throw new PdPlaneException( "A NIQE model is trained on one plane per image: use convention gray (MATLAB rgb2gray, as the NIQE"
					+ " release) or y, not rgb." );
		this.training = new NiqeTraining( blockSize, sharpnessThreshold );
		this.preparation = preparation;
	}

	/**
	 * Adds every slice of {@code image}.
	 *
	 * @param warnings
	 *            receives notes on images that add nothing (constant ones)
	 * @throws PdPlaneException
	 *             naming the image where it cannot be read, is smaller than one block, has non-finite
	 *             pixels, or has no natural data range and none was given
	 */
	public Added add( final ImageSource image, final Consumer< String > warnings )
	{
		final double peak = preparation.peak( image );
		preparation.checkShape( image );
		final int b = training.blockSize();
		if ( preparation.preparedWidth( image ) < b || preparation.preparedHeight( image ) < b )
			throw new PdPlaneException( "'" + image.name() + "' is " + preparation.preparedWidth( image ) + "x" + preparation.preparedHeight( image )
					+ ( preparation.shave() > 0 ? " after a " + preparation.shave() + "-pixel shave" : "" ) + ", smaller than one " + b + "x" + b
					+ " NIQE block: train with a smaller block size, or leave it out." );
		final int blocksBefore = training.blockCount(), selectedBefore = training.selectedBlockCount();
		for ( int s = 0; s < image.slices(); s++ )
		{
			final Plane plane = preparation.prepare( image, s )[ 0 ];
			final int before = training.selectedBlockCount();
			training.add( image.sliceName( s ), plane, peak );
			if ( training.selectedBlockCount() == before )
				warnings.accept( "'" + image.sliceName( s ) + "' adds no block to the NIQE model: it has no sharp block (it is constant)." );
		}
		return new Added( image.name(), image.slices(), training.blockCount() - blocksBefore, training.selectedBlockCount() - selectedBefore );
	}

	/**
	 * The model of the images added so far.
	 *
	 * @throws PdPlaneException
	 *             where too few sharp blocks with structure were found
	 */
	public NiqeModel model()
	{
		return training.model();
	}

	public NiqeTraining training()
	{
		return training;
	}

	/** One line on what the model rests on, for the log or the terminal. */
	public String summary()
	{
		final int b = training.blockSize();
		return String.format( Locale.ROOT, "%d image(s), %d blocks of %dx%d pixels, %d of them sharp (sharpness above %s of their image's"
				+ " sharpest block), %d of those with structure at both scales: the model rests on %d blocks.", training.imageCount(),
				training.blockCount(), b, b, training.selectedBlockCount(), format( training.threshold() ), training.usableBlockCount(),
				training.usableBlockCount() );
	}

	private static String format( final double v )
	{
		return v == Math.rint( v ) ? Long.toString( ( long ) v ) : Double.toString( v );
	}
}
