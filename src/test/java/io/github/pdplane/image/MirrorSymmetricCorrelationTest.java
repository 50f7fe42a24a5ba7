package io.github.pdplane.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link MirrorSymmetricCorrelation} is corrDn with reflect1 borders and a step: {@link Correlation} with
 * {@link BorderMode#REFLECT1}, then every step-th pixel, for kernels with every kind of mirror symmetry.
 */
class MirrorSymmetricCorrelationTest
{
	@Test
	void equalsCorrelationThenSubsampling()
	{
		final Random random = new Random( 21 );
		final int[][] imageSizes = { { 9, 9 }, { 13, 10 }, { 37, 29 }, { 20, 41 } };
		for ( final int size : new int[] { 3, 5, 7, 9 } )
			for ( final int rows : new int[] { 1, -1, 0 } )
				for ( final int columns : new int[] { 1, -1, 0 } )
				{
					final double[][] kernel = kernel( size, rows, columns, random );
					final MirrorSymmetricCorrelation fast = new MirrorSymmetricCorrelation( kernel );
					for ( final int[] is : imageSizes )
						for ( int step = 1; step <= 2; step++ )
						{
							final Plane image = random( is[ 0 ], is[ 1 ], random );
							final Plane expected = Downsample.every( Correlation.correlate( image, kernel, BorderMode.REFLECT1, OutputShape.SAME ),
									step );
							final Plane actual = fast.apply( image, step );
							final String what = size + "x" + size + " kernel, rows " + rows + ", columns " + columns + ", " + is[ 0 ] + "x" + is[ 1 ]
									+ " image, step " + step;
							assertEquals( expected.width(), actual.width(), what );
							assertEquals( expected.height(), actual.height(), what );
							// the same products in another order: rounding of sums of up to 81 terms of up to 128 each
							assertArrayEquals( expected.values(), actual.values(), 1e-10, what );
						}
				}
	}

	/**
	 * A random kernel whose rows (and columns) mirror each other with equal taps (1), opposite taps (-1), or
	 * not at all (0).
	 */
	private static double[][] kernel( final int size, final int rows, final int columns, final Random random )
	{
		final double[][] k = new double[ size ][ size ];
		for ( int r = 0; r < size; r++ )
			for ( int c = 0; c < size; c++ )
				k[ r ][ c ] = random.nextDouble() - 0.5;
		if ( rows != 0 )
			for ( int r = 0; r < size; r++ )
				for ( int c = 0; c < size; c++ )
					k[ size - 1 - r ][ c ] = r < size / 2 ? rows * k[ r ][ c ] : r == size / 2 && rows < 0 ? 0 : k[ size - 1 - r ][ c ];
		if ( columns != 0 )
			for ( int r = 0; r < size; r++ )
				for ( int c = 0; c < size; c++ )
					k[ r ][ size - 1 - c ] = c < size / 2 ? columns * k[ r ][ c ] : c == size / 2 && columns < 0 ? 0 : k[ r ][ size - 1 - c ];
		return k;
	}

	private static Plane random( final int width, final int height, final Random random )
	{
		final double[] v = new double[ width * height ];
		for ( int i = 0; i < v.length; i++ )
			v[ i ] = random.nextInt( 256 );
		return new Plane( width, height, v );
	}
}
