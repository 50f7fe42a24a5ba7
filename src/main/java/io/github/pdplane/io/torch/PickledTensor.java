package io.github.pdplane.io.torch;

import java.util.Arrays;

import io.github.pdplane.PdPlaneException;

/**
 * A tensor as a checkpoint's pickle rebuilds it: a storage, the storage element of its first value, its
 * sizes and its strides (in elements; torch writes any stride, so a transposed or sliced tensor is a view of
 * a larger storage). Nothing is read until {@link #gather} is given the elements it spans.
 */
final class PickledTensor
{
	/** Values of one tensor are one Java array. */
	private static final long MAX_ELEMENTS = Integer.MAX_VALUE - 8;

	/**
	 * A tensor with more elements than its storage repeats them (a stride of 0, as {@code expand} makes); a
	 * forged size could make it any size from a few bytes of file, so such a tensor is read only up to this
	 * many elements (64 MB of floats).
	 */
	private static final long MAX_REPEATED = 1 << 24;

	private final StorageRef storage;

	private final long offset;

	private final long[] size;

	private final long[] stride;

	PickledTensor( final StorageRef storage, final long offset, final long[] size, final long[] stride )
	{
		this.storage = storage;
		this.offset = offset;
		this.size = size.clone();
		this.stride = stride.clone();
	}

	StorageRef storage()
	{
		return storage;
	}

	/**
	 * The shape, after checking that every element lies within the storage.
	 *
	 * @throws PdPlaneException
	 *             for a negative size, stride or offset, a tensor too large for one array, or one that runs past
	 *             its storage, naming the tensor and the file
	 */
	int[] checkedShape( final String key, final String file )
	{
		if ( offset < 0 || Arrays.stream( size ).anyMatch( s -> s < 0 ) || Arrays.stream( stride ).anyMatch( s -> s < 0 ) )
			throw new PdPlaneException( file + ": tensor '" + key + "' has a negative size, stride or offset (" + layout()
					+ "): the file is damaged." );
		long elements = 1;
		long last = offset;
		for ( int d = 0; d < size.length; d++ )
		{
			elements = size[ d ] == 0 || elements == 0 ? 0 : multiplyOrMax( elements, size[ d ] );
			if ( size[ d ] > 0 )
				last = addOrMax( last, multiplyOrMax( size[ d ] - 1, stride[ d ] ) );
		}
		if ( elements > MAX_ELEMENTS )
			throw new PdPlaneException( file + ": tensor '" + key + "' (" + layout() + ") has more elements than PD Plane reads into one array." );
		if ( elements > storage.length() && elements > MAX_REPEATED )
			throw new PdPlaneException( file + ": tensor '" + key + "' (" + layout() + ") repeats the " + storage.length()
					+ " elements of its storage as " + elements + ", more than PD Plane reads: the file is damaged or not a state dict of weights." );
		if ( elements > 0 && last - offset >= MAX_ELEMENTS )
			throw new PdPlaneException( file + ": tensor '" + key + "' (" + layout() + ") spans " + ( last - offset + 1 )
					+ " storage elements, more than PD Plane reads into one array." );
		if ( elements > 0 && last >= storage.length() )
			throw new PdPlaneException( file + ": tensor '" + key + "' (" + layout() + ") reaches element " + last + " of its storage '"
					+ storage.key() + "', which holds " + storage.length() + ": the file is damaged." );
		final int[] shape = new int[ size.length ];
		for ( int d = 0; d < size.length; d++ )
			shape[ d ] = ( int ) size[ d ];
		return shape;
	}

	private String layout()
	{
		return "size " + Arrays.toString( size ) + ", stride " + Arrays.toString( stride ) + ", offset " + offset;
	}

	private static long multiplyOrMax( final long a, final long b )
	{
		final long product = a * b;
		return a != 0 && ( product / a != b || product < 0 ) ? Long.MAX_VALUE : product;
	}

	private static long addOrMax( final long a, final long b )
	{
		final long sum = a + b;
		return sum < 0 ? Long.MAX_VALUE : sum;
	}

	/** Elements (1 for a 0-dimensional tensor); only after {@link #checkedShape}. */
	int elementCount()
	{
		long elements = 1;
		for ( final long s : size )
			elements *= s;
		return ( int ) elements;
	}

	/** The first storage element a value comes from; only after {@link #checkedShape}. */
	long firstElement()
	{
		return offset;
	}

	/** How many storage elements from {@link #firstElement()} hold its values (0 when it has none). */
	int spanLength()
	{
		if ( elementCount() == 0 )
			return 0;
		long last = offset;
		for ( int d = 0; d < size.length; d++ )
			last += ( size[ d ] - 1 ) * stride[ d ];
		return ( int ) ( last - offset + 1 );
	}

	/**
	 * The values in row-major order, the last index fastest, from the storage elements its layout selects.
	 *
	 * @param span
	 *            the {@link #spanLength()} storage elements from {@link #firstElement()}
	 */
	float[] gather( final float[] span )
	{
		final float[] values = new float[ elementCount() ];
		final long[] index = new long[ size.length ];
		long at = 0;
		for ( int i = 0; i < values.length; i++ )
		{
			values[ i ] = span[ ( int ) at ];
			for ( int d = size.length - 1; d >= 0; d-- )
			{
				index[ d ]++;
				at += stride[ d ];
				if ( index[ d ] < size[ d ] )
					break;
				at -= stride[ d ] * size[ d ];
				index[ d ] = 0;
			}
		}
		return values;
	}
}
