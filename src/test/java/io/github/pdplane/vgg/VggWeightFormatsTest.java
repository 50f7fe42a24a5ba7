package io.github.pdplane.vgg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.bench.VggBenchmark;
import io.github.pdplane.io.torch.TorchFiles;

/**
 * The acceptance of the weight readers: random weights in VGG19's shapes, written by the tests in every format
 * PD Plane reads (torchvision's zip and legacy containers, MatConvNet's two layouts, PD Plane's installed file),
 * read back through {@link VggWeightsFiles#load} and used by VGG2,2, give the distance that the plain double
 * forward pass of {@link ReferenceVgg} computes from the weights as written, within 1e-5 relative.
 */
class VggWeightFormatsTest
{
	private static final double RELATIVE_TOLERANCE = 1e-5;

	@TempDir
	Path dir;

	@Test
	void everyFormatGivesTheDistanceOfTheWeightsItHolds() throws IOException
	{
		final Map< VggLayer, Convolution > layers = VggBenchmark.randomLayers( 41 );
		final VggWeights torchvision = VggWeights.torchvision( "written", layers );
		final double[] average = new double[ 3 ];
		for ( int c = 0; c < 3; c++ )
			average[ c ] = MatConvNetFile.AVERAGE[ c ];
		final VggWeights matConvNet = VggWeights.matConvNet( "written", layers, average, "test" );

		final Path zip = dir.resolve( "vgg19.pth" ), legacy = dir.resolve( "vgg19-legacy.pth" ), installed = dir.resolve( "vgg22.mat" );
		TorchFiles.writeVgg( torchvision, zip );
		TorchFiles.writeLegacy( legacy, TorchFiles.vggTensors( torchvision ) );
		InstalledVggWeights.write( matConvNet, installed );
		final Path newLayout = MatConvNetFile.newLayout().holding( matConvNet ).write( dir.resolve( "imagenet-vgg-verydeep-19.mat" ) );
		final Path oldLayout = MatConvNetFile.oldLayout().holding( matConvNet ).write( dir.resolve( "old-layout.mat" ) );

		final double[][][] reference = Vgg22Test.randomImage( 3, 23, 17, 255, 42 ), restored = Vgg22Test.noisy( reference, 15, 43 );
		final double torchDistance = ReferenceVgg.vgg22( torchvision, reference, restored, 255 );
		final double matConvNetDistance = ReferenceVgg.vgg22( matConvNet, reference, restored, 255 );
		assertDistance( torchDistance, zip, VggWeights.Source.TORCHVISION, reference, restored );
		assertDistance( torchDistance, legacy, VggWeights.Source.TORCHVISION, reference, restored );
		assertDistance( matConvNetDistance, newLayout, VggWeights.Source.MATCONVNET, reference, restored );
		assertDistance( matConvNetDistance, oldLayout, VggWeights.Source.MATCONVNET, reference, restored );
		assertDistance( matConvNetDistance, installed, VggWeights.Source.MATCONVNET, reference, restored );
	}

	private static void assertDistance( final double expected, final Path file, final VggWeights.Source source, final double[][][] reference,
			final double[][][] restored )
	{
		final VggWeights read = VggWeightsFiles.load( file );
		assertEquals( source, read.source(), file.toString() );
		final double actual = new Vgg22( read, 1 ).score( Vgg22Test.planes( reference ), Vgg22Test.planes( restored ), 255 );
		assertEquals( expected, actual, RELATIVE_TOLERANCE * expected, file.getFileName().toString() );
	}
}
