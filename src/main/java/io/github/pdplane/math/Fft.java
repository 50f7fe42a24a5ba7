package io.github.pdplane.math;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The discrete Fourier transform {@code X[k] = sum_j x[j] exp(-2 pi i j k / n)} of any length, as MATLAB's
 * {@code fft} defines it, on split real and imaginary arrays. Lengths whose prime factors are at most
 * {@value #LARGEST_DIRECT_PRIME} are factored into a self-sorting (Stockham) sequence of radix-4, 2, 3, 5
 * and direct odd-prime stages; other lengths go through Bluestein's chirp convolution on a power of two.
 * <p>
 * A transform works on several interleaved sequences at once: element {@code j} of sequence {@code q}
 * sits at {@code offset + q + count * j}. With {@code count = 1} that is one contiguous sequence (a row of
 * an image); with {@code count = width} it is every column of a row-major image, transformed together in
 * passes over whole rows. Plans are built once per length and shared; they are immutable, and scratch
 * memory comes from each call, so one plan serves any number of threads.
 */
public final class Fft
{
	/** Longer prime factors are transformed by Bluestein's algorithm instead of a direct O(p^2) stage. */
	static final int LARGEST_DIRECT_PRIME = 61;

	/** Below this many interleaved sequences a stage loops over the butterflies innermost. */
	private static final int WIDE = 8;

	private static final ConcurrentHashMap< Integer, Fft > PLANS = new ConcurrentHashMap<>();

	private final int n;

	/** The radices of the stages, first to last; empty for Bluestein plans and for n = 1. */
	private final int[] radices;

	/** Twiddles of each stage: {@code exp(-2 pi i p k / length)} at {@code p * (radix - 1) + k - 1}. */
	private final double[][] twiddleRe, twiddleIm;

	/** exp(-2 pi i j / r) for each direct odd-prime radix r, indexed by stage. */
	private final double[][] rootRe, rootIm;

	private final Bluestein bluestein;

	private Fft( final int n )
	{
		this.n = n;
		final List< Integer > factors = factor( n );
		if ( factors.get( factors.size() - 1 ) > LARGEST_DIRECT_PRIME )
		{
			radices = new int[ 0 ];
			twiddleRe = twiddleIm = rootRe = rootIm = new double[ 0 ][];
			bluestein = new Bluestein( n );
			return;
		}
		bluestein = null;
		radices = radices( factors );
		twiddleRe = new double[ radices.length ][];
		twiddleIm = new double[ radices.length ][];
		rootRe = new double[ radices.length ][];
		rootIm = new double[ radices.length ][];
		int length = n;
		for ( int s = 0; s < radices.length; s++ )
		{
			final int r = radices[ s ], m = length / r;
			twiddleRe[ s ] = new double[ m * ( r - 1 ) ];
			twiddleIm[ s ] = new double[ m * ( r - 1 ) ];
			for ( int p = 0; p < m; p++ )
				for ( int k = 1; k < r; k++ )
				{
					// reduce p k modulo the length first, so that large lengths lose no accuracy
					final double angle = -2 * Math.PI * ( ( ( long ) p * k ) % length ) / length;
					twiddleRe[ s ][ p * ( r - 1 ) + k - 1 ] = Math.cos( angle );
					twiddleIm[ s ][ p * ( r - 1 ) + k - 1 ] = Math.sin( angle );
				}
			if ( r > 5 )
			{
				rootRe[ s ] = new double[ r ];
				rootIm[ s ] = new double[ r ];
				for ( int j = 0; j < r; j++ )
				{
					rootRe[ s ][ j ] = Math.cos( -2 * Math.PI * j / r );
					rootIm[ s ][ j ] = Math.sin( -2 * Math.PI * j / r );
				}
			}
			length = m;
		}
	}

	/** The plan for sequences of length {@code n}, built on first use. */
	public static Fft of( final int n )
	{
		if ( n < 1 )
			throw new IllegalArgumentException( "a DFT needs a length of at least 1, not " + n );
		final Fft cached = PLANS.get( n );
		if ( cached != null )
			return cached;
		// built outside the map: a Bluestein plan asks for the plan of its padded length while it is built, and
		// computeIfAbsent forbids changing the map from inside (it fails with "Recursive update" where the map grows)
		final Fft built = new Fft( n );
		final Fft raced = PLANS.putIfAbsent( n, built );
		return raced != null ? raced : built;
	}

	public int length()
	{
		return n;
	}

	/** {@code fft} of {@code count} interleaved sequences, in place. */
	public void forward( final double[] re, final double[] im, final int offset, final int count )
	{
		check( re, im, offset, count );
		if ( bluestein != null )
			bluestein.transform( re, im, offset, count );
		else
			stockham( re, im, offset, count );
	}

	/** {@code ifft} (with the factor 1/n) of {@code count} interleaved sequences, in place. */
	public void inverse( final double[] re, final double[] im, final int offset, final int count )
	{
		// ifft(x) = conj(fft(conj(x))) / n
		negate( im, offset, n * count );
		forward( re, im, offset, count );
		final double scale = 1.0 / n;
		for ( int i = offset; i < offset + n * count; i++ )
		{
			re[ i ] *= scale;
			im[ i ] *= -scale;
		}
	}

	/** {@code fft2} of a row-major {@code width x height} array, in place. */
	public static void forward2d( final double[] re, final double[] im, final int width, final int height )
	{
		final Fft rows = of( width ), columns = of( height );
		for ( int y = 0; y < height; y++ )
			rows.forward( re, im, y * width, 1 );
		columns.forward( re, im, 0, width );
	}

	/** {@code ifft2} of a row-major {@code width x height} array, in place. */
	public static void inverse2d( final double[] re, final double[] im, final int width, final int height )
	{
		final Fft rows = of( width ), columns = of( height );
		for ( int y = 0; y < height; y++ )
			rows.inverse( re, im, y * width, 1 );
		columns.inverse( re, im, 0, width );
	}

	private void check( final double[] re, final double[] im, final int offset, final int count )
	{
		if ( count < 1 || offset < 0 || ( long ) offset + ( long ) n * count > Math.min( re.length, im.length ) )
			throw new IllegalArgumentException( count + " sequences of " + n + " at " + offset + " do not fit arrays of " + re.length + " and "
					+ im.length );
	}

	private static void negate( final double[] a, final int from, final int length )
	{
		for ( int i = from; i < from + length; i++ )
			a[ i ] = -a[ i ];
	}

	/**
	 * The self-sorting decimation-in-frequency FFT: stage {@code s} splits the current length into
	 * {@code r * m}; input {@code x[q + stride (p + j m)]} ({@code j < r}) gives the radix-r DFT
	 * {@code b_k}, which is multiplied by the twiddle {@code w^(p k)} and written to
	 * {@code y[q + stride (r p + k)]}; the stride grows by r. Reads and writes alternate between the data
	 * and a scratch array, and the output comes out in natural order.
	 */
	private void stockham( final double[] re, final double[] im, final int offset, final int count )
	{
		if ( radices.length == 0 )
			return;
		final int total = n * count;
		double[] xr = new double[ total ], xi = new double[ total ];
		System.arraycopy( re, offset, xr, 0, total );
		System.arraycopy( im, offset, xi, 0, total );
		double[] yr = new double[ total ], yi = new double[ total ];
		int length = n, stride = count;
		for ( int s = 0; s < radices.length; s++ )
		{
			final int r = radices[ s ], m = length / r;
			switch ( r )
			{
			case 2:
				radix2( xr, xi, yr, yi, m, stride, twiddleRe[ s ], twiddleIm[ s ] );
				break;
			case 3:
				radix3( xr, xi, yr, yi, m, stride, twiddleRe[ s ], twiddleIm[ s ] );
				break;
			case 4:
				radix4( xr, xi, yr, yi, m, stride, twiddleRe[ s ], twiddleIm[ s ] );
				break;
			case 5:
				radix5( xr, xi, yr, yi, m, stride, twiddleRe[ s ], twiddleIm[ s ] );
				break;
			default:
				radixPrime( xr, xi, yr, yi, r, m, stride, twiddleRe[ s ], twiddleIm[ s ], rootRe[ s ], rootIm[ s ] );
			}
			final double[] tr = xr, ti = xi;
			xr = yr;
			xi = yi;
			yr = tr;
			yi = ti;
			length = m;
			stride *= r;
		}
		System.arraycopy( xr, 0, re, offset, total );
		System.arraycopy( xi, 0, im, offset, total );
	}

	private static void radix2( final double[] xr, final double[] xi, final double[] yr, final double[] yi, final int m, final int stride,
			final double[] wr, final double[] wi )
	{
		final int half = stride * m;
		if ( stride >= WIDE )
		{
			for ( int p = 0; p < m; p++ )
			{
				final double w1r = wr[ p ], w1i = wi[ p ];
				final int in = stride * p, out = stride * 2 * p;
				for ( int q = 0; q < stride; q++ )
				{
					final double ar = xr[ in + q ], ai = xi[ in + q ], br = xr[ in + q + half ], bi = xi[ in + q + half ];
					yr[ out + q ] = ar + br;
					yi[ out + q ] = ai + bi;
					final double dr = ar - br, di = ai - bi;
					yr[ out + q + stride ] = dr * w1r - di * w1i;
					yi[ out + q + stride ] = dr * w1i + di * w1r;
				}
			}
			return;
		}
		for ( int q = 0; q < stride; q++ )
			for ( int p = 0; p < m; p++ )
			{
				final int in = stride * p + q, out = stride * 2 * p + q;
				final double ar = xr[ in ], ai = xi[ in ], br = xr[ in + half ], bi = xi[ in + half ];
				yr[ out ] = ar + br;
				yi[ out ] = ai + bi;
				final double dr = ar - br, di = ai - bi;
				yr[ out + stride ] = dr * wr[ p ] - di * wi[ p ];
				yi[ out + stride ] = dr * wi[ p ] + di * wr[ p ];
			}
	}

	private static void radix4( final double[] xr, final double[] xi, final double[] yr, final double[] yi, final int m, final int stride,
			final double[] wr, final double[] wi )
	{
		final int quarter = stride * m;
		for ( int p = 0; p < m; p++ )
		{
			final double w1r = wr[ 3 * p ], w1i = wi[ 3 * p ], w2r = wr[ 3 * p + 1 ], w2i = wi[ 3 * p + 1 ], w3r = wr[ 3 * p + 2 ],
					w3i = wi[ 3 * p + 2 ];
			final int in = stride * p, out = stride * 4 * p;
			for ( int q = 0; q < stride; q++ )
			{
				final int i0 = in + q, i1 = i0 + quarter, i2 = i1 + quarter, i3 = i2 + quarter;
				final double s02r = xr[ i0 ] + xr[ i2 ], s02i = xi[ i0 ] + xi[ i2 ];
				final double d02r = xr[ i0 ] - xr[ i2 ], d02i = xi[ i0 ] - xi[ i2 ];
				final double s13r = xr[ i1 ] + xr[ i3 ], s13i = xi[ i1 ] + xi[ i3 ];
				final double d13r = xr[ i1 ] - xr[ i3 ], d13i = xi[ i1 ] - xi[ i3 ];
				final int o = out + q;
				yr[ o ] = s02r + s13r;
				yi[ o ] = s02i + s13i;
				// b1 = d02 - i d13, b2 = s02 - s13, b3 = d02 + i d13
				final double b1r = d02r + d13i, b1i = d02i - d13r;
				final double b2r = s02r - s13r, b2i = s02i - s13i;
				final double b3r = d02r - d13i, b3i = d02i + d13r;
				yr[ o + stride ] = b1r * w1r - b1i * w1i;
				yi[ o + stride ] = b1r * w1i + b1i * w1r;
				yr[ o + 2 * stride ] = b2r * w2r - b2i * w2i;
				yi[ o + 2 * stride ] = b2r * w2i + b2i * w2r;
				yr[ o + 3 * stride ] = b3r * w3r - b3i * w3i;
				yi[ o + 3 * stride ] = b3r * w3i + b3i * w3r;
			}
		}
	}

	private static final double SIN_60 = Math.sqrt( 3 ) / 2;

	private static void radix3( final double[] xr, final double[] xi, final double[] yr, final double[] yi, final int m, final int stride,
			final double[] wr, final double[] wi )
	{
		final int third = stride * m;
		for ( int p = 0; p < m; p++ )
		{
			final double w1r = wr[ 2 * p ], w1i = wi[ 2 * p ], w2r = wr[ 2 * p + 1 ], w2i = wi[ 2 * p + 1 ];
			final int in = stride * p, out = stride * 3 * p;
			for ( int q = 0; q < stride; q++ )
			{
				final int i0 = in + q, i1 = i0 + third, i2 = i1 + third;
				final double tr = xr[ i1 ] + xr[ i2 ], ti = xi[ i1 ] + xi[ i2 ];
				final double mr = xr[ i0 ] - 0.5 * tr, mi = xi[ i0 ] - 0.5 * ti;
				// -i sin(120 degrees) (x1 - x2)
				final double sr = SIN_60 * ( xi[ i1 ] - xi[ i2 ] ), si = -SIN_60 * ( xr[ i1 ] - xr[ i2 ] );
				final int o = out + q;
				yr[ o ] = xr[ i0 ] + tr;
				yi[ o ] = xi[ i0 ] + ti;
				final double b1r = mr + sr, b1i = mi + si, b2r = mr - sr, b2i = mi - si;
				yr[ o + stride ] = b1r * w1r - b1i * w1i;
				yi[ o + stride ] = b1r * w1i + b1i * w1r;
				yr[ o + 2 * stride ] = b2r * w2r - b2i * w2i;
				yi[ o + 2 * stride ] = b2r * w2i + b2i * w2r;
			}
		}
	}

	private static final double C1 = Math.cos( 2 * Math.PI / 5 ), C2 = Math.cos( 4 * Math.PI / 5 ), S1 = Math.sin( 2 * Math.PI / 5 ),
			S2 = Math.sin( 4 * Math.PI / 5 );

	private static void radix5( final double[] xr, final double[] xi, final double[] yr, final double[] yi, final int m, final int stride,
			final double[] wr, final double[] wi )
	{
		final int fifth = stride * m;
		for ( int p = 0; p < m; p++ )
		{
			final int in = stride * p, out = stride * 5 * p, w = 4 * p;
			for ( int q = 0; q < stride; q++ )
			{
				final int i0 = in + q, i1 = i0 + fifth, i2 = i1 + fifth, i3 = i2 + fifth, i4 = i3 + fifth;
				final double s14r = xr[ i1 ] + xr[ i4 ], s14i = xi[ i1 ] + xi[ i4 ], d14r = xr[ i1 ] - xr[ i4 ], d14i = xi[ i1 ] - xi[ i4 ];
				final double s23r = xr[ i2 ] + xr[ i3 ], s23i = xi[ i2 ] + xi[ i3 ], d23r = xr[ i2 ] - xr[ i3 ], d23i = xi[ i2 ] - xi[ i3 ];
				final double a1r = xr[ i0 ] + C1 * s14r + C2 * s23r, a1i = xi[ i0 ] + C1 * s14i + C2 * s23i;
				final double a2r = xr[ i0 ] + C2 * s14r + C1 * s23r, a2i = xi[ i0 ] + C2 * s14i + C1 * s23i;
				// b1 = a1 - i (S1 d14 + S2 d23), b2 = a2 - i (S2 d14 - S1 d23); b4, b3 their mirrors
				final double e1r = S1 * d14r + S2 * d23r, e1i = S1 * d14i + S2 * d23i;
				final double e2r = S2 * d14r - S1 * d23r, e2i = S2 * d14i - S1 * d23i;
				final int o = out + q;
				yr[ o ] = xr[ i0 ] + s14r + s23r;
				yi[ o ] = xi[ i0 ] + s14i + s23i;
				twiddle( yr, yi, o + stride, a1r + e1i, a1i - e1r, wr[ w ], wi[ w ] );
				twiddle( yr, yi, o + 2 * stride, a2r + e2i, a2i - e2r, wr[ w + 1 ], wi[ w + 1 ] );
				twiddle( yr, yi, o + 3 * stride, a2r - e2i, a2i + e2r, wr[ w + 2 ], wi[ w + 2 ] );
				twiddle( yr, yi, o + 4 * stride, a1r - e1i, a1i + e1r, wr[ w + 3 ], wi[ w + 3 ] );
			}
		}
	}

	private static void twiddle( final double[] yr, final double[] yi, final int at, final double br, final double bi, final double wr,
			final double wi )
	{
		yr[ at ] = br * wr - bi * wi;
		yi[ at ] = br * wi + bi * wr;
	}

	/** A direct DFT stage for an odd prime radix: r^2 complex products per butterfly. */
	private static void radixPrime( final double[] xr, final double[] xi, final double[] yr, final double[] yi, final int r, final int m,
			final int stride, final double[] wr, final double[] wi, final double[] rootRe, final double[] rootIm )
	{
		final int step = stride * m;
		for ( int p = 0; p < m; p++ )
		{
			final int in = stride * p, out = stride * r * p;
			for ( int q = 0; q < stride; q++ )
				for ( int k = 0; k < r; k++ )
				{
					double sr = 0, si = 0;
					int e = 0;
					for ( int j = 0; j < r; j++ )
					{
						final double ar = xr[ in + q + j * step ], ai = xi[ in + q + j * step ];
						sr += ar * rootRe[ e ] - ai * rootIm[ e ];
						si += ar * rootIm[ e ] + ai * rootRe[ e ];
						e += k;
						if ( e >= r )
							e -= r;
					}
					if ( k == 0 )
					{
						yr[ out + q ] = sr;
						yi[ out + q ] = si;
					}
					else
						twiddle( yr, yi, out + q + k * stride, sr, si, wr[ p * ( r - 1 ) + k - 1 ], wi[ p * ( r - 1 ) + k - 1 ] );
				}
		}
	}

	/** The prime factors of n in ascending order (1 for n = 1). */
	static List< Integer > factor( final int n )
	{
		final List< Integer > factors = new ArrayList<>();
		int rest = n;
		for ( int p = 2; ( long ) p * p <= rest; p++ )
			while ( rest % p == 0 )
			{
				factors.add( p );
				rest /= p;
			}
		if ( rest > 1 || factors.isEmpty() )
			factors.add( rest );
		return factors;
	}

	/** Pairs of 2 become radix-4 stages, first; then 2, 3, 5 and the larger primes. */
	private static int[] radices( final List< Integer > factors )
	{
		int twos = 0;
		final List< Integer > others = new ArrayList<>();
		for ( final int f : factors )
			if ( f == 2 )
				twos++;
			else if ( f > 1 )
				others.add( f );
		final List< Integer > out = new ArrayList<>();
		for ( int i = 0; i < twos / 2; i++ )
			out.add( 4 );
		if ( twos % 2 == 1 )
			out.add( 2 );
		out.addAll( others );
		return out.stream().mapToInt( Integer::intValue ).toArray();
	}

	/**
	 * Bluestein's algorithm: {@code X[k] = conj(c_k) sum_j (x_j conj(c_j)) c_(k-j)} with the chirp
	 * {@code c_j = exp(i pi j^2 / n)}, a convolution evaluated by power-of-two FFTs of length
	 * {@code M >= 2 n - 1}.
	 */
	private static final class Bluestein
	{
		private final int n;

		private final Fft padded;

		private final double[] chirpRe, chirpIm;

		/** The FFT of the chirp laid out for circular convolution of length M. */
		private final double[] kernelRe, kernelIm;

		Bluestein( final int n )
		{
			this.n = n;
			int m = 1;
			while ( m < 2 * n - 1 )
				m <<= 1;
			padded = of( m );
			chirpRe = new double[ n ];
			chirpIm = new double[ n ];
			for ( int j = 0; j < n; j++ )
			{
				// j^2 modulo 2n keeps the angle small and exact
				final double angle = Math.PI * ( ( ( long ) j * j ) % ( 2L * n ) ) / n;
				chirpRe[ j ] = Math.cos( angle );
				chirpIm[ j ] = Math.sin( angle );
			}
			kernelRe = new double[ m ];
			kernelIm = new double[ m ];
			kernelRe[ 0 ] = chirpRe[ 0 ];
			kernelIm[ 0 ] = chirpIm[ 0 ];
			for ( int j = 1; j < n; j++ )
			{
				kernelRe[ j ] = kernelRe[ m - j ] = chirpRe[ j ];
				kernelIm[ j ] = kernelIm[ m - j ] = chirpIm[ j ];
			}
			padded.forward( kernelRe, kernelIm, 0, 1 );
		}

		void transform( final double[] re, final double[] im, final int offset, final int count )
		{
			final int m = padded.length();
			final double[] ar = new double[ m ], ai = new double[ m ];
			for ( int q = 0; q < count; q++ )
			{
				java.util.Arrays.fill( ar, 0 );
				java.util.Arrays.fill( ai, 0 );
				for ( int j = 0; j < n; j++ )
				{
					final int at = offset + q + count * j;
					// x_j conj(c_j)
					ar[ j ] = re[ at ] * chirpRe[ j ] + im[ at ] * chirpIm[ j ];
					ai[ j ] = im[ at ] * chirpRe[ j ] - re[ at ] * chirpIm[ j ];
				}
				padded.forward( ar, ai, 0, 1 );
				for ( int k = 0; k < m; k++ )
				{
					final double pr = ar[ k ] * kernelRe[ k ] - ai[ k ] * kernelIm[ k ];
					ai[ k ] = ar[ k ] * kernelIm[ k ] + ai[ k ] * kernelRe[ k ];
					ar[ k ] = pr;
				}
				padded.inverse( ar, ai, 0, 1 );
				for ( int k = 0; k < n; k++ )
				{
					final int at = offset + q + count * k;
					re[ at ] = ar[ k ] * chirpRe[ k ] + ai[ k ] * chirpIm[ k ];
					im[ at ] = ai[ k ] * chirpRe[ k ] - ar[ k ] * chirpIm[ k ];
				}
			}
		}
	}
}
