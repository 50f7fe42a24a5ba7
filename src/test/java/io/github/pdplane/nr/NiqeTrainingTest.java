package io.github.pdplane.nr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Plane;

class NiqeTrainingTest
{
	@Test
	void modelOfTheExamplesPrefersThemToNoisyAndBlurredVersions( @TempDir final Path dir )
	{
		final NiqeTraining training = new NiqeTraining();
		final Plane[] images = new Plane[ TestImages.NIQE_EXAMPLES.length ];
		for ( int i = 0; i < images.length; i++ )
		{
			images[ i ] = TestImages.gray( TestImages.NIQE_EXAMPLES[ i ] );
			training.add( TestImages.NIQE_EXAMPLES[ i ], images[ i ], 255 );
		}
		assertEquals( 4, training.imageCount() );
		final NiqeModel model = training.model();
		assertEquals( 96, model.blockSize() );
		final Path file = dir.resolve( "examples.mat" );
		model.save( file );
		final Niqe niqe = new Niqe( NiqeModel.load( file ) );
		for ( int i = 0; i < images.length; i++ )
		{
			final double clean = niqe.score( "clean", images[ i ], 255 );
			final double noisy = niqe.score( "noisy", TestImages.noisy( images[ i ], 10, 100 + i ), 255 );
			final double blurred = niqe.score( "blurred", TestImages.blurred( images[ i ], 2 ), 255 );
			assertTrue( clean < noisy, TestImages.NIQE_EXAMPLES[ i ] + ": clean " + clean + ", noisy " + noisy );
			assertTrue( clean < blurred, TestImages.NIQE_EXAMPLES[ i ] + ": clean " + clean + ", blurred " + blurred );
			// the file holds the same model
			assertEquals( new Niqe( model ).score( "clean", images[ i ], 255 ), clean, 0 );
		}
	}

	@Test
	void onlyBlocksSharperThanTheThresholdOfTheirImageCount()
	{
		// two textured blocks, the right one at 0.4 of the left one's contrast: sharpness about 0.4 of it
		final Plane texture = TestImages.randomTexture( 192, 96, 4 );
		final double[] v = texture.values().clone();
		for ( int y = 0; y < 96; y++ )
			for ( int x = 96; x < 192; x++ )
				v[ y * 192 + x ] = Math.rint( 80 + 0.4 * v[ y * 192 + x ] );
		final Plane image = new Plane( 192, 96, v );
		final BlockFeatures f = NiqeFeatures.compute( "contrast", image, 255, 96 );
		assertEquals( 0.4, f.sharpness( 1 ) / f.sharpness( 0 ), 0.05 );
		assertEquals( 1, new NiqeTraining( 96, 0.75 ).add( f ).selectedBlockCount() );
		assertEquals( 2, new NiqeTraining( 96, 0.3 ).add( f ).selectedBlockCount() );
		// the threshold is relative to each image's own sharpest block
		final NiqeTraining two = new NiqeTraining( 96, 0.75 ).add( f ).add( "faint", image.crop( 96, 0, 96, 96 ), 255 );
		assertEquals( 2, two.selectedBlockCount() );
		assertEquals( 2, two.usableBlockCount() );
	}

	@Test
	void flatBlocksNeverReachTheCovariance()
	{
		// texture well inside one block: the others are flat, without structure whatever their selection
		final Plane texture = TestImages.randomTexture( 192, 192, 4 );
		final double[] v = TestImages.constant( 192, 192, 80 ).values().clone();
		for ( int y = 116; y < 172; y++ )
			for ( int x = 116; x < 172; x++ )
				v[ y * 192 + x ] = texture.get( x, y );
		final NiqeTraining all = new NiqeTraining( 96, 0 ).add( "one textured block", new Plane( 192, 192, v ), 255 );
		assertEquals( 1, all.usableBlockCount() );
		assertEquals( 1, new NiqeTraining( 96, 0.75 ).add( "one textured block", new Plane( 192, 192, v ), 255 ).selectedBlockCount() );
	}

	@Test
	void tooFewSharpBlocksIsAClearError()
	{
		final NiqeTraining training = new NiqeTraining();
		training.add( "texture.png", TestImages.randomTexture( 384, 384, 5 ), 255 );
		final PdPlaneException e = assertThrows( PdPlaneException.class, training::model );
		assertTrue( e.getMessage().startsWith( "Too few sharp blocks to train a NIQE model: 1 image(s) gave 16 blocks of 96x96 pixels, of which " ),
				e.getMessage() );
		assertTrue( e.getMessage().contains( "a model needs at least 37" ), e.getMessage() );
		assertThrows( PdPlaneException.class, () -> new NiqeTraining().model() );
	}

	@Test
	void smallerBlocksForSmallImages()
	{
		final NiqeTraining training = new NiqeTraining( 32, 0.75 );
		for ( int i = 0; i < 4; i++ )
			training.add( "texture " + i, TestImages.randomTexture( 256, 256, 20 + i ), 255 );
		final NiqeModel model = training.model();
		assertEquals( 32, model.blockSize() );
		assertEquals( 64, model.minimumSize() );
		assertTrue( new Niqe( model ).score( "texture", TestImages.randomTexture( 64, 64, 30 ), 255 ) >= 0 );
	}

	@Test
	void badSettingsAndImages()
	{
		assertTrue( assertThrows( PdPlaneException.class, () -> new NiqeTraining( 96, 1 ) ).getMessage().contains( "below 1" ) );
		assertTrue( assertThrows( PdPlaneException.class, () -> new NiqeTraining( 96, Double.NaN ) ).getMessage().contains( "not NaN" ) );
		assertTrue( assertThrows( PdPlaneException.class, () -> new NiqeTraining( 33, 0.75 ) ).getMessage().contains( "even" ) );
		final PdPlaneException small = assertThrows( PdPlaneException.class,
				() -> new NiqeTraining().add( "thumb.png", TestImages.randomTexture( 80, 200, 1 ), 255 ) );
		assertEquals( "'thumb.png' is 80x200, smaller than one 96x96 NIQE block.", small.getMessage() );
	}
}
