package io.github.pdplane.vgg;

import java.util.Arrays;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.io.mat.MatArray;
import io.github.pdplane.io.mat.MatStream;

/**
 * One convolution as MAT-files hold it, gathered while a file streams by: MatConvNet's layout, a weight
 * array {@code W} of {@code height x width x in x out} (column-major, so {@code W(y, x, c, k)} sits at
 * {@code y + 3 * (x + 3 * (c + in * k))}) and a bias vector of {@code out} values. MatConvNet's file and
 * PD Plane's installed file both use it, the installed one so that MATLAB shows its arrays as MatConvNet
 * does. Both frameworks correlate without flipping the kernel, so {@code W(y, x, c, k)} is torch's
 * {@code weight[k][c][y][x]}.
 * <p>
 * Headers come first: a weight array is decoded only when its shape is one of the four layers'
 * ({@link VggLayer}), so the big arrays of the later layers are never held; a wrong shape is reported from
 * the header alone.
 */
final class MatConvolution
{
	private MatStream.Header weightHeader, biasHeader;

	private double[] weights, biases;

	/** @return whether to decode the weights: a numeric array of the shape of one of the four layers */
	boolean weightHeader( final MatStream.Header header )
	{
		weightHeader = header;
		if ( !header.matClass().isNumeric() )
			return false;
		final int[] shape = fourDimensions( header.dimensions() );
		for ( final VggLayer layer : VggLayer.values() )
			if ( Arrays.equals( shape, layer.matConvNetWeightShape() ) )
				return true;
		return false;
	}

	void weights( final MatArray array )
	{
		weights = array.asNumeric( "weights" ).values();
	}

	/** @return whether to decode the biases: a numeric array no longer than the widest of the four layers */
	boolean biasHeader( final MatStream.Header header )
	{
		biasHeader = header;
		return header.matClass().isNumeric() && header.elements() <= VggLayer.CONV2_2.outputs();
	}

	void biases( final MatArray array )
	{
		biases = array.asNumeric( "biases" ).values();
	}

	/** Whether a weight array was seen. */
	boolean hasWeights()
	{
		return weightHeader != null;
	}

	/**
	 * The arrays as {@code layer}'s convolution, in torch's order.
	 *
	 * @param what
	 *            names the arrays in messages ({@code "conv1_1"}, {@code "the layer conv1_1"})
	 * @throws PdPlaneException
	 *             where an array is missing, not numeric or of the wrong shape, naming the file, the layer,
	 *             the shape found and the shape expected
	 */
	Convolution convolution( final VggLayer layer, final String what, final String file )
	{
		if ( weightHeader == null )
			throw new PdPlaneException( "'" + file + "': " + what + " has no weights." );
		if ( !Arrays.equals( fourDimensions( weightHeader.dimensions() ), layer.matConvNetWeightShape() ) || weights == null )
			throw new PdPlaneException( "'" + file + "': the weights of " + what + " are a " + weightHeader.describe() + " array; VGG19's "
					+ layer.layerName() + " has " + Convolution.shape( layer.matConvNetWeightShape() ) + " (height, width, in, out)." );
		if ( biasHeader == null )
			throw new PdPlaneException( "'" + file + "': " + what + " has no biases." );
		if ( biases == null || biases.length != layer.outputs() || !isVector( biasHeader.dimensions() ) )
			throw new PdPlaneException( "'" + file + "': the biases of " + what + " are a " + biasHeader.describe() + " array; VGG19's "
					+ layer.layerName() + " has " + layer.outputs() + " (" + layer.outputs() + "x1 or 1x" + layer.outputs() + ")." );
		final int[] columnMajor = columnMajorIndices( layer );
		final float[] torch = new float[ columnMajor.length ];
		for ( int t = 0; t < torch.length; t++ )
			torch[ t ] = ( float ) weights[ columnMajor[ t ] ];
		final float[] bias = new float[ biases.length ];
		for ( int k = 0; k < bias.length; k++ )
			bias[ k ] = ( float ) biases[ k ];
		return new Convolution( layer, torch, bias, file );
	}

	/** A convolution's weights in MatConvNet's layout, column-major {@code height x width x in x out}. */
	static float[] matConvNetWeights( final Convolution convolution )
	{
		final int[] columnMajor = columnMajorIndices( convolution.layer() );
		final float[] torch = convolution.weights(), matConvNet = new float[ torch.length ];
		for ( int t = 0; t < torch.length; t++ )
			matConvNet[ columnMajor[ t ] ] = torch[ t ];
		return matConvNet;
	}

	/**
	 * For each index of torch's row-major {@code weight[k][c][y][x]}, the index of the same weight in
	 * MatConvNet's column-major {@code W(y, x, c, k)}: the one map both directions use.
	 */
	static int[] columnMajorIndices( final VggLayer layer )
	{
		final int size = VggLayer.KERNEL, in = layer.inputs();
		final int[] index = new int[ layer.weightCount() ];
		int t = 0;
		for ( int k = 0; k < layer.outputs(); k++ )
			for ( int c = 0; c < in; c++ )
				for ( int y = 0; y < size; y++ )
					for ( int x = 0; x < size; x++ )
						index[ t++ ] = y + size * ( x + size * ( c + in * k ) );
		return index;
	}

	/**
	 * The dimensions as four ({@code height, width, in, out}): MATLAB drops trailing singleton dimensions (a
	 * layer of one output is saved as 3x3xin) and other writers may add some; anything else is kept as it is,
	 * so that it fails the comparison.
	 */
	static int[] fourDimensions( final int[] dimensions )
	{
		int kept = dimensions.length;
		while ( kept > 4 && dimensions[ kept - 1 ] == 1 )
			kept--;
		if ( kept > 4 )
			return dimensions;
		final int[] four = Arrays.copyOf( dimensions, 4 );
		for ( int d = dimensions.length; d < 4; d++ )
			four[ d ] = 1;
		return four;
	}

	/** At most one dimension other than 1. */
	private static boolean isVector( final int[] dimensions )
	{
		int beyondOne = 0;
		for ( final int d : dimensions )
			if ( d != 1 )
				beyondOne++;
		return beyondOne <= 1;
	}
}
