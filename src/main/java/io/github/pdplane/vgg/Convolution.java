package io.github.pdplane.vgg;

import java.util.Arrays;

import io.github.pdplane.PdPlaneException;

/**
 * The weights of one 3x3 convolution of VGG19: as torch stores them, {@code weight[out][in][ky][kx]} in one
 * row-major array, applied as a cross-correlation (no kernel flip) with zero padding 1, as torch and
 * MatConvNet both compute it; and one bias per output channel. Immutable: the arrays are copied in and never
 * handed out.
 */
public final class Convolution
{
	private final VggLayer layer;

	private final float[] weights;

	private final float[] bias;

	/**
	 * @param weights
	 *            {@code weight[out][in][ky][kx]} row-major ({@link VggLayer#weightCount()} values)
	 * @param bias
	 *            {@link VggLayer#outputs()} values
	 * @throws PdPlaneException
	 *             where a count is wrong or a value is not finite, naming the layer and the file
	 */
	public Convolution( final VggLayer layer, final float[] weights, final float[] bias, final String file )
	{
		if ( weights.length != layer.weightCount() )
			throw new PdPlaneException( "'" + file + "': " + layer.layerName() + " has " + weights.length + " weights; VGG19's "
					+ layer.layerName() + " has " + layer.weightCount() + " (" + shape( layer.torchWeightShape() ) + ")." );
		if ( bias.length != layer.outputs() )
			throw new PdPlaneException( "'" + file + "': " + layer.layerName() + " has " + bias.length + " biases; VGG19's "
					+ layer.layerName() + " has " + layer.outputs() + "." );
		checkFinite( weights, layer, "weight", file );
		checkFinite( bias, layer, "bias", file );
		this.layer = layer;
		this.weights = weights.clone();
		this.bias = bias.clone();
	}

	private static void checkFinite( final float[] values, final VggLayer layer, final String what, final String file )
	{
		for ( int i = 0; i < values.length; i++ )
			if ( !Float.isFinite( values[ i ] ) )
				throw new PdPlaneException( "'" + file + "': " + layer.layerName() + " has a " + what + " that is " + values[ i ]
						+ " (element " + i + "): the file is damaged." );
	}

	/** A shape for messages: {@code [128, 128, 3, 3]}. */
	public static String shape( final int[] dimensions )
	{
		return Arrays.toString( dimensions );
	}

	public VggLayer layer()
	{
		return layer;
	}

	/** {@code weight[out][in][ky][kx]}. */
	public float weight( final int out, final int in, final int ky, final int kx )
	{
		return weights[ ( ( out * layer.inputs() + in ) * VggLayer.KERNEL + ky ) * VggLayer.KERNEL + kx ];
	}

	public float bias( final int out )
	{
		return bias[ out ];
	}

	/** A copy of the weights, {@code weight[out][in][ky][kx]} row-major. */
	public float[] weights()
	{
		return weights.clone();
	}

	/** A copy of the biases. */
	public float[] biases()
	{
		return bias.clone();
	}
}
