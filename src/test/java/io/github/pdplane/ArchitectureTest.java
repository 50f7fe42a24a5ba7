package io.github.pdplane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The package map of {@code docs/architecture.md}, read from the sources: no package cycle, a numerical core
 * that imports no user interface, no plugin class that needs the command line's packages, and one class per
 * simple name.
 */
class ArchitectureTest
{
	private static final String ROOT = "io.github.pdplane";

	private static final Path SOURCES = Paths.get( "src", "main", "java" );

	/** The packages that must run in any host: no ImageJ, SciJava, AWT, Swing, charts or command-line parser. */
	private static final List< String > CORE = Arrays.asList( "", "image", "math", "metrics", "nr", "nr.ma", "setlevel", "registry", "score",
			"io", "io.mat", "io.torch", "vgg", "table", "batch", "plane" );

	/**
	 * The packages only the CLI jar holds: the plugin jar leaves them out (pom.xml), so a plugin class that used one
	 * would fail in Fiji with a NoClassDefFoundError.
	 */
	private static final List< String > CLI_ONLY = Arrays.asList( "cli", "bench", "demo", "spark" );

	/** The one package that runs on Apache Spark, which the cluster provides (pom.xml: provided scope), so no other may use it. */
	private static final String SPARK = "spark";

	private static final List< String > USER_INTERFACE = Arrays.asList( "ij.", "net.imagej.", "org.scijava.", "java.awt.", "javax.swing.",
			"org.jfree.", "picocli." );

	/** Comments, string and character literals: what a dependency is not. */
	private static final Pattern NOT_CODE = Pattern.compile( "/\\*.*?\\*/|//[^\\n]*|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'",
			Pattern.DOTALL );

	private static final Pattern IMPORT = Pattern.compile( "^import\\s+(?:static\\s+)?([\\w.]+)\\s*;", Pattern.MULTILINE );

	private static final Pattern QUALIFIED_USE = Pattern.compile( "\\bio\\.github\\.pdplane\\.((?:[a-z]\\w*\\.)*)[A-Z]" );

	@Test
	void noPackageDependsOnItselfThroughOthers() throws IOException
	{
		final Map< String, Set< String > > graph = projectGraph();
		assertTrue( graph.size() > 10, "the sources were read: " + graph.keySet() );
		final List< List< String > > cycles = new ArrayList<>();
		for ( final String start : graph.keySet() )
		{
			final List< String > cycle = cycleThrough( start, graph );
			if ( cycle != null )
				cycles.add( cycle );
		}
		assertEquals( "[]", cycles.toString(), "package cycles (each as a path back to its start)" );
	}

	@Test
	void theNumericalCoreImportsNoUserInterface() throws IOException
	{
		final List< String > offences = new ArrayList<>();
		for ( final Path file : sources() )
		{
			if ( !CORE.contains( packageOf( file ) ) )
				continue;
			for ( final String imported : imports( code( file ) ) )
				for ( final String ui : USER_INTERFACE )
					if ( imported.startsWith( ui ) )
						offences.add( SOURCES.relativize( file ) + " imports " + imported );
		}
		assertEquals( "[]", offences.toString() );
	}

	@Test
	void thePluginUsesNoPackageOfTheCommandLineJar() throws IOException
	{
		final List< String > offences = new ArrayList<>();
		for ( final Map.Entry< String, Set< String > > e : projectGraph().entrySet() )
			if ( !CLI_ONLY.contains( e.getKey() ) )
				for ( final String used : e.getValue() )
					if ( CLI_ONLY.contains( used ) )
						offences.add( e.getKey() + " uses " + used );
		assertEquals( "[]", offences.toString() );
	}

	@Test
	void onlyTheSparkPackageUsesSpark() throws IOException
	{
		final List< String > offences = new ArrayList<>();
		for ( final Path file : sources() )
			if ( !packageOf( file ).equals( SPARK ) )
				for ( final String imported : imports( code( file ) ) )
					if ( imported.startsWith( "org.apache.spark." ) || imported.startsWith( "scala." ) )
						offences.add( SOURCES.relativize( file ) + " imports " + imported );
		assertEquals( "[]", offences.toString() );
		assertTrue( projectGraph().containsKey( SPARK ), "the Spark package was read" );
	}

	@Test
	void everyClassNameIsUsedOnce() throws IOException
	{
		final Map< String, List< String > > packagesByName = new TreeMap<>();
		for ( final Path file : sources() )
		{
			final String name = file.getFileName().toString().replace( ".java", "" );
			if ( !name.equals( "package-info" ) )
				packagesByName.computeIfAbsent( name, n -> new ArrayList<>() ).add( packageOf( file ) );
		}
		final Map< String, List< String > > repeated = packagesByName.entrySet().stream().filter( e -> e.getValue().size() > 1 )
				.collect( Collectors.toMap( Map.Entry::getKey, Map.Entry::getValue, ( a, b ) -> a, TreeMap::new ) );
		assertEquals( "{}", repeated.toString() );
	}

	@Test
	void theCycleSearchFindsACycle()
	{
		final Map< String, Set< String > > graph = new TreeMap<>();
		graph.put( "a", new TreeSet<>( Arrays.asList( "b" ) ) );
		graph.put( "b", new TreeSet<>( Arrays.asList( "c" ) ) );
		graph.put( "c", new TreeSet<>( Arrays.asList( "a" ) ) );
		graph.put( "d", new TreeSet<>( Arrays.asList( "a" ) ) );
		assertEquals( Arrays.asList( "a", "b", "c", "a" ), cycleThrough( "a", graph ) );
		assertEquals( null, cycleThrough( "d", graph ) );
	}

	/** Package (relative to {@code io.github.pdplane}, "" for the root) to the project packages it uses. */
	private static Map< String, Set< String > > projectGraph() throws IOException
	{
		final Map< String, Set< String > > graph = new TreeMap<>();
		for ( final Path file : sources() )
		{
			final String from = packageOf( file );
			final Set< String > to = graph.computeIfAbsent( from, p -> new TreeSet<>() );
			final String code = code( file );
			for ( final String imported : imports( code ) )
				if ( imported.startsWith( ROOT + "." ) )
					to.add( packagePart( imported.substring( ROOT.length() + 1 ) ) );
			final Matcher m = QUALIFIED_USE.matcher( code.replaceAll( "(?m)^(import|package)\\s[^\\n]*", "" ) );
			while ( m.find() )
				to.add( m.group( 1 ).isEmpty() ? "" : m.group( 1 ).substring( 0, m.group( 1 ).length() - 1 ) );
			to.remove( from );
		}
		return graph;
	}

	/** A path {@code start -> ... -> start}, or null where none exists (depth-first search). */
	private static List< String > cycleThrough( final String start, final Map< String, Set< String > > graph )
	{
		final Deque< List< String > > paths = new ArrayDeque<>();
		paths.push( Arrays.asList( start ) );
		final Set< String > seen = new TreeSet<>();
		while ( !paths.isEmpty() )
		{
			final List< String > path = paths.pop();
			final String last = path.get( path.size() - 1 );
			for ( final String next : graph.getOrDefault( last, new TreeSet<>() ) )
			{
				final List< String > longer = new ArrayList<>( path );
				longer.add( next );
				if ( next.equals( start ) )
					return longer;
				if ( seen.add( next ) )
					paths.push( longer );
			}
		}
		return null;
	}

	/** {@code "nr.ma.MaModel.Forest"} -> {@code "nr.ma"}: the lower-case segments. */
	private static String packagePart( final String relativeName )
	{
		return Arrays.stream( relativeName.split( "\\." ) ).filter( s -> Character.isLowerCase( s.charAt( 0 ) ) )
				.collect( Collectors.joining( "." ) );
	}

	private static List< String > imports( final String code )
	{
		final List< String > out = new ArrayList<>();
		final Matcher m = IMPORT.matcher( code );
		while ( m.find() )
			out.add( m.group( 1 ) );
		return out;
	}

	private static String code( final Path file ) throws IOException
	{
		return NOT_CODE.matcher( new String( Files.readAllBytes( file ), StandardCharsets.UTF_8 ) ).replaceAll( " " );
	}

	private static String packageOf( final Path file )
	{
		final Path dir = SOURCES.resolve( ROOT.replace( '.', '/' ) ).relativize( file.getParent() );
		return dir.toString().replace( '/', '.' ).replace( '\\', '.' );
	}

	private static List< Path > sources() throws IOException
	{
		try (Stream< Path > files = Files.walk( SOURCES ))
		{
			return files.filter( f -> f.toString().endsWith( ".java" ) ).sorted().collect( Collectors.toList() );
		}
	}
}
