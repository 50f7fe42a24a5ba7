package io.github.pdplane.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.batch.BatchJob;
import io.github.pdplane.batch.EvaluationJob;
import io.github.pdplane.batch.ImageSet;
import io.github.pdplane.chart.PlaneFiles;
import io.github.pdplane.demo.TestImageSet;
import io.github.pdplane.io.ImageFileReader;
import io.github.pdplane.io.imagej.ImageJFileReader;

/**
 * {@code demo}: the batch evaluation ({@code evaluate}) of the bundled test images: every algorithm
 * folder against {@code reference/}, with RMSE on x, the default perceptual metric on y, and PSNR, SSIM,
 * MS-SSIM and NSS-FD in the tables; writes the same four files into {@code ./pd-demo/} and prints the
 * summary. The README's first command.
 */
final class DemoSubcommand extends Subcommand
{
	static final String IMAGES = "images", OUT = "out", OVERWRITE = "overwrite", THREADS = "threads";

	/** The output folder unless given: in the working folder, beside {@code test-images/} (and ignored by git). */
	static final String DEFAULT_OUT = "pd-demo";

	/** The metrics tabulated besides the axes. */
	static final String EXTRA_METRICS = "psnr,ssim,ms-ssim,nss-fd";

	private final OptionSpec imagesOption = OptionSpecs.path( IMAGES, "DIR", OptionSpecs.withDefault( "the data set: DIR/"
			+ TestImageSet.REFERENCE_FOLDER + "/ and one folder per algorithm with the same file names", TestImageSet.DEFAULT_FOLDER ) );

	private final OptionSpec outOption = OptionSpecs.path( OUT, "DIR", OptionSpecs.withDefault( "the folder to write "
			+ String.join( ", ", PlaneOutput.EVALUATION_FILES ) + " to", DEFAULT_OUT ) );

	private final OptionSpec overwriteOption = OptionSpecs.flag( OVERWRITE, "replace the files of an earlier run in DIR" );

	private final OptionSpec threadsOption = OptionSpecs.integer( THREADS, "N", OptionSpecs.withDefault( "worker threads", "one per core, here "
			+ BatchJob.defaultThreads() ) );

	private final OptionSpec skipUnreadableOption = OptionSpecs.skipUnreadable();

	private final ImageFileReader reader;

	private final CancelSignal signal;

	DemoSubcommand()
	{
		this( ImageJFileReader.INSTANCE, CancelSignal.CTRL_C );
	}

	DemoSubcommand( final ImageFileReader reader, final CancelSignal signal )
	{
		super( "demo", "evaluate the bundled test images on the plane (every algorithm against reference/) into ./" + DEFAULT_OUT + "/" );
		this.reader = reader;
		this.signal = signal;
	}

	@Override
	void addArguments( final CommandSpec command )
	{
		command.addOption( imagesOption ).addOption( outOption ).addOption( overwriteOption ).addOption( threadsOption ).addOption(
				skipUnreadableOption );
	}

	@Override
	String description()
	{
		return "Runs 'evaluate' on the bundled data set: every algorithm folder of DIR against DIR/" + TestImageSet.REFERENCE_FOLDER
				+ "/ (paired by file name), x RMSE, y the default perceptual metric, and " + EXTRA_METRICS.replace( ",", ", " )
				+ " in the tables (convention gray, 1000 bootstrap resamples). Writes " + String.join( ", ", PlaneOutput.EVALUATION_FILES )
				+ " into the output folder and prints the summary table. A second run refuses to replace the files of the first: pass"
				+ " --" + OVERWRITE + ", or --" + OUT + " another folder.";
	}

	@Override
	int run( final Terminal terminal )
	{
		final Path root = OptionSpecs.valueOr( imagesOption, OptionSpecs.toPath( TestImageSet.DEFAULT_FOLDER ) );
		final Path out = OptionSpecs.valueOr( outOption, OptionSpecs.toPath( DEFAULT_OUT ) );
		final boolean overwrite = OptionSpecs.given( overwriteOption );
		final int threads = OptionSpecs.valueOr( threadsOption, 0 );
		if ( OptionSpecs.given( threadsOption ) && threads < 1 )
			throw new UsageException( "--" + THREADS + " must be 1 or more, not " + threads + "." );
		checkEarlierRun( out, overwrite );
		final PlaneFiles.Target target = PlaneOutput.checkOutputs( out, overwrite, PlaneOutput.EVALUATION_FILES, terminal );
		final Path referenceFolder = root.resolve( TestImageSet.REFERENCE_FOLDER );
		if ( !Files.isDirectory( root ) )
			throw new PdPlaneException( "The test images folder '" + root + "' does not exist: run from the project root (where "
					+ TestImageSet.DEFAULT_FOLDER + "/ is) or pass --" + IMAGES + " DIR." );
		if ( !Files.isDirectory( referenceFolder ) )
			throw new PdPlaneException( "'" + root + "' has no '" + TestImageSet.REFERENCE_FOLDER
					+ "' folder: the demo needs DIR/" + TestImageSet.REFERENCE_FOLDER + "/ and one folder per algorithm." );
		final List< ImageSet > algorithms = ImageSet.algorithmFolders( root, referenceFolder );

		final EvaluationJob job = EvaluationJob.builder( reader ).reference( ImageSet.folder( referenceFolder ) ).algorithms( algorithms )
				.extraMetrics( EXTRA_METRICS ).threads( threads ).skipUnreadable( OptionSpecs.given( skipUnreadableOption ) ).build();
		return PlaneOutput.run( job, terminal, signal, () -> PlaneOutput.finishEvaluation( job, target, false,
				"PD Plane demo: " + algorithms.size() + " algorithms of '" + root + "' against its " + job.referenceCount()
						+ " reference images (" + job.preparation() + "):", terminal ) );
	}

	/** A clear refusal where the output folder holds an earlier run, rather than one about its first file. */
	private static void checkEarlierRun( final Path out, final boolean overwrite )
	{
		if ( overwrite )
			return;
		final List< String > existing = new ArrayList<>();
		for ( final String file : PlaneOutput.EVALUATION_FILES )
			if ( Files.exists( out.resolve( file ) ) )
				existing.add( file );
		if ( !existing.isEmpty() )
			throw new UsageException( "'" + out + "' already holds the results of an earlier run (" + String.join( ", ", existing )
					+ "): pass --" + OVERWRITE + " to replace them, or --" + OUT + " DIR to write elsewhere." );
	}
}
