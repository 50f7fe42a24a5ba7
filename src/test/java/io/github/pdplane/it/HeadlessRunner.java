package io.github.pdplane.it;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import net.imagej.patcher.LegacyInjector;

/**
 * ImageJ 1.x patched by ij1-patcher (from Maven Central) for headless use, as Fiji's
 * {@code ImageJ-linux64 --headless -batch macro.ijm} runs it on a machine without a display: a JVM with
 * {@code java.awt.headless=true}, a Fiji-like folder with the plugin jar in {@code plugins/} and its
 * dependencies in {@code jars/}, all of them on the class path as Fiji's launcher puts them, and
 * {@link HeadlessImageJ} as the main class. Needs nothing beyond Maven: no display, no Debian package.
 */
final class HeadlessRunner extends MacroRunner
{
	private final String classPath;

	private HeadlessRunner( final Path folder, final String classPath )
	{
		super( folder );
		this.classPath = classPath;
	}

	/** Lays out {@code folder} as a Fiji folder with the plugin installed. */
	static HeadlessRunner install( final Path folder ) throws IOException
	{
		final Path plugin = installPlugin( folder, "jars" );
		final List< String > path = new ArrayList<>();
		// ImageJ, ij1-patcher and its Javassist, and the launcher's main class: the test's own copies.
		for ( final Class< ? > c : new Class< ? >[] { ij.IJ.class, LegacyInjector.class, javassist.ClassPool.class, HeadlessImageJ.class } )
			path.add( location( c ) );
		try ( Stream< Path > jars = Files.list( folder.resolve( "jars" ) ) )
		{
			path.addAll( jars.map( Path::toString ).sorted().collect( Collectors.toList() ) );
		}
		path.add( plugin.toString() );
		return new HeadlessRunner( folder, String.join( File.pathSeparator, path ) );
	}

	private static String location( final Class< ? > c )
	{
		try
		{
			return Paths.get( c.getProtectionDomain().getCodeSource().getLocation().toURI() ).toString();
		}
		catch ( final URISyntaxException e )
		{
			throw new IllegalStateException( "the class path entry of " + c.getName(), e );
		}
	}

	@Override
	List< String > command( final String macro, final String argument )
	{
		final String java = Paths.get( System.getProperty( "java.home" ), "bin", "java" ).toString();
		final List< String > command = new ArrayList<>( Arrays.asList( java, "-Djava.awt.headless=true", "-Dplugins.dir=" + folder()
				.toAbsolutePath() ) );
		// Javassist defines the patched classes through ClassLoader.defineClass, which Java 9 and later keep closed without this.
		if ( !System.getProperty( "java.specification.version" ).startsWith( "1." ) )
			command.add( "--add-opens=java.base/java.lang=ALL-UNNAMED" );
		command.addAll( Arrays.asList( "-cp", classPath, HeadlessImageJ.class.getName(), "-batch", macro ) );
		if ( argument != null )
			command.add( argument );
		return command;
	}
}
