package io.github.pdplane.vgg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.io.mat.MatWriter;

/** Formats told by content, not by name; everything else refused with what it is and what is accepted. */
class VggWeightsFilesTest
{
	@TempDir
	Path dir;

	@Test
	void matFilesAreToldApartByTheirVariablesWhateverTheirNames()
	{
		final Path matConvNet = MatConvNetFile.newLayout().write( dir.resolve( "weights.pth" ) );
		final VggWeights fromMatConvNet = VggWeightsFiles.load( matConvNet );
		assertEquals( VggWeights.Source.MATCONVNET, fromMatConvNet.source() );
		MatConvNetFile.assertCodes( fromMatConvNet, 1 );
		MatConvNetFile.assertCodes( VggWeightsFiles.load( MatConvNetFile.oldLayout().scale( 2 ).write( dir.resolve( "old" ) ) ), 2 );

		final Path installed = dir.resolve( "imagenet-vgg-verydeep-19.mat" );
		final VggWeights torchvision = MatConvNetFile.torchvision( "torchvision vgg19-dcbb9e9d.pth", -1 );
		InstalledVggWeights.write( torchvision, installed );
		VggWeightsTesting.assertSameWeights( torchvision, VggWeightsFiles.load( installed ) );
	}

	@Test
	void otherFilesAreRefusedWithWhatTheyAreAndWhatIsAccepted() throws IOException
	{
		assertRefused( Files.write( dir.resolve( "empty.pth" ), new byte[ 0 ] ), "is empty." );
		assertRefused( Files.write( dir.resolve( "page.pth" ), "\n  <!DOCTYPE html>\n<html><head><title>Sign in</title>".getBytes(
				StandardCharsets.UTF_8 ) ), "is a web page, not a weight file (a download that saved a sign-in or error page instead of the file?)." );
		assertRefused( Files.write( dir.resolve( "lfs.mat" ), "version https://git-lfs.github.com/spec/v1\noid sha256:4a\nsize 548051051\n"
				.getBytes( StandardCharsets.UTF_8 ) ), "is a Git LFS pointer, not a weight file (the repository it comes from keeps the file in"
						+ " Git LFS: fetch it with 'git lfs pull', or download it)." );
		final byte[] noise = new byte[ 4096 ];
		new Random( 3 ).nextBytes( noise );
		noise[ 0 ] = 0x12;
		noise[ 1 ] = ( byte ) 0xab;
		assertRefused( Files.write( dir.resolve( "noise.bin" ), noise ), "is not a weight file PD Plane reads (it starts with 0x12 0xab " );
		assertRefused( dir, "is a folder, not a weight file." );
		assertRefused( dir.resolve( "missing.pth" ), "does not exist." );
		final Path other = dir.resolve( "other.mat" );
		new MatWriter( "t" ).addScalar( "x", 1 ).write( other );
		assertRefused( other, "is a MAT-file but neither PD Plane's installed VGG19 weights nor MatConvNet's VGG19 (its variables: x)." );
	}

	private static void assertRefused( final Path file, final String what )
	{
		final String message = assertThrows( PdPlaneException.class, () -> VggWeightsFiles.load( file ) ).getMessage();
		assertTrue( message.startsWith( "'" + file + "' " + what ), message );
		assertTrue( message.endsWith( VggWeightsFiles.ACCEPTED ), message );
		for ( final String accepted : new String[] { "vgg19-dcbb9e9d.pth", "imagenet-vgg-verydeep-19.mat", "vgg22.mat" } )
			assertTrue( message.contains( accepted ), message );
	}

	@Test
	void damagedMatFilesGiveTheMatReadersMessages() throws IOException
	{
		final byte[] good = Files.readAllBytes( MatConvNetFile.newLayout().write( dir.resolve( "good.mat" ) ) );
		final Path cut = Files.write( dir.resolve( "cut.mat" ), Arrays.copyOf( good, good.length / 3 ) );
		assertTrue( assertThrows( PdPlaneException.class, () -> VggWeightsFiles.load( cut ) ).getMessage()
				.startsWith( "'" + cut + "' is truncated or damaged" ) );
		final byte[] hdf5 = new byte[ 512 ];
		System.arraycopy( "MATLAB 7.3 MAT-file, Platform: GLNXA64".getBytes( StandardCharsets.US_ASCII ), 0, hdf5, 0, 38 );
		final Path v73 = Files.write( dir.resolve( "v73.mat" ), hdf5 );
		assertTrue( assertThrows( PdPlaneException.class, () -> VggWeightsFiles.load( v73 ) ).getMessage().contains( "save(..., '-v7')" ) );
	}

	/** Zips and pickles go to torchvision's reader: whatever it says of these, it is not the refusal of an unknown format. */
	@Test
	void zipsAndPicklesGoToTorchvisionsReader() throws IOException
	{
		final byte[][] starts = { { 'P', 'K', 3, 4, 20, 0, 0, 0 }, { ( byte ) 0x80, 2, ( byte ) 0x8a, 0x0a } };
		for ( final byte[] start : starts )
		{
			final Path file = Files.write( dir.resolve( "torch-" + start[ 0 ] + ".bin" ), start );
			final String message = assertThrows( PdPlaneException.class, () -> VggWeightsFiles.load( file ) ).getMessage();
			assertFalse( message.contains( "is not a weight file PD Plane reads" ), message );
		}
	}
}
