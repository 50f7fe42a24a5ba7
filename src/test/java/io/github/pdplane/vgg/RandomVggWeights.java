package io.github.pdplane.vgg;

import io.github.pdplane.bench.VggBenchmark;

/** Random weights in VGG19's shapes ({@link VggBenchmark#randomLayers}) with either source's normalisation. */
final class RandomVggWeights
{
	private RandomVggWeights()
	{}

	static VggWeights torchvision( final long seed )
	{
		return VggWeights.torchvision( "random torchvision-like weights", VggBenchmark.randomLayers( seed ) );
	}

	static VggWeights matConvNet( final long seed )
	{
		return VggWeights.matConvNet( "random MatConvNet-like weights", VggBenchmark.randomLayers( seed ), new double[] { 123.68, 116.779,
				103.939 }, "test" );
	}
}
