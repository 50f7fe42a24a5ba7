package io.github.pdplane.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.batch.EvaluationJob;
import io.github.pdplane.batch.EvaluationResult;
import io.github.pdplane.batch.ImageSet;
import io.github.pdplane.batch.JobOutputs;
import io.github.pdplane.batch.JobReporter;
import io.github.pdplane.batch.JobRunner;
import io.github.pdplane.batch.PlaneJob;
import io.github.pdplane.batch.PlaneResult;
import io.github.pdplane.chart.PlaneFiles;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.io.ImageFileReader;
import io.github.pdplane.metrics.Direction;
import io.github.pdplane.plane.Aggregation;
import io.github.pdplane.plane.AlgorithmSummary;
import io.github.pdplane.plane.MetricSummary;
import io.github.pdplane.plane.PlanePoint;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.table.ResultTable;
import io.github.pdplane.table.Text;
import io.github.pdplane.table.TextTable;

/**
 * What the plane commands ({@code evaluate}, {@code demo}, {@code sweep}) share: reading image sets from
 * the command line, the output files and their checks before any work, running a job with progress and
 * Ctrl-C, reporting its problems, and the summary table.
 */
final class PlaneOutput
{
	/** The evaluation's output files, in the order they are written. */
	static final List< String > EVALUATION_FILES = PlaneFiles.EVALUATION_FILES;

	private PlaneOutput()
	{}

	/**
	 * An image set given on the command line as {@code [NAME=]PATH}: a folder (its image files, paired by
	 * file name) or an image file (a stack, paired by slice index; read into memory). The name is NAME,
	 * else the folder's name or the file's name without its extension. A path with {@code '='} in it
	 * needs a NAME in front.
	 */
	static ImageSet imageSet( final String argument, final ImageFileReader reader )
	{
		final int equals = argument.indexOf( '=' );
		final String name = equals < 0 ? null : argument.substring( 0, equals ).trim();
		final Path path = OptionSpecs.toPath( equals < 0 ? argument : argument.substring( equals + 1 ) );
		if ( name != null && name.isEmpty() )
			throw new UsageException( "'" + argument + "' has an empty name before '='; write NAME=" + path + ", or the path alone." );
		final ImageSet set;
		if ( Files.isDirectory( path ) )
			set = ImageSet.folder( path );
		else if ( Files.exists( path ) )
		{
			final ImageSource stack = reader.open( path );
			final String file = path.getFileName().toString();
			set = ImageSet.stack( stack ).named( file.contains( "." ) ? file.substring( 0, file.lastIndexOf( '.' ) ) : file );
		}
		else
			throw new PdPlaneException( "'" + path + "' does not exist: give a folder of images or an image file (a stack)." );
		return name == null ? set : set.named( name );
	}

	/**
	 * Checks, before any image is read, that every output can be written: the folder is writable or can
	 * be made, and no file exists unless {@code overwrite}. What interrupted runs left in the folder is
	 * completed or removed first, and said in a note.
	 */
	static PlaneFiles.Target checkOutputs( final Path folder, final boolean overwrite, final List< String > files, final Terminal terminal )
	{
		final PlaneFiles.Target target = PlaneFiles.check( folder, overwrite, files, Subcommand.HOW_TO_REPLACE );
		target.recovered().forEach( terminal::note );
		return target;
	}

	/** A usage error where the output folder is one of the input folders ({@link PlaneFiles#checkNotAnInput}). */
	static void checkNotAnInput( final Path folder, final List< ImageSet > inputs )
	{
		UsageException.asUsage( () -> {
			PlaneFiles.checkNotAnInput( folder, inputs );
			return null;
		} );
	}

	/**
	 * Runs the job through {@link JobRunner}, with notes, warnings, errors and progress on standard error
	 * and Ctrl-C as cancel, and then {@code afterSuccess} (which writes and prints) while Ctrl-C still waits
	 * for it: a Ctrl-C or SIGTERM while the files are staged stops the writing before the commit (the earlier
	 * files stay, the staging folder is removed), one during the commit lets it finish. The outputs were checked before
	 * any image was read ({@link #checkOutputs}), as an image set given as a stack file is read when it is
	 * named.
	 *
	 * @return the exit code of {@code afterSuccess}; {@link Main#CANCELED}; or {@link Main#INPUT_FAILED}
	 *         where nothing could be scored
	 * @throws PdPlaneException
	 *             where the job refuses its input
	 */
	static < R extends PlaneResult > int run( final PlaneJob< R > job, final Terminal terminal, final CancelSignal signal,
			final IntSupplier afterSuccess )
	{
		return run( job, terminal, signal, PlaneJob::process, afterSuccess );
	}

	/** The same, with the scoring step given ({@link JobRunner#run(PlaneJob, JobReporter, JobOutputs, Predicate)}). */
	static < R extends PlaneResult, J extends PlaneJob< R > > int run( final J job, final Terminal terminal, final CancelSignal signal,
			final Predicate< ? super J > scoring, final IntSupplier afterSuccess )
	{
		final Runner< R > runner = ( reporter, outputs ) -> JobRunner.run( job, reporter, outputs, scoring );
		return runWith( job, terminal, signal, afterSuccess, runner );
	}

	/**
	 * Runs a job of one shard as {@link #run(PlaneJob, Terminal, CancelSignal, IntSupplier)} runs a job, through
	 * {@link JobRunner#runShard}; {@code afterSuccess} writes the partial result from {@link EvaluationJob#shardLines()}.
	 */
	static int runShard( final EvaluationJob job, final Terminal terminal, final CancelSignal signal, final IntSupplier afterSuccess )
	{
		final Runner< List< String > > runner = ( reporter, outputs ) -> JobRunner.runShard( job, reporter, outputs );
		return runWith( job, terminal, signal, afterSuccess, runner );
	}

	/** How {@link JobRunner} runs a job with these reporter and outputs. */
	private interface Runner< T >
	{
		JobRunner.Outcome run( TerminalReporter reporter, JobOutputs< T > outputs );
	}

	private static < T > int runWith( final PlaneJob< ? > job, final Terminal terminal, final CancelSignal signal, final IntSupplier afterSuccess,
			final Runner< T > runner )
	{
		final int[] exitCode = { Main.OK };
		TestSeams.installResultFileSeams( terminal::note );
		try (CancelSignal.Registration registration = signal.register( job::cancel ))
		{
			final JobRunner.Outcome outcome = runner.run( new TerminalReporter( terminal ), new JobOutputs< T >()
			{
				@Override
				public boolean prepare()
				{
					return true;
				}

				@Override
				public void make( final T result )
				{
					exitCode[ 0 ] = afterSuccess.getAsInt();
				}
			} );
			switch ( outcome )
			{
			case CANCELED:
				terminal.error( "Canceled: no result file was written." );
				return Main.CANCELED;
			case NOTHING_SCORED:
				terminal.error( "No " + job.itemName() + " could be scored (see above), so nothing was written." );
				return Main.INPUT_FAILED;
			default:
				return exitCode[ 0 ];
			}
		}
	}

	/**
	 * After a successful evaluation in which some image was scored: writes the four files as one set (a cancel
	 * of the job stops the writing before the commit) and prints {@code header} and the summary table.
	 *
	 * @return {@link Main#OK}, or {@link Main#INPUT_FAILED} where anything failed
	 */
	static int finishEvaluation( final EvaluationJob job, final PlaneFiles.Target target, final boolean cloud, final String header,
			final Terminal terminal )
	{
		final EvaluationResult result = job.result();
		final Path folder = target.folder();
		PlaneFiles.writeEvaluation( result, target, PlaneFiles.evaluationChart( result, cloud ), job::isCanceled );
		terminal.out().println( header );
		terminal.out().println();
		terminal.out().print( summaryTable( result ) );
		terminal.out().println();
		terminal.out().println( "Written: " + list( folder, EVALUATION_FILES ) + "." );
		terminal.out().flush();
		return result.hasFailures() ? Main.INPUT_FAILED : Main.OK;
	}

	/**
	 * The summary as a text table: per algorithm the images scored and failed, the set value of every
	 * metric (4 decimals), and the frontier ("on", or the distance to it); then what the numbers are.
	 */
	static String summaryTable( final EvaluationResult result )
	{
		final List< MetricDescriptor > image = result.imageMetrics();
		final List< MetricDescriptor > set = result.setMetrics();
		final List< String > header = new ArrayList<>( Arrays.asList( "algorithm", "n", "failed" ) );
		image.forEach( d -> header.add( d.displayName() ) );
		set.forEach( d -> header.add( d.displayName() ) );
		header.add( "frontier" );
		final ResultTable.Builder table = ResultTable.builder( header );
		for ( final String a : result.algorithms() )
		{
			final List< Object > cells = new ArrayList<>( Arrays.asList( a, result.scored( a ), result.failed( a ) ) );
			final AlgorithmSummary s = result.evaluation().summary( a );
			for ( final MetricDescriptor d : image )
				cells.add( s.metric( d.id() ).value() );
			for ( final double v : result.setValues( a ) )
				cells.add( v );
			final PlanePoint p = result.plane().point( a );
			cells.add( p.onFrontier() ? "on" : ( Object ) p.distance() );
			table.row( cells );
		}
		final List< MetricDescriptor > all = new ArrayList<>( image );
		all.addAll( set );
		return TextTable.render( table.build(), PlaneOutput::cell ) + "\n" + Text.wrap( rules( result ) + " Frontier: 'on' for the algorithms on the empirical frontier of "
				+ result.xMetric().displayName() + " and " + result.yMetric().displayName()
				+ ", else the distance to it (in units of the points' spread).", Text.WIDTH, "" ) + "\n" + directions( all ) + "\n";
	}

	/** How the set values are computed: the PIRM rules where they apply, else the mean. */
	private static String rules( final EvaluationResult result )
	{
		final List< String > special = new ArrayList<>();
		if ( !result.algorithms().isEmpty() )
			for ( final MetricSummary m : result.evaluation().summary( result.algorithms().get( 0 ) ).metrics() )
				if ( !m.rule().equals( Aggregation.MEAN.description() ) )
					special.add( m.metric().displayName() + " is the " + m.rule() );
		return ( special.isEmpty() ? "Values are means over the images." : String.join( "; ", special ) + "; the others are means over the images." )
				+ ( result.setMetrics().isEmpty() ? "" : " Set-level metrics compare the whole set with the references." );
	}

	/** "Lower is better: RMSE, NIQE. Higher is better: SSIM." from the registry. */
	static String directions( final List< MetricDescriptor > metrics )
	{
		final StringBuilder sb = new StringBuilder();
		for ( final Direction direction : Direction.values() )
		{
			final String names = metrics.stream().filter( d -> d.direction() == direction ).map( MetricDescriptor::displayName )
					.collect( Collectors.joining( ", " ) );
			if ( !names.isEmpty() )
				sb.append( sb.length() > 0 ? " " : "" ).append( Character.toUpperCase( direction.label().charAt( 0 ) ) )
						.append( direction.label().substring( 1 ) ).append( ": " ).append( names ).append( '.' );
		}
		return sb.toString();
	}

	/** A cell of a text table: numbers with {@link #number}, counts and names as they are. */
	static String cell( final Object cell )
	{
		return cell instanceof Double ? number( ( Double ) cell ) : String.valueOf( cell );
	}

	/** Four decimals; {@code -} where there is no value. */
	static String number( final double v )
	{
		if ( Double.isNaN( v ) )
			return "-";
		if ( Double.isInfinite( v ) )
			return v > 0 ? "Infinity" : "-Infinity";
		return String.format( Locale.ROOT, "%.4f", v );
	}

	/** {@code "'out/per-image.csv', 'out/summary.csv', ..."} */
	static String list( final Path folder, final List< String > files )
	{
		return files.stream().map( f -> folder.resolve( f ).toString() ).collect( Collectors.joining( ", " ) );
	}
}
