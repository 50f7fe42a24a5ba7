package io.github.pdplane.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.io.OutputFiles;

class PartialResultTest
{
	private static final List< String > ARGUMENTS = Arrays.asList( "--reference", "data/with\ttab", "--restored", "A=new\nline\\back" );

	private static PartialResult part( final String shard, final String... lines )
	{
		return new PartialResult( "abc123", Shard.parse( shard ), "/work/dir\twith tab", ARGUMENTS, Arrays.asList( lines ) );
	}

	@Test
	void readsBackWhatItWroteEscapesIncludedAndNeverReplacesUnasked( @TempDir final Path dir ) throws IOException
	{
		final Path file = dir.resolve( PartialResult.fileName( Shard.parse( "2/3" ) ) );
		assertEquals( "partial-2-of-3.pdpartial", file.getFileName().toString() );
		part( "2/3", "item\t00000000\tx", "item\t11111111\ty" ).write( file, false, "pass --overwrite" );
		final PartialResult back = PartialResult.read( file );
		assertEquals( "abc123", back.settingsDigest() );
		assertEquals( "2/3", back.shard().toString() );
		assertEquals( "/work/dir\twith tab", back.directory() );
		assertEquals( ARGUMENTS, back.arguments() );
		assertEquals( Arrays.asList( "item\t00000000\tx", "item\t11111111\ty" ), back.lines() );
		assertEquals( file, back.file() );

		final byte[] before = Files.readAllBytes( file );
		assertThrows( OutputFiles.ExistsException.class, () -> part( "2/3" ).write( file, false, "pass --overwrite" ) );
		assertEquals( Arrays.toString( before ), Arrays.toString( Files.readAllBytes( file ) ) );
		part( "2/3" ).write( file, true, "pass --overwrite" );
		assertEquals( Collections.emptyList(), PartialResult.read( file ).lines(), "an empty shard is a partial result too" );
	}

	@Test
	void aCutChangedOrForeignFileIsRefusedNamingIt( @TempDir final Path dir ) throws IOException
	{
		final Path file = dir.resolve( "p.pdpartial" );
		part( "1/2", "item\t00000000\tx" ).write( file, false, "-" );
		final String text = new String( Files.readAllBytes( file ), StandardCharsets.UTF_8 );
		for ( final String damaged : new String[] { text.substring( 0, text.length() - 1 ), text.substring( 0, text.indexOf( "item" ) ),
				text.replace( "\tx\n", "\tz\n" ), text.replace( "shard\t1/2", "shard\t2/2" ) } )
		{
			Files.write( file, damaged.getBytes( StandardCharsets.UTF_8 ) );
			final PdPlaneException e = assertThrows( PdPlaneException.class, () -> PartialResult.read( file ) );
			assertTrue( e.getMessage().startsWith( "The partial result '" + file + "' is damaged (" ), e.getMessage() );
		}
		Files.write( file, "PD Plane journal 1\n".getBytes( StandardCharsets.UTF_8 ) );
		assertTrue( assertThrows( PdPlaneException.class, () -> PartialResult.read( file ) ).getMessage().contains(
				"is not a PD Plane partial result" ) );
		final Path missing = dir.resolve( "missing.pdpartial" );
		assertTrue( assertThrows( PdPlaneException.class, () -> PartialResult.read( missing ) ).getMessage().startsWith(
				"Cannot read the partial result '" + missing + "'" ) );
	}

	@Test
	void combiningTakesEveryShardOnceInShardOrderAndRefusesTheRest()
	{
		assertEquals( Arrays.asList( "a", "b", "c" ), PartialResult.combine( Arrays.asList( part( "3/3", "c" ), part( "1/3", "a" ), part( "2/3",
				"b" ) ) ) );
		assertRefused( "Shard 2/3 is missing", part( "1/3" ), part( "3/3" ) );
		assertRefused( "Shards 1/3, 3/3 are missing: give the partial results of all 3 shards (partial-1-of-3.pdpartial to"
				+ " partial-3-of-3.pdpartial).", part( "2/3" ) );
		assertRefused( "Shard 1/3 is given twice", part( "1/3" ), part( "1/3" ), part( "2/3" ), part( "3/3" ) );
		assertRefused( "different splits", part( "1/3" ), part( "2/2" ) );
		final PartialResult other = new PartialResult( "other", Shard.parse( "2/2" ), "/", ARGUMENTS, Collections.emptyList() );
		assertRefused( "are of different runs", part( "1/2" ), other );
		final PartialResult otherArguments = new PartialResult( "abc123", Shard.parse( "2/2" ), "/", Arrays.asList( "--x", "psnr" ), Collections
				.emptyList() );
		assertRefused( "are of different runs", part( "1/2" ), otherArguments );
		assertRefused( "Give the partial results of every shard" );
	}

	private static void assertRefused( final String fragment, final PartialResult... partials )
	{
		final PdPlaneException e = assertThrows( PdPlaneException.class, () -> PartialResult.combine( Arrays.asList( partials ) ) );
		assertTrue( e.getMessage().contains( fragment ), e.getMessage() );
	}
}
