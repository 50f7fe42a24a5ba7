package io.github.pdplane.nr.ma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Convention;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.io.imagej.ImageFiles;
import io.github.pdplane.metrics.Direction;
import io.github.pdplane.metrics.MetricKind;
import io.github.pdplane.metrics.NoReferenceMetric;
import io.github.pdplane.nr.Niqe;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;

/** {@code ma} and {@code pi} through the registry, with a synthetic model the test writes. */
class PerceptualIndexTest
{
	@TempDir
	Path dir;

	private Plane tid( final Convention convention, final int shave )
	{
		return new Preparation( convention, shave, Double.NaN ).prepare(
				ImageFiles.open( MaFeaturesReferenceTest.FOLDER.resolve( "tid2013-pairs/dist/I04.bmp" ) ), 0 )[ 0 ];
	}

	@Test
	void registryEntries()
	{
		final MetricDescriptor ma = MetricRegistry.byId( "ma" ), pi = MetricRegistry.byId( "pi" );
		assertEquals( MetricKind.NO_REFERENCE, ma.kind() );
		assertEquals( Direction.HIGHER_IS_BETTER, ma.direction() );
		assertEquals( Convention.GRAY, ma.defaultConvention() );
		assertEquals( 0, ma.defaultShave() );
		assertEquals( 84, ma.minimumSize() );
		assertEquals( MetricKind.NO_REFERENCE, pi.kind() );
		assertEquals( Direction.LOWER_IS_BETTER, pi.direction() );
		assertEquals( Convention.Y, pi.defaultConvention() );
		assertEquals( 4, pi.defaultShave() );
		assertEquals( 192, pi.minimumSize() );
		assertEquals( 0, MetricRegistry.byId( "ssim" ).defaultShave() );
	}

	@Test
	void maIsTheModelOnTheFeaturesAndPiCombinesItWithNiqe()
	{
		final MaModel model = MaModel.load( SyntheticModel.write( dir.resolve( "model.mat" ) ) );
		final MetricSettings settings = MetricSettings.defaults().withMaModel( model );
		assertSame( model, settings.maModel() );
		final Plane gray = tid( Convention.GRAY, 0 );
		final NoReferenceMetric ma = ( NoReferenceMetric ) MetricRegistry.byId( "ma" ).create( settings );
		final double score = ma.score( "I04", new Plane[] { gray }, 255 );
		assertEquals( model.score( MaFeatures.compute( "I04", gray, 255 ) ), score, 0 );

		final Plane y = tid( Convention.Y, 4 );
		final NoReferenceMetric pi = ( NoReferenceMetric ) MetricRegistry.byId( "pi" ).create( settings );
		final double maY = new MaScore( model ).score( "I04", y, 255 ), niqeY = new Niqe().score( "I04", y, 255 );
		assertEquals( ( ( 10 - maY ) + niqeY ) / 2, pi.score( "I04", new Plane[] { y }, 255 ), 1e-12 );
	}

	@Test
	void theSetRuleIsTheIndexOfTheMeans()
	{
		assertEquals( ( ( 10 - 7.5 ) + 4 ) / 2, PerceptualIndex.of( 7.5, 4 ), 0 );
		final double[] ma = { 7, 8, 7.5 }, niqe = { 3, 5, 4.5 };
		assertEquals( ( ( 10 - 7.5 ) + 12.5 / 3 ) / 2, PerceptualIndex.ofSet( ma, niqe ), 1e-15 );
		double meanOfImages = 0;
		for ( int i = 0; i < 3; i++ )
			meanOfImages += PerceptualIndex.of( ma[ i ], niqe[ i ] ) / 3;
		assertEquals( meanOfImages, PerceptualIndex.ofSet( ma, niqe ), 1e-14 );
		assertThrows( IllegalArgumentException.class, () -> PerceptualIndex.ofSet( new double[ 0 ], new double[ 0 ] ) );
	}

	@Test
	void withoutAnInstalledModelTheMetricsSayHowToInstallOne()
	{
		assumeFalse( MaModelStore.fromEnvironment().isAvailable(), "skipped: a Ma et al. model is installed on this machine" );
		for ( final String id : new String[] { "ma", "pi" } )
		{
			final String message = assertThrows( PdPlaneException.class, () -> MetricRegistry.byId( id ).create( MetricSettings.defaults() ) )
					.getMessage();
			assertTrue( message.contains( "install-ma-model" ) && message.contains( "Install Ma et al. Model..." )
					&& message.contains( MaModelStore.FILE_VARIABLE ), message );
		}
	}
}
