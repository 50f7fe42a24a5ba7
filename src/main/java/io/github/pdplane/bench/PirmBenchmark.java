package io.github.pdplane.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.demo.RgbFiles;
import io.github.pdplane.image.ArrayImage;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.SampleType;
import io.github.pdplane.io.OutputFiles;
import io.github.pdplane.nr.ma.MaFeatures;
import io.github.pdplane.nr.ma.MaModel;
import io.github.pdplane.nr.ma.MaModelStore;

/**
 * A PIRM-size run, timed as a user meets it: {@value #IMAGES} RGB pairs of {@value #WIDTH}x{@value #HEIGHT}
 * (the size of the PIRM 2018 self-validation images; references and restored outputs, seeded scenes with a
 * natural 1/f spectrum, the outputs blurred and noisy as super-resolved images are) and a synthetic Ma et al.
 * model of the authors' size ({@link SyntheticMaModel}) are written to a temporary folder; then a child JVM,
 * {@code java -cp <this class path> <the CLI's main class> evaluate --protocol pirm --x rmse --y pi}, evaluates
 * them with its default of one worker per core. Each round's wall time runs from before the child is started
 * until it has exited, so it holds the JVM's start, the model's loading, reading the images, RMSE and PI of
 * every image, the bootstrap intervals and the output files; its CPU time is what the kernel charged the child
 * (Linux, {@code /proc/self/stat}; NaN elsewhere). The budget: {@value #BUDGET_S} s on 2 cores.
 * <p>
 * It also times the first call of a process, NIQE's and Ma et al.'s, each in a JVM of its own
 * ({@link FirstCall}).
 */
public final class PirmBenchmark
{
	public static final int IMAGES = 100, WIDTH = 512, HEIGHT = 384;

	/** The budget of the issue for the whole run on 2 cores, in seconds. */
	public static final double BUDGET_S = 10;

	/** The budgets of the first call of a process, in milliseconds. */
	public static final double FIRST_MA_BUDGET_MS = 500, FIRST_NIQE_BUDGET_MS = 50;

	public static final int DEFAULT_ROUNDS = 3, FIRST_CALL_RUNS = 3;

	static final String REFERENCE = "reference", RESTORED = "restored", MODEL = "model.mat", ALGORITHM = "SR";

	/** Images whose Ma et al. features set the model's value ranges: references and outputs alike. */
	static final int RANGE_IMAGES = 4;

	/** The larger scenes the images are cut from, and the seed offset of the model. */
	private static final int SCENES = 8, MODEL_SEED = 77;

	/** The clock ticks per second of {@code /proc} on Linux (USER_HZ, fixed at 100 on every architecture it runs on). */
	private static final double TICKS_PER_SECOND = 100;

	private PirmBenchmark()
	{}

	/** The timings of a run. */
	public static final class Result
	{
		final double[] wallSeconds, cpuSeconds;

		final double generationSeconds, meanNodes, meanPath, rmse, pi;

		final long modelBytes;

		final int images, trees, threads;

		final double[] firstNiqeMs, firstMaMs, modelLoadMs;

		Result( final int images, final int trees, final double[] wallSeconds, final double[] cpuSeconds, final double generationSeconds,
				final double meanNodes, final double meanPath, final long modelBytes, final double rmse, final double pi, final int threads,
				final double[] firstNiqeMs, final double[] firstMaMs, final double[] modelLoadMs )
		{
			this.images = images;
			this.trees = trees;
			this.wallSeconds = wallSeconds;
			this.cpuSeconds = cpuSeconds;
			this.generationSeconds = generationSeconds;
			this.meanNodes = meanNodes;
			this.meanPath = meanPath;
			this.modelBytes = modelBytes;
			this.rmse = rmse;
			this.pi = pi;
			this.threads = threads;
			this.firstNiqeMs = firstNiqeMs;
			this.firstMaMs = firstMaMs;
			this.modelLoadMs = modelLoadMs;
		}

		/** The median wall time of the rounds, in seconds. */
		public double medianSeconds()
		{
			return Timing.median( wallSeconds );
		}

		public boolean withinBudget()
		{
			return medianSeconds() <= BUDGET_S;
		}
	}

	/**
	 * Generates the images and the model, runs the evaluation {@code rounds} times and the first calls
	 * {@code firstCallRuns} times each, each in a child JVM, and deletes the folder.
	 *
	 * @param cliMainClass
	 *            the command line's main class, whose {@code evaluate} is timed
	 * @param progress
	 *            receives a line as each stage starts
	 */
	public static Result run( final String cliMainClass, final int rounds, final int firstCallRuns, final long seed,
			final Consumer< String > progress )
	{
		return run( cliMainClass, IMAGES, MaBenchmark.TREES, rounds, firstCallRuns, seed, progress );
	}

	/** {@link #run(String, int, int, long, Consumer)} with fewer images or trees (tests). */
	static Result run( final String cliMainClass, final int images, final int trees, final int rounds, final int firstCallRuns, final long seed,
			final Consumer< String > progress )
	{
		if ( rounds < 1 || firstCallRuns < 0 )
			throw new IllegalArgumentException( "rounds " + rounds + ", first-call runs " + firstCallRuns );
		Path folder = null;
		try
		{
			folder = Files.createTempDirectory( "pdplane-pirm-" );
			progress.accept( "writing " + images + " RGB pairs of " + WIDTH + "x" + HEIGHT + " and a synthetic Ma et al. model of 3 x " + trees
					+ " trees to " + folder + "..." );
			final long start = System.nanoTime();
			final List< Plane > rangeImages = writeImages( folder, images, seed );
			final Path model = folder.resolve( MODEL );
			writeModel( model, rangeImages, trees, seed + MODEL_SEED );
			final double generation = ( System.nanoTime() - start ) / 1e9;
			final MaModel loaded = MaModelStore.load( model );
			final MaFeatures x = MaFeatures.compute( "range image", rangeImages.get( 0 ), 255 );
			final double meanPath = MaBenchmark.meanPathLength( loaded, x );
			final double meanNodes = meanNodes( loaded );

			final int threads = Runtime.getRuntime().availableProcessors();
			final double[] wall = new double[ rounds ], cpu = new double[ rounds ];
			double[] values = null;
			for ( int r = 0; r < rounds; r++ )
			{
				progress.accept( "round " + ( r + 1 ) + " of " + rounds + ": evaluate in a child JVM..." );
				final Path out = folder.resolve( "out-" + ( r + 1 ) );
				final List< String > command = new ArrayList<>( javaCommand() );
				command.addAll( Arrays.asList( cliMainClass, "evaluate", "--reference", folder.resolve( REFERENCE ).toString(), "--restored",
						ALGORITHM + "=" + folder.resolve( RESTORED ), "--protocol", "pirm", "--x", "rmse", "--y", "pi", "--out", out.toString() ) );
				final double cpuBefore = childrenCpuSeconds();
				final long wallStart = System.nanoTime();
				runChild( command, model, folder.resolve( "evaluate-" + ( r + 1 ) + ".log" ) );
				wall[ r ] = ( System.nanoTime() - wallStart ) / 1e9;
				cpu[ r ] = childrenCpuSeconds() - cpuBefore;
				values = summaryValues( out.resolve( "summary.csv" ), "rmse", "pi" );
			}
			final double[] niqe = new double[ firstCallRuns ], ma = new double[ firstCallRuns ], load = new double[ firstCallRuns ];
			if ( firstCallRuns > 0 )
				progress.accept( "first calls: " + firstCallRuns + " child JVMs each for NIQE and Ma et al...." );
			for ( int r = 0; r < firstCallRuns; r++ )
			{
				niqe[ r ] = firstCall( folder, r, null )[ 0 ];
				final double[] m = firstCall( folder, r, model );
				ma[ r ] = m[ 0 ];
				load[ r ] = m[ 1 ];
			}
			return new Result( images, trees, wall, cpu, generation, meanNodes, meanPath, Files.size( model ), values[ 0 ], values[ 1 ], threads, niqe, ma, load );
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( "Cannot write the benchmark's files: " + OutputFiles.reason( e ) + ".", e );
		}
		finally
		{
			if ( folder != null )
				EvaluationBenchmark.delete( folder );
		}
	}

	/** {@code java -cp <class path>} of this JVM: the jar when run as {@code java -jar pdplane-cli.jar}. */
	static List< String > javaCommand()
	{
		return Arrays.asList( Paths.get( System.getProperty( "java.home" ), "bin", "java" ).toString(), "-cp",
				System.getProperty( "java.class.path" ) );
	}

	/** Runs {@code command} with the model named by {@link MaModelStore#FILE_VARIABLE}, its output in {@code log}; fails if it does. */
	private static void runChild( final List< String > command, final Path model, final Path log ) throws IOException
	{
		final ProcessBuilder builder = new ProcessBuilder( command ).redirectErrorStream( true ).redirectOutput( log.toFile() );
		builder.environment().put( MaModelStore.FILE_VARIABLE, model.toString() );
		final Process process = builder.start();
		final int code;
		try
		{
			code = process.waitFor();
		}
		catch ( final InterruptedException e )
		{
			process.destroy();
			Thread.currentThread().interrupt();
			throw new PdPlaneException( "The benchmark was interrupted." );
		}
		if ( code != 0 )
			throw new PdPlaneException( "The benchmark's child process failed (exit code " + code + "): " + String.join( " ", command ) + "\n"
					+ new String( Files.readAllBytes( log ), StandardCharsets.UTF_8 ) );
	}

	/** One child JVM's first call: {@code [ms]} for NIQE, {@code [ms, model load ms]} for Ma et al. with {@code model}. */
	private static double[] firstCall( final Path folder, final int run, final Path model ) throws IOException
	{
		final List< String > command = new ArrayList<>( javaCommand() );
		command.add( FirstCall.class.getName() );
		command.add( model == null ? FirstCall.NIQE : FirstCall.MA );
		if ( model != null )
			command.add( model.toString() );
		final Path log = folder.resolve( "first-call-" + ( model == null ? FirstCall.NIQE : FirstCall.MA ) + "-" + run + ".log" );
		runChild( command, model == null ? folder.resolve( MODEL ) : model, log );
		final List< String > lines = Files.readAllLines( log, StandardCharsets.UTF_8 );
		return new double[] { number( lines, FirstCall.FIRST_CALL, log ), model == null ? Double.NaN : number( lines, FirstCall.MODEL_LOAD, log ) };
	}

	private static double number( final List< String > lines, final String key, final Path log )
	{
		for ( final String line : lines )
			if ( line.startsWith( key + " " ) )
				return Double.parseDouble( line.substring( key.length() + 1 ).trim() );
		throw new PdPlaneException( "The benchmark's child process printed no '" + key + "' line: " + log );
	}

	/**
	 * The CPU seconds of this process's children that have exited and been waited for ({@code cutime + cstime}
	 * of {@code /proc/self/stat}), or NaN where there is no such file.
	 */
	static double childrenCpuSeconds()
	{
		final Path stat = Paths.get( "/proc/self/stat" );
		try
		{
			final String text = new String( Files.readAllBytes( stat ), StandardCharsets.US_ASCII );
			// the fields after the command name, which is in parentheses and may hold spaces: state is field 3, cutime 16, cstime 17
			final String[] fields = text.substring( text.lastIndexOf( ')' ) + 2 ).trim().split( " " );
			return ( Long.parseLong( fields[ 13 ] ) + Long.parseLong( fields[ 14 ] ) ) / TICKS_PER_SECOND;
		}
		catch ( final IOException | RuntimeException e )
		{
			return Double.NaN;
		}
	}

	/** The values of {@code columns} in the first data row of a summary CSV. */
	static double[] summaryValues( final Path summary, final String... columns ) throws IOException
	{
		final List< String > lines = Files.readAllLines( summary, StandardCharsets.UTF_8 );
		final List< String > header = Arrays.asList( lines.get( 0 ).split( "," ) );
		final String[] row = lines.get( 1 ).split( "," );
		final double[] values = new double[ columns.length ];
		for ( int i = 0; i < columns.length; i++ )
		{
			final int c = header.indexOf( columns[ i ] );
			if ( c < 0 )
				throw new PdPlaneException( "'" + summary + "' has no column '" + columns[ i ] + "'." );
			values[ i ] = Double.parseDouble( row[ c ] );
		}
		return values;
	}

	/**
	 * Writes {@code folder/reference/NNN.png} and {@code folder/restored/NNN.png}, {@code images} of each, the
	 * same for the same seed, and returns the grey scenes of the first {@link #RANGE_IMAGES} (references and
	 * outputs in turn), from which the model takes its value ranges.
	 */
	static List< Plane > writeImages( final Path folder, final int images, final long seed ) throws IOException
	{
		Files.createDirectories( folder.resolve( REFERENCE ) );
		Files.createDirectories( folder.resolve( RESTORED ) );
		final int sceneWidth = 2 * WIDTH, sceneHeight = 2 * HEIGHT;
		final Plane[] scenes = IntStream.range( 0, SCENES ).parallel().mapToObj( s -> NiqeBenchmark.scene( sceneWidth, sceneHeight, seed * 31
				+ s ) ).toArray( Plane[]::new );
		// every image's crop, colour and distortion drawn first, in order, so that the parallel writing gives the same files
		final Random random = new Random( seed );
		final long[][] draws = new long[ images ][];
		for ( int i = 0; i < images; i++ )
			draws[ i ] = new long[] { random.nextInt( sceneWidth - WIDTH + 1 ), random.nextInt( sceneHeight - HEIGHT + 1 ), random.nextLong() };
		final List< Plane > ranges = IntStream.range( 0, images ).parallel().mapToObj( i -> {
			final Plane reference = scenes[ i % SCENES ].crop( ( int ) draws[ i ][ 0 ], ( int ) draws[ i ][ 1 ], WIDTH, HEIGHT );
			final Random own = new Random( draws[ i ][ 2 ] );
			final Plane restored = restored( reference, own );
			final double[] gains = { 0.8 + 0.3 * own.nextDouble(), 0.8 + 0.3 * own.nextDouble(), 0.8 + 0.3 * own.nextDouble() };
			final String name = String.format( Locale.ROOT, "%03d.png", i );
			write( folder.resolve( REFERENCE ).resolve( name ), reference, gains );
			write( folder.resolve( RESTORED ).resolve( name ), restored, gains );
			return i >= RANGE_IMAGES ? null : i % 2 == 0 ? reference : restored;
		} ).collect( Collectors.toList() );
		return ranges.subList( 0, Math.min( RANGE_IMAGES, images ) );
	}

	/** A super-resolved stand-in: the reference blurred (3x3 binomial, edges replicated), then noise of a strength of its own. */
	static Plane restored( final Plane reference, final Random random )
	{
		final int w = reference.width(), h = reference.height();
		final double[] v = reference.values(), out = new double[ v.length ];
		final double sigma = 1 + 5 * random.nextDouble();
		for ( int y = 0; y < h; y++ )
			for ( int x = 0; x < w; x++ )
			{
				double s = 0;
				for ( int dy = -1; dy <= 1; dy++ )
					for ( int dx = -1; dx <= 1; dx++ )
					{
						final int xx = Math.min( w - 1, Math.max( 0, x + dx ) ), yy = Math.min( h - 1, Math.max( 0, y + dy ) );
						s += ( 2 - Math.abs( dx ) ) * ( 2 - Math.abs( dy ) ) * v[ yy * w + xx ];
					}
				out[ y * w + x ] = Math.min( 255, Math.max( 0, Math.rint( s / 16 + sigma * random.nextGaussian() ) ) );
			}
		return new Plane( w, h, out );
	}

	/** An RGB PNG whose channels are the grey scene at three gains about a mid grey, as the channels of a natural image follow each other. */
	private static void write( final Path file, final Plane grey, final double[] gains )
	{
		final double[] v = grey.values();
		final double[][] rgb = new double[ 3 ][ v.length ];
		for ( int c = 0; c < 3; c++ )
			for ( int i = 0; i < v.length; i++ )
				rgb[ c ][ i ] = Math.min( 255, Math.max( 0, Math.rint( 128 + gains[ c ] * ( v[ i ] - 128 ) ) ) );
		final ArrayImage image = ArrayImage.rgb( file.getFileName().toString(), grey.width(), grey.height(), SampleType.UINT8, rgb[ 0 ], rgb[ 1 ],
				rgb[ 2 ] );
		try
		{
			Files.write( file, RgbFiles.encodePng( image ) );
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( "Cannot write '" + file + "': " + OutputFiles.reason( e ) + ".", e );
		}
	}

	/** A model of three forests of {@code trees} trees over the value ranges of {@code images}' Ma et al. features. */
	static void writeModel( final Path file, final List< Plane > images, final int trees, final long seed )
	{
		final List< MaFeatures > features = images.parallelStream().map( p -> MaFeatures.compute( "range image", p, 255 ) ).collect( Collectors
				.toList() );
		SyntheticMaModel.write( file, SyntheticMaModel.Ranges.of( features ), trees, seed );
	}

	private static double meanNodes( final MaModel model )
	{
		long nodes = 0, trees = 0;
		for ( int i = 0; i < MaModel.FORESTS; i++ )
		{
			nodes += model.forest( i ).nodes();
			trees += model.forest( i ).trees();
		}
		return ( double ) nodes / trees;
	}

	/** The report: the model, each round, the median against the budget, and the first calls. */
	public static void print( final Result r, final PrintStream out )
	{
		out.printf( Locale.ROOT, "PIRM-size run: %d RGB pairs of %dx%d (protocol pirm: Y channel, 4-pixel shave), a synthetic Ma et al. model"
				+ " of 3 x %d trees (%.0f nodes per tree, paths of %.1f nodes on average, %.1f MB), written in %.1f s;%n", r.images, WIDTH, HEIGHT,
				r.trees, r.meanNodes, r.meanPath, r.modelBytes / 1e6, r.generationSeconds );
		out.printf( Locale.ROOT, "each round a child JVM: java -cp <class path> ... evaluate --protocol pirm --x rmse --y pi, %d worker threads"
				+ " (one per core); its wall time includes the JVM start, the model's loading and the output files%n", r.threads );
		out.printf( Locale.ROOT, "%-8s %10s %10s %12s%n", "round", "wall s", "CPU s", "cores busy" );
		for ( int i = 0; i < r.wallSeconds.length; i++ )
			out.printf( Locale.ROOT, "%-8d %10.2f %10.2f %12.2f%n", i + 1, r.wallSeconds[ i ], r.cpuSeconds[ i ], r.cpuSeconds[ i ]
					/ r.wallSeconds[ i ] );
		out.printf( Locale.ROOT, "PIRM-size run, median wall time: %.2f s (budget %.0f s on 2 cores; %d cores here); set RMSE %.4f, PI %.4f%n",
				r.medianSeconds(), BUDGET_S, r.threads, r.rmse, r.pi );
		if ( r.firstNiqeMs.length > 0 )
		{
			out.printf( Locale.ROOT, "First call of a process (median of %d child JVMs): NIQE %.0f ms (budget %.0f ms), Ma et al. features and"
					+ " forests %.0f ms (budget %.0f ms; reading the model before it: %.0f ms)%n", r.firstNiqeMs.length, Timing.median( r.firstNiqeMs ),
					FIRST_NIQE_BUDGET_MS, Timing.median( r.firstMaMs ), FIRST_MA_BUDGET_MS, Timing.median( r.modelLoadMs ) );
		}
	}
}
