package io.github.pdplane.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.ArrayImage;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.image.SampleType;
import io.github.pdplane.nr.ma.MaModel;
import io.github.pdplane.nr.ma.MaModelStore;
import io.github.pdplane.nr.ma.SyntheticModel;
import io.github.pdplane.plane.Bootstrap;
import io.github.pdplane.plane.MetricSummary;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;
import io.github.pdplane.score.ImageScorer;
import io.github.pdplane.score.ScoreRow;
import io.github.pdplane.setlevel.SetDistances.FeatureSet;
import io.github.pdplane.table.ResultTable;

class EvaluationJobTest
{
	private static final Path REF = Paths.get( "/r" );

	/** RMSE and SSIM on small ramps: fast, and RMSE of a constant offset is the offset. */
	private static EvaluationJob.Builder job( final MemoryFiles files, final ImageSet... algorithms )
	{
		return EvaluationJob.builder( files ).reference( ImageSet.folder( REF ) ).algorithms( Arrays.asList( algorithms ) ).xMetric( "rmse" )
				.yMetric( "ssim" ).threads( 1 );
	}

	private static ImageSet folder( final String path )
	{
		return ImageSet.folder( Paths.get( path ) );
	}

	private static MemoryFiles referencesABC()
	{
		return new MemoryFiles().put( "/r/a.png", MemoryFiles.grey( "a", MemoryFiles.ramp( 24, 24, 0 ) ) )
				.put( "/r/b.png", MemoryFiles.grey( "b", MemoryFiles.ramp( 24, 24, 0 ) ) )
				.put( "/r/c.png", MemoryFiles.grey( "c", MemoryFiles.ramp( 24, 24, 0 ) ) );
	}

	private static List< String > messages( final List< Failure > failures )
	{
		return failures.stream().map( Failure::message ).collect( Collectors.toList() );
	}

	@Test
	void foldersPairByFileNameAndWhatDoesNotPairIsListedNotGuessed()
	{
		final MemoryFiles files = referencesABC().text( "/r/notes.txt" );
		for ( final String k : new String[] { "a", "b", "c" } )
			files.put( "/g/" + k + ".png", MemoryFiles.grey( k, MemoryFiles.ramp( 24, 24, 1 + "abc".indexOf( k ) ) ) );
		files.put( "/p/a.png", MemoryFiles.grey( "a", MemoryFiles.ramp( 24, 24, 4 ) ) );
		files.put( "/p/c.png", MemoryFiles.grey( "c", MemoryFiles.ramp( 24, 24, 4 ) ) );
		files.put( "/p/d.png", MemoryFiles.grey( "d", MemoryFiles.ramp( 24, 24, 4 ) ) );
		final EvaluationJob job = job( files, folder( "/g" ), folder( "/p" ) ).build();

		assertTrue( job.checkInput(), job::getErrorMessage );
		assertEquals( Collections.singletonList( "skipped '" + Paths.get( "/r/notes.txt" ) + "': not an image file." ), job.notes() );
		assertEquals( Arrays.asList( "'" + Paths.get( "/p/b.png" ) + "' is missing: every algorithm folder needs one output per image of '"
				+ REF + "', with the same file name.",
				"'" + Paths.get( "/p/d.png" ) + "' has no reference: '" + Paths.get( "/r/d.png" ) + "' does not exist, so it is not scored." ),
				messages( job.pairingFailures() ) );
		assertEquals( Arrays.asList( Failure.Kind.MISSING, Failure.Kind.NO_REFERENCE ),
				job.pairingFailures().stream().map( Failure::kind ).collect( Collectors.toList() ) );
		assertEquals( 5, job.pairCount() );
		assertEquals( 0, files.opened.get(), "checking opens no image" );

		assertTrue( job.process(), job::getErrorMessage );
		final EvaluationResult r = job.result();
		assertEquals( Arrays.asList( "g", "p" ), r.algorithms() );
		assertEquals( Arrays.asList( "g/a.png", "g/b.png", "g/c.png", "p/a.png", "p/c.png" ),
				r.rows().stream().map( row -> row.algorithm() + "/" + row.image() ).collect( Collectors.toList() ) );
		assertArrayEquals( new double[] { 1, 2, 3, 4, 4 }, r.rows().stream().mapToDouble( row -> row.value( 0 ) ).toArray(), 1e-12 );
		assertEquals( 3, r.scored( "g" ) );
		assertEquals( 0, r.failed( "g" ) );
		assertEquals( 2, r.scored( "p" ) );
		assertEquals( 2, r.failed( "p" ), "the missing output counts, and so does the output without reference" );
		assertEquals( job.pairingFailures(), r.failures() );
		// every reference opened once, every output once: nothing is read twice or ahead
		assertEquals( 3 + 5, files.opened.get() );

		// PIRM's set RMSE: the root of the mean MSE; the missing image is NaN, left out
		assertEquals( Math.sqrt( ( 1 + 4 + 9 ) / 3.0 ), r.evaluation().summary( "g" ).metric( "rmse" ).value(), 1e-12 );
		final MetricSummary p = r.evaluation().summary( "p" ).metric( "rmse" );
		assertEquals( 4, p.value(), 1e-12 );
		assertEquals( 2, p.count() );
		assertEquals( 1, p.missing() );
		assertEquals( r.plane().point( "g" ).x(), r.evaluation().summary( "g" ).metric( "rmse" ).value(), 0 );
	}

	@Test
	void stacksPairBySliceIndex()
	{
		final Plane ramp = MemoryFiles.ramp( 24, 24, 0 );
		final ArrayImage reference = ArrayImage.greyStack( "ref.tif", SampleType.UINT8, ramp, ramp, ramp );
		final ArrayImage longer = ArrayImage.greyStack( "long.tif", SampleType.UINT8, MemoryFiles.ramp( 24, 24, 1 ), MemoryFiles.ramp( 24, 24, 2 ),
				MemoryFiles.ramp( 24, 24, 3 ), MemoryFiles.ramp( 24, 24, 4 ) );
		final ArrayImage shorter = ArrayImage.greyStack( "short.tif", SampleType.UINT8, MemoryFiles.ramp( 24, 24, 5 ), MemoryFiles.ramp( 24, 24,
				6 ) );
		final EvaluationJob job = EvaluationJob.builder( new MemoryFiles() ).reference( ImageSet.stack( reference ) )
				.algorithm( ImageSet.stack( longer ).named( "long" ) ).algorithm( ImageSet.stack( shorter ) ).xMetric( "rmse" ).yMetric( "ssim" )
				.build();
		assertTrue( job.process(), job::getErrorMessage );
		final EvaluationResult r = job.result();
		assertEquals( Arrays.asList( "long", "short.tif" ), r.algorithms() );
		assertEquals( Arrays.asList( "'long.tif (slice 4)' has no reference: the reference stack 'ref.tif' has only 3 slices (stacks pair by"
				+ " slice index), so it is not scored.",
				"'short.tif' has no slice 3: the reference stack 'ref.tif' has 3 slices and stacks pair by slice index." ),
				messages( r.failures() ) );
		assertEquals( Arrays.asList( "slice 1", "slice 2", "slice 3", "slice 1", "slice 2" ),
				r.rows().stream().map( ScoreRow::image ).collect( Collectors.toList() ) );
		assertArrayEquals( new double[] { 1, 2, 3, 5, 6 }, r.rows().stream().mapToDouble( row -> row.value( 0 ) ).toArray(), 1e-12 );
		assertEquals( 1, r.failed( "short.tif" ) );
		assertEquals( 1, r.failed( "long" ), "its slice without a reference" );
	}

	@Test
	void aStackFileInAFolderGivesOneRowPerSlice()
	{
		final MemoryFiles files = new MemoryFiles()
				.put( "/r/s.tif", ArrayImage.greyStack( "s.tif", SampleType.UINT8, MemoryFiles.ramp( 24, 24, 0 ), MemoryFiles.ramp( 24, 24, 0 ) ) )
				.put( "/x/s.tif", ArrayImage.greyStack( "s.tif", SampleType.UINT8, MemoryFiles.ramp( 24, 24, 1 ), MemoryFiles.ramp( 24, 24, 3 ) ) );
		final EvaluationJob job = job( files, folder( "/x" ) ).build();
		assertTrue( job.process(), job::getErrorMessage );
		assertEquals( Arrays.asList( "s.tif:1", "s.tif:2" ), job.result().rows().stream().map( ScoreRow::image ).collect( Collectors.toList() ) );
		assertEquals( 2, job.result().scored( "x" ) );
		assertEquals( Math.sqrt( ( 1 + 9 ) / 2.0 ), job.result().summaries().get( 0 ).metric( "rmse" ).value(), 1e-12 );
	}

	@Test
	void foldersAndStacksDoNotMix()
	{
		final MemoryFiles files = referencesABC();
		final EvaluationJob job = job( files, ImageSet.stack( MemoryFiles.grey( "out.tif", MemoryFiles.ramp( 24, 24, 0 ) ) ) ).build();
		assertFalse( job.checkInput() );
		assertEquals( "The references are a folder, so 'out.tif' must be one too (folders pair by file name, stacks by slice index), but it is"
				+ " a stack 'out.tif' (1 slice). Give all sets as folders, or all as stacks.", job.getErrorMessage() );
		assertFalse( job.process() );
		assertNull( job.result() );
	}

	@Test
	void algorithmNamesMustBeGivenAndDistinct()
	{
		final MemoryFiles files = referencesABC().put( "/one/x/a.png", MemoryFiles.grey( "a", MemoryFiles.ramp( 24, 24, 0 ) ) )
				.put( "/two/x/a.png", MemoryFiles.grey( "a", MemoryFiles.ramp( 24, 24, 0 ) ) );
		final EvaluationJob twice = job( files, folder( "/one/x" ), folder( "/two/x" ) ).build();
		assertFalse( twice.checkInput() );
		assertEquals( "Two algorithms are named 'x' (folder '" + Paths.get( "/one/x" ) + "' and folder '" + Paths.get( "/two/x" )
				+ "'): give each algorithm its own name.", twice.getErrorMessage() );
		final EvaluationJob unnamed = job( files, folder( "/one/x" ).named( " " ) ).build();
		assertFalse( unnamed.checkInput() );
		assertTrue( unnamed.getErrorMessage().contains( "needs a name" ), unnamed.getErrorMessage() );
		final EvaluationJob renamed = job( files, folder( "/one/x" ), folder( "/two/x" ).named( "x (2)" ) ).build();
		assertTrue( renamed.process(), renamed::getErrorMessage );
		assertEquals( Arrays.asList( "x", "x (2)" ), renamed.result().algorithms() );
	}

	@Test
	void missingAndEmptyFoldersAndNothingToPairAreRefused()
	{
		final MemoryFiles files = referencesABC().text( "/empty/readme.txt" ).put( "/other/z.png", MemoryFiles.grey( "z", MemoryFiles.ramp( 24,
				24, 0 ) ) );
		final EvaluationJob missing = job( files, folder( "/nowhere" ) ).build();
		assertFalse( missing.process() );
		assertEquals( "'" + Paths.get( "/nowhere" ) + "' does not exist.", missing.getErrorMessage() );
		final EvaluationJob empty = job( files, folder( "/empty" ) ).build();
		assertFalse( empty.process() );
		assertEquals( "The folder '" + Paths.get( "/empty" ) + "' has no image files.", empty.getErrorMessage() );
		final EvaluationJob none = job( files, folder( "/other" ) ).build();
		assertFalse( none.process() );
		assertTrue( none.getErrorMessage().startsWith( "No output pairs with a reference image: folders pair by file name" ),
				none.getErrorMessage() );
		final EvaluationJob noAlgorithm = job( files ).build();
		assertFalse( noAlgorithm.process() );
		assertTrue( noAlgorithm.getErrorMessage().contains( "at least one algorithm" ), noAlgorithm.getErrorMessage() );
	}

	@Test
	void unreadableAndMismatchedImagesAreCountedAndTheRunGoesOn()
	{
		final MemoryFiles files = referencesABC().put( "/r/d.png", MemoryFiles.grey( "d", MemoryFiles.ramp( 24, 24, 0 ) ) )
				.put( "/x/a.png", MemoryFiles.grey( "/x/a.png", MemoryFiles.ramp( 24, 24, 2 ) ) ).damaged( "/x/b.png" )
				.put( "/x/c.png", MemoryFiles.grey( "/x/c.png", MemoryFiles.ramp( 20, 20, 0 ) ) )
				.put( "/x/d.png", MemoryFiles.grey( "/x/d.png", MemoryFiles.ramp( 24, 24, 2 ) ) );
		final List< Progress > events = new ArrayList<>();
		final EvaluationJob job = job( files, folder( "/x" ) ).listener( events::add ).build();
		assertTrue( job.process(), job::getErrorMessage );
		final EvaluationResult r = job.result();
		assertEquals( 2, r.scored( "x" ) );
		assertEquals( 2, r.failed( "x" ) );
		assertEquals( Arrays.asList( "'" + Paths.get( "/x/b.png" ) + "' could not be read as an image (the file may be damaged).",
				"'/x/c.png' is 20x20 but its reference 'c' is 24x24: full-reference metrics compare pixel by pixel, so the sizes must be equal." ),
				messages( r.failures() ) );
		assertEquals( Arrays.asList( "b.png", "c.png" ), r.failures().stream().map( Failure::image ).collect( Collectors.toList() ) );
		assertTrue( r.failures().stream().allMatch( f -> f.kind() == Failure.Kind.FAILED && f.set().equals( "x" ) ) );
		assertEquals( 2, events.get( events.size() - 1 ).failed() );
		assertEquals( 2, r.evaluation().summary( "x" ).metric( "ssim" ).missing() );
		final ResultTable summary = r.summaryTable();
		assertEquals( 2, summary.cell( 0, "n" ) );
		assertEquals( 2, summary.cell( 0, "failed" ) );
	}

	@Test
	void aReferenceThatFailsIsReportedOnceAndCountsForEveryAlgorithm()
	{
		final MemoryFiles files = referencesABC().damaged( "/r/b.png" );
		for ( final String alg : new String[] { "/x/", "/y/" } )
			for ( final String k : new String[] { "a", "b", "c" } )
				files.put( alg + k + ".png", MemoryFiles.grey( k, MemoryFiles.ramp( 24, 24, 1 ) ) );
		final EvaluationJob job = job( files, folder( "/x" ), folder( "/y" ) ).build();
		assertTrue( job.process(), job::getErrorMessage );
		final EvaluationResult r = job.result();
		assertEquals( 1, r.failures().size() );
		assertEquals( Failure.Kind.REFERENCE, r.failures().get( 0 ).kind() );
		assertEquals( "r", r.failures().get( 0 ).set() );
		for ( final String a : r.algorithms() )
		{
			assertEquals( 2, r.scored( a ) );
			assertEquals( 1, r.failed( a ) );
		}
	}

	@Test
	void anyNumberOfThreadsGivesTheSerialResultBitForBit()
	{
		final MemoryFiles files = new MemoryFiles();
		for ( int i = 0; i < 10; i++ )
		{
			final Plane scene = MemoryFiles.scene( 200, 200, 40 + i );
			final String name = "img" + i + ".png";
			files.put( "/r/" + name, MemoryFiles.grey( name, scene ) );
			files.put( "/brighter/" + name, MemoryFiles.grey( name, MemoryFiles.offset( scene, 3 + i % 4 ) ) );
			files.put( "/noisier/" + name, MemoryFiles.grey( name, MemoryFiles.offset( MemoryFiles.scene( 200, 200, 90 + i ), 0 ) ) );
		}
		files.damaged( "/noisier/img3.png" );
		final List< String > tables = new ArrayList<>();
		for ( final int threads : new int[] { 1, 4, 3 } )
		{
			final EvaluationJob job = EvaluationJob.builder( files ).reference( ImageSet.folder( REF ) ).algorithm( folder( "/brighter" ) )
					.algorithm( folder( "/noisier" ) ).xMetric( "rmse" ).yMetric( "niqe" ).extraMetrics( "ssim,nss-fd" ).threads( threads )
					.build();
			assertEquals( threads, job.threads() );
			assertTrue( job.process(), job::getErrorMessage );
			tables.add( job.result().perImageTable().toCsv() + job.result().summaryTable().toCsv() + messages( job.result().failures() ) );
		}
		assertEquals( tables.get( 0 ), tables.get( 1 ) );
		assertEquals( tables.get( 0 ), tables.get( 2 ) );
		assertTrue( tables.get( 0 ).contains( "noisier,9,1," ), tables.get( 0 ) );
	}

	/**
	 * VIF on the plane's x axis, VIFp and IFC as extra columns: each set's value is the mean over its images,
	 * the axis is higher-is-better (so the plane inverts it), and less noise keeps more information.
	 */
	@Test
	void informationFidelityOnThePlane()
	{
		final MemoryFiles files = new MemoryFiles();
		final ImageScorer scorer = new ImageScorer( MetricRegistry.parseList( "vif,vifp,ifc" ), MetricSettings.defaults(),
				Preparation.defaults() );
		final double[][] expected = new double[ 2 ][ 3 ];
		for ( int i = 0; i < 4; i++ )
		{
			final Plane scene = MemoryFiles.scene( 120, 100, 70 + i );
			final String name = "img" + i + ".png";
			files.put( "/r/" + name, MemoryFiles.grey( name, scene ) );
			for ( int a = 0; a < 2; a++ )
			{
				final Plane noisy = noisy( scene, 5 + 20 * a, 300 + i );
				files.put( ( a == 0 ? "/light/" : "/heavy/" ) + name, MemoryFiles.grey( name, noisy ) );
				final double[] values = scorer.score( MemoryFiles.grey( "r", scene ), MemoryFiles.grey( "o", noisy ), w -> {} ).rows().get( 0 )
						.values();
				for ( int m = 0; m < 3; m++ )
					expected[ a ][ m ] += values[ m ] / 4;
			}
		}
		final EvaluationJob job = EvaluationJob.builder( files ).reference( ImageSet.folder( REF ) ).algorithm( folder( "/light" ) )
				.algorithm( folder( "/heavy" ) ).xMetric( "vif" ).yMetric( "rmse" ).extraMetrics( "vifp,ifc" ).threads( 2 ).build();
		assertTrue( job.process(), job::getErrorMessage );
		assertTrue( job.result().plane().xMetric().higherIsBetter() );
		final String[] ids = { "vif", "vifp", "ifc" };
		for ( int a = 0; a < 2; a++ )
			for ( int m = 0; m < 3; m++ )
				assertEquals( expected[ a ][ m ], job.result().summaries().get( a ).metric( ids[ m ] ).value(), 1e-12 * expected[ a ][ m ],
						ids[ m ] );
		for ( final String id : ids )
			assertTrue( job.result().summaries().get( 0 ).metric( id ).value() > job.result().summaries().get( 1 ).metric( id ).value(), id );
	}

	/** {@code p} plus seeded Gaussian noise of standard deviation {@code sigma}, rounded and clipped to 8 bits. */
	private static Plane noisy( final Plane p, final double sigma, final long seed )
	{
		final java.util.Random random = new java.util.Random( seed );
		final double[] v = p.values().clone();
		for ( int i = 0; i < v.length; i++ )
			v[ i ] = Math.min( 255, Math.max( 0, Math.rint( v[ i ] + sigma * random.nextGaussian() ) ) );
		return new Plane( p.width(), p.height(), v );
	}

	@Test
	void setLevelMetricsAreTheScorersOverTheWholeSets()
	{
		final MemoryFiles files = new MemoryFiles();
		final ImageScorer scorer = new ImageScorer( MetricRegistry.parseList( "rmse,niqe,nss-fd,niqe-ref" ), MetricSettings.defaults(),
				Preparation.defaults() );
		final FeatureSet references = scorer.featureSet( "references" ), copies = scorer.featureSet( "copies" ),
				others = scorer.featureSet( "others" );
		for ( int i = 0; i < 6; i++ )
		{
			final Plane scene = MemoryFiles.scene( 240, 200, 10 + i );
			final Plane other = MemoryFiles.scene( 240, 200, 60 + i );
			files.put( "/r/" + i + ".png", MemoryFiles.grey( i + ".png", scene ) );
			files.put( "/same/" + i + ".png", MemoryFiles.grey( i + ".png", scene ) );
			files.put( "/other/" + i + ".png", MemoryFiles.grey( i + ".png", other ) );
			scorer.setFeatures( MemoryFiles.grey( "r", scene ), w -> {} ).forEach( references::add );
			scorer.setFeatures( MemoryFiles.grey( "s", scene ), w -> {} ).forEach( copies::add );
			scorer.setFeatures( MemoryFiles.grey( "o", other ), w -> {} ).forEach( others::add );
		}
		final EvaluationJob job = EvaluationJob.builder( files ).reference( ImageSet.folder( REF ) ).algorithm( folder( "/same" ) )
				.algorithm( folder( "/other" ) ).yMetric( "niqe" ).extraMetrics( "nss-fd,niqe-ref" ).threads( 2 ).build();
		assertTrue( job.process(), job::getErrorMessage );
		final EvaluationResult r = job.result();
		assertEquals( Arrays.asList( "nss-fd", "niqe-ref" ), r.setMetrics().stream().map( d -> d.id() ).collect( Collectors.toList() ) );
		assertArrayEquals( scorer.setRow( "same", references, copies ).values(), r.setValues( "same" ), 0 );
		assertArrayEquals( scorer.setRow( "other", references, others ).values(), r.setValues( "other" ), 0 );
		assertEquals( 0, r.setValues( "same" )[ 0 ], 1e-9, "a set is at 0 from itself" );
		assertTrue( r.setValues( "other" )[ 0 ] > 0.1 );
		final ResultTable summary = r.summaryTable();
		assertEquals( r.setValues( "other" )[ 0 ], ( Double ) summary.cell( 1, "nss-fd" ), 0 );
	}

	@Test
	void progressCountsEveryPairOnceInOrder()
	{
		final MemoryFiles files = referencesABC().put( "/x/a.png", MemoryFiles.grey( "a", MemoryFiles.ramp( 24, 24, 1 ) ) )
				.damaged( "/x/b.png" ).put( "/y/a.png", MemoryFiles.grey( "a", MemoryFiles.ramp( 24, 24, 1 ) ) )
				.put( "/y/c.png", MemoryFiles.grey( "c", MemoryFiles.ramp( 24, 24, 1 ) ) );
		final List< Progress > events = Collections.synchronizedList( new ArrayList<>() );
		final EvaluationJob job = job( files, folder( "/x" ), folder( "/y" ) ).threads( 2 ).listener( events::add ).build();
		assertTrue( job.process(), job::getErrorMessage );
		assertEquals( 5, events.size(), events::toString );
		for ( int k = 0; k < events.size(); k++ )
		{
			assertEquals( k, events.get( k ).done() );
			assertEquals( 4, events.get( k ).total() );
		}
		assertEquals( "", events.get( 0 ).current() );
		assertTrue( events.get( 4 ).isFinished() );
		assertEquals( 1, events.get( 4 ).failed() );
		assertEquals( Arrays.asList( "x/a.png", "x/b.png", "y/a.png", "y/c.png" ),
				events.subList( 1, 5 ).stream().map( Progress::current ).sorted().collect( Collectors.toList() ) );
	}

	@Test
	void cancelStopsTheWorkersAndDiscardsEverything()
	{
		final MemoryFiles files = new MemoryFiles();
		for ( int i = 0; i < 40; i++ )
		{
			files.put( "/r/" + i + ".png", MemoryFiles.grey( "r", MemoryFiles.ramp( 24, 24, 0 ) ) );
			files.put( "/x/" + i + ".png", MemoryFiles.grey( "x", MemoryFiles.ramp( 24, 24, 1 ) ) );
		}
		for ( final int threads : new int[] { 1, 2 } )
		{
			final List< Progress > events = Collections.synchronizedList( new ArrayList<>() );
			final EvaluationJob[] holder = new EvaluationJob[ 1 ];
			final EvaluationJob job = job( files, folder( "/x" ) ).threads( threads ).listener( p -> {
				events.add( p );
				if ( p.done() == 3 )
					holder[ 0 ].cancel();
			} ).build();
			holder[ 0 ] = job;
			assertFalse( job.process() );
			assertTrue( job.isCanceled() );
			assertEquals( BatchJob.CANCELED, job.getErrorMessage() );
			assertNull( job.result() );
			final int done = events.get( events.size() - 1 ).done();
			assertTrue( done >= 3 && done <= 3 + threads, "stopped after the current images: " + done );
		}
	}

	@Test
	void aCanceledJobDoesNotStartAndAJobRunsOnce()
	{
		final MemoryFiles files = referencesABC().put( "/x/a.png", MemoryFiles.grey( "a", MemoryFiles.ramp( 24, 24, 1 ) ) );
		final EvaluationJob canceled = job( files, folder( "/x" ) ).build();
		canceled.cancel();
		assertFalse( canceled.process() );
		assertEquals( BatchJob.CANCELED, canceled.getErrorMessage() );
		assertEquals( 0, files.opened.get() );
		final EvaluationJob once = job( files, folder( "/x" ) ).build();
		assertTrue( once.process() );
		assertFalse( once.process() );
		assertTrue( once.getErrorMessage().contains( "has run already" ) );
		assertTrue( once.result() != null, "the first result stays" );
	}

	@Test
	void theAxesNeedPerImageValuesAndTwoMetrics()
	{
		final MemoryFiles files = referencesABC();
		final PdPlaneException setLevel = assertThrows( PdPlaneException.class, () -> job( files ).yMetric( "nss-fd" ).build() );
		assertTrue( setLevel.getMessage().startsWith( "NSS-FD ('nss-fd') is a set-level metric, one value per algorithm, so it cannot be the y"
				+ " axis" ), setLevel.getMessage() );
		final PdPlaneException same = assertThrows( PdPlaneException.class, () -> job( files ).yMetric( "rmse" ).build() );
		assertEquals( "The plane needs two different metrics; RMSE ('rmse') was given for both axes.", same.getMessage() );
		assertThrows( PdPlaneException.class, () -> job( files ).threads( -1 ).build() );
		assertEquals( BatchJob.defaultThreads(), job( files ).threads( 0 ).build().threads() );
	}

	@Test
	void theYAxisIsPiWhereTheMaModelIsInstalledAndNiqeWithAWarningElsewhere( @TempDir final Path dir ) throws IOException
	{
		final MetricSettings noModel = MetricSettings.defaults().withMaModelStore( new MaModelStore( dir.resolve( "empty" ), null ) );
		final List< String > warnings = new ArrayList<>();
		assertEquals( "niqe", EvaluationDefaults.perceptualMetric( noModel, warnings::add ).id() );
		assertEquals( 1, warnings.size() );
		assertTrue( warnings.get( 0 ).startsWith( "The y axis is NIQE instead of PI, which cannot be computed here: No Ma et al. model is installed" )
				&& warnings.get( 0 ).contains( "Install Ma et al. Model..." ) && warnings.get( 0 ).contains( "install-ma-model" ), warnings.get( 0 ) );
		final EvaluationJob job = EvaluationJob.builder( referencesABC() ).reference( ImageSet.folder( REF ) ).settings( noModel ).build();
		assertEquals( "rmse", job.xMetric().id() );
		assertEquals( "niqe", job.yMetric().id() );
		assertEquals( warnings, job.warnings() );

		final MetricSettings withModel = MetricSettings.defaults().withMaModel( MaModel.load( SyntheticModel.write( dir.resolve( "model.mat" ) ) ) );
		final List< String > none = new ArrayList<>();
		assertEquals( "pi", EvaluationDefaults.perceptualMetric( withModel, none::add ).id() );
		assertEquals( Collections.emptyList(), none );
	}

	/**
	 * A model the user has but that cannot be read (a file PDPLANE_MA_MODEL names that is missing, a damaged
	 * installed file) is an error, not a quiet fall back to NIQE, which would answer another question.
	 */
	@Test
	void aModelThatCannotBeReadIsAnErrorNotAFallback( @TempDir final Path dir ) throws IOException
	{
		final Path missing = dir.resolve( "missing.mat" );
		final MetricSettings named = MetricSettings.defaults().withMaModelStore( new MaModelStore( dir.resolve( "empty" ), missing ) );
		final List< String > warnings = new ArrayList<>();
		final PdPlaneException e = assertThrows( PdPlaneException.class, () -> EvaluationDefaults.perceptualMetric( named, warnings::add ) );
		assertTrue( e.getMessage().startsWith( "The environment variable PDPLANE_MA_MODEL names '" + missing + "', which does not exist." ), e
				.getMessage() );
		final Path folder = dir.resolve( "damaged" );
		Files.createDirectories( folder );
		Files.write( folder.resolve( MaModelStore.FILE_NAME ), new byte[] { 1, 2, 3 } );
		final MetricSettings damaged = MetricSettings.defaults().withMaModelStore( new MaModelStore( folder, null ) );
		assertThrows( PdPlaneException.class, () -> EvaluationDefaults.perceptualMetric( damaged, warnings::add ) );
		assertEquals( Collections.emptyList(), warnings );
	}

	@Test
	void theTablesHaveTheDocumentedColumns()
	{
		final MemoryFiles files = referencesABC();
		for ( final String k : new String[] { "a", "b", "c" } )
			files.put( "/x/" + k + ".png", MemoryFiles.grey( k, MemoryFiles.ramp( 24, 24, 2 ) ) );
		final EvaluationJob job = job( files, folder( "/x" ) ).extraMetrics( "psnr" ).build();
		assertTrue( job.process(), job::getErrorMessage );
		final EvaluationResult r = job.result();
		assertEquals( Arrays.asList( "algorithm", "image", "rmse", "ssim", "psnr" ), r.perImageTable().columns() );
		assertEquals( Arrays.asList( "algorithm", "n", "failed", "rmse", "rmse_mean", "rmse_std", "rmse_ci_low", "rmse_ci_high", "ssim",
				"ssim_mean", "ssim_std", "ssim_ci_low", "ssim_ci_high", "psnr", "psnr_mean", "psnr_std", "on_frontier", "frontier_distance" ),
				r.summaryTable().columns() );
		assertEquals( "x,3,0,2.0,2.0,0.0,2.0,2.0,", r.summaryTable().toCsv().split( "\n" )[ 1 ].substring( 0, 26 ) );
		assertEquals( Boolean.TRUE, r.summaryTable().cell( 0, "on_frontier" ) );
		assertEquals( 0.0, r.summaryTable().cell( 0, "frontier_distance" ) );
		assertEquals( "x,a.png,2.0,", r.perImageTable().toCsv().split( "\n" )[ 1 ].substring( 0, 12 ) );

		final EvaluationJob plain = job( files, folder( "/x" ) ).bootstrap( null ).build();
		assertTrue( plain.process() );
		assertEquals( Arrays.asList( "algorithm", "n", "failed", "rmse", "rmse_mean", "rmse_std", "ssim", "ssim_mean", "ssim_std",
				"on_frontier", "frontier_distance" ), plain.result().summaryTable().columns() );
		assertNull( plain.result().plane().bootstrap() );
		assertEquals( new Bootstrap( 1000, 2018, 0.95 ).describe(), r.plane().bootstrap().describe() );
	}

	/**
	 * A failure of a worker after a cancel (Ctrl-C shuts the JVM down; a library then throws "Shutdown in
	 * progress") ends the job as canceled, not as a bug; the same failure without a cancel is rethrown.
	 */
	@Test
	void aFailureAfterACancelIsTheCancel()
	{
		final MemoryFiles files = referencesABC();
		for ( final String k : new String[] { "a", "b", "c" } )
			files.put( "/g/" + k + ".png", MemoryFiles.grey( k, MemoryFiles.ramp( 24, 24, 1 ) ) );
		final EvaluationJob[] job = { job( files, folder( "/g" ) ).build() };
		files.beforeOpen = p -> {
			if ( p.toString().endsWith( "b.png" ) )
			{
				job[ 0 ].cancel();
				throw new IllegalStateException( "Shutdown in progress" );
			}
		};
		assertFalse( job[ 0 ].process() );
		assertEquals( BatchJob.CANCELED, job[ 0 ].getErrorMessage() );
		assertNull( job[ 0 ].result() );

		files.beforeOpen = p -> {
			if ( p.toString().endsWith( "b.png" ) )
				throw new IllegalStateException( "a bug" );
		};
		job[ 0 ] = job( files, folder( "/g" ) ).build();
		assertEquals( "a bug", assertThrows( IllegalStateException.class, job[ 0 ]::process ).getMessage() );
	}

	/**
	 * "PD Summary" as a window shows it: the algorithm, the axes' set values,
	 * the other metrics, the frontier; then counts, RMSE's own mean (its
	 * set value is the root of the mean MSE), the spreads, the intervals. No column repeats another: every mean left
	 * out equals its set value, and every other cell is the full summary's.
	 */
	@Test
	void theSummaryForAWindowHasItsKeyColumnsFirstAndNoRepeats()
	{
		final MemoryFiles files = referencesABC();
		for ( final String k : new String[] { "a", "b", "c" } )
			files.put( "/x/" + k + ".png", MemoryFiles.grey( k, MemoryFiles.ramp( 24, 24, 2 + k.charAt( 0 ) - 'a' ) ) );
		final EvaluationJob job = job( files, folder( "/x" ) ).extraMetrics( "psnr" ).build();
		assertTrue( job.process(), job::getErrorMessage );
		final ResultTable full = job.result().summaryTable(), key = job.result().keySummaryTable();
		assertEquals( Arrays.asList( "algorithm", "rmse", "ssim", "psnr", "on_frontier", "frontier_distance", "n", "failed", "rmse_mean",
				"rmse_std", "ssim_std", "psnr_std", "rmse_ci_low", "rmse_ci_high", "ssim_ci_low", "ssim_ci_high" ), key.columns() );
		assertEquals( full.rowCount(), key.rowCount() );
		for ( int r = 0; r < full.rowCount(); r++ )
		{
			for ( final String column : key.columns() )
				assertEquals( full.cell( r, column ), key.cell( r, column ), column );
			for ( final String column : full.columns() )
				if ( !key.columns().contains( column ) )
				{
					assertTrue( column.endsWith( "_mean" ), column );
					assertEquals( full.cell( r, column.substring( 0, column.length() - "_mean".length() ) ), full.cell( r, column ), column );
				}
		}
		assertNotEquals( full.cell( 0, "rmse" ), full.cell( 0, "rmse_mean" ), "RMSE's mean is no repeat: the images differ" );
	}
}
