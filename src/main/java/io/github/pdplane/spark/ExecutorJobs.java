package io.github.pdplane.spark;

import java.io.Serializable;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.batch.EvaluationJob;
import io.github.pdplane.cli.EvaluateLauncher;

/**
 * The executors' side of {@link SparkEvaluate}: the driver's job, built and checked once per JVM from the
 * broadcast arguments (models read once, however many tasks the JVM runs), and checked against the
 * driver's: the same images, metrics, preparation and models, or the task fails with the reason.
 */
final class ExecutorJobs
{
	/** What a job is built from: evaluate's arguments, and the settings digest the driver's job has. */
	static final class Key implements Serializable
	{
		private static final long serialVersionUID = 1L;

		final ArrayList< String > arguments;

		final String digest;

		Key( final List< String > arguments, final String digest )
		{
			this.arguments = new ArrayList<>( arguments );
			this.digest = digest;
		}

		@Override
		public boolean equals( final Object o )
		{
			return o instanceof Key && ( ( Key ) o ).arguments.equals( arguments ) && ( ( Key ) o ).digest.equals( digest );
		}

		@Override
		public int hashCode()
		{
			return arguments.hashCode() * 31 + digest.hashCode();
		}
	}

	private static final Map< Key, EvaluationJob > JOBS = new ConcurrentHashMap<>();

	private ExecutorJobs()
	{}

	/** Reference image {@code index}'s outcome line ({@link EvaluationJob#scoreItem}), on the calling task's thread. */
	static String scoreItem( final Key key, final int index )
	{
		return JOBS.computeIfAbsent( key, ExecutorJobs::checkedJob ).scoreItem( index );
	}

	/** Drops the job of {@code key}, where this JVM holds one. */
	static void forget( final Key key )
	{
		JOBS.remove( key );
	}

	private static EvaluationJob checkedJob( final Key key )
	{
		// ImageJ's readers, headless as on the command line
		System.setProperty( "java.awt.headless", "true" );
		final EvaluationJob job = EvaluateLauncher.checkedJob( key.arguments );
		if ( !job.settingsDigest().equals( key.digest ) )
			throw new PdPlaneException( "The executor on " + host() + " finds other images, settings or models than the driver: give"
					+ " image sets (and model files) by paths that name the same files on every machine (absolute paths on a shared"
					+ " file system; relative ones are read from each process's working folder), and install the same models everywhere." );
		return job;
	}

	private static String host()
	{
		try
		{
			return InetAddress.getLocalHost().getHostName();
		}
		catch ( final UnknownHostException e )
		{
			return "an unnamed host";
		}
	}
}
