package io.github.pdplane.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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

	@Test
	void aReadOnlyFolderIsRefusedBeforeAnyWork( @TempDir final Path dir ) throws IOException
	{
		final Path locked = Files.createDirectory( dir.resolve( "locked" ) );
		Files.setPosixFilePermissions( locked, PosixFilePermissions.fromString( "r-xr-xr-x" ) );
		try
		{
			assumeFalse( Files.isWritable( locked ), "running as root, which may write anywhere" );
			assertTrue( assertThrows( PdPlaneException.class, () -> OutputFiles.checkFolder( locked ) ).getMessage()
					.startsWith( "Cannot write into the folder '" + locked + "': access denied" ) );
			assertEquals( "Cannot create the folder '" + locked.resolve( "out" ) + "': '" + locked + "' is not writable.",
					assertThrows( PdPlaneException.class, () -> OutputFiles.checkFolder( locked.resolve( "out" ) ) ).getMessage() );
			assertFalse( Files.exists( locked.resolve( "out" ) ) );
		}
		finally
		{
			Files.setPosixFilePermissions( locked, PosixFilePermissions.fromString( "rwxr-xr-x" ) );
		}
	}
}
