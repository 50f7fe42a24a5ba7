package io.github.pdplane.image;

/**
 * {@code corrDn(image, kernel, 'reflect1', [step step], [1 1])} for an odd square kernel, computed with the
 * kernel's mirror symmetries: the spatial steerable pyramid's engine ({@link SpatialSteerablePyramid}). Equal
 * to {@link Correlation#correlate(Plane, double[][], BorderMode, OutputShape, int)} with {@link
 * BorderMode#REFLECT1} and {@link OutputShape#SAME} up to rounding (the products are summed in another
 * order), at a fraction of its time:
 * <ul>
 * <li>Where the kernel's rows mirror each other ({@code h[r][c] = h[K-1-r][c]}, or {@code -h[K-1-r][c]}), the two
 * image rows under them are added (or subtracted) once per output row and share their multiplications.</li>
 * <li>Each kernel column {@code c} is first applied down the columns, {@code V_c = sum_r h[r][c] row_r}, in
 * loops that read every array at the same index (the only loops HotSpot's C2 compiler vectorises); where
 * the columns mirror each other, only half of the {@code V_c} are needed.</li>
 * <li>The output is then {@code sum_c V_c[x + c]} along the row, mirrored columns paired.</li>
 * </ul>
 * The sp5 low-pass and high-pass kernels mirror in both directions and orientations 1 and 4 in one each
 * (their other direction is antisymmetric); orientations 2, 3, 5 and 6 use no symmetry. Immutable and
 * thread-safe.
 */
final class MirrorSymmetricCorrelation
{
	/** Rows or columns that mirror each other: equal, opposite, or neither. */
	private static final int SYMMETRIC = 1, ANTISYMMETRIC = -1, NEITHER = 0;

	private final int size, half;

	private final int rowParity, columnParity;

	/** {@code weights[c][s]}: the weight of source row s (a row or a mirrored pair) in {@code V_c}. */
	private final double[][] weights;

	MirrorSymmetricCorrelation( final double[][] kernel )
	{
		size = kernel.length;
		if ( size % 2 == 0 )
			throw new IllegalArgumentException( "a kernel of odd size is needed, not " + size );
		for ( final double[] row : kernel )
			if ( row.length != size )
				throw new IllegalArgumentException( "a square kernel is needed" );
		half = size / 2;
		rowParity = parity( kernel, true );
		columnParity = parity( kernel, false );
		final int columns = columnParity == SYMMETRIC ? half + 1 : columnParity == ANTISYMMETRIC ? half : size;
		final int sources = rowParity == SYMMETRIC ? half + 1 : rowParity == ANTISYMMETRIC ? half : size;
		weights = new double[ columns ][ sources ];
		for ( int c = 0; c < columns; c++ )
			for ( int s = 0; s < sources; s++ )
				weights[ c ][ s ] = kernel[ s ][ c ];
	}

	/** The kernel's half side: the margin its padded input needs. */
	int half()
	{
		return half;
	}

	/** {@code corrDn(image, kernel, 'reflect1', [step step], [1 1])}. */
	Plane apply( final Plane image, final int step )
	{
		return apply( pad( image, half ), step );
	}

	/** The same, on an image padded for a kernel of this half side. */
	Plane apply( final Padded image, final int step )
	{
		if ( image.margin != half )
			throw new IllegalArgumentException( "the image is padded by " + image.margin + ", the kernel needs " + half );
		final int outW = ( image.width + step - 1 ) / step, outH = ( image.height + step - 1 ) / step;
		final int span = image.rows[ 0 ].length;
		final double[] out = new double[ outW * outH ];
		final double[][] sources = new double[ weights[ 0 ].length ][];
		final double[][] mirrored = new double[ half ][ rowParity == NEITHER ? 0 : span ];
		final double[][] columns = new double[ weights.length ][ span ];
		for ( int oy = 0; oy < outH; oy++ )
		{
			final double[][] window = image.rows;
			final int top = oy * step;
			if ( rowParity == NEITHER )
				for ( int s = 0; s < size; s++ )
					sources[ s ] = window[ top + s ];
			else
			{
				for ( int s = 0; s < half; s++ )
				{
					combine( window[ top + s ], window[ top + size - 1 - s ], rowParity, mirrored[ s ] );
					sources[ s ] = mirrored[ s ];
				}
				if ( rowParity == SYMMETRIC )
					sources[ half ] = window[ top + half ];
			}
			for ( int c = 0; c < weights.length; c++ )
				columnSum( weights[ c ], sources, columns[ c ] );
			along( columns, step, out, oy * outW, outW );
		}
		return new Plane( outW, outH, out );
	}

	/** {@code into = a + b} or {@code a - b}, at one index: a loop the JIT vectorises. */
	private static void combine( final double[] a, final double[] b, final int sign, final double[] into )
	{
		if ( sign == SYMMETRIC )
			for ( int i = 0; i < into.length; i++ )
				into[ i ] = a[ i ] + b[ i ];
		else
			for ( int i = 0; i < into.length; i++ )
				into[ i ] = a[ i ] - b[ i ];
	}

	/** {@code v = sum_s w[s] sources[s]}, two sources per pass, every array at one index. */
	private static void columnSum( final double[] w, final double[][] sources, final double[] v )
	{
		final int n = v.length;
		int s = 0;
		if ( w.length % 2 == 1 )
		{
			final double w0 = w[ 0 ];
			final double[] a = sources[ 0 ];
			for ( int i = 0; i < n; i++ )
				v[ i ] = w0 * a[ i ];
			s = 1;
		}
		else
			java.util.Arrays.fill( v, 0 );
		for ( ; s < w.length; s += 2 )
		{
			final double wa = w[ s ], wb = w[ s + 1 ];
			final double[] a = sources[ s ], b = sources[ s + 1 ];
			for ( int i = 0; i < n; i++ )
				v[ i ] += wa * a[ i ] + wb * b[ i ];
		}
	}

	/**
	 * One output row: {@code sum_c V_c[x + c]} at {@code x = step ox}, mirrored columns paired. Without a step
	 * the shifted columns are copied to the start of two scratch rows ({@code System.arraycopy}, a block copy),
	 * so that the sums read every array at one index and vectorise; with a step they are summed one by one.
	 */
	private void along( final double[][] columns, final int step, final double[] out, final int offset, final int outW )
	{
		if ( step == 1 )
		{
			final double[] row = new double[ outW ], a = new double[ outW ], b = new double[ outW ];
			if ( columnParity == NEITHER )
				for ( int c = 0; c < size; c++ )
				{
					System.arraycopy( columns[ c ], c, a, 0, outW );
					add( row, a );
				}
			else
			{
				if ( columnParity == SYMMETRIC )
					System.arraycopy( columns[ half ], half, row, 0, outW );
				for ( int c = 0; c < half; c++ )
				{
					System.arraycopy( columns[ c ], c, a, 0, outW );
					System.arraycopy( columns[ c ], size - 1 - c, b, 0, outW );
					combineInto( row, a, b, columnParity );
				}
			}
			System.arraycopy( row, 0, out, offset, outW );
			return;
		}
		for ( int ox = 0; ox < outW; ox++ )
		{
			final int x = ox * step;
			double sum;
			if ( columnParity == NEITHER )
			{
				sum = 0;
				for ( int c = 0; c < size; c++ )
					sum += columns[ c ][ x + c ];
			}
			else
			{
				sum = columnParity == SYMMETRIC ? columns[ half ][ x + half ] : 0;
				for ( int c = 0; c < half; c++ )
					sum += columnParity == SYMMETRIC ? columns[ c ][ x + c ] + columns[ c ][ x + size - 1 - c ]
							: columns[ c ][ x + c ] - columns[ c ][ x + size - 1 - c ];
			}
			out[ offset + ox ] = sum;
		}
	}

	private static void add( final double[] row, final double[] a )
	{
		for ( int i = 0; i < row.length; i++ )
			row[ i ] += a[ i ];
	}

	/** {@code row += a + b} or {@code row += a - b}. */
	private static void combineInto( final double[] row, final double[] a, final double[] b, final int sign )
	{
		if ( sign == SYMMETRIC )
			for ( int i = 0; i < row.length; i++ )
				row[ i ] += a[ i ] + b[ i ];
		else
			for ( int i = 0; i < row.length; i++ )
				row[ i ] += a[ i ] - b[ i ];
	}

	/** Whether the kernel's rows (or columns) mirror each other exactly, with equal or opposite taps. */
	private static int parity( final double[][] k, final boolean rows )
	{
		final int n = k.length;
		boolean symmetric = true, antisymmetric = true;
		for ( int i = 0; i < n; i++ )
			for ( int j = 0; j < n; j++ )
			{
				final double v = rows ? k[ i ][ j ] : k[ j ][ i ], mirror = rows ? k[ n - 1 - i ][ j ] : k[ j ][ n - 1 - i ];
				symmetric &= v == mirror;
				antisymmetric &= v == -mirror;
			}
		return symmetric ? SYMMETRIC : antisymmetric ? ANTISYMMETRIC : NEITHER;
	}

	/** An image extended by {@code margin} pixels on every side with reflect1 borders, as separate rows. */
	static final class Padded
	{
		final double[][] rows;

		final int width, height, margin;

		private Padded( final double[][] rows, final int width, final int height, final int margin )
		{
			this.rows = rows;
			this.width = width;
			this.height = height;
			this.margin = margin;
		}
	}

	/** {@code image} mirrored about its edge pixels by {@code margin} on every side. */
	static Padded pad( final Plane image, final int margin )
	{
		final int w = image.width(), h = image.height();
		final double[] values = image.values();
		final int[] left = new int[ margin ], right = new int[ margin ];
		for ( int i = 0; i < margin; i++ )
		{
			left[ i ] = BorderMode.REFLECT1.sourceIndex( i - margin, w );
			right[ i ] = BorderMode.REFLECT1.sourceIndex( w + i, w );
		}
		final double[][] rows = new double[ h + 2 * margin ][ w + 2 * margin ];
		for ( int r = 0; r < rows.length; r++ )
		{
			final int from = BorderMode.REFLECT1.sourceIndex( r - margin, h ) * w;
			final double[] row = rows[ r ];
			System.arraycopy( values, from, row, margin, w );
			for ( int i = 0; i < margin; i++ )
			{
				row[ i ] = values[ from + left[ i ] ];
				row[ margin + w + i ] = values[ from + right[ i ] ];
			}
		}
		return new Padded( rows, w, h, margin );
	}
}
