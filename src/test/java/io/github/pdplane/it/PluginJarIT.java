package io.github.pdplane.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;

import io.github.pdplane.io.InputStreams;

/**
 * The two packaged jars as a release ships them (failsafe, {@code mvn verify}): the plugin jar, the file that goes
 * into Fiji, holds what Fiji loads and nothing of the command line, as Java 8 class files; the CLI jar holds all of
 * it and the command line too.
 */
class PluginJarIT
{
	/** Class-file major version of Java 8: what {@code javap -v} calls "major version: 52". */
	private static final int JAVA_8 = 52;

	private static final List< String > CLI_ONLY = Collections.unmodifiableList( Arrays.asList( "io/github/pdplane/cli/",
			"io/github/pdplane/bench/", "io/github/pdplane/demo/", "io/github/pdplane/spark/" ) );

	/** What the Spark cluster provides (pom.xml: provided scope), in neither jar. */
	private static final List< String > SPARK_PROVIDED = Collections.unmodifiableList( Arrays.asList( "org/apache/spark/", "scala/" ) );

	/** A class name in {@code plugins.config} or in SciJava's plugin index. */
	private static final Pattern CLASS_NAME = Pattern.compile( "\\b((?:[a-z]\\w*\\.)+[A-Z]\\w*)\\b" );

	private static JarFile jar( final String property )
	{
		final String path = System.getProperty( property );
		assertTrue( path != null && new File( path ).isFile(), "the jar (system property " + property + ") is missing: " + path
				+ "; run the test with mvn verify" );
		try
		{
			return new JarFile( path );
		}
		catch ( final IOException e )
		{
			throw new AssertionError( path + " cannot be opened: " + e.getMessage(), e );
		}
	}

	private static Set< String > classes( final JarFile jar )
	{
		final Set< String > names = new TreeSet<>();
		Collections.list( jar.entries() ).stream().map( ZipEntry::getName ).filter( n -> n.endsWith( ".class" ) ).forEach( names::add );
		return names;
	}

	private static String text( final JarFile jar, final String entry ) throws IOException
	{
		final ZipEntry e = jar.getEntry( entry );
		assertNotNull( e, jar.getName() + " holds " + entry );
		try (InputStream in = jar.getInputStream( e ))
		{
			return new String( InputStreams.readUpTo( in, Integer.MAX_VALUE ), StandardCharsets.UTF_8 );
		}
	}

	@Test
	void thePluginJarHoldsNoCommandLineClass() throws IOException
	{
		try (JarFile plugin = jar( "pdplane.pluginJar" ))
		{
			final List< String > cli = new ArrayList<>();
			for ( final String name : classes( plugin ) )
				for ( final String prefix : CLI_ONLY )
					if ( name.startsWith( prefix ) )
						cli.add( name );
			assertEquals( "[]", cli.toString() );
			assertTrue( classes( plugin ).size() > 300, "the plugin's classes are there: " + classes( plugin ).size() );
		}
	}

	/** Every class that plugins.config and SciJava's plugin index name, the two ways Fiji finds PD Plane, is in the jar. */
	@Test
	void everyClassTheMenusNameIsInThePluginJar() throws IOException
	{
		try (JarFile plugin = jar( "pdplane.pluginJar" ))
		{
			final Set< String > classes = classes( plugin );
			final List< String > missing = new ArrayList<>();
			int named = 0;
			for ( final String entry : new String[] { "plugins.config", "META-INF/json/org.scijava.plugin.Plugin" } )
			{
				final Matcher m = CLASS_NAME.matcher( text( plugin, entry ).replaceAll( "(?m)^#.*$", "" ) );
				while ( m.find() )
				{
					if ( !m.group( 1 ).startsWith( "io.github.pdplane." ) )
						continue;
					named++;
					if ( !classes.contains( m.group( 1 ).replace( '.', '/' ) + ".class" ) )
						missing.add( entry + " names " + m.group( 1 ) );
				}
			}
			assertTrue( named > 40, "the class names were read: " + named );
			assertEquals( "[]", missing.toString() );
		}
	}

	@Test
	void everyPluginClassIsAJava8ClassFile() throws IOException
	{
		try (JarFile plugin = jar( "pdplane.pluginJar" ))
		{
			final List< String > newer = new ArrayList<>();
			for ( final String name : classes( plugin ) )
				try (DataInputStream in = new DataInputStream( plugin.getInputStream( plugin.getEntry( name ) ) ))
				{
					assertEquals( 0xCAFEBABE, in.readInt(), name );
					in.readUnsignedShort();
					final int major = in.readUnsignedShort();
					if ( major != JAVA_8 )
						newer.add( name + ": " + major );
				}
			assertEquals( "[]", newer.toString() );
		}
	}

	/** The CLI jar is self-contained: the plugin's classes, and the command line's that the plugin jar leaves out. */
	@Test
	void theCliJarHoldsThePluginAndTheCommandLine() throws IOException
	{
		try (JarFile plugin = jar( "pdplane.pluginJar" ); JarFile cli = jar( "pdplane.cliJar" ))
		{
			final Set< String > cliClasses = classes( cli );
			final Set< String > missing = new TreeSet<>( classes( plugin ) );
			missing.removeAll( cliClasses );
			assertEquals( "[]", missing.toString() );
			for ( final String prefix : CLI_ONLY )
				assertTrue( cliClasses.stream().anyMatch( n -> n.startsWith( prefix ) ), "the CLI jar holds " + prefix );
			for ( final String prefix : SPARK_PROVIDED )
				assertEquals( "[]", cliClasses.stream().filter( n -> n.startsWith( prefix ) ).limit( 3 ).collect( Collectors.toList() ).toString(),
						"the CLI jar leaves " + prefix + " to the cluster" );
			assertEquals( "io.github.pdplane.cli.Main", cli.getManifest().getMainAttributes().getValue( "Main-Class" ) );
		}
	}
}
