package io.github.pdplane.image;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The spatial steerable pyramid of E. P. Simoncelli and W. T. Freeman ("The steerable pyramid: a flexible
 * architecture for multi-scale derivative computation", ICIP 1995) with the order-5 filters of A. Karasaridis
 * and E. P. Simoncelli ("A filter design technique for steerable pyramid image transforms", ICASSP 1996), as
 * {@code buildSpyr(im, height, 'sp5Filters', 'reflect1')} of matlabPyrTools builds it:
 * <ul>
 * <li>the high-pass residual {@code corrDn(im, hi0filt)} (9x9) and the low-pass image {@code corrDn(im,
 * lo0filt)} (5x5), both full size;</li>
 * <li>at each level, finest first, six oriented bands {@code corrDn(lo, bfilt_b)} (7x7, the same size as
 * {@code lo}), then {@code lo = corrDn(lo, lofilt, [2 2], [1 1])} (9x9, every second pixel from the first,
 * so odd sides round up);</li>
 * <li>the low-pass residual: {@code lo} after the last level.</li>
 * </ul>
 * Every {@code corrDn} is a correlation with the kernel's centre as origin and matlabPyrTools' {@code
 * reflect1} borders ({@link BorderMode#REFLECT1}: the image mirrored about its edge pixels), which is {@link
 * Correlation#correlate(Plane, double[][], BorderMode, OutputShape, int)} with {@link OutputShape#SAME};
 * it runs as {@link MirrorSymmetricCorrelation}, which uses the kernels' mirror symmetries and computes the
 * same up to rounding.
 * The bands are given as {@link PyramidBands} (the layout the Fourier-domain pyramid of Ma et al.'s
 * features shares); orientation {@code b} (0-based) is column {@code b + 1} of {@code bfilts}, the band
 * {@code buildSpyr} stores at index {@code 2 + 6 level + b} (1-based, level 0 the finest).
 * <p>
 * The taps are those of {@code sp5Filters.m}, shipped as the resource {@code steerable-pyramid/sp5-filters.txt}
 * (with its licence notice beside it) and read once, when the pyramid is first used. Immutable and
 * thread-safe.
 */
public final class SpatialSteerablePyramid
{
	private static final String SP5_RESOURCE = "steerable-pyramid/sp5-filters.txt";

	/** The sp5 pyramid, its filters read on first use: the holder class is initialised only then. */
	private static final class Sp5
	{
		static final SpatialSteerablePyramid PYRAMID = new SpatialSteerablePyramid( readFilters( SP5_RESOURCE ) );
	}

	private final double[][] highpassFilter;

	private final double[][] lowpassFilter0;

	private final double[][] lowpassFilter;

	/** {@code bandFilters[b][row][column]}. */
	private final double[][][] bandFilters;

	/** The same filters, prepared for {@link MirrorSymmetricCorrelation}. */
	private final MirrorSymmetricCorrelation highpass, lowpass0, lowpass;

	private final MirrorSymmetricCorrelation[] bands;

	private SpatialSteerablePyramid( final Map< String, double[][] > filters )
	{
		highpassFilter = filters.get( "hi0filt" );
		lowpassFilter0 = filters.get( "lo0filt" );
		lowpassFilter = filters.get( "lofilt" );
		bandFilters = bandKernels( filters.get( "bfilts" ) );
		highpass = new MirrorSymmetricCorrelation( highpassFilter );
		lowpass0 = new MirrorSymmetricCorrelation( lowpassFilter0 );
		lowpass = new MirrorSymmetricCorrelation( lowpassFilter );
		bands = new MirrorSymmetricCorrelation[ bandFilters.length ];
		for ( int b = 0; b < bands.length; b++ )
			bands[ b ] = new MirrorSymmetricCorrelation( bandFilters[ b ] );
	}

	/** The pyramid of {@code sp5Filters}: six orientations. */
	public static SpatialSteerablePyramid sp5()
	{
		return Sp5.PYRAMID;
	}

	public int orientations()
	{
		return bandFilters.length;
	}

	/** The 9x9 high-pass filter {@code hi0filt}, {@code [row][column]} (a copy). */
	public double[][] highpassFilter()
	{
		return copy( highpassFilter );
	}

	/** The 5x5 first low-pass filter {@code lo0filt}. */
	public double[][] firstLowpassFilter()
	{
		return copy( lowpassFilter0 );
	}

	/** The 9x9 low-pass filter {@code lofilt} of every level (2 times the taps of {@code sp5Filters.m}, as it defines it). */
	public double[][] lowpassFilter()
	{
		return copy( lowpassFilter );
	}

	/** The 7x7 kernel of orientation {@code orientation} (0-based): {@code reshape(bfilts(:, b + 1), 7, 7)}. */
	public double[][] bandFilter( final int orientation )
	{
		return copy( bandFilters[ orientation ] );
	}

	/**
	 * {@code maxPyrHt(size(im), size(lofilt, 1))}: the levels an image allows, counting how often both sides
	 * can be halved (rounding down) while still at least as long as the low-pass filter.
	 */
	public int maximumHeight( final int width, final int height )
	{
		int levels = 0;
		for ( int w = width, h = height; w >= lowpassFilter.length && h >= lowpassFilter.length; w /= 2, h /= 2 )
			levels++;
		return levels;
	}

	/** The shortest side that allows {@code height} levels: the low-pass filter's side times {@code 2^(height - 1)}. */
	public int minimumSide( final int height )
	{
		return lowpassFilter.length << ( height - 1 );
	}

	/** {@code buildSpyr(image, height, 'sp5Filters', 'reflect1')}: every band and both residuals. */
	public PyramidBands build( final Plane image, final int height )
	{
		final int[] all = new int[ orientations() ];
		for ( int b = 0; b < all.length; b++ )
			all[ b ] = b;
		return build( image, height, all, true );
	}

	/**
	 * The bands of the listed orientations at every level, without the residuals: what a metric that reads
	 * only some bands needs, at a fraction of the work. The bands are those of {@link #build(Plane, int)}.
	 */
	public PyramidBands orientedBands( final Plane image, final int height, final int... orientations )
	{
		return build( image, height, orientations, false );
	}

	private PyramidBands build( final Plane image, final int height, final int[] orientations, final boolean residuals )
	{
		if ( height < 1 || maximumHeight( image.width(), image.height() ) < height )
			throw new IllegalArgumentException( "a " + image.width() + "x" + image.height() + " image allows a spatial steerable pyramid of "
					+ maximumHeight( image.width(), image.height() ) + " levels, not " + height );
		final Plane highpassBand = residuals ? highpass.apply( image, 1 ) : null;
		Plane lowpassImage = lowpass0.apply( image, 1 );
		final Plane[][] bandPlanes = new Plane[ height ][ orientations() ];
		for ( int level = 0; level < height; level++ )
		{
			final MirrorSymmetricCorrelation.Padded padded = MirrorSymmetricCorrelation.pad( lowpassImage, bands[ 0 ].half() );
			for ( final int b : orientations )
				bandPlanes[ level ][ b ] = bands[ b ].apply( padded, 1 );
			if ( level < height - 1 || residuals )
				lowpassImage = lowpass.apply( lowpassImage, 2 );
		}
		return new PyramidBands( highpassBand, bandPlanes, residuals ? lowpassImage : null );
	}

	/** {@code bfilts} is 49 x 6: column b is the 7x7 kernel of band b, stored column by column. */
	private static double[][][] bandKernels( final double[][] bfilts )
	{
		final int taps = bfilts.length, bands = bfilts[ 0 ].length, side = ( int ) Math.round( Math.sqrt( taps ) );
		if ( side * side != taps )
			throw new IllegalStateException( "bfilts has " + taps + " rows, not a square number" );
		final double[][][] kernels = new double[ bands ][ side ][ side ];
		for ( int b = 0; b < bands; b++ )
			for ( int k = 0; k < taps; k++ )
				kernels[ b ][ k % side ][ k / side ] = bfilts[ k ][ b ];
		return kernels;
	}

	/**
	 * The blocks of a filter file: {@code NAME ROWS COLUMNS}, then that many lines of numbers; lines starting
	 * with {@code #} are comments.
	 */
	static Map< String, double[][] > readFilters( final String resource )
	{
		try (InputStream in = SpatialSteerablePyramid.class.getResourceAsStream( resource ))
		{
			if ( in == null )
				throw new IllegalStateException( "the resource " + resource + " is missing from PD Plane's jar" );
			final List< String > lines = new ArrayList<>();
			try (BufferedReader reader = new BufferedReader( new InputStreamReader( in, StandardCharsets.UTF_8 ) ))
			{
				for ( String line; ( line = reader.readLine() ) != null; )
					if ( !line.startsWith( "#" ) && !line.trim().isEmpty() )
						lines.add( line.trim() );
			}
			final Map< String, double[][] > filters = new HashMap<>();
			for ( int i = 0; i < lines.size(); )
			{
				final String[] header = lines.get( i++ ).split( "\\s+" );
				final int rows = Integer.parseInt( header[ 1 ] ), columns = Integer.parseInt( header[ 2 ] );
				final double[][] m = new double[ rows ][ columns ];
				for ( int r = 0; r < rows; r++ )
				{
					final String[] numbers = lines.get( i++ ).split( "\\s+" );
					if ( numbers.length != columns )
						throw new IllegalStateException( resource + ": row " + r + " of " + header[ 0 ] + " has " + numbers.length + " numbers, not "
								+ columns );
					for ( int c = 0; c < columns; c++ )
						m[ r ][ c ] = Double.parseDouble( numbers[ c ] );
				}
				filters.put( header[ 0 ], m );
			}
			for ( final String name : new String[] { "hi0filt", "lo0filt", "lofilt", "bfilts" } )
				if ( !filters.containsKey( name ) )
					throw new IllegalStateException( resource + " lacks " + name );
			return filters;
		}
		catch ( final IOException e )
		{
			throw new UncheckedIOException( "cannot read " + resource, e );
		}
	}

	private static double[][] copy( final double[][] m )
	{
		final double[][] c = new double[ m.length ][];
		for ( int r = 0; r < m.length; r++ )
			c[ r ] = m[ r ].clone();
		return c;
	}
}
