package io.github.pdplane.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.PdPlaneException;

/** The algorithms of a folder laid out like test-images/: its sub-folders, the reference folder skipped. */
class ImageSetTest
{
	@TempDir
	Path dir;

	private static List< String > names( final List< ImageSet > sets )
	{
		return sets.stream().map( ImageSet::name ).collect( Collectors.toList() );
	}

	private Path folders( final String... names ) throws IOException
	{
		for ( final String name : names )
			Files.createDirectories( dir.resolve( name ) );
		return dir;
	}

	/** Every visible sub-folder in name order, named after it; files and hidden folders are not algorithms. */
	@Test
	void everySubFolderIsAnAlgorithmInNameOrder() throws IOException
	{
		folders( "esrgan", "bicubic", "EDSR", ".thumbnails", "reference" );
		Files.write( dir.resolve( "notes.txt" ), "not an algorithm".getBytes( StandardCharsets.UTF_8 ) );
		final List< ImageSet > sets = ImageSet.algorithmFolders( dir, dir.resolve( "reference" ) );
		assertEquals( Arrays.asList( "EDSR", "bicubic", "esrgan" ), names( sets ) );
		assertEquals( dir.resolve( "bicubic" ), sets.get( 1 ).folder() );
	}

	/** The reference folder is recognised however its path is written; one outside the folder skips nothing. */
	@Test
	void theReferenceFolderIsSkippedOnlyWhereItIsInside() throws IOException
	{
		folders( "a", "hr", "b" );
		assertEquals( Arrays.asList( "a", "b" ), names( ImageSet.algorithmFolders( dir, dir.resolve( "a/../hr" ) ) ) );
		assertEquals( Arrays.asList( "a", "b", "hr" ), names( ImageSet.algorithmFolders( dir, dir.resolve( "elsewhere" ) ) ) );
		assertEquals( Arrays.asList( "a", "b", "hr" ), names( ImageSet.algorithmFolders( dir, null ) ) );
	}

	/** A folder without algorithms, or that is missing or a file: the message names it and says what it needs. */
	@Test
	void aFolderWithoutAlgorithmsIsAMessage() throws IOException
	{
		assertEquals( "'" + dir + "' needs at least one algorithm folder: one sub-folder per algorithm, named after it, with its outputs.",
				assertThrows( PdPlaneException.class, () -> ImageSet.algorithmFolders( dir, null ) ).getMessage() );
		folders( "reference" );
		assertEquals( "'" + dir + "' needs at least one algorithm folder beside the reference folder 'reference': one sub-folder per algorithm, "
				+ "named after it, with its outputs.", assertThrows( PdPlaneException.class, () -> ImageSet.algorithmFolders( dir, dir.resolve(
						"reference" ) ) ).getMessage() );
		final Path missing = dir.resolve( "missing" ), file = Files.write( dir.resolve( "file.txt" ), new byte[ 1 ] );
		assertEquals( "'" + missing + "' does not exist.", assertThrows( PdPlaneException.class, () -> ImageSet.algorithmFolders( missing,
				null ) ).getMessage() );
		assertEquals( "'" + file + "' is not a folder.", assertThrows( PdPlaneException.class, () -> ImageSet.algorithmFolders( file, null ) )
				.getMessage() );
	}
}
