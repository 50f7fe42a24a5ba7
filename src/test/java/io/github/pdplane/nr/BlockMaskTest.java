package io.github.pdplane.nr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BlockMaskTest
{
	/** A 10x7 image in blocks of 4: 3x2 blocks, the last column and row cut by the edge. */
	@Test
	void blocksCutByTheEdgeCoverWhatIsLeftOfThem()
	{
		final BlockMask mask = new BlockMask( 10, 7, 4, new boolean[] { true, false, true, false, true, false } );
		assertEquals( 3, mask.blockColumns() );
		assertEquals( 2, mask.blockRows() );
		assertEquals( 3, mask.flaggedBlocks() );
		final byte[] pixels = mask.toBytes();
		assertEquals( 70, pixels.length );
		final StringBuilder picture = new StringBuilder();
		for ( int y = 0; y < 7; y++ )
		{
			for ( int x = 0; x < 10; x++ )
			{
				assertEquals( mask.isFlagged( x, y ) ? 255 : 0, pixels[ y * 10 + x ] & 0xff );
				assertEquals( pixels[ y * 10 + x ] & 0xff, mask.toPlane().get( x, y ), 0 );
				picture.append( mask.isFlagged( x, y ) ? '#' : '.' );
			}
			picture.append( '\n' );
		}
		assertEquals( "####....##\n####....##\n####....##\n####....##\n....####..\n....####..\n....####..\n", picture.toString() );
		assertTrue( mask.isBlockFlagged( 2, 0 ) && mask.isBlockFlagged( 1, 1 ) );
		assertThrows( IndexOutOfBoundsException.class, () -> mask.isFlagged( 10, 0 ) );
		assertThrows( IndexOutOfBoundsException.class, () -> mask.isBlockFlagged( 0, 2 ) );
		assertThrows( IllegalArgumentException.class, () -> new BlockMask( 10, 7, 4, new boolean[ 5 ] ) );
	}
}
