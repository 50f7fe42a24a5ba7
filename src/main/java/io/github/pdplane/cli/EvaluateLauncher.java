package io.github.pdplane.cli;

import java.io.PrintStream;
import java.util.Collections;
import java.util.List;

import picocli.CommandLine.ParameterException;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.batch.EvaluationJob;

/**
 * The {@code evaluate} command for launchers other than {@link Main} (the Spark application): the same
 * options, parsed by the same code, the same checks, messages, files and exit codes; only the scoring of
 * the reference images is the launcher's ({@link EvaluationScoring}). The command line is evaluate's
 * options alone, without the word {@code evaluate}.
 */
public final class EvaluateLauncher
{
	private EvaluateLauncher()
	{}

	/** As {@link Main#main}: runs the command line and exits with its exit code. */
	public static void main( final String[] args, final EvaluationScoring scoring )
	{
		Main.runAndExit( commands( scoring ), evaluate( args ) );
	}

	/**
	 * As {@link Main#run(String[], PrintStream, PrintStream)}.
	 *
	 * @return the exit code
	 */
	public static int run( final String[] args, final PrintStream out, final PrintStream err, final EvaluationScoring scoring )
	{
		return Main.run( commands( scoring ), evaluate( args ), out, err );
	}

	/**
	 * The job of the command line, checked ({@link EvaluationJob#checkInput()}), built as {@code evaluate} builds it
	 * but without looking at the output folder and without a journal: a job that scores single reference images
	 * ({@link EvaluationJob#scoreItem}) where the images are scored apart from the run (Spark's executors).
	 *
	 * @throws PdPlaneException
	 *             where the command line is wrong or the job refuses its input, with the message {@code evaluate} gives
	 */
	public static EvaluationJob checkedJob( final List< String > args )
	{
		final EvaluateSubcommand command = new EvaluateSubcommand();
		try
		{
			Main.root( Collections.singletonList( command ) ).parseArgs( evaluate( args.toArray( new String[ 0 ] ) ) );
		}
		catch ( final ParameterException e )
		{
			throw UsageErrors.of( e );
		}
		final EvaluationJob job = command.itemJob();
		if ( !job.checkInput() )
			throw new PdPlaneException( job.getErrorMessage() );
		return job;
	}

	private static List< Subcommand > commands( final EvaluationScoring scoring )
	{
		return Collections.singletonList( new EvaluateSubcommand( scoring ) );
	}

	/** {@code evaluate args...} */
	private static String[] evaluate( final String[] args )
	{
		final String[] all = new String[ args.length + 1 ];
		all[ 0 ] = EvaluateSubcommand.NAME;
		System.arraycopy( args, 0, all, 1, args.length );
		return all;
	}
}
