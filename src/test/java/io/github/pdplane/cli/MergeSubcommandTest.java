package io.github.pdplane.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.batch.PartialResult;

/**
 * {@code evaluate --shard K/N} and {@code merge}: the shards of a run put together give the files of the single run,
 * byte for byte, whatever the order of the partial results; partial results that do not make one run are refused.
 */
class MergeSubcommandTest
{
	@TempDir
	static Path dir;

	private static Path data, single;

	private static CliRun singleRun;

	/** Six references; close/img2 missing (a pairing failure), far/img4 of another size (a failure). */
	@BeforeAll
	static void evaluateOnce() throws IOException
	{
		data = ImageFilesOnDisk.algorithmFolders( dir.resolve( "data" ), 6, 200 );
		Files.delete( data.resolve( "close" ).resolve( "img2.tif" ) );
		ImageFilesOnDisk.tiff( data.resolve( "far" ).resolve( "img4.tif" ), ImageFilesOnDisk.scene( 150, 3 ) );
		single = dir.resolve( "single" );
		singleRun = CliRun.of( evaluate( single ) );
		assertEquals( Main.INPUT_FAILED, singleRun.exit, singleRun::toString );
	}

	/** evaluate with nss-fd (a set-level metric) and a bootstrap, into {@code out}. */
	private static String[] evaluate( final Path out, final String... more )
	{
		final List< String > args = new ArrayList<>( Arrays.asList( "evaluate", "--reference", data.resolve( "ref" ).toString(), "--restored",
				data.resolve( "close" ).toString(), "--restored", "Far away=" + data.resolve( "far" ), "--y", "niqe", "--metrics", "ssim,nss-fd",
				"--bootstrap", "300", "--seed", "5", "--out", out.toString(), "--threads", "2" ) );
		args.addAll( Arrays.asList( more ) );
		return args.toArray( new String[ 0 ] );
	}

	private static Path shard( final Path parts, final String shard, final String... more )
	{
		final List< String > args = new ArrayList<>( Arrays.asList( evaluate( parts, "--shard", shard ) ) );
		args.addAll( Arrays.asList( more ) );
		final CliRun run = CliRun.of( args.toArray( new String[ 0 ] ) );
		assertEquals( Main.OK, run.exit, run::toString );
		final Path partial = parts.resolve( "partial-" + shard.replace( "/", "-of-" ) + PartialResult.EXTENSION );
		assertTrue( run.out.startsWith( "Shard " + shard + ": " ), run.out );
		assertTrue( run.out.contains( "Written: " + partial + "." ), run.out );
		assertTrue( Files.isRegularFile( partial ) );
		return partial;
	}

	private static CliRun merge( final Path out, final Path... partials )
	{
		final List< String > args = new ArrayList<>( Arrays.asList( "merge", "--out", out.toString() ) );
		for ( final Path p : partials )
			args.add( p.toString() );
		return CliRun.of( args.toArray( new String[ 0 ] ) );
	}

	private static List< String > errors( final CliRun run )
	{
		return run.errLines().stream().filter( l -> l.startsWith( "error: " ) || l.startsWith( "warning: " ) ).collect( Collectors.toList() );
	}

	@Test
	void threeShardsMergedInAnyOrderAreTheSingleRunByteForByte() throws IOException
	{
		final Path parts = dir.resolve( "parts" );
		final Path p1 = shard( parts, "1/3" ), p2 = shard( parts, "2/3" ), p3 = shard( parts, "3/3" );
		final String partial = new String( Files.readAllBytes( p2 ), StandardCharsets.UTF_8 );
		assertTrue( partial.contains( "argument\t" + data.resolve( "ref" ) + "\n" ), "paths as given" );
		assertFalse( partial.contains( "--threads" ) || partial.contains( "--out" ) || partial.contains( "--shard" ), partial );

		for ( final Path[] order : new Path[][] { { p1, p2, p3 }, { p3, p1, p2 } } )
		{
			final Path out = dir.resolve( "merged" + order[ 0 ].getFileName() );
			final CliRun merged = merge( out, order );
			assertEquals( singleRun.exit, merged.exit, merged::toString );
			assertEquals( singleRun.out.replace( single.toString(), out.toString() ), merged.out, merged::toString );
			assertEquals( errors( singleRun ), errors( merged ) );
			for ( final String file : PlaneOutput.EVALUATION_FILES )
				assertArrayEquals( Files.readAllBytes( single.resolve( file ) ), Files.readAllBytes( out.resolve( file ) ), file );
		}
	}

	@Test
	void partialResultsThatDoNotMakeOneRunAreRefusedNamingWhy() throws IOException
	{
		final Path parts = dir.resolve( "refused" );
		final Path p1 = shard( parts, "1/3" ), p2 = shard( parts, "2/3" ), p3 = shard( parts, "3/3" );
		final Path out = dir.resolve( "not-written" );
		merge( out, p1, p3 ).assertOneError( Main.INPUT_FAILED, "Shard 2/3 is missing: give the partial results of all 3 shards" );
		merge( out, p1 ).assertOneError( Main.INPUT_FAILED, "Shards 2/3, 3/3 are missing" );
		final Path copy = Files.copy( p2, parts.resolve( "copy.pdpartial" ) );
		merge( out, p1, p2, copy, p3 ).assertOneError( Main.INPUT_FAILED, "Shard 2/3 is given twice: '" + p2 + "' and '" + copy + "'." );

		final Path half = shard( dir.resolve( "halves" ), "1/2" );
		merge( out, p1, half, p3 ).assertOneError( Main.INPUT_FAILED, "different splits", "'" + half + "' is shard 1/2" );

		final Path other = shard( dir.resolve( "other" ), "2/3", "--convention", "rgb" );
		merge( out, p1, other, p3 ).assertOneError( Main.INPUT_FAILED, "are of different runs", "--convention rgb" );

		final Path cut = parts.resolve( "cut.pdpartial" );
		final byte[] bytes = Files.readAllBytes( p2 );
		Files.write( cut, Arrays.copyOf( bytes, bytes.length - 40 ) );
		merge( out, p1, cut, p3 ).assertOneError( Main.INPUT_FAILED, "The partial result '" + cut + "' is damaged", "run its shard again" );
		final Path notOne = Files.write( parts.resolve( "notes.txt" ), "hello\n".getBytes( StandardCharsets.UTF_8 ) );
		merge( out, p1, notOne, p3 ).assertOneError( Main.INPUT_FAILED, "'" + notOne + "' is not a PD Plane partial result" );
		assertFalse( Files.exists( out ), "nothing written" );

		// a partial result is never replaced silently
		CliRun.of( evaluate( parts, "--shard", "2/3" ) ).assertOneError( Main.USAGE, "'" + p2 + "' already exists; pass --overwrite" );
		assertArrayEquals( bytes, Files.readAllBytes( p2 ) );
		CliRun.of( evaluate( parts, "--shard", "4/3" ) ).assertOneError( Main.USAGE, "The shard '4/3' is out of range" );
	}

	@Test
	void inputsChangedSinceTheShardsRanAreRefused() throws IOException
	{
		final Path copy = dir.resolve( "changing" );
		final Path parts = copy.resolve( "parts" );
		final List< Path > partials = new ArrayList<>();
		final Path ref = ImageFilesOnDisk.algorithmFolders( copy, 3, 200 );
		for ( final String s : new String[] { "1/2", "2/2" } )
		{
			final CliRun run = CliRun.of( "evaluate", "--reference", ref.resolve( "ref" ).toString(), "--restored", ref.resolve( "far" )
					.toString(), "--y", "niqe", "--shard", s, "--out", parts.toString() );
			assertEquals( Main.OK, run.exit, run::toString );
			partials.add( parts.resolve( "partial-" + s.replace( "/", "-of-" ) + PartialResult.EXTENSION ) );
		}
		ImageFilesOnDisk.tiff( ref.resolve( "far" ).resolve( "img1.tif" ), ImageFilesOnDisk.scene( 200, 99 ) );
		merge( copy.resolve( "out" ), partials.toArray( new Path[ 0 ] ) ).assertOneError( Main.INPUT_FAILED,
				"The partial results do not fit these inputs", "run the shards again" );
	}
}
