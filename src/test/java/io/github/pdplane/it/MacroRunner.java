package io.github.pdplane.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An ImageJ that runs macro files in a process of its own, as a person's command line does, with the
 * built plugin jar installed: Debian's ImageJ under Xvfb ({@link ImageJRunner}) or ImageJ patched for
 * headless use as Fiji's {@code --headless} runs it ({@link HeadlessRunner}). Returns what a run printed.
 */
abstract class MacroRunner
{
	static final int TIMEOUT_SECONDS = 120;

	private final Path folder;

	MacroRunner( final Path folder )
	{
		this.folder = folder;
	}

	/** The command line that runs {@code macro} (as given) with {@code argument} (null for none). */
	abstract List< String > command( String macro, String argument );

	/**
	 * Lays out {@code folder} afresh with the plugin jar in {@code plugins/} and its runtime dependencies in
	 * {@code dependencies} (a folder below it), as an ImageJ or Fiji folder holds them.
	 *
	 * @return the plugin jar's copy
	 */
	static Path installPlugin( final Path folder, final String dependencies ) throws IOException
	{
		final Path pluginJar = Paths.get( required( "pdplane.pluginJar" ) );
		final Path built = Paths.get( required( "pdplane.pluginDependencies" ) );
		if ( !Files.isRegularFile( pluginJar ) )
			fail( "The plugin jar " + pluginJar + " is missing: run the test with mvn verify, after the package phase." );
		deleteRecursively( folder );
		final Path jars = Files.createDirectories( folder.resolve( dependencies ) );
		final Path installed = Files.createDirectories( folder.resolve( "plugins" ) ).resolve( pluginJar.getFileName() );
		Files.copy( pluginJar, installed );
		try ( Stream< Path > deps = Files.list( built ) )
		{
			for ( final Path dep : ( Iterable< Path > ) deps::iterator )
				Files.copy( dep, jars.resolve( dep.getFileName() ) );
		}
		return installed;
	}

	private static String required( final String property )
	{
		final String value = System.getProperty( property );
		if ( value == null )
			fail( "System property " + property + " is not set: run the test with mvn verify (failsafe sets it)." );
		return value;
	}

	static void deleteRecursively( final Path path ) throws IOException
	{
		if ( !Files.exists( path ) )
			return;
		try ( Stream< Path > all = Files.walk( path ) )
		{
			for ( final Path p : ( Iterable< Path > ) all.sorted( Comparator.reverseOrder() )::iterator )
				Files.delete( p );
		}
	}

	Path folder()
	{
		return folder;
	}

	/** What one run printed (standard output and error together) and how it ended. */
	static final class Run
	{
		final String output;

		final int exitCode;

		final double seconds;

		Run( final String output, final int exitCode, final double seconds )
		{
			this.output = output;
			this.exitCode = exitCode;
			this.seconds = seconds;
		}

		/** The lines that start with {@code prefix}, without it. */
		List< String > linesAfter( final String prefix )
		{
			return linesAfter( prefix, output );
		}

		/** The Log notes (each wrapped note whole, see {@link #notes()}) that start with {@code prefix}, without it. */
		List< String > notesAfter( final String prefix )
		{
			return linesAfter( prefix, notes() );
		}

		private static List< String > linesAfter( final String prefix, final String text )
		{
			final List< String > out = new ArrayList<>();
			for ( final String line : text.split( "\r?\n" ) )
				if ( line.startsWith( prefix ) )
					out.add( line.substring( prefix.length() ).trim() );
			return out;
		}

		/**
		 * The output with the commands' long Log notes whole: each line that continues a wrapped note (it starts
		 * with the four spaces of {@code commands.ImageJLog.CONTINUATION}) joined to the line before.
		 */
		String notes()
		{
			return output.replaceAll( "\r?\n    ", " " );
		}

		@Override
		public String toString()
		{
			return "exit code " + exitCode + " after " + String.format( "%.1f", seconds ) + " s, output:\n" + output;
		}
	}

	/** Runs {@code macro} with {@code -batch} and the given argument. */
	Run run( final Path macro, final String argument ) throws IOException, InterruptedException
	{
		return run( macro, argument, Collections.emptyMap() );
	}

	/**
	 * Runs {@code macro} with {@code -batch} and the given argument, in this process's environment
	 * changed by {@code environment} (a null value removes the variable).
	 */
	Run run( final Path macro, final String argument, final Map< String, String > environment ) throws IOException, InterruptedException
	{
		return execute( macro.toAbsolutePath().toString(), argument, environment, folder );
	}

	/**
	 * Runs {@code macro} as the README's command lines do: its path relative to the project folder (the
	 * working folder of the tests), as given, from the project folder.
	 */
	Run runAsTheReadmeDoes( final String relativeMacro, final String argument ) throws IOException, InterruptedException
	{
		return execute( relativeMacro, argument, Collections.emptyMap(), Paths.get( "" ).toAbsolutePath() );
	}

	private Run execute( final String macro, final String argument, final Map< String, String > environment, final Path workingFolder )
			throws IOException, InterruptedException
	{
		final long start = System.nanoTime();
		final ProcessBuilder builder = new ProcessBuilder( command( macro, argument ) ).redirectErrorStream( true ).directory( workingFolder
				.toFile() );
		for ( final Map.Entry< String, String > e : environment.entrySet() )
			if ( e.getValue() == null )
				builder.environment().remove( e.getKey() );
			else
				builder.environment().put( e.getKey(), e.getValue() );
		final Process process = builder.start();
		process.getOutputStream().close();
		final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		final Thread reader = new Thread( () -> copy( process.getInputStream(), bytes ) );
		reader.start();
		if ( !process.waitFor( TIMEOUT_SECONDS + 30, TimeUnit.SECONDS ) )
		{
			process.destroyForcibly();
			fail( "ImageJ did not end within " + ( TIMEOUT_SECONDS + 30 ) + " s running " + macro );
		}
		reader.join();
		final Run run = new Run( new String( bytes.toByteArray(), StandardCharsets.UTF_8 ), process.exitValue(),
				( System.nanoTime() - start ) / 1e9 );
		if ( run.exitCode == 124 )
			fail( "ImageJ hung (killed by timeout after " + TIMEOUT_SECONDS + " s; a modal dialog?) running " + macro + ": " + run );
		return run;
	}

	private static void copy( final InputStream in, final ByteArrayOutputStream out )
	{
		try
		{
			final byte[] buffer = new byte[ 8192 ];
			for ( int n; ( n = in.read( buffer ) ) > 0; )
				synchronized ( out )
				{
					out.write( buffer, 0, n );
				}
		}
		catch ( final IOException e )
		{
			// The process ended; what was read is kept.
		}
	}
}
