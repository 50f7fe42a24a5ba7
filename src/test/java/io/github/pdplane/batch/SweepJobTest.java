package io.github.pdplane.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.ArrayImage;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.SampleType;
import io.github.pdplane.plane.Sweep;
import io.github.pdplane.table.ResultTable;

class SweepJobTest
{
	private static ImageSet folder( final String path )
	{
		return ImageSet.folder( Paths.get( path ) );
	}

	/** Three images; low is the reference plus 2, high a different scene. */
	private static MemoryFiles files()
	{
		final MemoryFiles files = new MemoryFiles();
		for ( int i = 0; i < 3; i++ )
		{
			final Plane scene = MemoryFiles.scene( 200, 200, 5 + i );
			files.put( "/r/" + i + ".png", MemoryFiles.grey( "r" + i, scene ) );
			files.put( "/low/" + i + ".png", MemoryFiles.grey( "low" + i, MemoryFiles.offset( scene, 2 ) ) );
			files.put( "/high/" + i + ".png", MemoryFiles.grey( "high" + i, MemoryFiles.scene( 200, 200, 50 + i ) ) );
		}
		return files;
	}

	private static SweepJob.Builder sweep( final MemoryFiles files )
	{
		return SweepJob.builder( files ).reference( folder( "/r" ) ).low( folder( "/low" ) ).high( folder( "/high" ) ).xMetric( "rmse" )
				.yMetric( "niqe" ).threads( 2 );
	}

	@Test
	void theEndsAreTheOutputsAndTheCurveRunsBetweenThem()
	{
		final MemoryFiles files = files();
		final SweepJob job = sweep( files ).steps( 4 ).build();
		assertTrue( job.process(), job::getErrorMessage );
		final SweepResult r = job.result();
		assertArrayEquals( new double[] { 0, 0.25, 0.5, 0.75, 1 }, r.alphas(), 0 );
		assertEquals( 3 + 3 * 2, files.opened.get(), "each file once, for every alpha" );

		final EvaluationJob plain = EvaluationJob.builder( files ).reference( folder( "/r" ) ).algorithm( folder( "/low" ) )
				.algorithm( folder( "/high" ) ).xMetric( "rmse" ).yMetric( "niqe" ).build();
		assertTrue( plain.process() );
		assertEquals( plain.result().plane().point( "low" ).x(), r.plane().point( "low" ).x(), 0 );
		assertEquals( plain.result().plane().point( "high" ).y(), r.plane().point( "high" ).y(), 0 );
		assertEquals( plain.result().plane().point( "low" ).x(), r.curve().x( 0 ), 0 );
		assertTrue( r.curve().x( 0 ) > 1.5 && r.curve().x( 0 ) <= 2, "the low output is 2 levels off where it does not clip" );
		assertEquals( plain.result().plane().point( "high" ).x(), r.curve().x( 4 ), 0 );
		assertEquals( Arrays.asList( "low", "high" ), r.plane().points().stream().map( p -> p.algorithm() ).collect( Collectors.toList() ) );
		assertEquals( 1, r.plane().sweeps().size() );
		assertEquals( "low \u2192 high", r.curve().label() );
		assertEquals( 15, r.rows().size() );
		assertTrue( r.failures().isEmpty() );

		final ResultTable table = r.table();
		assertEquals( Arrays.asList( "alpha", "n", "failed", "rmse", "rmse_mean", "rmse_std", "niqe", "niqe_mean", "niqe_std" ), table.columns() );
		assertEquals( 0.25, table.cell( 1, "alpha" ) );
		assertEquals( 3, table.cell( 1, "n" ) );
		assertEquals( r.curve().y( 2 ), ( Double ) table.cell( 2, "niqe" ), 0 );
		final ResultTable key = r.keyTable();
		assertEquals( Arrays.asList( "alpha", "rmse", "niqe", "n", "failed", "rmse_mean", "rmse_std", "niqe_std" ), key.columns(),
				"a window's table: key columns first, no niqe_mean (NIQE's set value is its mean)" );
		for ( final String column : key.columns() )
			assertEquals( table.cell( 3, column ), key.cell( 3, column ), column );
		assertEquals( table.cell( 3, "niqe" ), table.cell( 3, "niqe_mean" ) );
	}

	@Test
	void blendsOfIntegerImagesAreRoundedAsSavingThemWouldBe()
	{
		final ArrayImage three = ArrayImage.grey( "three", new Plane( 2, 1, new double[] { 3, 3 } ), SampleType.UINT8 );
		final ArrayImage four = ArrayImage.grey( "four", new Plane( 2, 1, new double[] { 4, 10 } ), SampleType.UINT8 );
		assertArrayEquals( new double[] { 4, 7 }, new BlendedImage( three, four, 0.5 ).read( 0, 0 ), 0 ); // 3.5 -> 4, 6.5 -> 7
		assertArrayEquals( new double[] { 3, 5 }, new BlendedImage( three, four, 0.3 ).read( 0, 0 ), 0 ); // 3.3, 5.1
		assertArrayEquals( new double[] { 3, 3 }, new BlendedImage( three, four, 0 ).read( 0, 0 ), 0 );
		assertArrayEquals( new double[] { 4, 10 }, new BlendedImage( three, four, 1 ).read( 0, 0 ), 0 );
		assertEquals( SampleType.UINT8, new BlendedImage( three, four, 0.5 ).sampleType() );
		final ArrayImage a = ArrayImage.grey( "a", new Plane( 1, 1, new double[] { 3 } ), SampleType.FLOAT32 );
		final ArrayImage b = ArrayImage.grey( "b", new Plane( 1, 1, new double[] { 4 } ), SampleType.FLOAT32 );
		assertArrayEquals( new double[] { 3.5 }, new BlendedImage( a, b, 0.5 ).read( 0, 0 ), 0 );
		assertEquals( "alpha=0.5 blend of 'three' and 'four'", new BlendedImage( three, four, 0.5 ).name() );
	}

	@Test
	void theTwoOutputsMustBeAlike()
	{
		final ArrayImage grey = ArrayImage.grey( "g", MemoryFiles.ramp( 4, 4, 0 ), SampleType.UINT8 );
		assertEquals( "Cannot blend 'g' and 'small': they are 4x4 and 3x3, and the two outputs of a sweep must have the same size.",
				assertThrows( PdPlaneException.class, () -> new BlendedImage( grey, ArrayImage.grey( "small", MemoryFiles.ramp( 3, 3, 0 ),
						SampleType.UINT8 ), 0.5 ) ).getMessage() );
		assertTrue( assertThrows( PdPlaneException.class, () -> new BlendedImage( grey, ArrayImage.grey( "w", MemoryFiles.ramp( 4, 4, 0 ),
				SampleType.UINT16 ), 0.5 ) ).getMessage().contains( "8-bit and 16-bit" ) );
	}

	@Test
	void aProblemOfOneOutputIsListedOnceAndCountedAtEveryAlpha()
	{
		final MemoryFiles files = files().damaged( "/low/1.png" );
		files.put( "/high/3.png", MemoryFiles.grey( "h3", MemoryFiles.scene( 200, 200, 99 ) ) );
		files.put( "/r/4.png", MemoryFiles.grey( "r4", MemoryFiles.scene( 200, 200, 98 ) ) );
		files.put( "/low/4.png", MemoryFiles.grey( "l4", MemoryFiles.scene( 200, 200, 98 ) ) );
		final SweepJob job = sweep( files ).build();
		assertTrue( job.checkInput() );
		final List< String > pairing = job.pairingFailures().stream().map( Failure::message ).collect( Collectors.toList() );
		assertEquals( Arrays.asList( "'" + Paths.get( "/high/4.png" ) + "' is missing: every algorithm folder needs one output per image of '"
				+ Paths.get( "/r" ) + "', with the same file name.", "'" + Paths.get( "/high/3.png" ) + "' has no reference: '"
						+ Paths.get( "/r/3.png" ) + "' does not exist, so it is not scored." ), pairing );
		assertTrue( job.process(), job::getErrorMessage );
		final SweepResult r = job.result();
		assertEquals( 3, r.failures().size(), r.failures()::toString );
		assertEquals( 1, r.failures().stream().filter( f -> f.kind() == Failure.Kind.FAILED ).count() );
		for ( int k = 0; k < r.alphas().length; k++ )
		{
			assertEquals( 2, r.scored( k ) );
			assertEquals( 3, r.failed( k ), "the damaged low output, the missing high output and the high output without a reference" );
		}
		assertEquals( Sweep.STEPS + 1, r.alphas().length );
	}

	@Test
	void aSweepNeedsThreeSetsAndAStep()
	{
		final SweepJob incomplete = SweepJob.builder( files() ).reference( folder( "/r" ) ).low( folder( "/low" ) ).build();
		assertFalse( incomplete.process() );
		assertTrue( incomplete.getErrorMessage().startsWith( "A sweep needs the reference images, a low-distortion output" ) );
		assertThrows( PdPlaneException.class, () -> sweep( files() ).steps( 0 ).build() );
		final SweepJob same = SweepJob.builder( files() ).reference( folder( "/r" ) ).low( folder( "/low" ) ).high( folder( "/low" ) )
				.yMetric( "niqe" ).build();
		assertFalse( same.process() );
		assertTrue( same.getErrorMessage().startsWith( "Two algorithms are named 'low'" ), same.getErrorMessage() );
	}
}
