package io.github.pdplane.score;

import java.util.Arrays;
import java.util.List;

/**
 * The scores of one restored image, or of one slice of a restored stack, in the order of the metrics
 * that produced them; in a batch job, also the algorithm whose output it is ({@link #paired}).
 */
public final class ScoreRow
{
	/** Marks a row that is not a slice: a single image or a mean over slices. */
	public static final int NO_SLICE = -1;

	private final String algorithm;

	private final String image;

	private final int slice;

	private final double[] values;

	public ScoreRow( final String image, final int slice, final double[] values )
	{
		this( "", image, slice, values );
	}

	private ScoreRow( final String algorithm, final String image, final int slice, final double[] values )
	{
		this.algorithm = algorithm;
		this.image = image;
		this.slice = slice;
		this.values = values.clone();
	}

	/**
	 * This row as a batch job lists it: under {@code algorithm}, named by the pairing key of its image (the
	 * file name {@code "I03.png"}, or {@code "slice 3"} in a stack set), with {@code ":2"} for the second
	 * slice of a stack file.
	 */
	public ScoreRow paired( final String algorithm, final String key )
	{
		return new ScoreRow( algorithm, slice == NO_SLICE ? key : key + ":" + ( slice + 1 ), NO_SLICE, values );
	}

	/** The algorithm of a row of a batch job; empty for an image scored on its own. */
	public String algorithm()
	{
		return algorithm;
	}

	public String image()
	{
		return image;
	}

	/** 0-based slice, or {@link #NO_SLICE}. */
	public int slice()
	{
		return slice;
	}

	public double value( final int metric )
	{
		return values[ metric ];
	}

	public double[] values()
	{
		return values.clone();
	}

	/** The row's name for tables: {@code out.tif:3} for the third slice (1-based, as ImageJ counts). */
	public String label()
	{
		return slice == NO_SLICE ? image : image + ":" + ( slice + 1 );
	}

	/** The mean of each metric over {@code rows}; +Infinity stays +Infinity (PSNR of identical slices). */
	public static ScoreRow mean( final String image, final List< ScoreRow > rows )
	{
		final double[] sum = new double[ rows.get( 0 ).values.length ];
		for ( final ScoreRow r : rows )
			for ( int m = 0; m < sum.length; m++ )
				sum[ m ] += r.values[ m ];
		for ( int m = 0; m < sum.length; m++ )
			sum[ m ] /= rows.size();
		return new ScoreRow( image, NO_SLICE, sum );
	}

	@Override
	public String toString()
	{
		return ( algorithm.isEmpty() ? "" : algorithm + " / " ) + label() + " " + Arrays.toString( values );
	}
}
