package io.github.pdplane.cli;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import io.github.pdplane.batch.PairScorer;
import io.github.pdplane.bench.MetricBenchmark;
import io.github.pdplane.image.ArrayImage;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.image.SampleType;
import io.github.pdplane.metrics.MetricDescriptor;
import io.github.pdplane.metrics.MetricRegistry;
import io.github.pdplane.metrics.MetricSettings;

/**
 * {@code bench}: milliseconds per image pair for each full-reference metric, on one thread, with
 * {@link MetricBenchmark}; on a synthetic grey pair or on two files.
 */
final class BenchCommand extends Subcommand
{
	static final String SIZE = "size", WARMUP = "warmup", REPEATS = "repeats", METRICS = "metrics", REFERENCE = "reference",
			RESTORED = "restored", CSV = "csv";

	/** The synthetic pair's noise seed: fixed, so that every run times the same pixels. */
	private static final long SEED = 1;

	BenchCommand()
	{
		super( "bench", "time each metric in ms per image pair on one thread", "", 0, 0 );
	}

	@Override
	List< Option > options()
	{
		return Collections.unmodifiableList( Arrays.asList(
				Option.value( SIZE, "N", "side of the synthetic grey pair (a textured pattern and a noisy copy)" )
						.withDefault( MetricBenchmark.DEFAULT_SIZE ),
				Option.value( WARMUP, "N", "untimed runs per metric first, so that the JIT has compiled it" )
						.withDefault( MetricBenchmark.DEFAULT_WARMUP ),
				Option.value( REPEATS, "N", "timed runs per metric; the table gives their median and minimum" )
						.withDefault( MetricBenchmark.DEFAULT_REPEATS ),
				Option.value( METRICS, "IDS", "comma-separated metric ids" ).withDefault( ids( MetricBenchmark.allFullReference() ) ),
				Option.value( REFERENCE, "REF", "time on this reference instead of the synthetic pair (with --" + RESTORED + ")" ),
				Option.value( RESTORED, "IMG", "the restored image for --" + REFERENCE ),
				Option.flag( CSV, "print CSV instead of a table" ) ) );
	}

	@Override
	String description()
	{
		return "Times each full-reference metric on one image pair, single-threaded, and prints the median and the fastest"
				+ " milliseconds per pair. Files are scored as 'score' does by default (convention "
				+ Preparation.defaults().convention().id() + "); SSIM is also timed with the 2009 downsampling.";
	}

	@Override
	int run( final Arguments arguments, final Terminal terminal )
	{
		final List< MetricDescriptor > metrics = arguments.value( METRICS, MetricRegistry::parseList, MetricBenchmark.allFullReference() );
		final int warmup = arguments.integer( WARMUP, MetricBenchmark.DEFAULT_WARMUP );
		final int repeats = arguments.integer( REPEATS, MetricBenchmark.DEFAULT_REPEATS );
		final boolean files = arguments.value( REFERENCE ) != null || arguments.value( RESTORED ) != null;
		if ( files && ( arguments.value( REFERENCE ) == null || arguments.value( RESTORED ) == null ) )
			throw new UsageException( "bench needs both --" + REFERENCE + " and --" + RESTORED + ", or neither for the synthetic pair." );
		if ( files && arguments.value( SIZE ) != null )
			throw new UsageException( "--" + SIZE + " sets the synthetic pair; it does not apply to --" + REFERENCE + " and --" + RESTORED + "." );
		final int size = arguments.integer( SIZE, MetricBenchmark.DEFAULT_SIZE );
		if ( size < 1 )
			throw new UsageException( "--" + SIZE + " must be 1 or more, not " + size + "." );
		final MetricSettings settings = MetricSettings.defaults();
		final Preparation preparation = Preparation.defaults();
		final PairScorer checks = Arguments.asUsage( () -> new PairScorer( metrics, settings, preparation ) );

		final ImageSource reference, restored;
		if ( files )
		{
			reference = ScoreCommand.open( arguments.value( REFERENCE ) );
			restored = ScoreCommand.open( arguments.value( RESTORED ) );
		}
		else
		{
			final Plane[] pair = MetricBenchmark.syntheticPair( size, SEED );
			reference = ArrayImage.grey( "synthetic reference", pair[ 0 ], SampleType.UINT8 );
			restored = ArrayImage.grey( "synthetic restored", pair[ 1 ], SampleType.UINT8 );
		}
		final double dataRange = checks.check( reference, restored );
		final Plane x = single( preparation.prepare( reference, 0 ) ), y = single( preparation.prepare( restored, 0 ) );
		final List< MetricBenchmark.Result > results = Arguments.asUsage(
				() -> MetricBenchmark.run( metrics, settings, x, y, dataRange, warmup, repeats ) );
		if ( arguments.flag( CSV ) )
			MetricBenchmark.printCsv( results, terminal.out() );
		else
			MetricBenchmark.print( results, x.width(), x.height(), terminal.out() );
		terminal.out().flush();
		return Main.OK;
	}

	/** The default convention turns colour into one grey plane. */
	private static Plane single( final Plane[] planes )
	{
		if ( planes.length != 1 )
			throw new IllegalStateException( "expected one prepared plane, got " + planes.length );
		return planes[ 0 ];
	}

	private static String ids( final List< MetricDescriptor > metrics )
	{
		return metrics.stream().map( MetricDescriptor::id ).collect( Collectors.joining( "," ) );
	}
}
