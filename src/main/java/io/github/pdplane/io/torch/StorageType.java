package io.github.pdplane.io.torch;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The element types of torch storages, named as a checkpoint names them: the storage class of a persistent id
 * ({@code torch.FloatStorage}) or a dtype global ({@code torch.float32}), which mean the same element type.
 * Every type is known so that a legacy file's unwanted storages can be skipped by their byte length and a
 * tensor of another type can be refused by name; only the floating-point ones are decoded.
 */
enum StorageType
{
	FLOAT( "FloatStorage", 4, true, "float32", "float" ),
	DOUBLE( "DoubleStorage", 8, true, "float64", "double" ),
	HALF( "HalfStorage", 2, true, "float16", "half" ),
	BFLOAT16( "BFloat16Storage", 2, true, "bfloat16" ),
	LONG( "LongStorage", 8, false, "int64", "long" ),
	INT( "IntStorage", 4, false, "int32", "int" ),
	SHORT( "ShortStorage", 2, false, "int16", "short" ),
	CHAR( "CharStorage", 1, false, "int8" ),
	BYTE( "ByteStorage", 1, false, "uint8" ),
	BOOL( "BoolStorage", 1, false, "bool" ),
	COMPLEX_FLOAT( "ComplexFloatStorage", 8, false, "complex64", "cfloat" ),
	COMPLEX_DOUBLE( "ComplexDoubleStorage", 16, false, "complex128", "cdouble" ),
	QINT8( "QInt8Storage", 1, false, "qint8" ),
	QUINT8( "QUInt8Storage", 1, false, "quint8" ),
	QINT32( "QInt32Storage", 4, false, "qint32" );

	private final String storageClass;

	private final int elementSize;

	private final boolean decoded;

	private final String[] dtypes;

	StorageType( final String storageClass, final int elementSize, final boolean decoded, final String... dtypes )
	{
		this.storageClass = storageClass;
		this.elementSize = elementSize;
		this.decoded = decoded;
		this.dtypes = dtypes;
	}

	/**
	 * The type a global of module {@code torch} names ({@code FloatStorage} or {@code float32}), or null when
	 * the name is neither a storage class nor a dtype.
	 */
	static StorageType ofTorchName( final String name )
	{
		for ( final StorageType type : values() )
		{
			if ( type.storageClass.equals( name ) )
				return type;
			for ( final String dtype : type.dtypes )
				if ( dtype.equals( name ) )
					return type;
		}
		return null;
	}

	/** Bytes per element. */
	int elementSize()
	{
		return elementSize;
	}

	/** Whether {@link #decode} turns its elements into floats. */
	boolean decoded()
	{
		return decoded;
	}

	/** For messages: {@code float32 (FloatStorage)}. */
	@Override
	public String toString()
	{
		return dtypes[ 0 ] + " (" + storageClass + ")";
	}

	/**
	 * Elements as floats: float32 as they are, float64 rounded to the nearest float, float16 and bfloat16
	 * exactly (every one of their values is a float).
	 *
	 * @throws IllegalStateException
	 *             for a type that is not {@link #decoded()}: callers refuse those first
	 */
	float[] decode( final byte[] bytes, final ByteOrder order )
	{
		final ByteBuffer buffer = ByteBuffer.wrap( bytes ).order( order );
		final float[] values = new float[ bytes.length / elementSize ];
		switch ( this )
		{
		case FLOAT:
			buffer.asFloatBuffer().get( values );
			break;
		case DOUBLE:
			for ( int i = 0; i < values.length; i++ )
				values[ i ] = ( float ) buffer.getDouble();
			break;
		case HALF:
			for ( int i = 0; i < values.length; i++ )
				values[ i ] = halfToFloat( buffer.getShort() );
			break;
		case BFLOAT16:
			for ( int i = 0; i < values.length; i++ )
				values[ i ] = Float.intBitsToFloat( ( buffer.getShort() & 0xffff ) << 16 );
			break;
		default:
			throw new IllegalStateException( this + " is not decoded" );
		}
		return values;
	}

	/**
	 * An IEEE 754 binary16 value as a float (Java 11 has no conversion of its own): 1 sign bit, 5 exponent bits
	 * biased by 15, 10 fraction bits; exponent 0 is zero or subnormal, 31 infinity or NaN.
	 */
	static float halfToFloat( final short bits )
	{
		final int sign = ( bits >>> 15 ) & 1;
		final int exponent = ( bits >>> 10 ) & 0x1f;
		final int fraction = bits & 0x3ff;
		if ( exponent == 0 )
		{
			final float magnitude = fraction * 0x1p-24f;
			return sign == 0 ? magnitude : -magnitude;
		}
		if ( exponent == 0x1f )
			return Float.intBitsToFloat( ( sign << 31 ) | 0x7f800000 | ( fraction << 13 ) );
		return Float.intBitsToFloat( ( sign << 31 ) | ( ( exponent - 15 + 127 ) << 23 ) | ( fraction << 13 ) );
	}
}
