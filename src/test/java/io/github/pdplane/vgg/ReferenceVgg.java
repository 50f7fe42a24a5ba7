package io.github.pdplane.vgg;

/**
 * An independent forward pass for the tests, written as the definition reads: plain double loops over
 * padded coordinates, no tiling, no packing, no float activations.
 */
final class ReferenceVgg
{
	private ReferenceVgg()
	{}

	/** VGG2,2 of two images given as {@code [channel][y][x]} values in [0, dataRange]. */
	static double vgg22( final VggWeights weights, final double[][][] reference, final double[][][] restored, final double dataRange )
	{
		final double[][][] a = phi22( weights, reference, dataRange ), b = phi22( weights, restored, dataRange );
		double sum = 0;
		long n = 0;
		for ( int c = 0; c < a.length; c++ )
			for ( int y = 0; y < a[ c ].length; y++ )
				for ( int x = 0; x < a[ c ][ y ].length; x++ )
				{
					final double d = a[ c ][ y ][ x ] - b[ c ][ y ][ x ];
					sum += d * d;
					n++;
				}
		return sum / n;
	}

	static double[][][] phi22( final VggWeights weights, final double[][][] image, final double dataRange )
	{
		final int height = image[ 0 ].length, width = image[ 0 ][ 0 ].length;
		final double[][][] input = new double[ 3 ][ height ][ width ];
		for ( int c = 0; c < 3; c++ )
			for ( int y = 0; y < height; y++ )
				for ( int x = 0; x < width; x++ )
					input[ c ][ y ][ x ] = ( image[ image.length == 1 ? 0 : c ][ y ][ x ] / dataRange - weights.mean( c ) ) * weights.scale( c );
		final double[][][] conv11 = convolveRelu( weights.layer( VggLayer.CONV1_1 ), input );
		final double[][][] conv12 = convolveRelu( weights.layer( VggLayer.CONV1_2 ), conv11 );
		final double[][][] pooled = maxPool( conv12 );
		final double[][][] conv21 = convolveRelu( weights.layer( VggLayer.CONV2_1 ), pooled );
		return convolveRelu( weights.layer( VggLayer.CONV2_2 ), conv21 );
	}

	/** Cross-correlation with zero padding 1, then ReLU. */
	static double[][][] convolveRelu( final Convolution layer, final double[][][] in )
	{
		final int outputs = layer.layer().outputs(), inputs = layer.layer().inputs(), height = in[ 0 ].length, width = in[ 0 ][ 0 ].length;
		final double[][][] out = new double[ outputs ][ height ][ width ];
		for ( int o = 0; o < outputs; o++ )
			for ( int y = 0; y < height; y++ )
				for ( int x = 0; x < width; x++ )
				{
					double sum = layer.bias( o );
					for ( int c = 0; c < inputs; c++ )
						for ( int ky = -1; ky <= 1; ky++ )
							for ( int kx = -1; kx <= 1; kx++ )
							{
								final int yy = y + ky, xx = x + kx;
								if ( yy >= 0 && yy < height && xx >= 0 && xx < width )
									sum += layer.weight( o, c, ky + 1, kx + 1 ) * in[ c ][ yy ][ xx ];
							}
					out[ o ][ y ][ x ] = Math.max( sum, 0 );
				}
		return out;
	}

	/** 2x2, stride 2, an odd last row or column dropped. */
	static double[][][] maxPool( final double[][][] in )
	{
		final int height = in[ 0 ].length / 2, width = in[ 0 ][ 0 ].length / 2;
		final double[][][] out = new double[ in.length ][ height ][ width ];
		for ( int c = 0; c < in.length; c++ )
			for ( int y = 0; y < height; y++ )
				for ( int x = 0; x < width; x++ )
					out[ c ][ y ][ x ] = Math.max( Math.max( in[ c ][ 2 * y ][ 2 * x ], in[ c ][ 2 * y ][ 2 * x + 1 ] ),
							Math.max( in[ c ][ 2 * y + 1 ][ 2 * x ], in[ c ][ 2 * y + 1 ][ 2 * x + 1 ] ) );
		return out;
	}
}
