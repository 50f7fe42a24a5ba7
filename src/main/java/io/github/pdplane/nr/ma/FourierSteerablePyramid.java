package io.github.pdplane.nr.ma;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.github.pdplane.image.Plane;
import io.github.pdplane.image.PyramidBands;
import io.github.pdplane.math.Fft;

/**
 * The Fourier-domain steerable pyramid of E. P. Simoncelli and W. T. Freeman ("The steerable pyramid: a
 * flexible architecture for multi-scale derivative computation", ICIP 1995) as {@code buildSFpyr(im,
 * height, order)} of matlabPyrTools 1.4 builds it, with the transition width 1: a high-pass residual, then
 * at each scale {@code order + 1} oriented bands, then a low-pass residual. The masks are those of the
 * release, including its lookup tables: the radial raised cosine of {@code rcosFn} (259 samples) and the
 * angular {@code cos^order} (3075 samples), read by linear interpolation with linear extrapolation past
 * the ends as {@code pointOp} does; the log-radius at the centre of the spectrum is copied from its left
 * neighbour. Each scale halves the spectrum by cropping to {@code ceil((dims - 0.5) / 2)}, and only the
 * real parts of the bands are kept. The bands come as {@link PyramidBands}, the layout it shares with the
 * spatial pyramid of VIF and IFC ({@link io.github.pdplane.image.SpatialSteerablePyramid}, {@code buildSpyr}:
 * filter taps and reflected borders instead of masks on the spectrum, so its bands differ).
 * <p>
 * Spectra are held in FFT order (zero frequency first) rather than MATLAB's {@code fftshift} order; each
 * mask value depends only on the frequency, not on where it is stored, so the masks, crops and bands are
 * the same. Two real bands share one inverse FFT ({@code ifft(A + iB) = a + ib} for Hermitian spectra A
 * and B, as every band spectrum is up to rounding), which halves the transforms. The masks of the last
 * image size are kept (they depend only on the size). Thread-safe.
 */
public final class FourierSteerablePyramid
{
	/** Samples of the radial raised cosine beyond its centre ({@code rcosFn}'s {@code sz}). */
	private static final int RCOS_SIZE = 256;

	private static final double LN2 = Math.log( 2 );

	/** {@code lutsize} of the angular table. */
	private static final int ANGLE_LUT_SIZE = 1024;

	/** The radial transition {@code rcosFn(1, -1/2, [0 1])}: abscissae in log2 of the radius. */
	private static final double[] X_RCOS = new double[ RCOS_SIZE + 3 ];

	/** {@code sqrt} of the raised cosine: the high-pass profile. */
	private static final double[] Y_RCOS = new double[ RCOS_SIZE + 3 ];

	/** {@code sqrt(1 - Yrcos^2)}: the low-pass profile. */
	private static final double[] YI_RCOS = new double[ RCOS_SIZE + 3 ];

	static
	{
		final double width = 1, position = -width / 2;
		final double[] y = new double[ RCOS_SIZE + 3 ];
		for ( int i = 0; i < y.length; i++ )
		{
			final double x = Math.PI * ( i - RCOS_SIZE - 1 ) / ( 2 * RCOS_SIZE );
			final double c = Math.cos( x );
			y[ i ] = c * c;
			X_RCOS[ i ] = position + ( 2 * width / Math.PI ) * ( x + Math.PI / 4 );
		}
		// the end values are repeated, so that extrapolation is flat
		y[ 0 ] = y[ 1 ];
		y[ RCOS_SIZE + 2 ] = y[ RCOS_SIZE + 1 ];
		for ( int i = 0; i < y.length; i++ )
		{
			Y_RCOS[ i ] = Math.sqrt( y[ i ] );
			YI_RCOS[ i ] = Math.sqrt( 1.0 - Y_RCOS[ i ] * Y_RCOS[ i ] );
		}
	}

	private final int height;

	private final int orientations;

	/** {@code sqrt(const) cos(x)^order} on {@code x = pi k / 1024}, k = -2049 .. 1025. */
	private final double[] yCosn;

	private final double xCosnOrigin, xCosnIncrement;

	/** The masks of the last image size: they cost more than the transforms, and batches repeat sizes. */
	private final AtomicReference< Masks > lastMasks = new AtomicReference<>();

	/**
	 * @param height
	 *            the number of scales ({@code buildSFpyr}'s HEIGHT)
	 * @param order
	 *            the derivative order; there are {@code order + 1} orientations per scale
	 */
	public FourierSteerablePyramid( final int height, final int order )
	{
		if ( height < 1 || order < 0 || order > 15 )
			throw new IllegalArgumentException( "a steerable pyramid needs height >= 1 and order 0..15, not " + height + ", " + order );
		this.height = height;
		this.orientations = order + 1;
		final int n = 3 * ANGLE_LUT_SIZE + 3;
		yCosn = new double[ n ];
		final double constant = Math.pow( 2, 2 * order ) * square( factorial( order ) ) / ( orientations * factorial( 2 * order ) );
		final double[] x = new double[ n ];
		for ( int i = 0; i < n; i++ )
		{
			x[ i ] = Math.PI * ( i - ( 2 * ANGLE_LUT_SIZE + 1 ) ) / ANGLE_LUT_SIZE;
			yCosn[ i ] = Math.sqrt( constant ) * Math.pow( Math.cos( x[ i ] ), order );
		}
		xCosnOrigin = x[ 0 ];
		xCosnIncrement = x[ 1 ] - x[ 0 ];
	}

	public int height()
	{
		return height;
	}

	public int orientations()
	{
		return orientations;
	}

	/** The largest height {@code buildSFpyr} allows for an image, {@code floor(log2(min(dims))) - 2}. */
	public static int maximumHeight( final int width, final int height )
	{
		final int side = Math.min( width, height );
		return side < 1 ? -1 : 31 - Integer.numberOfLeadingZeros( side ) - 2;
	}

	/** The band size at {@code scale} (0-based) for an image side: {@code ceil((d - 0.5) / 2)} per scale. */
	public static int bandSide( final int side, final int scale )
	{
		int d = side;
		for ( int s = 0; s < scale; s++ )
			d = ( d + 1 ) / 2;
		return d;
	}

	/**
	 * {@code buildSFpyr(im, height, order)}.
	 *
	 * @throws IllegalArgumentException
	 *             where the image is too small for the height ({@link #maximumHeight})
	 */
	public PyramidBands build( final Plane image )
	{
		final int w0 = image.width(), h0 = image.height();
		if ( maximumHeight( w0, h0 ) < height )
			throw new IllegalArgumentException( "a " + w0 + "x" + h0 + " image allows a steerable pyramid of at most " + maximumHeight( w0, h0 )
					+ " levels, not " + height );
		final Masks masks = masks( w0, h0 );
		final Spectrum spectrum = Spectrum.of( masks.levels[ 0 ], image );
		final Spectrum highpass = spectrum.copy().times( masks.hi0 );
		Spectrum low = spectrum.times( masks.lo0 );
		Plane highpassPlane = null;
		final Plane[][] bands = new Plane[ height ][];
		for ( int s = 0; s < height; s++ )
		{
			final List< Spectrum > outputs = new ArrayList<>();
			if ( s == 0 )
				outputs.add( highpass );
			for ( int b = 0; b < orientations; b++ )
				outputs.add( low.timesBoth( masks.angle[ s ][ b ], masks.hi[ s ] ).timesPowerOfI( -( orientations - 1 ) ) );
			final Plane[] real = realParts( outputs );
			final int first = s == 0 ? 1 : 0;
			if ( s == 0 )
				highpassPlane = real[ 0 ];
			bands[ s ] = Arrays.copyOfRange( real, first, first + orientations );
			low = low.crop().times( masks.lo[ s ] );
		}
		return new PyramidBands( highpassPlane, bands, realParts( Collections.singletonList( low ) )[ 0 ] );
	}

	/**
	 * The image back from its bands: the adjoint of {@link #build} (what {@code reconSFpyr} computes),
	 * divided frequency by frequency by the sum of the squared masks. The release's lookup tables tile the
	 * spectrum only to about 1e-5 (linear interpolation of {@code cos^5} and of the raised cosine), so
	 * {@code reconSFpyr} alone is that far from exact; with the division the round trip is exact to rounding,
	 * which checks that the bands carry the whole spectrum and that every crop sits where it should.
	 */
	public Plane reconstruct( final PyramidBands pyramid )
	{
		final Plane hp = pyramid.highpass();
		final Masks masks = masks( hp.width(), hp.height() );
		final Spectrum[] lower = adjoint( pyramid, 0, masks );
		final Spectrum sum = Spectrum.of( masks.levels[ 0 ], hp ).times( masks.hi0 );
		final double[] hi0 = masks.hi0, lo0 = masks.lo0;
		for ( int i = 0; i < hi0.length; i++ )
		{
			final double tiling = hi0[ i ] * hi0[ i ] + lo0[ i ] * lo0[ i ] * lower[ 1 ].re[ i ];
			sum.re[ i ] = ( sum.re[ i ] + lo0[ i ] * lower[ 0 ].re[ i ] ) / tiling;
			sum.im[ i ] = ( sum.im[ i ] + lo0[ i ] * lower[ 0 ].im[ i ] ) / tiling;
		}
		return realParts( Collections.singletonList( sum ) )[ 0 ];
	}

	/**
	 * The adjoint of the levels from {@code scale} down, on the spectrum of that level: {[0]} the
	 * recombined spectrum, {[1]} (real parts) the sum of the squared masks it was made with.
	 */
	private Spectrum[] adjoint( final PyramidBands pyramid, final int scale, final Masks masks )
	{
		final Frequencies f = masks.levels[ scale ];
		final int n = f.width * f.height;
		if ( scale == height )
		{
			final double[] ones = new double[ n ];
			Arrays.fill( ones, 1 );
			return new Spectrum[] { Spectrum.of( f, pyramid.lowpass() ), new Spectrum( f, ones, new double[ n ] ) };
		}
		final double[] himask = masks.hi[ scale ];
		final Spectrum sum = new Spectrum( f, new double[ n ], new double[ n ] );
		final double[] tiling = new double[ n ];
		for ( int b = 0; b < orientations; b++ )
		{
			final double[] angle = masks.angle[ scale ][ b ];
			final Spectrum band = Spectrum.of( f, pyramid.band( scale, b ) ).times( angle ).times( himask ).timesPowerOfI( orientations - 1 );
			for ( int i = 0; i < n; i++ )
			{
				sum.re[ i ] += band.re[ i ];
				sum.im[ i ] += band.im[ i ];
				final double m = angle[ i ] * himask[ i ];
				tiling[ i ] += m * m;
			}
		}
		final double[] lomask = masks.lo[ scale ];
		final Spectrum[] lower = adjoint( pyramid, scale + 1, masks );
		final int[] parent = f.cropIndices( masks.levels[ scale + 1 ] );
		for ( int i = 0; i < parent.length; i++ )
		{
			sum.re[ parent[ i ] ] += lomask[ i ] * lower[ 0 ].re[ i ];
			sum.im[ parent[ i ] ] += lomask[ i ] * lower[ 0 ].im[ i ];
			tiling[ parent[ i ] ] += lomask[ i ] * lomask[ i ] * lower[ 1 ].re[ i ];
		}
		return new Spectrum[] { sum, new Spectrum( f, tiling, new double[ n ] ) };
	}

	private Masks masks( final int width, final int height )
	{
		Masks m = lastMasks.get();
		if ( m == null || m.width != width || m.height != height )
		{
			m = new Masks( width, height );
			lastMasks.set( m );
		}
		return m;
	}

	/**
	 * Every mask of the pyramid for one image size, as {@code buildSFpyr} and {@code buildSFpyrLevs} make
	 * them. Never written after construction.
	 */
	private final class Masks
	{
		final int width, height;

		/** The frequencies of the top level and of each crop. */
		final Frequencies[] levels;

		/** The first split: {@code Yrcos} and {@code YIrcos} of the log-radius. */
		final double[] hi0, lo0;

		/** Per scale: the high-pass mask of the level, and the low-pass mask of the cropped spectrum below it. */
		final double[][] hi, lo;

		/** Per scale and orientation: the angular mask. */
		final double[][][] angle;

		Masks( final int width, final int height )
		{
			this.width = width;
			this.height = height;
			final int scales = FourierSteerablePyramid.this.height;
			levels = new Frequencies[ scales + 1 ];
			levels[ 0 ] = new Frequencies( width, height, width, height );
			for ( int s = 1; s <= scales; s++ )
				levels[ s ] = levels[ s - 1 ].cropped();
			final double[][] logRadius = new double[ scales + 1 ][];
			for ( int s = 0; s <= scales; s++ )
				logRadius[ s ] = levels[ s ].logRadius();
			hi0 = radialMask( logRadius[ 0 ], Y_RCOS, 0 );
			lo0 = radialMask( logRadius[ 0 ], YI_RCOS, 0 );
			hi = new double[ scales ][];
			lo = new double[ scales ][];
			angle = new double[ scales ][ orientations ][];
			for ( int s = 0; s < scales; s++ )
			{
				// Xrcos moves down one octave per level, before both masks of the level
				hi[ s ] = radialMask( logRadius[ s ], Y_RCOS, s + 1 );
				lo[ s ] = radialMask( logRadius[ s + 1 ], YI_RCOS, s + 1 );
				final double[] polar = levels[ s ].angle();
				for ( int b = 0; b < orientations; b++ )
					angle[ s ][ b ] = angleMask( polar, b );
			}
		}
	}

	/** {@code pointOp(angle, Ycosn, Xcosn(1) + pi (b - 1) / nbands, Xcosn(2) - Xcosn(1))}, b 0-based here. */
	private double[] angleMask( final double[] angle, final int band )
	{
		final double origin = xCosnOrigin + Math.PI * band / orientations;
		final double[] mask = new double[ angle.length ];
		for ( int i = 0; i < mask.length; i++ )
			mask[ i ] = pointOp( yCosn, origin, xCosnIncrement, angle[ i ] );
		return mask;
	}

	/** {@code pointOp(log_rad, lut, Xrcos(1), Xrcos(2) - Xrcos(1))} with the table shifted down by {@code octaves}. */
	static double[] radialMask( final double[] logRadius, final double[] lut, final int octaves )
	{
		// Xrcos = Xrcos - log2(2) once per level, element by element, as the release shifts it
		double x0 = X_RCOS[ 0 ], x1 = X_RCOS[ 1 ];
		for ( int i = 0; i < octaves; i++ )
		{
			x0 -= 1;
			x1 -= 1;
		}
		final double[] mask = new double[ logRadius.length ];
		for ( int i = 0; i < mask.length; i++ )
			mask[ i ] = pointOp( lut, x0, x1 - x0, logRadius[ i ] );
		return mask;
	}

	/**
	 * The lookup of matlabPyrTools' {@code pointOp} MEX: linear interpolation between equally spaced
	 * samples, and past either end the line through the two end samples.
	 */
	static double pointOp( final double[] lut, final double origin, final double increment, final double v )
	{
		final double position = ( v - origin ) / increment;
		int index = ( int ) position; // truncation, as the C cast
		if ( index < 0 )
			index = 0;
		else if ( index > lut.length - 2 )
			index = lut.length - 2;
		return lut[ index ] + ( lut[ index + 1 ] - lut[ index ] ) * ( position - index );
	}

	/** The real parts of the inverse FFTs, two spectra per transform. */
	private static Plane[] realParts( final List< Spectrum > spectra )
	{
		final Plane[] out = new Plane[ spectra.size() ];
		for ( int k = 0; k < spectra.size(); k += 2 )
		{
			final Spectrum a = spectra.get( k ), b = k + 1 < spectra.size() ? spectra.get( k + 1 ) : null;
			final int w = a.frequencies.width, h = a.frequencies.height, n = w * h;
			final double[] zr = new double[ n ], zi = new double[ n ];
			for ( int i = 0; i < n; i++ )
			{
				// z = a + i b
				zr[ i ] = a.re[ i ] - ( b == null ? 0 : b.im[ i ] );
				zi[ i ] = a.im[ i ] + ( b == null ? 0 : b.re[ i ] );
			}
			Fft.inverse2d( zr, zi, w, h );
			out[ k ] = new Plane( w, h, zr );
			if ( b != null )
				out[ k + 1 ] = new Plane( w, h, zi );
		}
		return out;
	}

	private static double factorial( final int n )
	{
		double f = 1;
		for ( int i = 2; i <= n; i++ )
			f *= i;
		return f;
	}

	private static double square( final double v )
	{
		return v * v;
	}

	/**
	 * The frequencies of one level in FFT order, as offsets from zero frequency, and the normalised
	 * polar coordinates {@code buildSFpyr} gives them on the top level's grid (which the crops keep).
	 */
	static final class Frequencies
	{
		final int width, height;

		/** The image size, whose ramps every level's coordinates come from. */
		final int topWidth, topHeight;

		Frequencies( final int width, final int height, final int topWidth, final int topHeight )
		{
			this.width = width;
			this.height = height;
			this.topWidth = topWidth;
			this.topHeight = topHeight;
		}

		/** The offset from zero frequency of FFT index k of n: 0, 1, .., then the negative ones. */
		static int offset( final int k, final int n )
		{
			return k < n - n / 2 ? k : k - n;
		}

		/** The FFT index of an offset. */
		static int index( final int offset, final int n )
		{
			return offset >= 0 ? offset : offset + n;
		}

		/** The next level: {@code ceil((dims - 0.5) / 2)}. */
		Frequencies cropped()
		{
			return new Frequencies( ( width + 1 ) / 2, ( height + 1 ) / 2, topWidth, topHeight );
		}

		/** For each frequency of {@code lower}, its index in this level. */
		int[] cropIndices( final Frequencies lower )
		{
			final int[] indices = new int[ lower.width * lower.height ];
			for ( int ky = 0; ky < lower.height; ky++ )
			{
				final int y = index( offset( ky, lower.height ), height );
				for ( int kx = 0; kx < lower.width; kx++ )
					indices[ ky * lower.width + kx ] = y * width + index( offset( kx, lower.width ), width );
			}
			return indices;
		}

		private double xRamp( final int ox )
		{
			return ox / ( topWidth / 2.0 );
		}

		private double yRamp( final int oy )
		{
			return oy / ( topHeight / 2.0 );
		}

		/** {@code atan2(yramp, xramp)}. */
		double[] angle()
		{
			final double[] a = new double[ width * height ];
			for ( int ky = 0; ky < height; ky++ )
			{
				final double y = yRamp( offset( ky, height ) );
				for ( int kx = 0; kx < width; kx++ )
					a[ ky * width + kx ] = Math.atan2( y, xRamp( offset( kx, width ) ) );
			}
			return a;
		}

		/** {@code log2} of the radius, the centre's taken from its left neighbour. */
		double[] logRadius()
		{
			final double[] r = new double[ width * height ];
			for ( int ky = 0; ky < height; ky++ )
			{
				final int oy = offset( ky, height );
				for ( int kx = 0; kx < width; kx++ )
				{
					final int ox = offset( kx, width );
					final double x = xRamp( ox == 0 && oy == 0 ? -1 : ox ), y = yRamp( oy );
					r[ ky * width + kx ] = Math.log( Math.sqrt( x * x + y * y ) ) / LN2;
				}
			}
			return r;
		}
	}

	/** A complex spectrum of one level, in FFT order; the arrays are changed in place by the operations. */
	private static final class Spectrum
	{
		final Frequencies frequencies;

		final double[] re, im;

		Spectrum( final Frequencies frequencies, final double[] re, final double[] im )
		{
			this.frequencies = frequencies;
			this.re = re;
			this.im = im;
		}

		/** The FFT of a real plane. */
		static Spectrum of( final Frequencies f, final Plane plane )
		{
			final double[] re = plane.values().clone(), im = new double[ re.length ];
			Fft.forward2d( re, im, plane.width(), plane.height() );
			return new Spectrum( f, re, im );
		}

		Spectrum copy()
		{
			return new Spectrum( frequencies, re.clone(), im.clone() );
		}

		/** A new spectrum, {@code copy().times(first).times(second)} in one pass (the same products in the same order). */
		Spectrum timesBoth( final double[] first, final double[] second )
		{
			final double[] r = new double[ re.length ], i = new double[ im.length ];
			for ( int k = 0; k < re.length; k++ )
			{
				r[ k ] = re[ k ] * first[ k ] * second[ k ];
				i[ k ] = im[ k ] * first[ k ] * second[ k ];
			}
			return new Spectrum( frequencies, r, i );
		}

		Spectrum times( final double[] mask )
		{
			for ( int i = 0; i < re.length; i++ )
			{
				re[ i ] *= mask[ i ];
				im[ i ] *= mask[ i ];
			}
			return this;
		}

		/** Multiplies by {@code i^power}: exact quarter turns. */
		Spectrum timesPowerOfI( final int power )
		{
			switch ( Math.floorMod( power, 4 ) )
			{
			case 1: // (a + ib) i = -b + ia
				for ( int i = 0; i < re.length; i++ )
				{
					final double r = re[ i ];
					re[ i ] = -im[ i ];
					im[ i ] = r;
				}
				break;
			case 2:
				for ( int i = 0; i < re.length; i++ )
				{
					re[ i ] = -re[ i ];
					im[ i ] = -im[ i ];
				}
				break;
			case 3: // (a + ib)(-i) = b - ia
				for ( int i = 0; i < re.length; i++ )
				{
					final double r = re[ i ];
					re[ i ] = im[ i ];
					im[ i ] = -r;
				}
				break;
			default:
			}
			return this;
		}

		/** The central {@code ceil((dims - 0.5) / 2)} frequencies. */
		Spectrum crop()
		{
			final Frequencies lower = frequencies.cropped();
			final int[] from = frequencies.cropIndices( lower );
			final double[] r = new double[ from.length ], i = new double[ from.length ];
			for ( int k = 0; k < from.length; k++ )
			{
				r[ k ] = re[ from[ k ] ];
				i[ k ] = im[ from[ k ] ];
			}
			return new Spectrum( lower, r, i );
		}
	}
}
