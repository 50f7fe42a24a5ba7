package io.github.pdplane.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.ByteProcessor;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.bench.BrisquePiqeBenchmark;
import io.github.pdplane.bench.EvaluationBenchmark;
import io.github.pdplane.bench.MaBenchmark;
import io.github.pdplane.bench.VggBenchmark;
import io.github.pdplane.bench.MetricBenchmark;
import io.github.pdplane.bench.NiqeBenchmark;
import io.github.pdplane.bench.PirmBenchmark;
import io.github.pdplane.bench.Timing;
import io.github.pdplane.image.ArrayImage;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.image.SampleType;
import io.github.pdplane.io.imagej.ImageJFileReader;
import io.github.pdplane.metrics.MetricKind;
import io.github.pdplane.nr.BlockFeatureMetric;
import io.github.pdplane.nr.Brisque;
import io.github.pdplane.nr.NiqeModel;
import io.github.pdplane.nr.Piqe;
import io.github.pdplane.nr.ma.MaScore;
import io.github.pdplane.nr.ma.PerceptualIndex;
import io.github.pdplane.vgg.Vgg22;
import io.github.pdplane.vgg.VggWeightsStore;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;
import io.github.pdplane.score.ImageScorer;

/**
 * {@code bench}: milliseconds per image pair for each full-reference metric, on one thread, with
 * {@link MetricBenchmark} (on a synthetic grey pair or on two files), and NIQE per image, NIQE training
 * and the set distances with {@link NiqeBenchmark} (on synthetic scenes of the sizes its budgets name).
 */
final class BenchSubcommand extends Subcommand
{
	static final String SIZE = "size", WARMUP = "warmup", REPEATS = "repeats", METRICS = "metrics", REFERENCE = "reference",
			RESTORED = "restored", CSV = "csv", EVALUATE = "evaluate", PIRM = "pirm";

	/** The synthetic pair's noise seed: fixed, so that every run times the same pixels. */
	private static final long SEED = 1;

	private final OptionSpec sizeOption = OptionSpecs.integer( SIZE, "N", OptionSpecs.withDefault( "side of the synthetic grey pair (a textured"
			+ " pattern and a noisy copy)", MetricBenchmark.DEFAULT_SIZE ) );

	private final OptionSpec warmupOption = OptionSpecs.integer( WARMUP, "N", OptionSpecs.withDefault( "untimed runs per metric first, so that"
			+ " the JIT has compiled it", MetricBenchmark.DEFAULT_WARMUP ) );

	private final OptionSpec repeatsOption = OptionSpecs.integer( REPEATS, "N", OptionSpecs.withDefault( "timed runs per metric; the table"
			+ " gives their median and minimum (with --" + EVALUATE + ": rounds of every thread count, default " + EvaluationBenchmark.DEFAULT_ROUNDS
			+ ")", MetricBenchmark.DEFAULT_REPEATS ) );

	private final OptionSpec metricsOption = OptionSpecs.text( METRICS, "IDS", OptionSpecs.withDefault( "comma-separated metric ids; niqe,"
			+ " niqe-ref or nss-fd add the NIQE timings, brisque or piqe theirs", ids( MetricRegistry.all() ) ) );

	private final OptionSpec referenceOption = OptionSpecs.text( REFERENCE, "REF", "time on this reference instead of the synthetic pair (with --"
			+ RESTORED + ")" );

	private final OptionSpec restoredOption = OptionSpecs.text( RESTORED, "IMG", "the restored image for --" + REFERENCE );

	private final OptionSpec csvOption = OptionSpecs.flag( CSV, "print CSV instead of a table" );

	private final OptionSpec evaluateOption = OptionSpecs.integer( EVALUATE, "N", "instead, the batch benchmark: N generated grey pairs of --"
			+ SIZE + " written as PNG files to a temporary folder and evaluated with " + threadCounts() + " threads in alternating rounds, with"
			+ " wall and CPU time; run it with -Xmx256m to check the memory bound" );

	private final OptionSpec pirmOption = OptionSpecs.flag( PIRM, "instead, a PIRM-size run: " + PirmBenchmark.IMAGES + " RGB pairs of "
			+ PirmBenchmark.WIDTH + "x" + PirmBenchmark.HEIGHT + " and a synthetic Ma et al. model of the authors' size, evaluated (RMSE and PI,"
			+ " one worker per core) by a child JVM per round (--" + REPEATS + ", default " + PirmBenchmark.DEFAULT_ROUNDS + "), JVM start included;"
			+ " then the first NIQE and Ma et al. call of a fresh JVM" );

	BenchSubcommand()
	{
		super( "bench", "time each metric (ms per image) and NIQE training on one thread, or (--evaluate N) the batch" );
	}

	@Override
	void addArguments( final CommandSpec command )
	{
		for ( final OptionSpec o : Arrays.asList( sizeOption, warmupOption, repeatsOption, metricsOption, referenceOption, restoredOption,
				csvOption, evaluateOption, pirmOption ) )
			command.addOption( o );
	}

	private static String threadCounts()
	{
		return Arrays.stream( EvaluationBenchmark.THREADS ).mapToObj( Integer::toString ).collect( Collectors.joining( " and " ) );
	}

	@Override
	String description()
	{
		return "Times each full-reference metric on one image pair, single-threaded, and prints the median and the fastest"
				+ " milliseconds per pair. Files are scored as 'score' does by default (convention "
				+ Preparation.defaults().convention().id() + "); SSIM is also timed with the 2009 downsampling."
				+ " With niqe, niqe-ref or nss-fd among the metrics it then times NIQE on one 512x384 image (budget "
				+ ( int ) NiqeBenchmark.NIQE_BUDGET_MS + " ms; MATLAB's release takes about " + ( int ) NiqeBenchmark.MATLAB_NIQE_MS
				+ " ms), its first call, training a NIQE model on 20 images of 512x512 (budget " + ( int ) NiqeBenchmark.TRAINING_BUDGET_MS
				+ " ms; the value is the number of blocks used) and niqe-ref with nss-fd on 20 against 20 images (the value is nss-fd),"
				+ " all on synthetic 8-bit scenes with a natural 1/f spectrum; training and the set distances run a fifth as often."
				+ " With ma or pi it times Ma et al.'s 138 features of one such 512x384 scene (budget " + ( int ) MaBenchmark.FEATURES_BUDGET_MS
				+ " ms; MATLAB's release takes about " + ( int ) MaBenchmark.MATLAB_MS + " ms) and three synthetic forests of 2000 trees (budget "
				+ ( int ) MaBenchmark.FOREST_BUDGET_MS + " ms), which need no installed model. With brisque or piqe it times both on one"
				+ " such 512x384 scene (budgets " + ( int ) BrisquePiqeBenchmark.BRISQUE_BUDGET_MS + " and "
				+ ( int ) BrisquePiqeBenchmark.PIQE_BUDGET_MS + " ms). With vgg22 it times one " + VggBenchmark.SIZE + "x" + VggBenchmark.SIZE
				+ " RGB pair, both images' features and the distance (budget " + ( int ) VggBenchmark.PAIR_BUDGET_MS + " ms; at most "
				+ VggBenchmark.MAXIMUM_REPEATS + " timed runs), with the installed weights or, without them, random weights in VGG19's shapes"
				+ " (the same cost). With --" + PIRM + " it instead times what a user of a PIRM-size set waits for: " + PirmBenchmark.IMAGES
				+ " RGB pairs of " + PirmBenchmark.WIDTH + "x" + PirmBenchmark.HEIGHT + " and a synthetic Ma et al. model of the authors' size"
				+ " are written to a temporary folder and evaluated (RMSE and PI, protocol pirm) by a child JVM, whose wall time (JVM start"
				+ " included), CPU time and busy cores it reports (budget " + ( int ) PirmBenchmark.BUDGET_S + " s on 2 cores), then the first"
				+ " NIQE and Ma et al. score of a fresh JVM (budgets " + ( int ) PirmBenchmark.FIRST_NIQE_BUDGET_MS + " and "
				+ ( int ) PirmBenchmark.FIRST_MA_BUDGET_MS + " ms).";
	}

	@Override
	int run( final Terminal terminal )
	{
		if ( OptionSpecs.given( pirmOption ) )
			return runPirm( terminal );
		if ( OptionSpecs.given( evaluateOption ) )
			return runEvaluation( terminal );
		final List< MetricDescriptor > metrics = OptionSpecs.valueOr( metricsOption, MetricRegistry::parseList, MetricRegistry.all() );
		final List< MetricDescriptor > fullReference = metrics.stream().filter( d -> d.kind() == MetricKind.FULL_REFERENCE && !d.id().equals(
				Vgg22.ID ) ).collect( Collectors.toList() );
		boolean niqe = false, ma = false, brisquePiqe = false, vgg = false;
		for ( final MetricDescriptor d : metrics )
		{
			// VGG2,2 has its own benchmark: a pair takes seconds, and it runs on random weights where none are installed
			if ( d.id().equals( Vgg22.ID ) )
			{
				vgg = true;
				continue;
			}
			if ( d.id().equals( Brisque.ID ) || d.id().equals( Piqe.ID ) )
			{
				brisquePiqe = true;
				continue;
			}
			// Ma et al. and PI are timed with synthetic forests: they need no installed model
			if ( d.id().equals( MaScore.ID ) || d.id().equals( PerceptualIndex.ID ) )
			{
				ma = true;
				niqe |= d.id().equals( PerceptualIndex.ID );
			}
			else if ( d.kind() == MetricKind.SET_LEVEL || d.create( MetricSettings.defaults() ) instanceof BlockFeatureMetric )
				niqe = true;
			else if ( d.kind() != MetricKind.FULL_REFERENCE )
				throw new UsageException( "bench has no timing for " + d.displayName() + "." );
		}
		final int warmup = OptionSpecs.valueOr( warmupOption, MetricBenchmark.DEFAULT_WARMUP );
		final int repeats = OptionSpecs.valueOr( repeatsOption, MetricBenchmark.DEFAULT_REPEATS );
		UsageException.asUsage( () -> {
			Timing.checkCounts( warmup, repeats );
			return null;
		} );
		final boolean files = OptionSpecs.given( referenceOption ) || OptionSpecs.given( restoredOption );
		if ( files && !( OptionSpecs.given( referenceOption ) && OptionSpecs.given( restoredOption ) ) )
			throw new UsageException( "bench needs both --" + REFERENCE + " and --" + RESTORED + ", or neither for the synthetic pair." );
		if ( files && OptionSpecs.given( sizeOption ) )
			throw new UsageException( "--" + SIZE + " sets the synthetic pair; it does not apply to --" + REFERENCE + " and --" + RESTORED + "." );
		if ( files && fullReference.isEmpty() )
			throw new UsageException( "--" + REFERENCE + " and --" + RESTORED + " are the pair of the full-reference metrics, and --" + METRICS
					+ " names none (NIQE is timed on synthetic scenes)." );
		final int size = OptionSpecs.valueOr( sizeOption, MetricBenchmark.DEFAULT_SIZE );
		if ( size < 1 )
			throw new UsageException( "--" + SIZE + " must be 1 or more, not " + size + "." );

		final boolean csv = OptionSpecs.given( csvOption );
		if ( csv )
			terminal.out().println( Timing.CSV_HEADER );
		if ( !fullReference.isEmpty() )
		{
			timeFullReference( fullReference, files, size, warmup, repeats, csv, terminal.out() );
			terminal.out().flush();
		}
		final PrintStream out = terminal.out();
		if ( niqe )
		{
			final NiqeBenchmark.Result result = NiqeBenchmark.run( warmup, repeats );
			printTimings( !fullReference.isEmpty(), csv, out, result.timings(), () -> NiqeBenchmark.print( result, out ) );
		}
		if ( ma )
		{
			final MaBenchmark.Result result = MaBenchmark.run( warmup, repeats );
			printTimings( niqe || !fullReference.isEmpty(), csv, out, result.timings(), () -> MaBenchmark.print( result, out ) );
		}
		if ( brisquePiqe )
		{
			final BrisquePiqeBenchmark.Result result = BrisquePiqeBenchmark.run( warmup, repeats );
			printTimings( ma || niqe || !fullReference.isEmpty(), csv, out, result.timings(), () -> BrisquePiqeBenchmark.print( result, out ) );
		}
		if ( vgg )
		{
			final VggWeightsStore store = VggWeightsStore.fromEnvironment();
			final VggBenchmark.Result result = VggBenchmark.run( store.isAvailable() ? store.require() : null, warmup, repeats );
			printTimings( brisquePiqe || ma || niqe || !fullReference.isEmpty(), csv, out, result.timings(), () -> VggBenchmark.print( result,
					out ) );
		}
		out.flush();
		return Main.OK;
	}

	/** A benchmark's rows as CSV, or its table, after a blank line where a table comes before it. */
	private static void printTimings( final boolean after, final boolean csv, final PrintStream out, final List< Timing.Result > rows,
			final Runnable table )
	{
		if ( csv )
			Timing.printCsvRows( rows, out );
		else
		{
			if ( after )
				out.println();
			table.run();
		}
	}

	/** {@code --evaluate N}: the batch benchmark alone. */
	private int runEvaluation( final Terminal terminal )
	{
		for ( final OptionSpec other : Arrays.asList( warmupOption, metricsOption, referenceOption, restoredOption, csvOption ) )
			if ( OptionSpecs.given( other ) )
				throw new UsageException( "--" + EVALUATE + " runs the batch benchmark alone, with the evaluation's defaults; " + other.longestName()
						+ " does not apply to it." );
		final int pairs = evaluateOption.< Integer > getValue();
		final int size = OptionSpecs.valueOr( sizeOption, MetricBenchmark.DEFAULT_SIZE );
		final int rounds = OptionSpecs.valueOr( repeatsOption, EvaluationBenchmark.DEFAULT_ROUNDS );
		if ( rounds < 1 )
			throw new UsageException( "--" + REPEATS + " needs 1 or more rounds with --" + EVALUATE + ", not " + rounds + "." );
		if ( pairs < 1 )
			throw new UsageException( "--" + EVALUATE + " needs 1 or more pairs, not " + pairs + "." );
		if ( size < 2 * NiqeModel.DEFAULT_BLOCK_SIZE )
			throw new UsageException( "--" + SIZE + " must be at least " + 2 * NiqeModel.DEFAULT_BLOCK_SIZE + " for the batch benchmark (NIQE's"
					+ " minimum), not " + size + "." );
		terminal.note( "writing " + pairs + " pairs to a temporary folder, then evaluating them with " + threadCounts() + " threads..." );
		final EvaluationBenchmark.Result result = EvaluationBenchmark.run( pairs, size, SEED, rounds, BenchSubcommand::writePng,
				ImageJFileReader.INSTANCE );
		EvaluationBenchmark.print( result, terminal.out() );
		terminal.out().flush();
		return Main.OK;
	}

	/** {@code --pirm}: the PIRM-size run alone, timed in child JVMs. */
	private int runPirm( final Terminal terminal )
	{
		for ( final OptionSpec other : Arrays.asList( sizeOption, warmupOption, metricsOption, referenceOption, restoredOption, csvOption,
				evaluateOption ) )
			if ( OptionSpecs.given( other ) )
				throw new UsageException( "--" + PIRM + " runs the PIRM-size benchmark alone, on its own images; " + other.longestName()
						+ " does not apply to it." );
		final int rounds = OptionSpecs.valueOr( repeatsOption, PirmBenchmark.DEFAULT_ROUNDS );
		if ( rounds < 1 )
			throw new UsageException( "--" + REPEATS + " needs 1 or more rounds with --" + PIRM + ", not " + rounds + "." );
		final PirmBenchmark.Result result = PirmBenchmark.run( Main.class.getName(), rounds, PirmBenchmark.FIRST_CALL_RUNS, SEED,
				terminal::note );
		PirmBenchmark.print( result, terminal.out() );
		terminal.out().flush();
		return Main.OK;
	}

	/** An 8-bit grey PNG through ImageJ. */
	private static void writePng( final Path file, final Plane image )
	{
		final ByteProcessor ip = new ByteProcessor( image.width(), image.height() );
		final double[] v = image.values();
		for ( int i = 0; i < v.length; i++ )
			ip.set( i, ( int ) v[ i ] );
		if ( !new FileSaver( new ImagePlus( file.getFileName().toString(), ip ) ).saveAsPng( file.toString() ) )
			throw new PdPlaneException( "Cannot write '" + file + "'." );
	}

	/** Times the full-reference metrics on the files or the synthetic pair and prints a table, or CSV rows. */
	private void timeFullReference( final List< MetricDescriptor > metrics, final boolean files,
			final int size, final int warmup, final int repeats, final boolean csv, final PrintStream out )
	{
		final MetricSettings settings = MetricSettings.defaults();
		final Preparation preparation = Preparation.defaults();
		final ImageScorer checks = UsageException.asUsage( () -> new ImageScorer( metrics, settings, preparation ) );
		final ImageSource reference, restored;
		if ( files )
		{
			reference = ScoreSubcommand.open( referenceOption.getValue() );
			restored = ScoreSubcommand.open( restoredOption.getValue() );
		}
		else
		{
			final Plane[] pair = MetricBenchmark.syntheticPair( size, SEED );
			reference = ArrayImage.grey( "synthetic reference", pair[ 0 ], SampleType.UINT8 );
			restored = ArrayImage.grey( "synthetic restored", pair[ 1 ], SampleType.UINT8 );
		}
		final double dataRange = checks.check( reference, restored );
		final Plane x = single( preparation.prepare( reference, 0 ) ), y = single( preparation.prepare( restored, 0 ) );
		final List< Timing.Result > results = MetricBenchmark.run( metrics, settings, x, y, dataRange, warmup, repeats );
		if ( csv )
			Timing.printCsvRows( results, out );
		else
			MetricBenchmark.print( results, x.width(), x.height(), out );
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
