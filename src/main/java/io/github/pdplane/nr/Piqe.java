package io.github.pdplane.nr;

import java.util.ArrayList;
import java.util.List;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.metrics.ChannelwiseMetric;

/**
 * PIQE, the Perception based Image Quality Evaluator (Venkatanath N., D. Praneeth, Maruthi Chandrasekhar Bh,
 * S. S. Channappayya and S. S. Medasani, "Blind image quality evaluation using perception based features",
 * Twenty First National Conference on Communications (NCC), 2015), as MATLAB's {@code piqe} (Image
 * Processing Toolbox, R2018b and later) computes it (PIQE spec). No model and no training: 0 (best) to 100
 * (worst), lower is better.
 * <p>
 * The grey image is taken as integer levels {@code round(255 I / L)} (MATLAB's {@code round(255 *
 * im2double(I))}: {@code L} is the data range, 255 for 8-bit and 65535 for 16-bit data, not the image's
 * maximum), padded at the bottom and right to whole 16x16 blocks by replicating its last row and column,
 * and turned into MSCN coefficients with replicated borders ({@link MscnFilter.Release#PIQE}). Then for
 * every 16x16 block, top to bottom and left to right, with {@code v} the sample variance of its 256
 * coefficients:
 * <ul>
 * <li><b>activity</b>: the block counts only if {@code v > 0.1};</li>
 * <li><b>noticeable artefact</b> (blockiness, sudden change): some run of 6 consecutive coefficients along
 * one of its four edges has a sample standard deviation below 0.1;</li>
 * <li><b>noise</b>: with {@code s = sqrt(v)} and {@code r} the ratio of the standard deviations of the centre
 * (columns 8 and 9) and of the surround ({@code r = 0} where 0/0), {@code s > 2 |s - r| / max(s, r)}. The
 * surround is MATLAB's: it deletes column 8 and then column 9 of what is left, so it drops columns 8 and 10
 * and keeps column 9;</li>
 * <li>the block's distortion is {@code 1 - v} if impaired, plus {@code v} if noisy.</li>
 * </ul>
 * The score is {@code (sum of distortions + 1) / (active blocks + 1) * 100}: exactly 100 without an active
 * block, so a constant image scores 100, as MATLAB documents. Any non-empty image works (one pixel is padded
 * to one block).
 * <p>
 * {@link #evaluate} also returns the three masks of MATLAB's {@code piqe} (active blocks, blocks with
 * noticeable artefacts, noisy blocks) at the image's size. Immutable and thread-safe.
 */
public final class Piqe implements ChannelwiseMetric
{
	/** The registry id. */
	public static final String ID = "piqe";

	public static final String CITATION = "Venkatanath N., D. Praneeth, Maruthi Chandrasekhar Bh, S. S. Channappayya and S. S. Medasani, "
			+ "\"Blind image quality evaluation using perception based features\", Twenty First National Conference on Communications "
			+ "(NCC), 2015; as MATLAB's piqe computes it";

	/** The side of the blocks. */
	public static final int BLOCK = 16;

	/** A block is active when the variance of its coefficients exceeds this. */
	static final double ACTIVITY_THRESHOLD = 0.1;

	/** An edge segment whose standard deviation is below this marks a noticeable artefact. */
	static final double IMPAIRED_THRESHOLD = 0.1;

	/** The length of an edge segment. */
	static final int SEGMENT = 6;

	/** The 1-based columns of the block centre in the noise criterion: {@code (blockSize - 1 + 1) / 2} and the next. */
	private static final int CENTRE_LEFT = 7, CENTRE_RIGHT = 8;

	/** The column MATLAB's second deletion removes: column 9 of the block without column 8, i.e. column 10 (0-based 9). */
	private static final int SURROUND_DROPPED = 9;

	private static final double EIGHT_BIT_RANGE = 255;

	/**
	 * The four edges of a block stored column by column, in MATLAB's order (top, right, bottom, left): the
	 * index of the first value and the step to the next.
	 */
	private static final int[][] EDGES = { { 0, BLOCK }, { ( BLOCK - 1 ) * BLOCK, 1 }, { BLOCK - 1, BLOCK }, { 0, 1 } };

	/** PIQE's score of one grey plane whose data range is {@code dataRange} (255 for 8-bit data). */
	@Override
	public double score( final String name, final Plane plane, final double dataRange )
	{
		return evaluate( name, plane, dataRange ).score();
	}

	/** MATLAB documents 100 for a uniform image: no block is active. */
	@Override
	public boolean scoresConstantImages()
	{
		return true;
	}

	/** The score and the masks of one evaluation. Immutable. */
	public static final class Result
	{
		private final double score;

		private final BlockMask activity, artefacts, noise;

		Result( final double score, final BlockMask activity, final BlockMask artefacts, final BlockMask noise )
		{
			this.score = score;
			this.activity = activity;
			this.artefacts = artefacts;
			this.noise = noise;
		}

		/** The PIQE score, 0 (best) to 100 (worst). */
		public double score()
		{
			return score;
		}

		/** MATLAB's {@code ActivityMask}: the active (spatially prominent) blocks, the ones scored. */
		public BlockMask activityMask()
		{
			return activity;
		}

		/**
		 * MATLAB's {@code NoticeableArtifactsMask} ({@code ArtifactsMask} in current releases): the active
		 * blocks with a flat run along an edge, such as blocking or another sudden change.
		 */
		public BlockMask artefactMask()
		{
			return artefacts;
		}

		/** MATLAB's {@code NoiseMask}: the active blocks whose centre and surround deviations suggest noise. */
		public BlockMask noiseMask()
		{
			return noise;
		}
	}

	/**
	 * The score and masks of every slice of {@code image} as {@code preparation} prepares it: what the front
	 * ends show and write as PIQE's masks.
	 *
	 * @throws PdPlaneException
	 *             where the preparation gives more than one plane (convention rgb, whose score averages three
	 *             channels with a mask each), or a pixel is not finite
	 */
	public static List< Result > evaluateSlices( final ImageSource image, final Preparation preparation )
	{
		final List< Result > results = new ArrayList<>();
		for ( int s = 0; s < image.slices(); s++ )
		{
			final Plane[] planes = preparation.prepare( image, s );
			if ( planes.length != 1 )
				throw new PdPlaneException( "PIQE's masks are drawn on one grey plane: score '" + image.name() + "' with convention gray "
						+ "or y to have them (rgb averages the scores of the three channels, which have a mask each)." );
			results.add( evaluate( image.sliceName( s ), planes[ 0 ], preparation.peak( image ) ) );
		}
		return results;
	}

	/**
	 * The score and masks of a grey plane, as MATLAB's {@code [score, activityMask, artifactsMask, noiseMask]
	 * = piqe(I)}; the masks have the plane's size.
	 *
	 * @param name
	 *            names the image in messages
	 * @param dataRange
	 *            the data range of the plane (255 for 8-bit data, 65535 for 16-bit data, 1 for values in 0..1)
	 * @throws PdPlaneException
	 *             where a pixel is not finite
	 */
	public static Result evaluate( final String name, final Plane plane, final double dataRange )
	{
		if ( !( dataRange > 0 && dataRange < Double.POSITIVE_INFINITY ) )
			throw new IllegalArgumentException( "data range must be positive and finite, not " + dataRange );
		final int width = plane.width(), height = plane.height();
		if ( width < 1 || height < 1 )
			throw new PdPlaneException( "'" + name + "' is empty (" + width + "x" + height + "): PIQE needs at least one pixel." );
		final int columns = ( width + BLOCK - 1 ) / BLOCK, rows = ( height + BLOCK - 1 ) / BLOCK;
		final int paddedWidth = columns * BLOCK, paddedHeight = rows * BLOCK;
		final double[] levels = levels( name, plane, dataRange, paddedWidth, paddedHeight );

		final boolean[] active = new boolean[ columns * rows ], impaired = new boolean[ columns * rows ], noisy = new boolean[ columns * rows ];
		final MscnFilter filter = new MscnFilter( levels, paddedWidth, paddedHeight, MscnFilter.Release.PIQE );
		final double[] strip = new double[ BLOCK * paddedWidth ];
		final double[] block = new double[ BLOCK * BLOCK ];
		double distortion = 0;
		int activeBlocks = 0;
		for ( int by = 0; by < rows; by++ )
		{
			for ( int r = 0; r < BLOCK; r++ )
				filter.next( strip, r * paddedWidth, null );
			for ( int bx = 0; bx < columns; bx++ )
			{
				// Block(:), column by column as MATLAB stores it
				for ( int c = 0; c < BLOCK; c++ )
					for ( int r = 0; r < BLOCK; r++ )
						block[ c * BLOCK + r ] = strip[ r * paddedWidth + bx * BLOCK + c ];
				final double variance = variance( block, 0, BLOCK * BLOCK, 1 );
				if ( !( variance > ACTIVITY_THRESHOLD ) )
					continue;
				final int b = by * columns + bx;
				active[ b ] = true;
				activeBlocks++;
				impaired[ b ] = hasFlatEdgeSegment( block );
				noisy[ b ] = looksNoisy( block, variance );
				// MATLAB adds both terms, each zero where its weight is
				distortion = distortion + ( impaired[ b ] ? 1 - variance : 0 ) + ( noisy[ b ] ? variance : 0 );
			}
		}
		final double score = ( distortion + 1 ) / ( 1 + activeBlocks ) * 100;
		return new Result( score, new BlockMask( width, height, BLOCK, active ), new BlockMask( width, height, BLOCK, impaired ),
				new BlockMask( width, height, BLOCK, noisy ) );
	}

	/**
	 * {@code round(255 * im2double(I))} of the plane, padded at the bottom and right to the given size by
	 * replicating its last row and column ({@code padarray(I, pad, 'replicate', 'post')}).
	 */
	private static double[] levels( final String name, final Plane plane, final double dataRange, final int paddedWidth,
			final int paddedHeight )
	{
		final int width = plane.width(), height = plane.height();
		final double[] in = plane.values(), out = new double[ paddedWidth * paddedHeight ];
		for ( int y = 0; y < height; y++ )
		{
			final int o = y * paddedWidth;
			for ( int x = 0; x < width; x++ )
			{
				final double v = in[ y * width + x ];
				if ( !Double.isFinite( v ) )
					throw new PdPlaneException( "'" + name + "' has a non-finite pixel at x=" + x + ", y=" + y + ": PIQE needs finite values." );
				out[ o + x ] = roundHalfAwayFromZero( EIGHT_BIT_RANGE * ( v / dataRange ) );
			}
			for ( int x = width; x < paddedWidth; x++ )
				out[ o + x ] = out[ o + width - 1 ];
		}
		for ( int y = height; y < paddedHeight; y++ )
			System.arraycopy( out, ( height - 1 ) * paddedWidth, out, y * paddedWidth, paddedWidth );
		return out;
	}

	/** MATLAB's {@code round}: to the nearest integer, halves away from zero. */
	static double roundHalfAwayFromZero( final double v )
	{
		final double floor = Math.floor( v );
		final double fraction = v - floor; // exact
		if ( fraction > 0.5 || fraction == 0.5 && v > 0 )
			return floor + 1;
		return floor;
	}

	/**
	 * The noticeable-artefact criterion: the top row, right column, bottom row and left column of the block,
	 * each cut into the 11 runs of 6 consecutive values; impaired if any run's sample standard deviation is
	 * below the threshold.
	 */
	private static boolean hasFlatEdgeSegment( final double[] block )
	{
		for ( final int[] edge : EDGES )
			for ( int start = 0; start + SEGMENT <= BLOCK; start++ )
				if ( Math.sqrt( variance( block, edge[ 0 ] + start * edge[ 1 ], SEGMENT, edge[ 1 ] ) ) < IMPAIRED_THRESHOLD )
					return true;
		return false;
	}

	/**
	 * The noise criterion {@code s > 2 |s - r| / max(s, r)}, {@code s} the block's deviation and {@code r} the
	 * ratio of the deviations of the centre columns and of MATLAB's surround.
	 */
	private static boolean looksNoisy( final double[] block, final double variance )
	{
		final double sigma = Math.sqrt( variance );
		// [Block(:, 8); Block(:, 9)]: the two centre columns, adjacent in column-major order
		final double centre = Math.sqrt( variance( block, CENTRE_LEFT * BLOCK, 2 * BLOCK, 1 ) );
		final double surround = Math.sqrt( surroundVariance( block ) );
		double ratio = centre / surround;
		if ( Double.isNaN( ratio ) )
			ratio = 0;
		final double beta = Math.abs( sigma - ratio ) / Math.max( sigma, ratio );
		return sigma > 2 * beta;
	}

	/** The sample variance of the block without columns 8 and 10 (0-based 7 and 9), column by column. */
	private static double surroundVariance( final double[] block )
	{
		double sum = 0;
		int n = 0;
		for ( int c = 0; c < BLOCK; c++ )
			if ( c != CENTRE_LEFT && c != SURROUND_DROPPED )
				for ( int r = 0; r < BLOCK; r++ )
				{
					sum += block[ c * BLOCK + r ];
					n++;
				}
		final double mean = sum / n;
		double squares = 0;
		for ( int c = 0; c < BLOCK; c++ )
			if ( c != CENTRE_LEFT && c != SURROUND_DROPPED )
				for ( int r = 0; r < BLOCK; r++ )
				{
					final double d = block[ c * BLOCK + r ] - mean;
					squares += d * d;
				}
		return squares / ( n - 1 );
	}

	/**
	 * MATLAB's {@code var} (normalised by N - 1, the mean first) of {@code length} values from
	 * {@code values[from]} taken every {@code step}.
	 */
	private static double variance( final double[] values, final int from, final int length, final int step )
	{
		double sum = 0;
		for ( int i = 0; i < length; i++ )
			sum += values[ from + i * step ];
		final double mean = sum / length;
		double squares = 0;
		for ( int i = 0; i < length; i++ )
		{
			final double d = values[ from + i * step ] - mean;
			squares += d * d;
		}
		return squares / ( length - 1 );
	}
}
