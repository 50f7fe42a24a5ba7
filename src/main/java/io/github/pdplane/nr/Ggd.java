package io.github.pdplane.nr;

import io.github.pdplane.math.Gamma;

/**
 * Moment-matching fits of the shape of a generalized Gaussian distribution on a grid of shapes: the
 * grid point whose ratio {@code r(g) = Gamma(1/g) Gamma(3/g) / Gamma(2/g)^2} is nearest the sample's,
 * {@code [~, i] = min(abs(r - rho))} with MATLAB's tie rule (the first index). Two releases use it, each
 * with its own grid and its own sample ratio:
 * <ul>
 * <li>{@link #MA}, Ma et al.'s {@code gama_gen_gauss.m}: grid {@code 0.03:0.001:10}, and
 * {@code rho = var(x) / (mean(|x - mean(x)|)^2 + 1e-7)} ({@code var} normalised by N - 1; {@link #shape}).
 * (The BLIINDS-II original of the function took the lower end of the bracket {@code r(j) >= rho > r(j + 1)}
 * and 11 outside the grid; Ma et al.'s release replaced that search, and their published features agree
 * only with the nearest point.)</li>
 * <li>{@link #BRISQUE}, BRISQUE's {@code estimateggdparam.m}: grid {@code 0.2:0.001:10}, and the moments
 * about zero, {@code rho = mean(x^2) / mean(|x|)^2} ({@link #shapeOfZeroMeanMoments}).</li>
 * </ul>
 * Each grid's ratios are precomputed ({@link GammaGrids}) and read once, when its first fit needs them.
 * Immutable and thread-safe.
 */
public final class Ggd
{
	/** Added to the squared mean absolute deviation by {@code gama_gen_gauss.m}. */
	static final double EPSILON = 1e-7;

	/** The grid of Ma et al.'s {@code gama_gen_gauss.m}, {@code 0.03:0.001:10}. */
	public static final Ggd MA = new Ggd( 0.03, "ggd-0.03.bin" );

	/** The grid of BRISQUE's {@code estimateggdparam.m}, {@code 0.2:0.001:10}. */
	public static final Ggd BRISQUE = new Ggd( 0.2, "ggd-0.2.bin" );

	private final double[] shapes;

	/** The table's resource ({@link GammaGrids}). */
	private final String tableName;

	/** The grid's tables, read when the first fit needs them: a grid one process never uses is never read. */
	private volatile Tables tables;

	/** Gamma(1/g) Gamma(3/g) / Gamma(2/g)^2 for each shape, falling along the grid, and whether it falls strictly. */
	private static final class Tables
	{
		final double[] ratios;

		/** Whether the ratios fall strictly, which lets {@link #nearest} bisect. */
		final boolean decreasing;

		Tables( final double[] ratios )
		{
			this.ratios = ratios;
			boolean falling = true;
			for ( int i = 1; i < ratios.length; i++ )
				falling &= ratios[ i ] < ratios[ i - 1 ];
			decreasing = falling;
		}
	}

	/** The grid {@code first:0.001:10}, built as MATLAB's colon operator builds it, and the resource of its table. */
	private Ggd( final double first, final String tableName )
	{
		shapes = Aggd.colon( first, 0.001, 10 );
		this.tableName = tableName;
	}

	private Tables tables()
	{
		Tables t = tables;
		if ( t == null )
		{
			synchronized ( this )
			{
				t = tables;
				if ( t == null )
					tables = t = new Tables( GammaGrids.read( tableName, 1, shapes.length )[ 0 ] );
			}
		}
		return t;
	}

	/** The ratios of the grid from their formula, for the table {@link GammaGrids} reads instead (and the test that checks it). */
	double[] computeRatios()
	{
		final double[] ratios = new double[ shapes.length ];
		for ( int i = 0; i < shapes.length; i++ )
		{
			final double g = shapes[ i ];
			final double g2 = Gamma.gamma( 2 / g );
			ratios[ i ] = Gamma.gamma( 1 / g ) * Gamma.gamma( 3 / g ) / ( g2 * g2 );
		}
		return ratios;
	}

	/** The name of the grid's table. */
	String tableName()
	{
		return tableName;
	}

	/**
	 * BRISQUE's fit from the moments about zero of a sample, {@code rho = mean(x^2) / mean(|x|)^2}. A sample
	 * of zeros gives {@code NaN}, hence the first shape, as MATLAB's {@code min} does.
	 */
	public double shapeOfZeroMeanMoments( final double meanSquare, final double meanAbsolute )
	{
		return shapeOfRatio( meanSquare / ( meanAbsolute * meanAbsolute ) );
	}

	/** {@code gama_gen_gauss}'s shape of {@code values[from .. from + length - 1]}. */
	public double shape( final double[] values, final int from, final int length )
	{
		return shapeOfRatio( ratio( values, from, length ) );
	}

	/** {@code gama_gen_gauss}'s shape of one vector. */
	public double shape( final double[] values )
	{
		return shape( values, 0, values.length );
	}

	/** {@code gama_gen_gauss}'s shape of the concatenation of the vectors, {@code [a; b; ...]} in MATLAB. */
	public double shape( final double[]... parts )
	{
		long n = 0;
		double sum = 0;
		for ( final double[] p : parts )
		{
			for ( final double v : p )
				sum += v;
			n += p.length;
		}
		final double mean = sum / n;
		double squares = 0, absolute = 0;
		for ( final double[] p : parts )
			for ( final double v : p )
			{
				final double d = v - mean;
				squares += d * d;
				absolute += Math.abs( d );
			}
		return shapeOfRatio( ratio( squares, absolute, n ) );
	}

	/** {@code var(x) / (mean(|x - mean(x)|)^2 + 1e-7)}: two passes, as MATLAB's {@code mean} and {@code var}. */
	public static double ratio( final double[] values, final int from, final int length )
	{
		double sum = 0;
		for ( int i = from; i < from + length; i++ )
			sum += values[ i ];
		final double mean = sum / length;
		double squares = 0, absolute = 0;
		for ( int i = from; i < from + length; i++ )
		{
			final double d = values[ i ] - mean;
			squares += d * d;
			absolute += Math.abs( d );
		}
		return ratio( squares, absolute, length );
	}

	private static double ratio( final double squares, final double absolute, final long n )
	{
		final double meanAbsolute = absolute / n;
		return squares / ( n - 1 ) / ( meanAbsolute * meanAbsolute + EPSILON );
	}

	/** The grid shape nearest in ratio: {@code g(i)} for {@code [~, i] = min(abs(r - rho))}. */
	public double shapeOfRatio( final double rho )
	{
		return shapes[ nearest( rho ) ];
	}

	/**
	 * MATLAB's {@code [~, i] = min(abs(r - rho))}, 0-based. Along the strictly falling ratios the distances
	 * fall, then rise, so the minimum sits at the crossing that bisection finds; an equal distance just
	 * before it is MATLAB's choice (the first index). NaN gives index 0, as MATLAB's {@code min} over
	 * NaNs. Without that order (never for these Gamma values, but checked) it scans.
	 */
	int nearest( final double rho )
	{
		if ( Double.isNaN( rho ) )
			return 0;
		final Tables t = tables();
		if ( !t.decreasing )
			return scan( rho );
		final double[] ratios = t.ratios;
		int lo = 0, hi = ratios.length; // the first index whose ratio is below rho
		while ( lo < hi )
		{
			final int mid = ( lo + hi ) >>> 1;
			if ( ratios[ mid ] < rho )
				hi = mid;
			else
				lo = mid + 1;
		}
		int best = Math.min( lo, ratios.length - 1 );
		if ( lo > 0 && distance( lo - 1, rho ) <= distance( best, rho ) )
			best = lo - 1;
		while ( best > 0 && distance( best - 1, rho ) == distance( best, rho ) )
			best--;
		return best;
	}

	int scan( final double rho )
	{
		int best = 0;
		for ( int i = 1; i < shapes.length; i++ )
			if ( distance( i, rho ) < distance( best, rho ) )
				best = i;
		return best;
	}

	private double distance( final int i, final double rho )
	{
		return Math.abs( tables().ratios[ i ] - rho );
	}

	/** The number of grid shapes (9971 for {@link #MA}, 9801 for {@link #BRISQUE}). */
	public int gridSize()
	{
		return shapes.length;
	}

	public double gridShape( final int i )
	{
		return shapes[ i ];
	}

	public double gridRatio( final int i )
	{
		return tables().ratios[ i ];
	}
}
