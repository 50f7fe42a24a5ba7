package io.github.pdplane.nr;

import io.github.pdplane.math.Gamma;

/**
 * Moment-matching fit of an asymmetric generalized Gaussian distribution (AGGD), as the LIVE releases
 * of NIQE and BRISQUE do it ({@code estimateaggdparam}; Lasmar, Stitou and Berthoumieu, "Multiscale
 * skewed heavy tailed model for texture analysis", ICIP 2009): the shape is the point of the grid
 * {@code 0.2:0.001:10} whose ratio {@code Gamma(2/a)^2 / (Gamma(1/a) Gamma(3/a))} is nearest the
 * sample's, with MATLAB's tie rule (the first, i.e. smallest, shape). The grid's Gamma ratios are
 * precomputed ({@link GammaGrids}) and read once, when the first fit needs them. Thread-safe.
 */
public final class Aggd
{
	/** The shape grid {@code 0.2:0.001:10}, built as MATLAB's colon operator builds it. */
	private static final double[] SHAPES = colon( 0.2, 0.001, 10 );

	/** The resource of the grid's tables ({@link GammaGrids}). */
	static final String TABLE = "aggd-0.2.bin";

	/** The tables of the grid, read when the first fit needs them ({@link GammaGrids}). */
	private static final class Tables
	{
		/** Gamma(2/a)^2 / (Gamma(1/a) Gamma(3/a)) for each shape. */
		static final double[] RATIOS;

		/** sqrt(Gamma(1/a) / Gamma(3/a)), which turns a standard deviation into the AGGD scale. */
		static final double[] SCALE_FACTORS;

		/** Gamma(2/a) / Gamma(1/a), the factor of the AGGD mean. */
		static final double[] MEAN_FACTORS;

		/** Whether the ratio increases strictly along the grid, which lets {@link #shapeIndex} bisect. */
		static final boolean INCREASING;

		static
		{
			final double[][] t = GammaGrids.read( TABLE, 3, SHAPES.length );
			RATIOS = t[ 0 ];
			SCALE_FACTORS = t[ 1 ];
			MEAN_FACTORS = t[ 2 ];
			boolean increasing = true;
			for ( int i = 1; i < RATIOS.length; i++ )
				increasing &= RATIOS[ i ] > RATIOS[ i - 1 ];
			INCREASING = increasing;
		}
	}

	/**
	 * The ratios, scale factors and mean factors of the grid from their formulas, for the table
	 * {@link GammaGrids} reads instead (and the test that checks it).
	 */
	static double[][] computeTables()
	{
		final double[] ratios = new double[ SHAPES.length ], scaleFactors = new double[ SHAPES.length ], meanFactors = new double[ SHAPES.length ];
		for ( int i = 0; i < SHAPES.length; i++ )
		{
			final double a = SHAPES[ i ];
			final double g1 = Gamma.gamma( 1 / a ), g2 = Gamma.gamma( 2 / a ), g3 = Gamma.gamma( 3 / a );
			ratios[ i ] = g2 * g2 / ( g1 * g3 );
			scaleFactors[ i ] = Math.sqrt( g1 / g3 );
			meanFactors[ i ] = g2 / g1;
		}
		return new double[][] { ratios, scaleFactors, meanFactors };
	}

	private Aggd()
	{}

	/** The moments of one sample that the fit needs, accumulated value by value. */
	public static final class Moments
	{
		/** The bits of a double but its sign. */
		private static final long MAGNITUDE = 0x7fff_ffff_ffff_ffffL;

		private double leftSquares, rightSquares, absolute, squares;

		private long left, right, count;

		public void reset()
		{
			leftSquares = rightSquares = absolute = squares = 0;
			left = right = count = 0;
		}

		public void add( final double v )
		{
			final double square = v * v;
			if ( v < 0 )
			{
				leftSquares += square;
				left++;
			}
			else if ( v > 0 )
			{
				rightSquares += square;
				right++;
			}
			absolute += Math.abs( v );
			squares += square;
			count++;
		}

		/** Adds {@code values[from .. from + n - 1]}, in that order. */
		public void addAll( final double[] values, final int from, final int n )
		{
			addProducts( values, from, null, 0, n );
		}

		/**
		 * Adds the products {@code a[ai + i] * b[bi + i]} for {@code i = 0 .. n - 1}, in that order ({@code b}
		 * null: the values of {@code a} themselves): the same sums as {@link #add} value by value, bit for bit.
		 * The running sums stay in local variables for the loop, and the sides are chosen without branches,
		 * since signs come in random order and mispredicted branches were most of BRISQUE's time: a value's
		 * square is masked to +0 on the side it is not on, and adding +0 leaves a sum of squares unchanged.
		 */
		public void addProducts( final double[] a, final int ai, final double[] b, final int bi, final int n )
		{
			double leftSum = leftSquares, rightSum = rightSquares, absoluteSum = absolute, squareSum = squares;
			long negatives = left, positives = right;
			for ( int i = 0; i < n; i++ )
			{
				final double v = b == null ? a[ ai + i ] : a[ ai + i ] * b[ bi + i ];
				final double square = v * v;
				final long bits = Double.doubleToRawLongBits( v ), squareBits = Double.doubleToRawLongBits( square );
				// 1 where v is not a zero of either sign (finite values only), then its side: v < 0 or v > 0
				final long nonZero = ( ( bits & MAGNITUDE ) + MAGNITUDE ) >>> 63;
				final long negative = ( bits >>> 63 ) & nonZero, positive = nonZero ^ negative;
				leftSum += Double.longBitsToDouble( squareBits & -negative );
				rightSum += Double.longBitsToDouble( squareBits & -positive );
				negatives += negative;
				positives += positive;
				absoluteSum += Math.abs( v );
				squareSum += square;
			}
			leftSquares = leftSum;
			rightSquares = rightSum;
			absolute = absoluteSum;
			squares = squareSum;
			left = negatives;
			right = positives;
			count += n;
		}

		/** {@code mean(v.^2)} over every value added. */
		public double meanSquare()
		{
			return squares / count;
		}

		/** {@code mean(abs(v))} over every value added. */
		public double meanAbsolute()
		{
			return absolute / count;
		}
	}

	/**
	 * The fitted parameters. Where the sample lacks negative or positive values the deviations and
	 * scales are {@code NaN} and the shape is the first of the grid, 0.2, as in MATLAB (whose
	 * {@code min} returns index 1 for an all-NaN vector).
	 */
	public static final class Fit
	{
		private final int index;

		private final double leftDeviation, rightDeviation;

		Fit( final int index, final double leftDeviation, final double rightDeviation )
		{
			this.index = index;
			this.leftDeviation = leftDeviation;
			this.rightDeviation = rightDeviation;
		}

		/** The shape alpha. */
		public double shape()
		{
			return SHAPES[ index ];
		}

		/** sqrt(mean(v^2)) over the negative values (sigma_l). */
		public double leftDeviation()
		{
			return leftDeviation;
		}

		/** sqrt(mean(v^2)) over the positive values (sigma_r). */
		public double rightDeviation()
		{
			return rightDeviation;
		}

		/** The left scale beta_l = sigma_l sqrt(Gamma(1/a) / Gamma(3/a)). */
		public double leftScale()
		{
			return leftDeviation * Tables.SCALE_FACTORS[ index ];
		}

		public double rightScale()
		{
			return rightDeviation * Tables.SCALE_FACTORS[ index ];
		}

		/** Gamma(2/a) / Gamma(1/a): the AGGD mean is (beta_r - beta_l) times this. */
		public double meanFactor()
		{
			return Tables.MEAN_FACTORS[ index ];
		}

		/** sqrt(Gamma(1/a) / Gamma(3/a)). */
		public double scaleFactor()
		{
			return Tables.SCALE_FACTORS[ index ];
		}
	}

	public static Fit fit( final Moments m )
	{
		final double leftDeviation = Math.sqrt( m.leftSquares / m.left );
		final double rightDeviation = Math.sqrt( m.rightSquares / m.right );
		final double gammaHat = leftDeviation / rightDeviation;
		final double meanAbsolute = m.meanAbsolute();
		final double rHat = meanAbsolute * meanAbsolute / m.meanSquare();
		final double g2 = gammaHat * gammaHat;
		final double normalised = rHat * ( g2 * gammaHat + 1 ) * ( gammaHat + 1 ) / ( ( g2 + 1 ) * ( g2 + 1 ) );
		return new Fit( shapeIndex( normalised ), leftDeviation, rightDeviation );
	}

	/** A fit of a whole sample, for tests and for callers without a streaming loop. */
	public static Fit fit( final double[] values )
	{
		final Moments m = new Moments();
		for ( final double v : values )
			m.add( v );
		return fit( m );
	}

	/** The number of shapes in the grid (9801). */
	public static int gridSize()
	{
		return SHAPES.length;
	}

	/** Shape {@code i} of the grid. */
	public static double gridShape( final int i )
	{
		return SHAPES[ i ];
	}

	/** The generalized Gaussian ratio of grid shape {@code i}. */
	public static double gridRatio( final int i )
	{
		return Tables.RATIOS[ i ];
	}

	/**
	 * MATLAB's {@code [~, i] = min((r_gam - target).^2)} over the grid, 0-based. Along a strictly
	 * increasing grid the squared differences fall, then rise (rounding is monotonic), so the minimum
	 * sits at the crossing found by bisection; equal values before it are walked back to keep MATLAB's
	 * first index. Without that order (never for these Gamma values, but checked) it scans.
	 */
	static int shapeIndex( final double target )
	{
		if ( Double.isNaN( target ) || Double.isInfinite( target ) )
			return 0; // every difference is NaN or Inf: MATLAB's min returns the first index
		if ( !Tables.INCREASING )
			return scan( target );
		int lo = 0, hi = Tables.RATIOS.length; // first index with RATIOS[i] >= target
		while ( lo < hi )
		{
			final int mid = ( lo + hi ) >>> 1;
			if ( Tables.RATIOS[ mid ] < target )
				lo = mid + 1;
			else
				hi = mid;
		}
		int best = lo == Tables.RATIOS.length ? lo - 1 : lo;
		if ( lo > 0 && squaredDifference( lo - 1, target ) <= squaredDifference( best, target ) )
			best = lo - 1;
		final double min = squaredDifference( best, target );
		while ( best > 0 && squaredDifference( best - 1, target ) == min )
			best--;
		return best;
	}

	static int scan( final double target )
	{
		int best = 0;
		double min = squaredDifference( 0, target );
		for ( int i = 1; i < Tables.RATIOS.length; i++ )
		{
			final double d = squaredDifference( i, target );
			if ( d < min )
			{
				min = d;
				best = i;
			}
		}
		return best;
	}

	private static double squaredDifference( final int i, final double target )
	{
		final double d = Tables.RATIOS[ i ] - target;
		return d * d;
	}

	/**
	 * MATLAB's {@code a:d:b} for non-integer steps: the number of steps rounded, the end point snapped
	 * to {@code b} within rounding, and the vector built from both ends towards the middle so that it
	 * is symmetric (C. Moler, "The colon operator", 2019).
	 */
	static double[] colon( final double a, final double d, final double b )
	{
		final double tolerance = 2 * Math.ulp( 1.0 ) * Math.max( Math.abs( a ), Math.abs( b ) );
		int n = ( int ) Math.round( ( b - a ) / d );
		if ( a + n * d - b > tolerance )
			n--;
		double c = a + n * d;
		if ( c - b > -tolerance )
			c = b;
		final double[] v = new double[ n + 1 ];
		for ( int k = 0; k <= n / 2; k++ )
		{
			v[ k ] = a + k * d;
			v[ n - k ] = c - k * d;
		}
		if ( n % 2 == 0 )
			v[ n / 2 ] = ( a + c ) / 2;
		return v;
	}
}
