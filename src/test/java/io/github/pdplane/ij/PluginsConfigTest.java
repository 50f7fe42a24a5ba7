package io.github.pdplane.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.scijava.command.CommandService;
import org.scijava.plugin.Plugin;

import io.github.pdplane.commands.CommandHarness;
import io.github.pdplane.commands.InstallMaModelCommand;
import io.github.pdplane.nr.ma.MaModelStore;

/**
 * The menu entries of {@code plugins.config}: each PD Plane command exactly once, under its own label,
 * the install command where the Ma et al. install instructions say it is, and the About entry where
 * plugins put theirs.
 */
class PluginsConfigTest
{
	/** {@code Menu>Path, "Label", io.github.pdplane.ij.CommandBridge("command class")}. */
	private static final Pattern BRIDGED = Pattern.compile( "^([^,]+), \"([^\"]+)\", " + Pattern.quote( CommandBridge.class.getName() )
			+ "\\(\"([^\"]+)\"\\)$" );

	private static final class Entry
	{
		final String menu, label, command;

		Entry( final String menu, final String label, final String command )
		{
			this.menu = menu;
			this.label = label;
			this.command = command;
		}
	}

	/** The entries of {@code plugins.config}, without comments and blank lines. */
	private static List< String > lines() throws IOException
	{
		final List< String > lines = new ArrayList<>();
		try (InputStream in = CommandBridge.class.getResourceAsStream( "/plugins.config" ))
		{
			assertNotNull( in, "plugins.config is on the class path" );
			final BufferedReader reader = new BufferedReader( new InputStreamReader( in, StandardCharsets.UTF_8 ) );
			for ( String line = reader.readLine(); line != null; line = reader.readLine() )
				if ( !line.trim().isEmpty() && !line.startsWith( "#" ) )
					lines.add( line.trim() );
		}
		return lines;
	}

	private static List< Entry > bridgedEntries() throws IOException
	{
		final List< Entry > entries = new ArrayList<>();
		for ( final String line : lines() )
		{
			final Matcher m = BRIDGED.matcher( line );
			if ( m.matches() )
				entries.add( new Entry( m.group( 1 ), m.group( 2 ), m.group( 3 ) ) );
		}
		return entries;
	}

	/** Every command of io.github.pdplane.commands has one entry, whose label is the command's. */
	@Test
	void everyCommandOnceUnderItsLabel() throws Exception
	{
		final List< Entry > entries = bridgedEntries();
		final Set< String > configured = new TreeSet<>();
		for ( final Entry e : entries )
		{
			assertTrue( configured.add( e.command ), e.command + " appears once" );
			final Plugin plugin = Class.forName( e.command ).getAnnotation( Plugin.class );
			assertEquals( plugin.label(), e.label, e.command );
			assertEquals( "Plugins>Perception-Distortion", e.menu, e.command );
		}
		try (CommandHarness harness = new CommandHarness())
		{
			final Set< String > commands = harness.context().service( CommandService.class ).getCommands().stream()
					.map( info -> info.getClassName() ).filter( name -> name.startsWith( "io.github.pdplane.commands." ) )
					.collect( Collectors.toCollection( TreeSet::new ) );
			assertEquals( commands, configured );
		}
	}

	/** The install instructions of Ma et al.'s metric name the menu entry exactly. */
	@Test
	void theInstallInstructionsNameTheMenuEntry() throws Exception
	{
		final Entry install = bridgedEntries().stream().filter( e -> e.command.equals( InstallMaModelCommand.class.getName() ) ).findFirst()
				.orElseThrow( AssertionError::new );
		assertEquals( MaModelStore.MENU_COMMAND, install.menu.replace( ">", " > " ) + " > " + install.label );
		assertEquals( InstallMaModelCommand.LABEL, install.label );
	}

	/**
	 * Besides the commands and their separators there is one entry, About, under Help > About Plugins as
	 * plugins have theirs (the README names it there).
	 */
	@Test
	void theAboutEntrySitsUnderAboutPlugins() throws IOException
	{
		final String about = "Help>About Plugins, \"PD Plane...\", " + About.class.getName();
		final List< String > others = lines().stream().filter( line -> !BRIDGED.matcher( line ).matches() && !line.equals(
				"Plugins>Perception-Distortion, \"-\"" ) ).collect( Collectors.toList() );
		assertEquals( Collections.singletonList( about ), others );
		final String readme = new String( Files.readAllBytes( Paths.get( "README.md" ) ), StandardCharsets.UTF_8 );
		assertTrue( readme.contains( "**Help > About Plugins > PD Plane...**" ), "the README names the About entry" );
	}

	/** Every command opens a dialog, so every entry ends with ImageJ's "...", which a macro's {@code run} must name too. */
	@Test
	void everyEntryEndsWithTheDotsOfADialog() throws IOException
	{
		for ( final Entry e : bridgedEntries() )
			assertTrue( e.label.endsWith( "..." ), e.label );
	}

	/** ImageJ's own commands the README and the example macros call. */
	private static final Set< String > IMAGEJ_COMMANDS = new TreeSet<>( Arrays.asList( "Add Slice", "Copy", "Duplicate...", "Paste",
			"Select All", "Select None" ) );

	/**
	 * ImageJ runs a command only under its exact menu label ({@code run("SSIM")} is "Unrecognized command" when
	 * the entry is "SSIM..."): every {@code run("...")} of the README and the example macros names an entry of
	 * plugins.config or one of ImageJ's own commands, and the README's list of the menu names every entry in
	 * the menu's order.
	 */
	@Test
	void theReadmeAndTheMacrosNameTheEntriesExactly() throws IOException
	{
		final List< String > labels = bridgedEntries().stream().map( e -> e.label ).collect( Collectors.toList() );
		final List< Path > files = new ArrayList<>( Collections.singletonList( Paths.get( "README.md" ) ) );
		try ( DirectoryStream< Path > macros = Files.newDirectoryStream( Paths.get( "macros" ), "*.ijm" ) )
		{
			macros.forEach( files::add );
		}
		final Pattern run = Pattern.compile( "run\\(\"([^\"]+)\"" );
		int calls = 0;
		for ( final Path file : files )
		{
			final Matcher m = run.matcher( new String( Files.readAllBytes( file ), StandardCharsets.UTF_8 ) );
			while ( m.find() )
			{
				calls++;
				assertTrue( labels.contains( m.group( 1 ) ) || IMAGEJ_COMMANDS.contains( m.group( 1 ) ), file + ": run(\"" + m.group( 1 )
						+ "\") names no menu entry" );
			}
		}
		assertTrue( calls > 10, "the README and the macros call the commands" );
		final String readme = new String( Files.readAllBytes( Paths.get( "README.md" ) ), StandardCharsets.UTF_8 ).replaceAll( "\\s+", " " );
		final String list = readme.substring( readme.indexOf( "The commands appear once each under" ), readme.indexOf( "**Help > About" ) );
		int at = 0;
		for ( final String label : labels )
		{
			final Matcher named = Pattern.compile( " " + Pattern.quote( label ) + "(,| and | \\()" ).matcher( list );
			final int found = named.find( at ) ? named.start() : -1;
			assertTrue( found >= 0, "the README's list of the menu names " + label + " after the entries before it" );
			at = found + label.length();
		}
	}
}
