package io.github.pdplane.image;

/**
 * The output shapes of MATLAB's {@code filter2}, {@code conv2} and {@code imfilter} (algorithms spec,
 * section 0), for a correlation with a kernel of length {@code k} along an axis of length {@code n}.
 */
public enum OutputShape
{
	/**
	 * {@code 'same'}: {@code n} outputs, the kernel's anchor on each pixel. The anchor is the kernel's
	 * centre, or for an even length the element before it: index {@code (k - 1) / 2} (0-based), MATLAB's
	 * {@code floor((size(h) + 1) / 2)} (1-based).
	 */
	SAME,
	/** {@code 'valid'}: the {@code n - k + 1} outputs whose kernel lies inside the image (none if negative). */
	VALID;

	/** The number of outputs along an axis. */
	public int outputLength( final int n, final int k )
	{
		return this == SAME ? n : Math.max( 0, n - k + 1 );
	}

	/** The input position under kernel element 0 for output 0. */
	public int firstInput( final int k )
	{
		return this == SAME ? -anchor( k ) : 0;
	}

	/** The 0-based anchor of a kernel of length {@code k} in 'same' filtering. */
	public static int anchor( final int k )
	{
		return ( k - 1 ) / 2;
	}
}
