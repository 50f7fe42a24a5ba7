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
 * <b>How it is fast.</b> Along each row, the three taps of a kernel row are applied to pairs of output
 * columns with Winograd's minimal filtering F(2, 3) (S. Winograd, "Arithmetic complexity of computations",
 * SIAM 1980; A. Lavin and S. Gray, "Fast algorithms for convolutional neural networks", CVPR 2016): four
 * products instead of six for two outputs, so each convolution is four matrix products with a third fewer
 * multiply-adds than the direct sum. Per tile of a row, the transformed input rows (built by one pass over
 * the inputs) times the transformed weights are accumulated by a loop over the tile's column pairs whose
 * arrays all start at index 0 and that reads six rows at a time, the shape the JIT compiler turns into vector
 * multiplies and adds (it gives up on loops whose arrays are read at different offsets, or on larger
 * bodies). Activations are floats, as in both frameworks; the transformed weights are rounded once from
 * double; the distance of two feature maps is accumulated in double ({@link FeatureMap#meanSquaredDifference}).
 * The max-pooling is fused into conv1_2, so that its full-size output is never held. Rows are split into
 * bands computed in parallel when asked; every value is computed by the same operations in the same order
 * whatever the split, so results do not depend on it. Immutable and thread-safe.
 */
public final class VggNetwork
{
	/** Input rows per pass of the inner loop: six is the most the JIT still vectorises. */
	private static final int ROWS_PER_PASS = 6;

	/** Rows per block: a block of a tile's transformed input rows (24 x 256 floats) stays in the first-level cache. */
	private static final int ROWS_PER_BLOCK = 24;

	/** Columns per tile (even: they come in pairs): a whole row of a 512-pixel image, so the inner loop runs long. */
	private static final int TILE = 512;

	/** The products of F(2, 3): four per pair of outputs. */
	private static final int PRODUCTS = 4;

	/**
	 * Padded planes have one zero row above and below, one zero column on the left and two on the right: the
	 * second lets the last pair of an odd width read its inputs.
	 */
	private static final int EXTRA_COLUMNS = 3;

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
		final int width = channels[ 0 ].width(), height = channels[ 0 ].height(), padded = width + EXTRA_COLUMNS;
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
		return new float[ count ][ ( width + EXTRA_COLUMNS ) * ( height + 2 ) ];
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
				layer.convolve( input, width, y, x0, n, scratch );
				sink.accept( y, scratch.tile, x0, n );
			}
	}

	/** conv1_2 with its ReLU and the 2x2 max-pooling, for pooled rows [from, to). */
	private void convolvePooled( final float[][] input, final int width, final float[][] pooled, final int pooledWidth, final int from,
			final int to )
	{
		final Scratch upper = new Scratch( conv12 ), lower = new Scratch( conv12 );
		final int usedWidth = 2 * pooledWidth, padded = pooledWidth + EXTRA_COLUMNS;
		for ( int py = from; py < to; py++ )
			for ( int x0 = 0; x0 < usedWidth; x0 += TILE )
			{
				final int n = Math.min( TILE, usedWidth - x0 );
				conv12.convolve( input, width, 2 * py, x0, n, upper );
				conv12.convolve( input, width, 2 * py + 1, x0, n, lower );
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
		final int start = ( row + 1 ) * ( width + EXTRA_COLUMNS ) + x0 + 1;
		for ( int o = 0; o < tile.length; o++ )
		{
			final float[] source = tile[ o ], plane = target[ o ];
			for ( int i = 0; i < n; i++ )
				plane[ start + i ] = Math.max( source[ i ], 0f );
		}
	}

	/** One thread's buffers for one layer: a tile's transformed input rows, its products and its outputs. */
	private static final class Scratch
	{
		/** {@code [product][tap]}: the transformed inputs of every column pair, tap = input * 3 + ky. */
		final float[][] transformed;

		/** {@code [out][product]}: the sums of the products over the taps. */
		final float[][] products;

		final float[][] tile;

		Scratch( final PackedLayer layer )
		{
			transformed = new float[ PRODUCTS * layer.taps ][ TILE / 2 ];
			products = new float[ layer.outputs * PRODUCTS ][ TILE / 2 ];
			tile = new float[ layer.outputs ][ TILE ];
		}
	}

	/**
	 * A convolution's weights transformed for F(2, 3): for each output, product j and tap (input, ky), the
	 * transformed kernel row {@code (g0, (g0 + g1 + g2) / 2, (g0 - g1 + g2) / 2, g2)}, each product's taps padded
	 * with zeros to a multiple of {@link #ROWS_PER_PASS}.
	 */
	private static final class PackedLayer
	{
		final int inputs, outputs;

		/** Taps (input, ky) per product, rounded up to a multiple of {@link #ROWS_PER_PASS}; the padding has weight 0 and input 0. */
		final int taps;

		/** {@code [out][product][tap]}. */
		final float[] weights;

		final float[] bias;

		PackedLayer( final Convolution convolution )
		{
			final VggLayer layer = convolution.layer();
			inputs = layer.inputs();
			outputs = layer.outputs();
			taps = ( inputs * VggLayer.KERNEL + ROWS_PER_PASS - 1 ) / ROWS_PER_PASS * ROWS_PER_PASS;
			weights = new float[ outputs * PRODUCTS * taps ];
			for ( int o = 0; o < outputs; o++ )
				for ( int c = 0; c < inputs; c++ )
					for ( int ky = 0; ky < VggLayer.KERNEL; ky++ )
					{
						final double g0 = convolution.weight( o, c, ky, 0 ), g1 = convolution.weight( o, c, ky, 1 ), g2 = convolution.weight( o, c,
								ky, 2 );
						final int k = ( o * PRODUCTS ) * taps + c * VggLayer.KERNEL + ky;
						weights[ k ] = ( float ) g0;
						weights[ k + taps ] = ( float ) ( ( g0 + g1 + g2 ) / 2 );
						weights[ k + 2 * taps ] = ( float ) ( ( g0 - g1 + g2 ) / 2 );
						weights[ k + 3 * taps ] = ( float ) g2;
					}
			bias = convolution.biases();
		}

		/**
		 * {@code tile[o][i]} = bias + the 3x3 correlation of every input channel at column {@code x0 + i} of
		 * output row {@code y}, for i in [0, n) (and, for an odd n, one more column nobody reads).
		 */
		void convolve( final float[][] input, final int width, final int y, final int x0, final int n, final Scratch scratch )
		{
			final int pairs = ( n + 1 ) / 2, stride = width + EXTRA_COLUMNS;
			final float[][] v = scratch.transformed, m = scratch.products;
			// the inputs d0..d3 of each pair of outputs, as F(2, 3) combines them
			for ( int c = 0; c < inputs; c++ )
				for ( int ky = 0; ky < VggLayer.KERNEL; ky++ )
				{
					final float[] row = input[ c ];
					final int k = c * VggLayer.KERNEL + ky, start = ( y + ky ) * stride + x0;
					final float[] v0 = v[ k ], v1 = v[ taps + k ], v2 = v[ 2 * taps + k ], v3 = v[ 3 * taps + k ];
					for ( int t = 0, i = start; t < pairs; t++, i += 2 )
					{
						final float d0 = row[ i ], d1 = row[ i + 1 ], d2 = row[ i + 2 ], d3 = row[ i + 3 ];
						v0[ t ] = d0 - d2;
						v1[ t ] = d1 + d2;
						v2[ t ] = d2 - d1;
						v3[ t ] = d1 - d3;
					}
				}
			for ( final float[] sums : m )
				Arrays.fill( sums, 0, pairs, 0f );
			for ( int j = 0; j < PRODUCTS; j++ )
				for ( int block = 0; block < taps; block += ROWS_PER_BLOCK )
				{
					final int end = Math.min( taps, block + ROWS_PER_BLOCK ), rows = j * taps;
					for ( int o = 0; o < outputs; o++ )
					{
						final float[] sums = m[ o * PRODUCTS + j ];
						for ( int k = block, w = ( o * PRODUCTS + j ) * taps + block; k < end; k += ROWS_PER_PASS, w += ROWS_PER_PASS )
							multiplyAdd( sums, v[ rows + k ], v[ rows + k + 1 ], v[ rows + k + 2 ], v[ rows + k + 3 ], v[ rows + k + 4 ], v[ rows
									+ k + 5 ], weights, w, pairs );
					}
				}
			for ( int o = 0; o < outputs; o++ )
			{
				final float b = bias[ o ];
				final float[] m0 = m[ o * PRODUCTS ], m1 = m[ o * PRODUCTS + 1 ], m2 = m[ o * PRODUCTS + 2 ], m3 = m[ o * PRODUCTS + 3 ],
						out = scratch.tile[ o ];
				for ( int t = 0; t < pairs; t++ )
				{
					out[ 2 * t ] = b + ( m0[ t ] + m1[ t ] + m2[ t ] );
					out[ 2 * t + 1 ] = b + ( m1[ t ] - m2[ t ] - m3[ t ] );
				}
			}
		}

		/**
		 * {@code a[i] += w_0 x_0[i] + ... + w_5 x_5[i]}, added from left to right: every array read from index 0
		 * and no more than six rows, the loop the JIT still vectorises. Plain products and sums, not
		 * {@code Math.fma} (Java 9): the plugin runs on Java 8, and the JIT vectorises both as fast (measured
		 * with {@code bench --metrics vgg22} on one core); each product is rounded before it is added, which moves
		 * the features in their last bits only.
		 */
		private static void multiplyAdd( final float[] a, final float[] x0, final float[] x1, final float[] x2, final float[] x3,
				final float[] x4, final float[] x5, final float[] weights, final int w, final int n )
		{
			final float w0 = weights[ w ], w1 = weights[ w + 1 ], w2 = weights[ w + 2 ], w3 = weights[ w + 3 ], w4 = weights[ w + 4 ],
					w5 = weights[ w + 5 ];
			for ( int i = 0; i < n; i++ )
				a[ i ] = a[ i ] + w0 * x0[ i ] + w1 * x1[ i ] + w2 * x2[ i ] + w3 * x3[ i ] + w4 * x4[ i ] + w5 * x5[ i ];
		}
	}
}
