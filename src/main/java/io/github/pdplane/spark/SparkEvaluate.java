package io.github.pdplane.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.batch.EvaluationJob;
import io.github.pdplane.cli.EvaluateLauncher;
import io.github.pdplane.cli.EvaluationScoring;

/**
 * {@code evaluate} on an Apache Spark cluster: the same options, checks, messages, files and exit codes as
 * {@code java -jar pdplane-cli.jar evaluate} ({@link EvaluateLauncher}), the reference images scored by Spark's
 * executors, one task each:
 *
 * <pre>
 * spark-submit --master spark://HOST:7077 --class io.github.pdplane.spark.SparkEvaluate pdplane-cli.jar \
 *     --reference /shared/hr --restored EDSR=/shared/edsr --out results/
 * </pre>
 *
 * The driver checks the command line and the inputs, and broadcasts the arguments once; each executor JVM
 * builds and checks the same job once ({@link ExecutorJobs}) and returns every image's outcome as its
 * journal line ({@link EvaluationJob#scoreItem}); the driver puts the lines together
 * ({@link EvaluationJob#processOutcomes}) and writes the files through evaluate's own code, so they are
 * those of a local run, byte for byte. A failed image is a failed row as in a local run; a task that Spark
 * runs again (a lost executor) gives the same line again, and the driver keeps one per image.
 */
public final class SparkEvaluate implements EvaluationScoring
{
	/** The group of the Spark job, for Spark's UI and for canceling it. */
	static final String JOB_GROUP = "pdplane-evaluate";

	/** How often a Ctrl-C is looked for while Spark scores. */
	private static final long CANCEL_POLL_MILLISECONDS = 200;

	/** A URI with a scheme ({@code hdfs://}, {@code s3a://}, {@code file://}), after an optional {@code NAME=}. */
	private static final Pattern URI = Pattern.compile( "^(?:[^=/]*=)?([A-Za-z][A-Za-z0-9+.-]*)://.*" );

	private final SparkConf configuration;

	private SparkEvaluate( final SparkConf configuration )
	{
		this.configuration = configuration;
	}

	/** The application's entry point: {@code evaluate}'s options; Spark's settings come from spark-submit. */
	public static void main( final String[] args )
	{
		EvaluateLauncher.main( args, new SparkEvaluate( new SparkConf() ) );
	}

	/**
	 * The testable form of {@link #main}: Spark's settings (the master, for one) in {@code configuration}.
	 *
	 * @return the exit code
	 */
	static int run( final String[] args, final SparkConf configuration, final PrintStream out, final PrintStream err )
	{
		return EvaluateLauncher.run( args, out, err, new SparkEvaluate( configuration ) );
	}

	@Override
	public boolean process( final EvaluationJob job, final List< String > arguments )
	{
		final int items = job.itemKeys().size();
		final ExecutorJobs.Key key = new ExecutorJobs.Key( arguments, job.settingsDigest() );
		final List< String > lines;
		try (JavaSparkContext spark = new JavaSparkContext( settings( configuration ) ); CancelWatch watch = new CancelWatch( job, spark ))
		{
			spark.setJobGroup( JOB_GROUP, "PD Plane evaluate: " + items + " reference images, " + job.pairCount() + " pairs", true );
			final Broadcast< ExecutorJobs.Key > broadcast = spark.broadcast( key );
			final List< Integer > indices = new ArrayList<>();
			for ( int i = 0; i < items; i++ )
				indices.add( i );
			lines = spark.parallelize( indices, Math.max( 1, items ) ).map( i -> ExecutorJobs.scoreItem( broadcast.value(), i ) ).collect();
		}
		catch ( final Exception e )
		{
			// Spark's SparkException is checked, and thrown undeclared through Scala
			if ( job.isCanceled() )
				return false;
			throw new PdPlaneException( "Spark could not score the images: " + reason( e ) );
		}
		finally
		{
			// where the executors ran in this JVM (local masters), their job is not needed any more
			ExecutorJobs.forget( key );
		}
		return job.processOutcomes( lines );
	}

	/**
	 * Spark's settings with PD Plane's defaults where spark-submit set none: the application's name, Spark's
	 * own messages from warnings on (the evaluation's notes and errors stay readable) and its progress bar
	 * on standard error.
	 */
	static SparkConf settings( final SparkConf given )
	{
		return given.clone().setIfMissing( "spark.app.name", "PD Plane evaluate" ).setIfMissing( "spark.log.level", "WARN" ).setIfMissing(
				"spark.ui.showConsoleProgress", "true" );
	}

	/** The message of the PD Plane error that failed a task (an executor's check), else Spark's first line. */
	static String reason( final Throwable e )
	{
		for ( Throwable t = e; t != null; t = t.getCause() )
			if ( t instanceof PdPlaneException )
				return t.getMessage();
		final String message = String.valueOf( e.getMessage() );
		final Matcher inTask = Pattern.compile( PdPlaneException.class.getName() + ": ([^\\n]*)" ).matcher( message );
		return inTask.find() ? inTask.group( 1 ) : message.split( "\n", 2 )[ 0 ];
	}

	@Override
	public String cannotRead( final String argument )
	{
		final Matcher uri = URI.matcher( argument );
		if ( !uri.matches() )
			return null;
		return "'" + argument + "': the Spark application reads image sets from paths that the driver and every executor can read (a"
				+ " shared or copied folder, the same path everywhere), not yet from " + uri.group( 1 ) + ":// URIs; copy or mount the"
				+ " images there.";
	}

	@Override
	public String withoutLocalOptions()
	{
		return "the Spark application keeps no journal and runs no shard (Spark shares the images out and runs a lost task again by"
				+ " itself); run evaluate on one machine for those.";
	}

	/** While Spark scores: a cancel of the job (Ctrl-C) cancels Spark's job group. */
	private static final class CancelWatch implements AutoCloseable
	{
		private final Thread watcher;

		CancelWatch( final EvaluationJob job, final JavaSparkContext spark )
		{
			watcher = new Thread( () -> {
				try
				{
					while ( !job.isCanceled() )
						Thread.sleep( CANCEL_POLL_MILLISECONDS );
					spark.cancelJobGroup( JOB_GROUP );
				}
				catch ( final InterruptedException e )
				{
					// scoring ended
				}
			}, "pdplane-spark-cancel" );
			watcher.setDaemon( true );
			watcher.start();
		}

		@Override
		public void close()
		{
			watcher.interrupt();
		}
	}
}
