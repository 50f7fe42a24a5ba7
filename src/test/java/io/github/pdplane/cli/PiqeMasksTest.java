package io.github.pdplane.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.image.Plane;
import io.github.pdplane.nr.BlockMask;
import io.github.pdplane.nr.Piqe;

/** {@code score --masks DIR}: PIQE's masks as PNG files, equal to the library's, never replacing a file. */
class PiqeMasksTest
{
	@Test
	void writesTheLibrarysThreeMasksPerSlice( @TempDir final Path dir ) throws IOException
	{
		final Plane a = ImageFilesOnDisk.scene( 64, 3 ), b = ImageFilesOnDisk.scene( 64, 4 );
		final Path single = ImageFilesOnDisk.tiff( dir.resolve( "one.tif" ), a );
		final Path stack = ImageFilesOnDisk.stack( dir.resolve( "two.tif" ), a, b );
		final Path masks = dir.resolve( "masks" );
		final CliRun run = CliRun.of( "score", "--metrics", "piqe", "--masks", masks.toString(), single.toString(), stack.toString() );
		assertEquals( Main.OK, run.exit, run::toString );
		assertEquals( Arrays.asList( "one-piqe-active.png", "one-piqe-artefacts.png", "one-piqe-noise.png", "two-1-piqe-active.png",
				"two-1-piqe-artefacts.png", "two-1-piqe-noise.png", "two-2-piqe-active.png", "two-2-piqe-artefacts.png",
				"two-2-piqe-noise.png" ), ImageFilesOnDisk.names( masks ) );
		final Piqe.Result expected = Piqe.evaluate( "b", b, 255 );
		assertMask( expected.activityMask(), masks.resolve( "two-2-piqe-active.png" ) );
		assertMask( expected.artefactMask(), masks.resolve( "two-2-piqe-artefacts.png" ) );
		assertMask( expected.noiseMask(), masks.resolve( "two-2-piqe-noise.png" ) );
		assertTrue( expected.activityMask().flaggedBlocks() > 0, "the scene has active blocks" );

		final byte[] before = Files.readAllBytes( masks.resolve( "one-piqe-noise.png" ) );
		final CliRun again = CliRun.of( "score", "--metrics", "piqe", "--masks", masks.toString(), single.toString() );
		assertEquals( Main.INPUT_FAILED, again.exit, again::toString );
		assertTrue( again.err.contains( "one-piqe-active.png" ) && again.err.contains( "--masks another folder" ), again.err );
		assertArrayEquals( before, Files.readAllBytes( masks.resolve( "one-piqe-noise.png" ) ) );
	}

	@Test
	void masksNeedPiqeAndOneGreyPlane( @TempDir final Path dir ) throws IOException
	{
		final Path image = ImageFilesOnDisk.tiff( dir.resolve( "one.tif" ), ImageFilesOnDisk.scene( 64, 3 ) );
		final CliRun withoutPiqe = CliRun.of( "score", "--metrics", "brisque", "--masks", dir.resolve( "m" ).toString(), image.toString() );
		assertEquals( Main.USAGE, withoutPiqe.exit, withoutPiqe::toString );
		assertTrue( withoutPiqe.err.contains( "add piqe to --metrics" ), withoutPiqe.err );
		final CliRun rgb = CliRun.of( "score", "--metrics", "piqe", "--convention", "rgb", "--masks", dir.resolve( "m" ).toString(),
				image.toString() );
		assertEquals( Main.USAGE, rgb.exit, rgb::toString );
		assertTrue( rgb.err.contains( "--convention gray or y" ), rgb.err );
	}

	private static void assertMask( final BlockMask expected, final Path png ) throws IOException
	{
		final BufferedImage image = ImageIO.read( png.toFile() );
		assertEquals( BufferedImage.TYPE_BYTE_GRAY, image.getType() );
		final byte[] pixels = new byte[ expected.width() * expected.height() ];
		image.getRaster().getDataElements( 0, 0, expected.width(), expected.height(), pixels );
		assertArrayEquals( expected.toBytes(), pixels );
	}
}
