package io.github.pdplane.vgg;

import java.util.Arrays;
import java.util.stream.IntStream;

import io.github.pdplane.image.Plane;

/**
 * The forward pass of VGG19 up to phi_{2,2}: conv1_1, ReLU, conv1_2, ReLU, 2x2 max-pooling with stride 2
 * (an odd last row or column is dropped, as torch and MatConvNet do by default), conv2_1, ReLU, conv2_2, ReLU.
 * Every convolution is a 3x3 cross-correlation with zero padding 1 on the normalised input, as both
 * frameworks compute it.
 * <p>
 * <b>How it is fast.</b> Each convolution is a matrix product per tile of an image row: the 9 x inputs
 * shifted rows of the tile ({@code im2col}, built by array copies) times the weights, accumulated into
 * four output channels at a time by a loop over the tile's columns whose arrays all start at index 0, the
 * shape the JIT compiler turns into vector fused multiply-adds (it gives up on loops whose arrays are read
 * at different offsets, or on larger bodies). Activations are floats, as in both frameworks; the distance
 * of two feature maps is accumulated in double ({@link FeatureMap#meanSquaredDifference}). The max-pooling
 * is fused into conv1_2, so that its full-size output is never held. Rows are split into bands computed in
 * parallel when asked; every value is computed by the same operations in the same order whatever the
 * split, so results do not depend on it. Immutable and thread-safe.
 */
public final class VggNetwork
{
	/** Input taps per pass of the inner loop: six is the most the JIT still vectorises. */
	private static final int TAPS_PER_PASS = 6;

	/** Taps per block: a block of a tile's shifted input rows (48 x 128 floats) stays in the first-level cache. */
	private static final int TAPS_PER_BLOCK = 48;

	/** Columns per tile: keeps a tile's shifted input rows (up to 9 x 128 of them) in the core's cache. */
	private static final int TILE = 128;

	private static final int TAPS = VggLayer.KERNEL * VggLayer.KERNEL;

	/** The smallest width and height: one 2x2 max-pooling. */
	public static final int MINIMUM_SIZE = 2;

	private final VggWeights weights;

	private final PackedLayer conv11, conv12, conv21, conv22;

	public VggNetwork( final VggWeights weights )
	{
		this.weights = weights;
		this.conv11 = new PackedLayer( weights.layer( VggLayer.CONV1_1 ) );
		this.conv12 = new PackedLayer( weights.layer( VggLayer.CONV1_2 ) );
		this.conv21 = new PackedLayer( weights.layer( VggLayer.CONV2_1 ) );
		this.conv22 = new PackedLayer( weights.layer( VggLayer.CONV2_2 ) );
	}

	public VggWeights weights()
	{
		return weights;
	}

	/**
	 * phi_{2,2} of one image.
	 *
	 * @param channels
	 *            R, G, B; or one grey plane, which is repeated to three channels
	 * @param dataRange
	 *            the value of white: channels are divided by it to [0, 1] before the weights' normalisation
	 * @param parallelism
	 *            how many bands of rows may be computed at once (1: all on the calling thread)
	 * @return 128 channels of {@code floor(width / 2) x floor(height / 2)}
	 */
	public FeatureMap phi22( final Plane[] channels, final double dataRange, final int parallelism )
	{
		if ( channels.length != 1 && channels.length != 3 )
			throw new IllegalArgumentException( "VGG takes 1 or 3 channels, not " + channels.length );
		final int width = channels[ 0 ].width(), height = channels[ 0 ].height();
		if ( width < MINIMUM_SIZE || height < MINIMUM_SIZE )
			throw new IllegalArgumentException( "VGG needs at least " + MINIMUM_SIZE + "x" + MINIMUM_SIZE + " pixels" );
		final float[][] input = normalisedInput( channels, dataRange );
		final float[][] conv11Out = paddedPlanes( conv11.outputs, width, height );
		bands( height, parallelism, ( from, to ) -> convolveRows( conv11, input, width, from, to, ( row, tile, x0, n ) -> storePadded(
				tile, conv11Out, width, row, x0, n ) ) );
		final int pooledWidth = width / 2, pooledHeight = height / 2;
		final float[][] pooled = paddedPlanes( conv12.outputs, pooledWidth, pooledHeight );
		bands( pooledHeight, parallelism, ( from, to ) -> convolvePooled( conv11Out, width, pooled, pooledWidth, from, to ) );
		final float[][] conv21Out = paddedPlanes( conv21.outputs, pooledWidth, pooledHeight );
		bands( pooledHeight, parallelism, ( from, to ) -> convolveRows( conv21, pooled, pooledWidth, from, to, ( row, tile, x0, n ) -> storePadded(
				tile, conv21Out, pooledWidth, row, x0, n ) ) );
		final float[][] phi = new float[ conv22.outputs ][ pooledWidth * pooledHeight ];
		bands( pooledHeight, parallelism, ( from, to ) -> convolveRows( conv22, conv21Out, pooledWidth, from, to, ( row, tile, x0, n ) -> {
			for ( int o = 0; o < tile.length; o++ )
				for ( int i = 0; i < n; i++ )
					phi[ o ][ row * pooledWidth + x0 + i ] = Math.max( tile[ o ][ i ], 0f );
		} ) );
		return new FeatureMap( pooledWidth, pooledHeight, phi );
	}

	/** The three input channels, normalised and zero-padded by one pixel on every side. */
	private float[][] normalisedInput( final Plane[] channels, final double dataRange )
	{
		final int width = channels[ 0 ].width(), height = channels[ 0 ].height(), padded = width + 2;
		final float[][] input = paddedPlanes( 3, width, height );
		for ( int c = 0; c < 3; c++ )
		{
			final double[] values = channels[ channels.length == 1 ? 0 : c ].values();
			final double mean = weights.mean( c ), scale = weights.scale( c );
			final float[] target = input[ c ];
			for ( int y = 0; y < height; y++ )
				for ( int x = 0; x < width; x++ )
					target[ ( y + 1 ) * padded + x + 1 ] = ( float ) ( ( values[ y * width + x ] / dataRange - mean ) * scale );
		}
		return input;
	}

	private static float[][] paddedPlanes( final int count, final int width, final int height )
	{
		return new float[ count ][ ( width + 2 ) * ( height + 2 ) ];
	}

	/** Receives one computed tile: {@code tile[o][i]} is output channel o at column {@code x0 + i} of {@code row}, before ReLU. */
	private interface TileSink
	{
		void accept( int row, float[][] tile, int x0, int n );
	}

	private interface Band
	{
		void run( int from, int to );
	}

	/** Runs {@code band} over [0, rows) split into at most {@code parallelism} bands of consecutive rows. */
	private static void bands( final int rows, final int parallelism, final Band band )
	{
		final int count = Math.max( 1, Math.min( parallelism, rows ) );
		if ( count == 1 )
		{
			band.run( 0, rows );
			return;
		}
		IntStream.range( 0, count ).parallel().forEach( b -> band.run( ( int ) ( ( long ) rows * b / count ), ( int ) ( ( long ) rows * ( b + 1 )
				/ count ) ) );
	}

	/** Convolves rows [from, to) of a padded input of {@code width} columns, tile by tile. */
	private static void convolveRows( final PackedLayer layer, final float[][] input, final int width, final int from, final int to,
			final TileSink sink )
	{
		final Scratch scratch = new Scratch( layer );
		for ( int y = from; y < to; y++ )
			for ( int x0 = 0; x0 < width; x0 += TILE )
			{
				final int n = Math.min( TILE, width - x0 );
				layer.convolve( input, width, y, x0, n, scratch.shifted, scratch.tile );
				sink.accept( y, scratch.tile, x0, n );
			}
	}

	/** conv1_2 with its ReLU and the 2x2 max-pooling, for pooled rows [from, to). */
	private void convolvePooled( final float[][] input, final int width, final float[][] pooled, final int pooledWidth, final int from,
			final int to )
	{
		final Scratch upper = new Scratch( conv12 ), lower = new Scratch( conv12 );
		final int usedWidth = 2 * pooledWidth, padded = pooledWidth + 2;
		for ( int py = from; py < to; py++ )
			for ( int x0 = 0; x0 < usedWidth; x0 += TILE )
			{
				final int n = Math.min( TILE, usedWidth - x0 );
				conv12.convolve( input, width, 2 * py, x0, n, upper.shifted, upper.tile );
				conv12.convolve( input, width, 2 * py + 1, x0, n, lower.shifted, lower.tile );
				final int start = ( py + 1 ) * padded + x0 / 2 + 1;
				for ( int o = 0; o < conv12.outputs; o++ )
				{
					final float[] a = upper.tile[ o ], b = lower.tile[ o ], target = pooled[ o ];
					for ( int i = 0; i < n; i += 2 )
						target[ start + i / 2 ] = Math.max( Math.max( Math.max( a[ i ], a[ i + 1 ] ), Math.max( b[ i ], b[ i + 1 ] ) ), 0f );
				}
			}
	}

	/** ReLU into the interior of padded planes. */
	private static void storePadded( final float[][] tile, final float[][] target, final int width, final int row, final int x0, final int n )
	{
		final int start = ( row + 1 ) * ( width + 2 ) + x0 + 1;
		for ( int o = 0; o < tile.length; o++ )
		{
			final float[] source = tile[ o ], plane = target[ o ];
			for ( int i = 0; i < n; i++ )
				plane[ start + i ] = Math.max( source[ i ], 0f );
		}
	}

	/** One thread's buffers for one layer: the shifted input rows of a tile and the tile's outputs. */
	private static final class Scratch
	{
		final float[][] shifted;

		final float[][] tile;

		Scratch( final PackedLayer layer )
		{
			shifted = new float[ layer.taps ][ TILE ];
			tile = new float[ layer.outputs ][ TILE ];
		}
	}

	/**
	 * A convolution's weights as {@code [out][tap]} rows (tap = input * 9 + ky * 3 + kx), each row padded
	 * with zeros to a multiple of {@link #TAPS_PER_PASS}.
	 */
	private static final class PackedLayer
	{
		final int inputs, outputs;

		/** Taps per output, rounded up to a multiple of {@link #TAPS_PER_PASS}; the padding taps have weight 0 and input 0. */
		final int taps;

		final float[] weights;

		final float[] bias;

		PackedLayer( final Convolution convolution )
		{
			final VggLayer layer = convolution.layer();
			inputs = layer.inputs();
			outputs = layer.outputs();
			final int used = inputs * TAPS;
			taps = ( used + TAPS_PER_PASS - 1 ) / TAPS_PER_PASS * TAPS_PER_PASS;
			final float[] original = convolution.weights();
			weights = new float[ outputs * taps ];
			for ( int o = 0; o < outputs; o++ )
				System.arraycopy( original, o * used, weights, o * taps, used );
			bias = convolution.biases();
		}

		/**
		 * {@code tile[o][i]} = bias + the 3x3 correlation of every input channel at column {@code x0 + i} of
		 * output row {@code y}, for i in [0, n). Taps are taken in blocks that stay in the core's first-level
		 * cache while every output channel reads them; each output sums its taps in ascending order.
		 */
		void convolve( final float[][] input, final int width, final int y, final int x0, final int n, final float[][] shifted,
				final float[][] tile )
		{
			final int padded = width + 2;
			for ( int c = 0; c < inputs; c++ )
				for ( int ky = 0; ky < VggLayer.KERNEL; ky++ )
					for ( int kx = 0; kx < VggLayer.KERNEL; kx++ )
						System.arraycopy( input[ c ], ( y + ky ) * padded + x0 + kx, shifted[ c * TAPS + ky * VggLayer.KERNEL + kx ], 0, n );
			for ( int o = 0; o < outputs; o++ )
				Arrays.fill( tile[ o ], 0, n, bias[ o ] );
			for ( int block = 0; block < taps; block += TAPS_PER_BLOCK )
			{
				final int end = Math.min( taps, block + TAPS_PER_BLOCK );
				for ( int o = 0; o < outputs; o++ )
					for ( int k = block, w = o * taps + block; k < end; k += TAPS_PER_PASS, w += TAPS_PER_PASS )
						multiplyAdd( tile[ o ], shifted[ k ], shifted[ k + 1 ], shifted[ k + 2 ], shifted[ k + 3 ], shifted[ k + 4 ], shifted[ k + 5 ],
								weights, w, n );
			}
		}

		/**
		 * {@code a[i] += w_0 x_0[i] + ... + w_5 x_5[i]} as a chain of fused multiply-adds: every array read
		 * from index 0 and no more than six inputs, the loop the JIT still vectorises.
		 */
		private static void multiplyAdd( final float[] a, final float[] x0, final float[] x1, final float[] x2, final float[] x3,
				final float[] x4, final float[] x5, final float[] weights, final int w, final int n )
		{
			final float w0 = weights[ w ], w1 = weights[ w + 1 ], w2 = weights[ w + 2 ], w3 = weights[ w + 3 ], w4 = weights[ w + 4 ],
					w5 = weights[ w + 5 ];
			for ( int i = 0; i < n; i++ )
				a[ i ] = Math.fma( w5, x5[ i ], Math.fma( w4, x4[ i ], Math.fma( w3, x3[ i ], Math.fma( w2, x2[ i ], Math.fma( w1, x1[ i ],
						Math.fma( w0, x0[ i ], a[ i ] ) ) ) ) ) );
		}
	}
}
