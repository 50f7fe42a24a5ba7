package io.github.pdplane.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputPathsTest
{
	@Test
	void aMissingInputSaysWhichPartOfItsPathIsAFile( @TempDir final Path dir ) throws IOException
	{
		final Path file = Files.write( dir.resolve( "notes.txt" ), new byte[] { 1 } );
		assertEquals( "'" + dir.resolve( "gone.png" ) + "' does not exist.", InputPaths.missing( dir.resolve( "gone.png" ), dir.resolve(
				"gone.png" ).toString() ) );
		final Path under = file.resolve( "sub/a.png" );
		assertEquals( "'" + under + "' does not exist: '" + file + "' is a file, not a folder.", InputPaths.missing( under, under.toString() ) );
	}

	/** A name that came through a locale that could not read it holds replacement characters: the message says so. */
	@Test
	void aNameTheLocaleCouldNotReadIsNamedAsTheCause( @TempDir final Path dir )
	{
		final String shown = dir + "/\uFFFD\uFFFD.png";
		final String message = InputPaths.missing( dir.resolve( "x" ), shown );
		assertTrue( message.startsWith( "'" + shown + "' does not exist as written: its name has characters this locale cannot read; file names"
				+ " are read " ), message );
	}

	/** A listed file whose name is bytes the locale's encoding cannot read cannot be opened by name: it is told apart. */
	@Test
	void listedNamesThatDoNotRoundTripAreUnreadable( @TempDir final Path dir ) throws IOException, InterruptedException
	{
		assumeTrue( System.getProperty( "os.name" ).startsWith( "Linux" ) && "UTF-8".equals( InputPaths.nameEncoding() ) );
		Files.write( dir.resolve( "plain.png" ), new byte[] { 1 } );
		// a Latin-1 e-acute (byte 0xE9), not valid UTF-8: only a shell can write such a name
		final Process touch = new ProcessBuilder( "sh", "-c", "touch \"$(printf 'caf\\351.png')\"" ).directory( dir.toFile() ).start();
		assumeTrue( touch.waitFor() == 0 );
		final List< Path > listed;
		try (Stream< Path > files = Files.list( dir ))
		{
			listed = files.sorted().collect( Collectors.toList() );
		}
		assertEquals( 2, listed.size() );
		assertEquals( "its name is not readable in this locale; file names are read as UTF-8 here, and this one is not valid UTF-8: rename it",
				InputPaths.unreadableName( listed.get( 0 ) ) );
		assertNull( InputPaths.unreadableName( listed.get( 1 ) ) );
	}
}
