package io.github.pdplane.vgg;

/**
 * The four convolutions of VGG19 (Simonyan and Zisserman, ICLR 2015) before its second max-pooling: what
 * VGG2,2 needs of the network, with the names each weight file gives them. The one source of truth for the
 * names and shapes every reader checks.
 */
public enum VggLayer
{
	CONV1_1( "conv1_1", "features.0", 3, 64 ),
	CONV1_2( "conv1_2", "features.2", 64, 64 ),
	CONV2_1( "conv2_1", "features.5", 64, 128 ),
	CONV2_2( "conv2_2", "features.7", 128, 128 );

	/** Every convolution is 3x3, stride 1, zero padding 1. */
	public static final int KERNEL = 3;

	private final String matConvNetName;

	private final String torchvisionKey;

	private final int inputs;

	private final int outputs;

	VggLayer( final String matConvNetName, final String torchvisionKey, final int inputs, final int outputs )
	{
		this.matConvNetName = matConvNetName;
		this.torchvisionKey = torchvisionKey;
		this.inputs = inputs;
		this.outputs = outputs;
	}

	/** The layer's name in MatConvNet files and in PD Plane's installed file ({@code conv2_2}). */
	public String layerName()
	{
		return matConvNetName;
	}

	/** The prefix of its tensors in torchvision's state dict ({@code features.7}: {@code features.7.weight}, {@code .bias}). */
	public String torchvisionKey()
	{
		return torchvisionKey;
	}

	/** Input channels. */
	public int inputs()
	{
		return inputs;
	}

	/** Output channels. */
	public int outputs()
	{
		return outputs;
	}

	/** Elements of the weight tensor: outputs x inputs x 3 x 3. */
	public int weightCount()
	{
		return outputs * inputs * KERNEL * KERNEL;
	}

	/** The weight shape as torch states it: {@code [outputs, inputs, 3, 3]}. */
	public int[] torchWeightShape()
	{
		return new int[] { outputs, inputs, KERNEL, KERNEL };
	}

	/** The weight shape as MatConvNet states it: {@code [3, 3, inputs, outputs]} (height, width, in, out). */
	public int[] matConvNetWeightShape()
	{
		return new int[] { KERNEL, KERNEL, inputs, outputs };
	}
}
