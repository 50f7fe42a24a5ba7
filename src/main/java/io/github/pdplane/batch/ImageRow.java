package io.github.pdplane.batch;

import io.github.pdplane.score.ScoreRow;

/**
 * The scores of one image of one algorithm in a batch job, in the order of the job's per-image metrics.
 * The image is named by its pairing key: the file name ({@code "I03.png"}), with {@code ":2"} for the
 * second slice of a stack file, or {@code "slice 3"} for the third slice of a stack set.
 */
public final class ImageRow
{
	private final String algorithm;

	private final String image;

	private final double[] values;

	ImageRow( final String algorithm, final String image, final double[] values )
	{
		this.algorithm = algorithm;
		this.image = image;
		this.values = values.clone();
	}

	public String algorithm()
	{
		return algorithm;
	}

	public String image()
	{
		return image;
	}

	public double value( final int metric )
	{
		return values[ metric ];
	}

	public double[] values()
	{
		return values.clone();
	}

	/** The key of a row of {@code item} where its file held one image, or the slice's key within a stack file. */
	static String imageName( final String key, final ScoreRow row )
	{
		return row.slice() == ScoreRow.NO_SLICE ? key : key + ":" + ( row.slice() + 1 );
	}

	@Override
	public String toString()
	{
		return algorithm + " / " + image;
	}
}
