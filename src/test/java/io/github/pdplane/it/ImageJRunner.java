package io.github.pdplane.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Assumptions;

/**
 * Debian's ImageJ 1.x under Xvfb, with a throwaway ImageJ folder holding the built plugin jar in
 * {@code plugins/} and its runtime dependencies in {@code plugins/jars/}: runs a macro file with
 * {@code -batch} under {@code timeout} (a modal dialog would otherwise wait forever).
 */
final class ImageJRunner extends MacroRunner
{
	static final Path IJ_JAR = Paths.get( System.getProperty( "pdplane.ijJar", "/usr/share/java/ij.jar" ) );

	private static final String INSTALL = "apt-get install -y imagej xvfb xauth";

	private ImageJRunner( final Path folder )
	{
		super( folder );
	}

	/**
	 * Checks the tools, then lays out {@code folder} as an ImageJ folder with the plugin installed.
	 * Where ImageJ or Xvfb is missing the calling test is skipped, saying what is missing and how to
	 * install it, unless PDPLANE_REQUIRE_IMAGEJ=1 (as on CI) makes that a failure.
	 */
	static ImageJRunner install( final Path folder ) throws IOException
	{
		final List< String > missing = new ArrayList<>();
		if ( !Files.isRegularFile( IJ_JAR ) )
			missing.add( IJ_JAR + " (Debian package imagej)" );
		if ( !onPath( "xvfb-run" ) )
			missing.add( "xvfb-run (Debian package xvfb)" );
		if ( !onPath( "xauth" ) )
			missing.add( "xauth (Debian package xauth)" );
		if ( !onPath( "timeout" ) )
			missing.add( "timeout (Debian package coreutils)" );
		if ( !missing.isEmpty() )
		{
			final String missingTools = "missing " + String.join( ", ", missing ) + ". Install with: " + INSTALL;
			if ( "1".equals( System.getenv( "PDPLANE_REQUIRE_IMAGEJ" ) ) )
				fail( "ImageJ macro test cannot run (PDPLANE_REQUIRE_IMAGEJ=1 makes it mandatory): " + missingTools );
			System.out.println( "ImageJ macro test skipped: " + missingTools );
			Assumptions.abort( "ImageJ macro test skipped: " + missingTools );
		}
		installPlugin( folder, "plugins/jars" );
		return new ImageJRunner( folder );
	}

	private static boolean onPath( final String command )
	{
		for ( final String dir : System.getenv().getOrDefault( "PATH", "" ).split( File.pathSeparator ) )
			if ( !dir.isEmpty() && Files.isExecutable( Paths.get( dir, command ) ) )
				return true;
		return false;
	}

	@Override
	List< String > command( final String macro, final String argument )
	{
		final String java = Paths.get( System.getProperty( "java.home" ), "bin", "java" ).toString();
		final List< String > command = new ArrayList<>( Arrays.asList( "timeout", Integer.toString( TIMEOUT_SECONDS ), "xvfb-run", "-a", java,
				"-jar", IJ_JAR.toString(), "-ijpath", folder().toAbsolutePath().toString(), "-batch", macro ) );
		if ( argument != null )
			command.add( argument );
		return command;
	}
}
