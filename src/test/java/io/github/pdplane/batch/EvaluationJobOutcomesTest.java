package io.github.pdplane.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.io.ImageFileReader;
import io.github.pdplane.plane.Bootstrap;

/** The seam of split runs: items scored one by one or by shards, put together by {@link EvaluationJob#processOutcomes}. */
class EvaluationJobOutcomesTest
{
	/** {@link JournalTest#files()}: seven references, two algorithms, one output damaged; here also one missing (a pairing failure). */
	private static MemoryFiles files()
	{
		return JournalTest.files().remove( "/brighter/img5.png" );
	}

	/** {@link JournalTest#job}, nss-fd needing block features, with a bootstrap (a set-level step). */
	private static EvaluationJob.Builder job( final MemoryFiles files, final String extras )
	{
		return JournalTest.job( files, extras ).bootstrap( new Bootstrap( 200, 7, 0.95 ) );
	}

	private static String tables( final EvaluationJob job )
	{
		return JournalTest.tables( job );
	}

	private static EvaluationJob checked( final EvaluationJob.Builder b )
	{
		final EvaluationJob job = b.build();
		assertTrue( job.checkInput(), job::getErrorMessage );
		return job;
	}

	@Test
	void itemsScoredOneByOneAndPutTogetherInAnyOrderGiveTheTablesOfOneRun()
	{
		final EvaluationJob plain = job( files(), "ssim,nss-fd" ).build();
		assertTrue( plain.process(), plain::getErrorMessage );

		final EvaluationJob scoring = checked( job( files(), "ssim,nss-fd" ) );
		assertEquals( Arrays.asList( "img0.png", "img1.png", "img2.png", "img3.png", "img4.png", "img5.png", "img6.png" ), scoring.itemKeys() );
		final List< String > lines = new ArrayList<>();
		for ( int i = 0; i < scoring.itemKeys().size(); i++ )
			lines.add( scoring.scoreItem( i ) );
		lines.forEach( l -> assertFalse( l.contains( "\n" ), "one line, no line end" ) );
		Collections.shuffle( lines, new Random( 3 ) );

		final MemoryFiles files = files();
		final EvaluationJob merged = checked( job( files, "ssim,nss-fd" ) );
		assertEquals( scoring.settingsDigest(), merged.settingsDigest() );
		assertTrue( merged.processOutcomes( lines ), merged::getErrorMessage );
		assertEquals( tables( plain ), tables( merged ) );
		assertEquals( 0, files.opened.get(), "putting together opens no image" );
		assertTrue( tables( merged ).contains( "img5.png" ), "the missing output is a failure of the merged run too" );
	}

	@Test
	void theShardsLinesPutTogetherGiveTheTablesOfOneRunAndTheShareDoesNotDependOnTheOrder()
	{
		final EvaluationJob plain = job( files(), "ssim,nss-fd" ).build();
		assertTrue( plain.process(), plain::getErrorMessage );
		final List< String > lines = new ArrayList<>();
		int items = 0;
		for ( int k = 3; k >= 1; k-- )
		{
			final Shard shard = Shard.parse( k + "/3" );
			final EvaluationJob part = job( files(), "ssim,nss-fd" ).shard( shard ).build();
			assertTrue( part.process(), part::getErrorMessage );
			assertNull( part.result(), "a shard makes no result: the set-level steps need every image" );
			assertEquals( part.shardItems().length, part.shardLines().size() );
			for ( final int r : part.shardItems() )
				assertTrue( shard.owns( part.itemKeys().get( r ) ) );
			items += part.shardLines().size();
			lines.addAll( part.shardLines() );
		}
		assertEquals( 7, items );
		final EvaluationJob merged = job( files(), "ssim,nss-fd" ).outcomes( lines ).build();
		assertTrue( merged.process(), merged::getErrorMessage );
		assertEquals( tables( plain ), tables( merged ) );
	}

	/** A folder listed in another order (another file system, another machine) gives every shard the same images. */
	@Test
	void aShardOwnsTheSameImagesWhateverTheOrderOfTheFolderListing()
	{
		final MemoryFiles files = files();
		final ImageFileReader reversed = new ImageFileReader()
		{
			@Override
			public List< Path > imagesIn( final Path folder, final Consumer< Path > skipped )
			{
				final List< Path > listed = new ArrayList<>( files.imagesIn( folder, skipped ) );
				Collections.reverse( listed );
				return listed;
			}

			@Override
			public ImageSource open( final Path file )
			{
				return files.open( file );
			}
		};
		for ( int k = 1; k <= 3; k++ )
		{
			final Shard shard = Shard.parse( k + "/3" );
			final EvaluationJob listed = checked( job( files, "ssim" ).shard( shard ) );
			final EvaluationJob other = checked( EvaluationJob.builder( reversed ).reference( ImageSet.folder( Paths.get( "/r" ) ) ).algorithm(
					ImageSet.folder( Paths.get( "/brighter" ) ) ).algorithm( ImageSet.folder( Paths.get( "/other" ) ) ).xMetric( "rmse" ).yMetric(
							"niqe" ).extraMetrics( "ssim" ).shard( shard ) );
			assertEquals( keys( listed ), keys( other ), "shard " + shard );
		}
	}

	private static Set< String > keys( final EvaluationJob job )
	{
		final Set< String > keys = new TreeSet<>();
		for ( final int r : job.shardItems() )
			keys.add( job.itemKeys().get( r ) );
		return keys;
	}

	@Test
	void linesThatAreDamagedUnknownTwiceOrMissingAreRefusedByName()
	{
		final EvaluationJob scoring = checked( job( files(), "ssim" ) );
		final List< String > lines = new ArrayList<>();
		for ( int i = 0; i < 7; i++ )
			lines.add( scoring.scoreItem( i ) );

		final List< String > damaged = new ArrayList<>( lines );
		damaged.set( 2, damaged.get( 2 ).replace( "img2", "imgX" ) );
		assertRefused( damaged, "1 outcome line of 7 damaged or of another run (line 3)" );

		final List< String > missing = new ArrayList<>( lines.subList( 0, 4 ) );
		assertRefused( missing, "the outcome of 3 reference images of 7 is missing (img4.png, img5.png, img6.png)" );

		final List< String > twice = new ArrayList<>( lines );
		twice.add( lines.get( 1 ) );
		assertRefused( twice, "1 reference image given twice (img1.png)" );

		final MemoryFiles same = files();
		final EvaluationJob other = checked( EvaluationJob.builder( same ).reference( ImageSet.folder( Paths.get( "/r" ) ) ).algorithm( ImageSet
				.folder( Paths.get( "/brighter" ) ) ).algorithm( ImageSet.folder( Paths.get( "/other" ) ) ).xMetric( "rmse" ).yMetric( "niqe" )
				.extraMetrics( "ssim" ) );
		assertNotEquals( checked( job( files(), "ssim,nss-fd" ) ).settingsDigest(), other.settingsDigest(), "other metrics, other digest" );
		assertEquals( scoring.settingsDigest(), other.settingsDigest(), "the bootstrap and the threads decide no outcome" );

		final PdPlaneException both = assertThrows( PdPlaneException.class, () -> job( files(), "ssim" ).shard( Shard.parse( "1/2" ) ).outcomes(
				lines ).build() );
		assertTrue( both.getMessage().contains( "not both" ) );
	}

	@Test
	void anOutcomeOfAnImageTheRunDoesNotHaveIsRefused()
	{
		final MemoryFiles more = files();
		more.put( "/r/img7.png", MemoryFiles.grey( "img7.png", MemoryFiles.scene( 200, 200, 17 ) ) );
		more.put( "/brighter/img7.png", MemoryFiles.grey( "img7.png", MemoryFiles.scene( 200, 200, 17 ) ) );
		more.put( "/other/img7.png", MemoryFiles.grey( "img7.png", MemoryFiles.scene( 200, 200, 17 ) ) );
		final EvaluationJob scoring = checked( job( more, "ssim" ) );
		final List< String > lines = new ArrayList<>();
		for ( int i = 0; i < 8; i++ )
			lines.add( scoring.scoreItem( i ) );
		final EvaluationJob merged = checked( job( files(), "ssim" ) );
		assertFalse( merged.processOutcomes( lines ) );
		assertEquals( "Cannot put the run together: 1 outcome of reference images this run does not have (img7.png).", merged.getErrorMessage() );
	}

	private static void assertRefused( final List< String > lines, final String reason )
	{
		final EvaluationJob merged = checked( job( files(), "ssim" ) );
		assertFalse( merged.processOutcomes( lines ) );
		assertEquals( "Cannot put the run together: " + reason + ".", merged.getErrorMessage() );
		assertNull( merged.result() );
	}
}
