package io.github.pdplane.bench;

import java.io.PrintStream;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.io.imagej.ImageFiles;
import io.github.pdplane.metrics.FullReferenceMetric;
import io.github.pdplane.metrics.MetricKind;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;
import io.github.pdplane.vgg.Vgg22;

/**
 * Times full-reference metrics on one image pair, single-threaded, with {@link Timing}: each metric
 * runs at least {@code warmup} times and for at least {@link #MINIMUM_WARMUP_MS}, then {@code repeats}
 * timed times; the table reports the median and the fastest run in milliseconds per pair. The CLI's {@code bench} command calls {@link #run} and
 * {@link #print}; {@link #main} does the same for scripts that only have the classes.
 */
public final class MetricBenchmark
{
	/** Side of the synthetic pair used when no files are given. */
	public static final int DEFAULT_SIZE = 512;

	public static final int DEFAULT_WARMUP = 30;

	public static final int DEFAULT_REPEATS = 50;

	/** The shortest warm-up per metric, in milliseconds (skipped when {@code warmup} is 0). */
	public static final long MINIMUM_WARMUP_MS = 1000;

	private MetricBenchmark()
	{}

	/** The listed metrics with default settings and data range 255 (8-bit data). */
	public static List< Timing.Result > run( final List< MetricDescriptor > metrics, final Plane reference, final Plane restored, final int warmup,
			final int repeats )
	{
		return run( metrics, MetricSettings.defaults(), reference, restored, 255, warmup, repeats );
	}

	/**
	 * The listed metrics with {@code settings}; SSIM is timed a second time with the 2009 release's
	 * downsampling when the settings do not already ask for it.
	 *
	 * @throws PdPlaneException
	 *             for a metric that is not full-reference, or bad counts
	 */
	public static List< Timing.Result > run( final List< MetricDescriptor > metrics, final MetricSettings settings, final Plane reference,
			final Plane restored, final double dataRange, final int warmup, final int repeats )
	{
		Timing.checkCounts( warmup, repeats );
		final Plane[] x = { reference }, y = { restored };
		final List< Timing.Result > results = new ArrayList<>();
		for ( final MetricDescriptor d : metrics )
		{
			if ( d.kind() != MetricKind.FULL_REFERENCE )
				throw new PdPlaneException( "The benchmark times full-reference metrics; " + d.displayName() + " is not one." );
			results.add( time( d.id(), ( FullReferenceMetric ) d.create( settings ), x, y, dataRange, warmup, repeats ) );
			if ( d.id().equals( "ssim" ) && !settings.ssimDownsample() )
				results.add( time( "ssim (downsample)", ( FullReferenceMetric ) d.create( settings.withSsimDownsample( true ) ), x, y, dataRange,
						warmup, repeats ) );
		}
		return results;
	}

	/**
	 * Every full-reference metric of the registry but VGG2,2, which has its own benchmark
	 * ({@link VggBenchmark}: it needs weights, and one pair takes seconds).
	 */
	public static List< MetricDescriptor > allFullReference()
	{
		return MetricRegistry.ofKind( MetricKind.FULL_REFERENCE ).stream().filter( d -> !d.id().equals( Vgg22.ID ) ).collect( Collectors
				.toList() );
	}

	private static Timing.Result time( final String label, final FullReferenceMetric metric, final Plane[] x, final Plane[] y,
			final double dataRange, final int warmup, final int repeats )
	{
		return Timing.time( label, warmup, MINIMUM_WARMUP_MS, repeats, () -> metric.score( x, y, dataRange ) );
	}

	/** A plain-text table: metric, value, median and fastest ms per pair. */
	public static void print( final List< Timing.Result > results, final int width, final int height, final PrintStream out )
	{
		out.printf( Locale.ROOT, "%d x %d grey pair, one thread, %d timed runs after warm-up%n", width, height,
				results.isEmpty() ? 0 : results.get( 0 ).repeats() );
		Timing.printTable( results, out );
	}

	/** CSV with a header {@code metric,value,median_ms,min_ms}, for scripts. */
	public static void printCsv( final List< Timing.Result > results, final PrintStream out )
	{
		out.println( Timing.CSV_HEADER );
		Timing.printCsvRows( results, out );
	}

	/**
	 * A reproducible 8-bit grey pair: a smooth pattern with texture as the reference, the same with
	 * noise (sigma 10, seed {@code seed}) and rounding to 0..255 as the restored image.
	 */
	public static Plane[] syntheticPair( final int size, final long seed )
	{
		final Random random = new Random( seed );
		final double[] x = new double[ size * size ], y = new double[ size * size ];
		for ( int r = 0; r < size; r++ )
			for ( int c = 0; c < size; c++ )
			{
				final double v = 128 + 60 * Math.sin( c / 23.0 ) * Math.cos( r / 17.0 ) + 40 * Math.sin( ( r + c ) / 5.0 );
				x[ r * size + c ] = clamp( Math.rint( v ) );
				y[ r * size + c ] = clamp( Math.rint( v + 10 * random.nextGaussian() ) );
			}
		return new Plane[] { new Plane( size, size, x ), new Plane( size, size, y ) };
	}

	private static double clamp( final double v )
	{
		return v < 0 ? 0 : v > 255 ? 255 : v;
	}

	/**
	 * {@code MetricBenchmark [--reference REF --restored IMG] [--metrics ids] [--warmup N] [--repeats N] [--csv]}:
	 * files are read with ImageJ and turned grey (MATLAB rgb2gray); without files a synthetic 512x512 pair.
	 */
	public static void main( final String[] args )
	{
		try
		{
			String reference = null, restored = null, ids = null;
			int warmup = DEFAULT_WARMUP, repeats = DEFAULT_REPEATS;
			boolean csv = false;
			for ( int i = 0; i < args.length; i++ )
			{
				switch ( args[ i ] )
				{
				case "--reference":
					reference = value( args, ++i );
					break;
				case "--restored":
					restored = value( args, ++i );
					break;
				case "--metrics":
					ids = value( args, ++i );
					break;
				case "--warmup":
					warmup = Integer.parseInt( value( args, ++i ) );
					break;
				case "--repeats":
					repeats = Integer.parseInt( value( args, ++i ) );
					break;
				case "--csv":
					csv = true;
					break;
				default:
					throw new PdPlaneException( "Unknown argument '" + args[ i ] + "'." );
				}
			}
			if ( ( reference == null ) != ( restored == null ) )
				throw new PdPlaneException( "Give both --reference and --restored, or neither for the synthetic pair." );
			final Plane x, y;
			double dataRange = 255;
			if ( reference == null )
			{
				final Plane[] pair = syntheticPair( DEFAULT_SIZE, 1 );
				x = pair[ 0 ];
				y = pair[ 1 ];
			}
			else
			{
				final Preparation preparation = Preparation.defaults();
				final ImageSource ref = ImageFiles.open( Paths.get( reference ) ), out = ImageFiles.open( Paths.get( restored ) );
				x = preparation.prepare( ref, 0 )[ 0 ];
				y = preparation.prepare( out, 0 )[ 0 ];
				if ( !x.sameSize( y ) )
					throw new PdPlaneException( "'" + restored + "' and '" + reference + "' differ in size." );
				dataRange = preparation.peak( ref );
			}
			final List< MetricDescriptor > metrics = ids == null ? allFullReference() : MetricRegistry.parseList( ids );
			final List< Timing.Result > results = run( metrics, MetricSettings.defaults(), x, y, dataRange, warmup, repeats );
			if ( csv )
				printCsv( results, System.out );
			else
				print( results, x.width(), x.height(), System.out );
		}
		catch ( final PdPlaneException | NumberFormatException e )
		{
			System.err.println( e.getMessage() );
			System.exit( 1 );
		}
	}

	private static String value( final String[] args, final int i )
	{
		if ( i >= args.length )
			throw new PdPlaneException( "'" + args[ i - 1 ] + "' needs a value." );
		return args[ i ];
	}
}
