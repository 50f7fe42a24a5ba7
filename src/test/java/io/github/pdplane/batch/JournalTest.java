package io.github.pdplane.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.nr.BlockFeatures;
import io.github.pdplane.nr.NiqeFeatures;
import io.github.pdplane.score.ScoreRow;

class JournalTest
{
	/** Seven references, two algorithms, one output damaged: rows, a failure, and NIQE features for nss-fd. */
	static MemoryFiles files()
	{
		final MemoryFiles files = new MemoryFiles();
		for ( int i = 0; i < 7; i++ )
		{
			final String name = "img" + i + ".png";
			files.put( "/r/" + name, MemoryFiles.grey( name, MemoryFiles.scene( 200, 200, 10 + i ) ) );
			files.put( "/brighter/" + name, MemoryFiles.grey( name, MemoryFiles.offset( MemoryFiles.scene( 200, 200, 10 + i ), 3 + i % 4 ) ) );
			files.put( "/other/" + name, MemoryFiles.grey( name, MemoryFiles.scene( 200, 200, 90 + i ) ) );
		}
		files.damaged( "/other/img3.png" );
		return files;
	}

	static EvaluationJob.Builder job( final MemoryFiles files, final String extras )
	{
		return EvaluationJob.builder( files ).reference( ImageSet.folder( Paths.get( "/r" ) ) ).algorithm( ImageSet.folder( Paths.get(
				"/brighter" ) ) ).algorithm( ImageSet.folder( Paths.get( "/other" ) ) ).xMetric( "rmse" ).yMetric( "niqe" ).extraMetrics( extras )
				.threads( 2 );
	}

	static String tables( final EvaluationJob job )
	{
		final EvaluationResult r = job.result();
		return r.perImageTable().toCsv() + r.summaryTable().toCsv() + r.failures() + r.warnings();
	}

	private static List< String > lines( final Path file ) throws IOException
	{
		return Arrays.asList( new String( Files.readAllBytes( file ), StandardCharsets.UTF_8 ).split( "\n", -1 ) );
	}

	/**
	 * A run killed part way (the journal cut after three images, with a torn half line) is resumed: only the
	 * images the journal lacks are opened, and the tables are exactly those of a run without journal, set-level
	 * values (from the journaled NIQE block features) and the failure included.
	 */
	@Test
	void aResumedRunScoresOnlyWhatIsMissingAndGivesTheSameTables( @TempDir final Path dir ) throws IOException
	{
		final EvaluationJob plain = job( files(), "ssim,nss-fd" ).build();
		assertTrue( plain.process(), plain::getErrorMessage );

		final Path journal = dir.resolve( "run.journal" );
		final EvaluationJob journaled = job( files(), "ssim,nss-fd" ).journal( journal, false ).build();
		assertTrue( journaled.process(), journaled::getErrorMessage );
		assertEquals( tables( plain ), tables( journaled ) );
		final List< String > all = lines( journal );
		assertEquals( Journal.MAGIC, all.get( 0 ) );
		assertEquals( 3 + 7 + 1, all.size(), "a header of three lines, a line per reference image, and the last line's end" );

		// killed after three images, in the middle of the fourth line
		final String fourth = all.get( 6 );
		Files.write( journal, ( String.join( "\n", all.subList( 0, 6 ) ) + "\n" + fourth.substring( 0, fourth.length() / 2 ) ).getBytes(
				StandardCharsets.UTF_8 ) );
		final MemoryFiles files = files();
		final EvaluationJob resumed = job( files, "ssim,nss-fd" ).journal( journal, true ).build();
		assertTrue( resumed.checkInput(), resumed::getErrorMessage );
		assertEquals( 3, resumed.journaledCount() );
		assertTrue( resumed.process(), resumed::getErrorMessage );
		assertEquals( tables( plain ), tables( resumed ) );
		assertEquals( 4 + 4 * 2, files.opened.get(), "only the four missing references and their outputs are opened" );
		assertEquals( 3 + 7 + 1, lines( journal ).size(), "the torn line was replaced" );

		// resumed again: nothing left to score
		final MemoryFiles again = files();
		final EvaluationJob done = job( again, "ssim,nss-fd" ).journal( journal, true ).build();
		assertTrue( done.process(), done::getErrorMessage );
		assertEquals( tables( plain ), tables( done ) );
		assertEquals( 0, again.opened.get() );
	}

	@Test
	void aJournalIsNeverReplacedNorResumedWithOtherSettings( @TempDir final Path dir ) throws IOException
	{
		final Path journal = dir.resolve( "run.journal" );
		final EvaluationJob first = job( files(), "ssim" ).journal( journal, false ).build();
		assertTrue( first.process(), first::getErrorMessage );

		final EvaluationJob again = job( files(), "ssim" ).journal( journal, false ).build();
		assertFalse( again.checkInput() );
		assertEquals( "The journal '" + journal + "' exists, from an earlier run: ask to resume that run (--resume; the box Resume in ImageJ),"
				+ " or remove the file or give another to start afresh.", again.getErrorMessage() );

		final EvaluationJob other = job( files(), "ms-ssim" ).journal( journal, true ).build();
		assertFalse( other.checkInput() );
		assertTrue( other.getErrorMessage().startsWith( "The journal '" + journal + "' is of a run with other settings (its inputs, metrics,"
				+ " preparation or models differ, or an image file changed): it cannot be resumed with these. The journal's run: folder '" ),
				other.getErrorMessage() );
		assertTrue( other.getErrorMessage().contains( "metrics rmse,niqe,ssim, gray. This run: " ), other.getErrorMessage() );
		assertTrue( other.getErrorMessage().endsWith( "metrics rmse,niqe,ms-ssim, gray. Remove it or give another journal to start afresh." ),
				other.getErrorMessage() );

		final MemoryFiles fewer = files();
		fewer.put( "/r/img9.png", MemoryFiles.grey( "img9.png", MemoryFiles.scene( 200, 200, 1 ) ) );
		final EvaluationJob otherInputs = job( fewer, "ssim" ).journal( journal, true ).build();
		assertFalse( otherInputs.checkInput() );
		assertTrue( otherInputs.getErrorMessage().contains( "is of a run with other settings" ), otherInputs.getErrorMessage() );

		// a line damaged before the end: refused, not silently rescored
		final List< String > all = lines( journal );
		final String damaged = all.get( 4 ).replace( "img", "IMG" );
		Files.write( journal, ( String.join( "\n", all.subList( 0, 4 ) ) + "\n" + damaged + "\n" + String.join( "\n", all.subList( 5, all
				.size() ) ) ).getBytes( StandardCharsets.UTF_8 ) );
		final EvaluationJob broken = job( files(), "ssim" ).journal( journal, true ).build();
		assertFalse( broken.checkInput() );
		assertEquals( "The journal '" + journal + "' is damaged at line 5 (a line before the end does not match its checksum): it was changed"
				+ " by something other than PD Plane. Remove it to start afresh.", broken.getErrorMessage() );

		Files.write( journal, "name,value\n1,2\n3,4\n".getBytes( StandardCharsets.UTF_8 ) );
		final EvaluationJob notOne = job( files(), "ssim" ).journal( journal, true ).build();
		assertFalse( notOne.checkInput() );
		assertTrue( notOne.getErrorMessage().startsWith( "'" + journal + "' is not a PD Plane journal" ), notOne.getErrorMessage() );
	}

	/** Every double reads back as the same bits (NaN as NaN); texts with tabs, new lines and backslashes as they were. */
	@Test
	void linesReadBackExactly()
	{
		final double[] values = { 0.1, -0.0, 0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
				Double.MAX_VALUE, 1.0 / 3, Math.nextUp( 1.0 ), 123456789.123456789e-300 };
		final PlaneRun.ItemOutcome o = new PlaneRun.ItemOutcome( "a\tb\\n.png", 3 );
		o.rows.set( 0, Arrays.asList( new ScoreRow( "x.tif", 2, values ), new ScoreRow( "x.tif", ScoreRow.NO_SLICE, values ) ) );
		o.failures[ 1 ] = "'b.png' could not be read:\nline two\\ and a \\N";
		o.warnings.add( "constant image\r\n" );
		o.referenceFailure = null;
		final double[] features = new double[ 2 * NiqeFeatures.COUNT ];
		for ( int i = 0; i < features.length; i++ )
			features[ i ] = i == 5 ? Double.NaN : Math.sqrt( i ) / 7;
		o.referenceFeatures = Collections.singletonList( BlockFeatures.of( "ref", 96, 1, 2, features, new double[] { 0.25, 1e-17 } ) );
		o.features.set( 0, Collections.emptyList() );
		final String line = Journal.encodeItem( o );
		assertTrue( line.endsWith( "\n" ) && line.indexOf( '\n' ) == line.length() - 1, line );
		final PlaneRun.ItemOutcome back = Journal.decodeItem( line.substring( 0, line.length() - 1 ) );
		assertNotNull( back );
		assertEquals( o.key, back.key );
		assertEquals( o.warnings, back.warnings );
		assertNull( back.referenceFailure );
		assertEquals( o.failures[ 1 ], back.failures[ 1 ] );
		assertNull( back.rows.get( 1 ) );
		assertNull( back.rows.get( 2 ) );
		assertNull( back.features.get( 2 ) );
		assertEquals( Collections.emptyList(), back.features.get( 0 ) );
		for ( int r = 0; r < 2; r++ )
		{
			assertEquals( o.rows.get( 0 ).get( r ).slice(), back.rows.get( 0 ).get( r ).slice() );
			final double[] read = back.rows.get( 0 ).get( r ).values();
			for ( int i = 0; i < values.length; i++ )
				assertEquals( Double.doubleToLongBits( values[ i ] ), Double.doubleToLongBits( read[ i ] ), "value " + i );
		}
		final BlockFeatures f = back.referenceFeatures.get( 0 );
		assertEquals( 2, f.blockCount() );
		for ( int b = 0; b < 2; b++ )
		{
			assertEquals( Double.doubleToLongBits( o.referenceFeatures.get( 0 ).sharpness( b ) ), Double.doubleToLongBits( f.sharpness( b ) ) );
			for ( int m = 0; m < NiqeFeatures.COUNT; m++ )
				assertEquals( Double.doubleToLongBits( features[ b * NiqeFeatures.COUNT + m ] ), Double.doubleToLongBits( f.get( b, m ) ) );
		}
		// a changed character, or a line cut short: not an item
		assertNull( Journal.decodeItem( line.substring( 0, line.length() - 2 ) ) );
		assertNull( Journal.decodeItem( line.replace( "x.tif", "y.tif" ).trim() ) );
	}
}
