package io.github.pdplane.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.cli.Main;

/**
 * The Spark application on a real standalone cluster on 127.0.0.1: a master and a worker (two cores) as
 * processes of their own, the application submitted through Spark's own entry point (SparkSubmit, in client
 * mode, as {@code spark-submit} runs it) with the CLI jar as the application's jar; its files against a local
 * {@code evaluate} of the same inputs, byte for byte. Every process is stopped at the end, also on a failure,
 * and every wait is bounded.
 */
class SparkClusterIT
{
	private static final long START_SECONDS = 180, SUBMIT_SECONDS = 600, STOP_SECONDS = 20;

	/** Spark's classes and libraries: the test class path without the project's own classes, which come from the CLI jar. */
	private static String sparkClassPath()
	{
		final String classPath = System.getProperty( "surefire.test.class.path", System.getProperty( "java.class.path" ) );
		return Arrays.stream( classPath.split( File.pathSeparator ) ).filter( e -> !e.endsWith( "classes" ) && !e.endsWith( "test-classes" ) )
				.collect( Collectors.joining( File.pathSeparator ) );
	}

	private static String property( final String name )
	{
		final String value = System.getProperty( name );
		assertTrue( value != null && !value.trim().isEmpty(), name + " is set by the pom's failsafe configuration" );
		return value.trim();
	}

	private static int freePort() throws IOException
	{
		try (ServerSocket socket = new ServerSocket( 0 ))
		{
			return socket.getLocalPort();
		}
	}

	/** One JVM of the cluster, its output in a log file, stopped by {@link #close}. */
	private static final class SparkProcess implements AutoCloseable
	{
		final Process process;

		final Path log;

		SparkProcess( final Path dir, final String name, final Map< String, String > environment, final String... mainAndArgs ) throws IOException
		{
			final List< String > command = new ArrayList<>( Arrays.asList( Paths.get( System.getProperty( "java.home" ), "bin", "java" ).toString(),
					"-Xmx512m" ) );
			command.addAll( Arrays.asList( property( "pdplane.sparkJavaOptions" ).split( "\\s+" ) ) );
			command.addAll( Arrays.asList( "-cp", sparkClassPath() ) );
			command.addAll( Arrays.asList( mainAndArgs ) );
			log = dir.resolve( name + ".log" );
			final ProcessBuilder builder = new ProcessBuilder( command ).directory( dir.toFile() ).redirectErrorStream( true ).redirectOutput( log
					.toFile() );
			builder.environment().putAll( environment );
			process = builder.start();
		}

		String output() throws IOException
		{
			return new String( Files.readAllBytes( log ), StandardCharsets.UTF_8 );
		}

		/** Waits until the log shows {@code line}, or fails with the log after {@code seconds}. */
		void awaitLog( final String line, final long seconds ) throws IOException, InterruptedException
		{
			final long end = System.nanoTime() + TimeUnit.SECONDS.toNanos( seconds );
			while ( !output().contains( line ) )
			{
				assertTrue( process.isAlive(), () -> log.getFileName() + " ended before '" + line + "':\n" + tail() );
				assertTrue( System.nanoTime() < end, () -> log.getFileName() + " did not log '" + line + "' in " + seconds + " s:\n" + tail() );
				Thread.sleep( 250 );
			}
		}

		String tail()
		{
			try
			{
				final String all = output();
				return all.substring( Math.max( 0, all.length() - 6000 ) );
			}
			catch ( final IOException e )
			{
				return "(no log: " + e + ")";
			}
		}

		@Override
		public void close() throws InterruptedException
		{
			// SIGTERM: the worker's shutdown stops its executors; then by force
			process.destroy();
			if ( !process.waitFor( STOP_SECONDS, TimeUnit.SECONDS ) )
			{
				process.destroyForcibly();
				process.waitFor( STOP_SECONDS, TimeUnit.SECONDS );
			}
		}
	}

	@Test
	void aStandaloneClusterWritesTheFilesOfALocalEvaluate( @TempDir final Path dir ) throws Exception
	{
		final Path data = SparkEvaluateTest.inputs( dir.resolve( "data" ) );
		final SparkEvaluateTest.Run local = SparkEvaluateTest.local( SparkEvaluateTest.options( data ), dir.resolve( "local" ) );
		assertEquals( Main.INPUT_FAILED, local.exit, local::toString );

		// Spark's launcher wants a Spark home with a jars folder; the libraries come from the class path instead
		final Path home = Files.createDirectories( dir.resolve( "spark-home/jars" ) ).getParent();
		final Map< String, String > environment = new java.util.HashMap<>();
		environment.put( "SPARK_HOME", home.toString() );
		environment.put( "SPARK_SCALA_VERSION", "2.12" );
		environment.put( "SPARK_DIST_CLASSPATH", sparkClassPath() );
		environment.put( "SPARK_LOCAL_IP", "127.0.0.1" );
		environment.put( "SPARK_LOCAL_DIRS", Files.createDirectories( dir.resolve( "spark-local" ) ).toString() );
		final String master = "spark://127.0.0.1:" + freePort();
		final Path cliJar = Paths.get( property( "pdplane.cliJar" ) );
		assertTrue( Files.isRegularFile( cliJar ), cliJar + " is built (mvn verify packages it before the integration tests)" );
		try (SparkProcess masterProcess = new SparkProcess( dir, "master", environment, "org.apache.spark.deploy.master.Master", "--host",
				"127.0.0.1", "--port", master.substring( master.lastIndexOf( ':' ) + 1 ), "--webui-port", String.valueOf( freePort() ) ))
		{
			masterProcess.awaitLog( "I have been elected leader! New state: ALIVE", START_SECONDS );
			try (SparkProcess worker = new SparkProcess( dir, "worker", environment, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
					"--cores", "2", "--memory", "2g", "--webui-port", String.valueOf( freePort() ), "--work-dir", Files.createDirectories( dir
							.resolve( "work" ) ).toString(), master ))
			{
				worker.awaitLog( "Successfully registered with master", START_SECONDS );
				final List< String > submit = new ArrayList<>( Arrays.asList( "org.apache.spark.deploy.SparkSubmit", "--master", master,
						"--deploy-mode", "client", "--class", SparkEvaluate.class.getName(), "--executor-memory", "1g", "--conf",
						"spark.driver.host=127.0.0.1", "--conf", "spark.ui.enabled=false", cliJar.toString() ) );
				submit.addAll( SparkEvaluateTest.options( data ) );
				submit.addAll( Arrays.asList( "--out", dir.resolve( "cluster" ).toString() ) );
				try (SparkProcess application = new SparkProcess( dir, "submit", environment, submit.toArray( new String[ 0 ] ) ))
				{
					assertTrue( application.process.waitFor( SUBMIT_SECONDS, TimeUnit.SECONDS ), () -> "the application did not end in "
							+ SUBMIT_SECONDS + " s:\n" + application.tail() );
					final String output = application.output();
					assertEquals( local.exit, application.process.exitValue(), output );
					SparkEvaluateTest.assertSameFiles( dir.resolve( "local" ), dir.resolve( "cluster" ) );
					assertTrue( output.contains( SparkEvaluateTest.errors( local.err ).get( 0 ) ), "the failed image's error line:\n" + output );
					assertTrue( worker.output().contains( "Asked to launch executor" ), "the worker ran the executor:\n" + worker.tail() );
				}
			}
		}
	}
}
