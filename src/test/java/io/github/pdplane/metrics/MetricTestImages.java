package io.github.pdplane.metrics;

import java.util.Random;

import io.github.pdplane.image.Plane;

/** Small reproducible test images. */
final class MetricTestImages
{
	private MetricTestImages()
	{}

	/** Uniform 8-bit noise. */
	static Plane noise( final int width, final int height, final long seed )
	{
		final Random random = new Random( seed );
		final double[] v = new double[ width * height ];
		for ( int i = 0; i < v.length; i++ )
			v[ i ] = random.nextInt( 256 );
		return new Plane( width, height, v );
	}

	/** A smooth 8-bit pattern with some texture, like a photograph more than noise is. */
	static Plane pattern( final int width, final int height )
	{
		final double[] v = new double[ width * height ];
		for ( int y = 0; y < height; y++ )
			for ( int x = 0; x < width; x++ )
				v[ y * width + x ] = Math.rint( 128 + 70 * Math.sin( x / 9.0 ) * Math.cos( y / 13.0 ) + 30 * Math.sin( ( x + 2 * y ) / 3.0 ) );
		return new Plane( width, height, v );
	}

	/** {@code image} plus uniform noise of amplitude {@code amplitude}, rounded and clipped to 0..255. */
	static Plane noisy( final Plane image, final double amplitude, final long seed )
	{
		final Random random = new Random( seed );
		final double[] in = image.values(), out = new double[ in.length ];
		for ( int i = 0; i < in.length; i++ )
			out[ i ] = Math.min( 255, Math.max( 0, Math.rint( in[ i ] + amplitude * ( 2 * random.nextDouble() - 1 ) ) ) );
		return new Plane( image.width(), image.height(), out );
	}

	static Plane constant( final int width, final int height, final double value )
	{
		final double[] v = new double[ width * height ];
		java.util.Arrays.fill( v, value );
		return new Plane( width, height, v );
	}

	static Plane map( final Plane image, final java.util.function.DoubleUnaryOperator f )
	{
		final double[] in = image.values(), out = new double[ in.length ];
		for ( int i = 0; i < in.length; i++ )
			out[ i ] = f.applyAsDouble( in[ i ] );
		return new Plane( image.width(), image.height(), out );
	}
}
