package io.github.pdplane.image;

/**
 * MATLAB's {@code imresize} for double data (algorithms spec, section 0): any scale, the kernels of
 * {@link ResizeKernel}, antialiasing when shrinking, output length {@code ceil(scale * input)}, and
 * MATLAB's separable algorithm, so results agree with MATLAB to floating-point rounding.
 * <p>
 * Each output pixel {@code x} (1-based) along an axis sits at input coordinate
 * {@code u = x / s + 0.5 (1 - 1 / s)}. When shrinking with antialiasing the kernel is stretched to
 * {@code s k(s t)} with width {@code w / s}. The taps are {@code floor(u - w / 2) + 0 .. P - 1} with
 * {@code P = ceil(w) + 2}; each row of weights is normalised to sum 1; taps outside the image read the
 * mirror image with the edge repeated ({@link BorderMode#SYMMETRIC}); taps whose weight is zero for
 * every output pixel are dropped. (The mirror is what MathWorks' current code does; older copies of
 * {@code imresize.m}, copyright 1992-2013, clamp the taps to the edge instead, which the overloads
 * with a {@link BorderMode} argument reproduce with {@link BorderMode#REPLICATE}.) The two axes are resized one after the other, the one with the
 * smaller scale first (rows first on a tie), as MATLAB orders them. Values are not rounded or clamped:
 * a caller that wants 8-bit output rounds itself (MATLAB rounds {@code uint8} data after each pass).
 */
public final class Imresize
{
	private Imresize()
	{}

	/** {@code imresize(A, scale, kernel)} with MATLAB's antialiasing default for the kernel. */
	public static Plane byScale( final Plane image, final double scale, final ResizeKernel kernel )
	{
		return byScale( image, scale, kernel, kernel.antialiasByDefault() );
	}

	/**
	 * {@code imresize(A, scale, kernel, 'Antialiasing', antialias)}: the output is
	 * {@code ceil(scale * width)} by {@code ceil(scale * height)}, and both axes use {@code scale} itself
	 * (not the ratio of the rounded sizes), as MATLAB does.
	 */
	public static Plane byScale( final Plane image, final double scale, final ResizeKernel kernel, final boolean antialias )
	{
		return byScale( image, scale, kernel, antialias, BorderMode.SYMMETRIC );
	}

	/**
	 * As {@link #byScale(Plane, double, ResizeKernel, boolean)}, with the edge handling of the taps that
	 * fall outside the image: {@link BorderMode#SYMMETRIC} (MATLAB today) or {@link BorderMode#REPLICATE}
	 * (older {@code imresize.m}).
	 */
	public static Plane byScale( final Plane image, final double scale, final ResizeKernel kernel, final boolean antialias,
			final BorderMode edges )
	{
		checkScale( scale );
		return resize( image, outputLength( image.width(), scale ), outputLength( image.height(), scale ), scale, scale, kernel,
				antialias, edges );
	}

	/** {@code imresize(A, [height width], kernel)} with MATLAB's antialiasing default for the kernel. */
	public static Plane toSize( final Plane image, final int width, final int height, final ResizeKernel kernel )
	{
		return toSize( image, width, height, kernel, kernel.antialiasByDefault() );
	}

	/**
	 * {@code imresize(A, [height width], kernel, 'Antialiasing', antialias)}: each axis uses the scale
	 * {@code output / input} of its own.
	 */
	public static Plane toSize( final Plane image, final int width, final int height, final ResizeKernel kernel,
			final boolean antialias )
	{
		return toSize( image, width, height, kernel, antialias, BorderMode.SYMMETRIC );
	}

	/** As {@link #toSize(Plane, int, int, ResizeKernel, boolean)}, with the edge handling of the taps. */
	public static Plane toSize( final Plane image, final int width, final int height, final ResizeKernel kernel,
			final boolean antialias, final BorderMode edges )
	{
		if ( width < 1 || height < 1 )
			throw new IllegalArgumentException( "imresize needs an output of at least 1x1, not " + width + "x" + height );
		checkInput( image );
		return resize( image, width, height, ( double ) width / image.width(), ( double ) height / image.height(), kernel, antialias,
				edges );
	}

	/** MATLAB's output length for a scale factor, {@code ceil(scale * inLength)}. */
	public static int outputLength( final int inLength, final double scale )
	{
		checkScale( scale );
		final double length = Math.ceil( scale * inLength );
		if ( length > Integer.MAX_VALUE )
			throw new IllegalArgumentException( "imresize by " + scale + " of " + inLength + " pixels is too large" );
		return ( int ) length;
	}

	/**
	 * MATLAB's {@code contributions}: which input pixels, with which weights, make each output pixel
	 * along one axis.
	 *
	 * @param scale
	 *            the scale along this axis ({@code outLength / inLength} for a size, the given factor for
	 *            a scale)
	 * @param antialias
	 *            whether to stretch the kernel when {@code scale < 1}
	 */
	public static Contributions contributions( final int inLength, final int outLength, final double scale, final ResizeKernel kernel,
			final boolean antialias )
	{
		return contributions( inLength, outLength, scale, kernel, antialias, BorderMode.SYMMETRIC );
	}

	/**
	 * As {@link #contributions(int, int, double, ResizeKernel, boolean)}, with the mapping of taps outside
	 * the image: {@link BorderMode#SYMMETRIC} or {@link BorderMode#REPLICATE}.
	 */
	public static Contributions contributions( final int inLength, final int outLength, final double scale, final ResizeKernel kernel,
			final boolean antialias, final BorderMode edges )
	{
		if ( edges == BorderMode.ZERO )
			throw new IllegalArgumentException( "imresize maps outside taps to pixels: use a symmetric or replicate border" );
		if ( inLength < 1 || outLength < 1 )
			throw new IllegalArgumentException( "imresize needs lengths of at least 1, not " + inLength + " -> " + outLength );
		checkScale( scale );
		final boolean stretch = scale < 1 && antialias;
		final double width = stretch ? kernel.width() / scale : kernel.width();
		final int taps = ( int ) Math.ceil( width ) + 2;
		if ( ( long ) outLength * taps > Integer.MAX_VALUE - 8 )
			throw new IllegalArgumentException( "imresize by " + scale + " needs too many taps" );
		final double[] weights = new double[ outLength * taps ];
		final int[] indices = new int[ outLength * taps ];
		final boolean[] used = new boolean[ taps ];
		for ( int i = 0; i < outLength; i++ )
		{
			final int x = i + 1;
			final double u = x / scale + 0.5 * ( 1 - 1 / scale );
			final double left = Math.floor( u - width / 2 );
			double sum = 0;
			for ( int p = 0; p < taps; p++ )
			{
				final double j = left + p;
				final double w = stretch ? scale * kernel.weight( scale * ( u - j ) ) : kernel.weight( u - j );
				weights[ i * taps + p ] = w;
				sum += w;
			}
			for ( int p = 0; p < taps; p++ )
			{
				weights[ i * taps + p ] /= sum;
				used[ p ] |= weights[ i * taps + p ] != 0;
				indices[ i * taps + p ] = edges.sourceIndex( ( int ) left + p - 1, inLength );
			}
		}
		return new Contributions( inLength, outLength, taps, weights, indices, used );
	}

	private static Plane resize( final Plane image, final int width, final int height, final double scaleX, final double scaleY,
			final ResizeKernel kernel, final boolean antialias, final BorderMode edges )
	{
		checkInput( image );
		final Contributions rows = contributions( image.height(), height, scaleY, kernel, antialias, edges );
		final Contributions columns = contributions( image.width(), width, scaleX, kernel, antialias, edges );
		if ( scaleY <= scaleX )
		{
			final double[] vertical = resizeVertically( image.values(), image.width(), rows );
			return new Plane( width, height, resizeHorizontally( vertical, image.width(), height, columns ) );
		}
		final double[] horizontal = resizeHorizontally( image.values(), image.width(), image.height(), columns );
		return new Plane( width, height, resizeVertically( horizontal, width, rows ) );
	}

	/** Resizes along dimension 1 (rows, y); each output row is a weighted sum of whole input rows. */
	private static double[] resizeVertically( final double[] in, final int width, final Contributions rows )
	{
		final double[] out = new double[ rows.outLength * width ];
		for ( int i = 0; i < rows.outLength; i++ )
		{
			final int o = i * width;
			for ( int p = 0; p < rows.taps; p++ )
			{
				final double w = rows.weight( i, p );
				final int s = rows.index( i, p ) * width;
				for ( int x = 0; x < width; x++ )
					out[ o + x ] += w * in[ s + x ];
			}
		}
		return out;
	}

	/** Resizes along dimension 2 (columns, x). */
	private static double[] resizeHorizontally( final double[] in, final int width, final int height, final Contributions columns )
	{
		final int outWidth = columns.outLength;
		final double[] out = new double[ outWidth * height ];
		for ( int y = 0; y < height; y++ )
		{
			final int s = y * width;
			final int o = y * outWidth;
			for ( int j = 0; j < outWidth; j++ )
			{
				double sum = 0;
				for ( int p = 0; p < columns.taps; p++ )
					sum += columns.weight( j, p ) * in[ s + columns.index( j, p ) ];
				out[ o + j ] = sum;
			}
		}
		return out;
	}

	private static void checkScale( final double scale )
	{
		if ( !( scale > 0 && scale < Double.POSITIVE_INFINITY ) )
			throw new IllegalArgumentException( "imresize needs a positive finite scale, not " + scale );
	}

	private static void checkInput( final Plane image )
	{
		if ( image.width() < 1 || image.height() < 1 )
			throw new IllegalArgumentException( "imresize needs a non-empty image, not " + image );
	}

	/**
	 * The weights and 0-based input indices of one axis, {@code taps} per output pixel, with the taps
	 * that are zero for every output pixel already dropped (MATLAB's {@code kill}).
	 */
	public static final class Contributions
	{
		private final int inLength;

		private final int outLength;

		private final int taps;

		private final double[] weights;

		private final int[] indices;

		private Contributions( final int inLength, final int outLength, final int allTaps, final double[] weights, final int[] indices,
				final boolean[] used )
		{
			int kept = 0;
			for ( final boolean u : used )
				if ( u )
					kept++;
			this.inLength = inLength;
			this.outLength = outLength;
			this.taps = kept;
			this.weights = new double[ outLength * kept ];
			this.indices = new int[ outLength * kept ];
			for ( int i = 0; i < outLength; i++ )
			{
				int q = 0;
				for ( int p = 0; p < allTaps; p++ )
					if ( used[ p ] )
					{
						this.weights[ i * kept + q ] = weights[ i * allTaps + p ];
						this.indices[ i * kept + q ] = indices[ i * allTaps + p ];
						q++;
					}
			}
		}

		public int inLength()
		{
			return inLength;
		}

		public int outLength()
		{
			return outLength;
		}

		/** Taps per output pixel after dropping the all-zero ones. */
		public int taps()
		{
			return taps;
		}

		/** The weight of tap {@code p} of output pixel {@code i} (both 0-based). */
		public double weight( final int i, final int p )
		{
			return weights[ i * taps + p ];
		}

		/** The 0-based input pixel that tap {@code p} of output pixel {@code i} reads. */
		public int index( final int i, final int p )
		{
			return indices[ i * taps + p ];
		}
	}
}
