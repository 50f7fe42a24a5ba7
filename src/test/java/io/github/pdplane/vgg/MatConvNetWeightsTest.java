package io.github.pdplane.vgg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.io.mat.MatWriter;

/** MatConvNet's two layouts, the mapping of its W(y, x, in, out) to torch's order, and the files it refuses. */
class MatConvNetWeightsTest
{
	@TempDir
	Path dir;

	@Test
	void newLayoutMapsEveryWeightToTorchsOrder()
	{
		final VggWeights w = MatConvNetWeights.read( MatConvNetFile.newLayout().write( dir.resolve( "imagenet-vgg-verydeep-19.mat" ) ) );
		MatConvNetFile.assertCodes( w, 1 );
		assertEquals( VggWeights.Source.MATCONVNET, w.source() );
		assertEquals( "matconvnet imagenet-vgg-verydeep-19.mat", w.description() );
		for ( int c = 0; c < 3; c++ )
		{
			assertEquals( MatConvNetFile.AVERAGE[ c ], w.averageImage()[ c ], 1e-12 );
			assertEquals( MatConvNetFile.AVERAGE[ c ] / 255.0, w.mean( c ), 0 );
			assertEquals( 255, w.scale( c ), 0 );
		}
		// one weight spelled out: W(y=1, x=2, in=0, out=1) of conv1_1 is torch's weight[1][0][1][2]
		assertEquals( 100012, w.layer( VggLayer.CONV1_1 ).weight( 1, 0, 1, 2 ), 0 );
	}

	@Test
	void oldLayoutWithFiltersBiasesAndTheMeanOfAnAverageImage()
	{
		final float[] image = new float[ 2 * 3 * 3 ];
		for ( int i = 0; i < image.length; i++ )
			image[ i ] = 100 + i; // channel c holds 100 + 6c ... 105 + 6c: mean 102.5 + 6c
		final Path file = MatConvNetFile.oldLayout().scale( -0.5f ).averageImage( MatWriter.singles( new int[] { 2, 3, 3 }, image ) )
				.write( dir.resolve( "old.mat" ) );
		final VggWeights w = MatConvNetWeights.read( file );
		MatConvNetFile.assertCodes( w, -0.5f );
		assertArrayEquals( new double[] { 102.5, 108.5, 114.5 }, w.averageImage(), 1e-12 );
	}

	/** The same layout from another writer: GNU Octave's save -v7 (see the README beside the file). */
	@Test
	void readsOctavesFile() throws IOException
	{
		final Path file = dir.resolve( "octave.mat" );
		try (InputStream in = getClass().getResourceAsStream( "octave-matconvnet-pattern.mat" ))
		{
			Files.copy( in, file );
		}
		final VggWeights w = MatConvNetWeights.read( file );
		for ( final VggLayer layer : VggLayer.values() )
		{
			final int n = layer.ordinal() + 1, inputs = layer.inputs();
			final Convolution c = w.layer( layer );
			for ( int out = 0; out < layer.outputs(); out++ )
			{
				assertEquals( n - ( out + 1 ) / 4.0, c.bias( out ), 0 );
				for ( int in = 0; in < inputs; in++ )
					for ( int y = 0; y < 3; y++ )
						for ( int x = 0; x < 3; x++ )
						{
							final int matlabIndex = y + 3 * ( x + 3 * ( in + inputs * out ) );
							if ( c.weight( out, in, y, x ) != ( matlabIndex % 1009 ) / 8f + n )
								assertEquals( ( matlabIndex % 1009 ) / 8f + n, c.weight( out, in, y, x ), 0, layer.layerName() + " " + matlabIndex );
						}
			}
		}
		assertArrayEquals( new double[] { 123.68f, 116.779f, 103.939f }, w.averageImage(), 1e-12 );
	}

	@Test
	void aMissingLayerIsNamedWithTheLayersThereAre()
	{
		final Path file = MatConvNetFile.newLayout().rename( "conv2_1", "conv2_x" ).write( dir.resolve( "renamed.mat" ) );
		final String message = assertThrows( PdPlaneException.class, () -> MatConvNetWeights.read( file ) ).getMessage();
		assertTrue( message.startsWith( "'" + file + "' has no layer named conv2_1" ), message );
		assertTrue( message.contains( "its layers: conv1_1, relu1_1, conv1_2, relu1_2, pool1, conv2_x" ), message );
	}

	@Test
	void aWrongShapeIsNamedWithTheShapeExpected()
	{
		final Path file = MatConvNetFile.newLayout().weights( "conv1_2", MatWriter.singles( new int[] { 3, 3, 32, 64 }, new float[ 3 * 3 * 32 * 64 ] ) )
				.write( dir.resolve( "shape.mat" ) );
		final String message = assertThrows( PdPlaneException.class, () -> MatConvNetWeights.read( file ) ).getMessage();
		assertEquals( "'" + file + "': the weights of the layer conv1_2 are a 3x3x32x64 single array; VGG19's conv1_2 has [3, 3, 64, 64]"
				+ " (height, width, in, out).", message );
		final Path transposed = MatConvNetFile.oldLayout().weights( "conv2_1", MatWriter.singles( new int[] { 3, 3, 128, 64 },
				new float[ 3 * 3 * 128 * 64 ] ) ).write( dir.resolve( "transposed.mat" ) );
		assertTrue( assertThrows( PdPlaneException.class, () -> MatConvNetWeights.read( transposed ) ).getMessage()
				.contains( "conv2_1 are a 3x3x128x64 single array; VGG19's conv2_1 has [3, 3, 64, 128]" ) );
	}

	@Test
	void aMissingOrMisshapenAverageImageAndOtherFilesAreRefused()
	{
		final Path none = MatConvNetFile.newLayout().averageImage( null ).write( dir.resolve( "none.mat" ) );
		String message = assertThrows( PdPlaneException.class, () -> MatConvNetWeights.read( none ) ).getMessage();
		assertTrue( message.startsWith( "'" + none + "' has no average image (meta.normalization.averageImage" ), message );
		final Path four = MatConvNetFile.newLayout().averageImage( MatWriter.singles( new int[] { 1, 1, 4 }, new float[ 4 ] ) )
				.write( dir.resolve( "four.mat" ) );
		message = assertThrows( PdPlaneException.class, () -> MatConvNetWeights.read( four ) ).getMessage();
		assertTrue( message.contains( "is a 1x1x4 single array; MatConvNet's VGG19 has a 1x1x3 one" ), message );
		final Path other = dir.resolve( "other.mat" );
		new MatWriter( "t" ).addScalar( "x", 1 ).write( other );
		message = assertThrows( PdPlaneException.class, () -> MatConvNetWeights.read( other ) ).getMessage();
		assertEquals( "'" + other + "' is not MatConvNet's VGG19 (imagenet-vgg-verydeep-19.mat): it has no variable 'layers' (its"
				+ " variables: x).", message );
		assertTrue( assertThrows( PdPlaneException.class, () -> MatConvNetWeights.read( dir.resolve( "gone.mat" ) ) ).getMessage()
				.endsWith( "gone.mat' does not exist." ) );
	}
}
