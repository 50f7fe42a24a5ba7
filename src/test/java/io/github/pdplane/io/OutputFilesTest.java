package io.github.pdplane.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.PdPlaneException;

class OutputFilesTest
{
	@Test
	void aFolderIsWritableOrCanBeMade( @TempDir final Path dir ) throws IOException
	{
		OutputFiles.checkFolder( dir );
		OutputFiles.checkFolder( dir.resolve( "new/deeper" ) );
		try (Stream< Path > files = Files.list( dir ))
		{
			assertEquals( 0, files.count(), "checking leaves nothing behind" );
		}
		OutputFiles.createFolder( dir.resolve( "new/deeper" ) );
		assertTrue( Files.isDirectory( dir.resolve( "new/deeper" ) ) );
	}

	@Test
	void aFileInTheWayIsNamed( @TempDir final Path dir ) throws IOException
	{
		final Path file = Files.write( dir.resolve( "file.txt" ), new byte[] { 1 } );
		assertEquals( "Cannot write into '" + file + "': it is a file, not a folder.",
				assertThrows( PdPlaneException.class, () -> OutputFiles.checkFolder( file ) ).getMessage() );
		assertEquals( "Cannot create the folder '" + file.resolve( "out" ) + "': '" + file + "' is a file, not a folder.",
				assertThrows( PdPlaneException.class, () -> OutputFiles.checkFolder( file.resolve( "out" ) ) ).getMessage() );
	}

	/**
	 * A folder that cannot be written is refused before any work, and nothing is left in it. Where the permissions do
	 * not stop the tests (they run as root, as on CI), {@code /sys} is the folder: root may not make files there either.
	 */
	@Test
	void aReadOnlyFolderIsRefusedBeforeAnyWork( @TempDir final Path dir ) throws IOException
	{
		final Path locked = Files.createDirectory( dir.resolve( "locked" ) );
		Files.setPosixFilePermissions( locked, PosixFilePermissions.fromString( "r-xr-xr-x" ) );
		try
		{
			if ( Files.isWritable( locked ) )
				assertRefused( Paths.get( "/sys" ), null ); // "access denied", or in a container "read-only file system"
			else
				assertRefused( locked, "access denied" );
		}
		finally
		{
			Files.setPosixFilePermissions( locked, PosixFilePermissions.fromString( "rwxr-xr-x" ) );
		}
	}

	/** @param reason the reason the message gives, or null for any */
	private static void assertRefused( final Path locked, final String reason ) throws IOException
	{
		assertTrue( Files.isDirectory( locked ), locked + " is the folder no one may write" );
		final List< Path > before = listing( locked );
		final String message = assertThrows( PdPlaneException.class, () -> OutputFiles.checkFolder( locked ) ).getMessage();
		assertTrue( message.startsWith( "Cannot write into the folder '" + locked + "': " ) && message.length() > ( "Cannot write into the folder '"
				+ locked + "': ." ).length(), message );
		if ( reason != null )
			assertTrue( message.startsWith( "Cannot write into the folder '" + locked + "': " + reason ), message );
		assertEquals( "Cannot create the folder '" + locked.resolve( "out" ) + "': '" + locked + "' is not writable.",
				assertThrows( PdPlaneException.class, () -> OutputFiles.checkFolder( locked.resolve( "out" ) ) ).getMessage() );
		assertFalse( Files.exists( locked.resolve( "out" ) ) );
		assertEquals( before, listing( locked ), "nothing left behind" );
	}

	private static List< Path > listing( final Path folder ) throws IOException
	{
		try ( Stream< Path > files = Files.list( folder ) )
		{
			return files.sorted().collect( Collectors.toList() );
		}
	}
}
