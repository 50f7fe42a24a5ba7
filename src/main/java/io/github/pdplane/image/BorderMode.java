package io.github.pdplane.image;

/**
 * How MATLAB's {@code imfilter} and {@code padarray} see pixels outside an image (algorithms spec,
 * section 0). For an image of length {@code n} along one axis, {@link #sourceIndex} maps any integer
 * position to the pixel that stands there, or to {@link #OUTSIDE} where the value is zero.
 */
public enum BorderMode
{
	/** Zero outside, the default of {@code imfilter} and the only border of {@code filter2}. */
	ZERO
	{
		@Override
		public int sourceIndex( final int i, final int n )
		{
			return i >= 0 && i < n ? i : OUTSIDE;
		}
	},
	/** {@code 'replicate'}: the nearest edge pixel (clamp to edge). */
	REPLICATE
	{
		@Override
		public int sourceIndex( final int i, final int n )
		{
			return i < 0 ? 0 : i >= n ? n - 1 : i;
		}
	},
	/**
	 * {@code 'symmetric'}: mirror including the edge pixel ({@code ... b a | a b c ... x y z | z y x ...}),
	 * repeated with period {@code 2n} for pads longer than the image, as {@code padarray} does. It is also
	 * the index mapping of {@code imresize} ({@code aux = [1:n, n:-1:1]}, indexed modulo {@code 2n}).
	 */
	SYMMETRIC
	{
		@Override
		public int sourceIndex( final int i, final int n )
		{
			final int m = Math.floorMod( i, 2 * n );
			return m < n ? m : 2 * n - 1 - m;
		}
	},
	/**
	 * {@code 'reflect1'} of matlabPyrTools' {@code corrDn}: mirror about the edge pixel without repeating it
	 * ({@code ... c b | a b c ... x y z | y x ...}), which keeps the parity of positions when a pyramid
	 * subsamples by 2. {@code corrDn} folds the kernel back onto the image instead of extending the image,
	 * which is the same thing wherever the kernel overhangs one edge by less than the image length (it
	 * refuses kernels larger than the image); beyond that the mirror repeats with period {@code 2(n - 1)}.
	 * An image of length 1 is its own mirror.
	 */
	REFLECT1
	{
		@Override
		public int sourceIndex( final int i, final int n )
		{
			if ( n == 1 )
				return 0;
			final int m = Math.floorMod( i, 2 * ( n - 1 ) );
			return m < n ? m : 2 * ( n - 1 ) - m;
		}
	};

	/** Returned by {@link #sourceIndex} where the border supplies a zero instead of a pixel. */
	public static final int OUTSIDE = -1;

	/**
	 * @param i
	 *            a 0-based position, possibly outside {@code [0, n)}
	 * @param n
	 *            the image length along the axis, at least 1
	 * @return the 0-based pixel seen at {@code i}, or {@link #OUTSIDE}
	 */
	public abstract int sourceIndex( int i, int n );
}
