package io.github.pdplane.commands;

import java.util.List;

import org.scijava.Cancelable;

import ij.IJ;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.batch.EvaluationJob;
import io.github.pdplane.batch.JobOutputs;
import io.github.pdplane.batch.JobRunner;
import io.github.pdplane.batch.PlaneJob;
import io.github.pdplane.batch.PlaneResult;

/**
 * How a plane command (Evaluate Algorithms..., Trade-off Sweep...) runs its job: through
 * {@link JobRunner}, the run every front end shares, with ImageJ's {@link ImageJJobReporter}, and then
 * ends the command as the outcome says. Only a complete run in which something was scored leaves
 * tables or files; a declined replace, an Escape or a run in which nothing could be scored leaves none.
 */
final class PlaneJobs
{
	private PlaneJobs()
	{}

	/**
	 * @param command
	 *            canceled where the person declined to replace files (without a message: the person knows)
	 *            or pressed Escape (with one)
	 * @throws PdPlaneException
	 *             where the job refuses its input, an output cannot be made, or nothing could be scored
	 */
	static < R extends PlaneResult > void run( final Cancelable command, final PlaneJob< R > job, final ImageJJobReporter reporter,
			final JobOutputs< R > outputs )
	{
		end( command, job, reporter, JobRunner.run( job, reporter, outputs ) );
	}

	/** Runs a job of one shard ({@link JobRunner#runShard}) and ends the command in the same way. */
	static void runShard( final Cancelable command, final EvaluationJob job, final ImageJJobReporter reporter,
			final JobOutputs< List< String > > outputs )
	{
		end( command, job, reporter, JobRunner.runShard( job, reporter, outputs ) );
	}

	private static void end( final Cancelable command, final PlaneJob< ? > job, final ImageJJobReporter reporter, final JobRunner.Outcome outcome )
	{
		switch ( outcome )
		{
		case DECLINED:
			command.cancel( null );
			return;
		case CANCELED:
			IJ.showStatus( reporter.title() + " canceled" );
			command.cancel( reporter.title() + " was canceled (Escape): the partial results were discarded; no table was filled and no file "
					+ "written." );
			return;
		case NOTHING_SCORED:
			IJ.showStatus( reporter.title() + ": " + reporter.summary() );
			throw new PdPlaneException( "No " + job.itemName() + " could be scored (see the Log), so no table was filled and nothing was "
					+ "written." );
		default:
			IJ.showStatus( reporter.title() + ": " + reporter.summary() );
		}
	}
}
