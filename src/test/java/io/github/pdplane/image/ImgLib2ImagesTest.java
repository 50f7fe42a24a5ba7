package io.github.pdplane.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.type.numeric.integer.IntType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.view.Views;

import io.github.pdplane.PdPlaneException;

class ImgLib2ImagesTest
{
	@Test
	void twoDimensionalImageIsOneGreySlice()
	{
		final ArrayImg< UnsignedByteType, ByteArray > img = ArrayImgs.unsignedBytes( new byte[] { 1, 2, 3, 4, 5, ( byte ) 200 }, 3, 2 );
		final ImageSource src = ImgLib2Images.wrap( "bytes", img );
		assertEquals( 3, src.width() );
		assertEquals( 2, src.height() );
		assertEquals( 1, src.slices() );
		assertEquals( SampleType.UINT8, src.sampleType() );
		assertArrayEquals( new double[] { 1, 2, 3, 4, 5, 200 }, src.read( 0, 0 ), 0 );
	}

	@Test
	void thirdDimensionIsSlicesAndOffsetIntervalsWork()
	{
		final float[] v = new float[ 2 * 2 * 3 ];
		for ( int i = 0; i < v.length; i++ )
			v[ i ] = i;
		final ImageSource src = ImgLib2Images.wrap( "stack", Views.translate( ArrayImgs.floats( v, 2, 2, 3 ), 10, -4, 7 ) );
		assertEquals( 3, src.slices() );
		assertEquals( SampleType.FLOAT32, src.sampleType() );
		assertArrayEquals( new double[] { 8, 9, 10, 11 }, src.read( 2, 0 ), 0 );
	}

	@Test
	void typesWithoutNaturalRangeAreMarked()
	{
		assertEquals( SampleType.OTHER, ImgLib2Images.wrap( "ints", ArrayImgs.ints( new int[ 4 ], 2, 2 ) ).sampleType() );
		assertEquals( SampleType.UINT16, ImgLib2Images.wrap( "shorts", ArrayImgs.unsignedShorts( 2, 2 ) ).sampleType() );
		assertEquals( SampleType.FLOAT64, ImgLib2Images.wrap( "doubles", ArrayImgs.doubles( 2, 2 ) ).sampleType() );
	}

	@Test
	void otherDimensionalitiesAreRefused()
	{
		assertThrows( PdPlaneException.class, () -> ImgLib2Images.< IntType > wrap( "4d", ArrayImgs.ints( 2, 2, 2, 2 ) ) );
	}
}
