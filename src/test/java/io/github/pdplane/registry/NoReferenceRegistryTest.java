package io.github.pdplane.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.github.pdplane.image.Convention;
import io.github.pdplane.metrics.Direction;
import io.github.pdplane.metrics.MetricKind;
import io.github.pdplane.nr.Brisque;
import io.github.pdplane.nr.BrisqueModel;
import io.github.pdplane.nr.Piqe;

/** The registry lines of BRISQUE and PIQE: what the front ends, the README table and the plane read. */
class NoReferenceRegistryTest
{
	@Test
	void brisqueAndPiqe()
	{
		final MetricDescriptor piqe = MetricRegistry.byId( "piqe" ), brisque = MetricRegistry.byId( "brisque" );
		for ( final MetricDescriptor d : new MetricDescriptor[] { piqe, brisque } )
		{
			assertEquals( MetricKind.NO_REFERENCE, d.kind() );
			assertEquals( Direction.LOWER_IS_BETTER, d.direction() );
			assertEquals( Convention.GRAY, d.defaultConvention() );
			assertEquals( 0, d.defaultShave() );
		}
		assertEquals( "PIQE", piqe.displayName() );
		assertEquals( 1, piqe.minimumSize() );
		assertTrue( piqe.citation().contains( "NCC" ) && piqe.citation().contains( "MATLAB's piqe" ), piqe.citation() );
		assertTrue( piqe.create( MetricSettings.defaults() ) instanceof Piqe );
		assertEquals( "BRISQUE", brisque.displayName() );
		assertEquals( 13, brisque.minimumSize() );
		assertTrue( brisque.minimumSizeReason().contains( "7x7 Gaussian window inside the half-size second scale" ), brisque.minimumSizeReason() );
		assertTrue( brisque.citation().contains( "IEEE Trans. Image Processing 21(12)" ), brisque.citation() );
		assertSame( BrisqueModel.live(), ( ( Brisque ) brisque.create( MetricSettings.defaults() ) ).model() );
	}
}
