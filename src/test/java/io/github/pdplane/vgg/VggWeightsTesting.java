package io.github.pdplane.vgg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.pdplane.bench.VggBenchmark;
import io.github.pdplane.io.torch.TorchFiles;

/**
 * What the tests of the VGG weights and of every front end that uses them share: weight files of random
 * weights in VGG19's shapes, and the comparison of two sets of weights.
 */
public final class VggWeightsTesting
{
	private VggWeightsTesting()
	{}

	/** Weights, normalisation, source and description, bit for bit. */
	public static void assertSameWeights( final VggWeights expected, final VggWeights actual )
	{
		assertEquals( expected.source(), actual.source() );
		assertEquals( expected.description(), actual.description() );
		for ( int c = 0; c < 3; c++ )
		{
			assertEquals( expected.mean( c ), actual.mean( c ), 0 );
			assertEquals( expected.scale( c ), actual.scale( c ), 0 );
		}
		for ( final VggLayer layer : VggLayer.values() )
		{
			assertArrayEquals( expected.layer( layer ).weights(), actual.layer( layer ).weights(), 0, layer.layerName() );
			assertArrayEquals( expected.layer( layer ).biases(), actual.layer( layer ).biases(), 0, layer.layerName() );
		}
	}

	/**
	 * Random weights in VGG19's shapes ({@link VggBenchmark#randomLayers}) as torchvision's reader describes
	 * them when they come from a file named {@code fileName} ({@code "torchvision vgg19-dcbb9e9d.pth"}).
	 */
	public static VggWeights torchvision( final long seed, final String fileName )
	{
		return VggWeights.torchvision( "torchvision " + fileName, VggBenchmark.randomLayers( seed ) );
	}

	/**
	 * Writes random weights as torchvision's zip {@code .pth} ({@link TorchFiles#writeVgg}).
	 *
	 * @return the weights the file holds, described as its reader describes them
	 */
	public static VggWeights writeTorchvision( final long seed, final Path file ) throws IOException
	{
		final VggWeights weights = torchvision( seed, file.getFileName().toString() );
		TorchFiles.writeVgg( weights, file );
		return weights;
	}

	/** {@link #writeTorchvision}'s file, as bytes for a server to send. */
	public static byte[] torchvisionBytes( final long seed, final Path file ) throws IOException
	{
		writeTorchvision( seed, file );
		return Files.readAllBytes( file );
	}
}
