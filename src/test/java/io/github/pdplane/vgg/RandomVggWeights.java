package io.github.pdplane.vgg;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/** Random weights in VGG19's shapes for the tests, scaled as He initialisation so that activations stay of order one. */
final class RandomVggWeights
{
	private RandomVggWeights()
	{}

	static Map< VggLayer, Convolution > layers( final long seed )
	{
		final Random random = new Random( seed );
		final Map< VggLayer, Convolution > layers = new EnumMap<>( VggLayer.class );
		for ( final VggLayer layer : VggLayer.values() )
		{
			final float[] weights = new float[ layer.weightCount() ], bias = new float[ layer.outputs() ];
			final double deviation = Math.sqrt( 2.0 / ( 9 * layer.inputs() ) );
			for ( int i = 0; i < weights.length; i++ )
				weights[ i ] = ( float ) ( random.nextGaussian() * deviation );
			for ( int i = 0; i < bias.length; i++ )
				bias[ i ] = ( float ) ( random.nextGaussian() * 0.1 );
			layers.put( layer, new Convolution( layer, weights, bias, "random weights" ) );
		}
		return layers;
	}

	static VggWeights torchvision( final long seed )
	{
		return VggWeights.torchvision( "random torchvision-like weights", layers( seed ) );
	}

	static VggWeights matConvNet( final long seed )
	{
		return VggWeights.matConvNet( "random MatConvNet-like weights", layers( seed ), new double[] { 123.68, 116.779, 103.939 }, "test" );
	}
}
