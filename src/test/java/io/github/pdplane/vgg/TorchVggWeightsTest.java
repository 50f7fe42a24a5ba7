package io.github.pdplane.vgg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.io.torch.TorchFiles;
import io.github.pdplane.io.torch.TorchFiles.Tensor;

/**
 * torchvision state dicts with random weights in VGG19's shapes, in both containers: the four convolutions
 * come back exactly, whatever else the file holds; a missing or misshapen tensor is named.
 */
class TorchVggWeightsTest
{
	@TempDir
	Path folder;

	private final Random random = new Random( 22 );

	/** Key to values, in the order torchvision's state dict has them; shapes in {@link #shapes}. */
	private final Map< String, float[] > values = new LinkedHashMap<>();

	private final Map< String, long[] > shapes = new LinkedHashMap<>();

	TorchVggWeightsTest()
	{
		for ( final VggLayer layer : VggLayer.values() )
		{
			add( layer.torchvisionKey() + ".weight", layer.outputs(), layer.inputs(), 3, 3 );
			add( layer.torchvisionKey() + ".bias", layer.outputs() );
		}
		// what follows in the real file, smaller: more convolutions and the classifier, never read
		add( "features.10.weight", 4, 128, 3, 3 );
		add( "features.10.bias", 4 );
		add( "classifier.6.weight", 10, 40 );
		add( "classifier.6.bias", 10 );
	}

	private void add( final String key, final long... shape )
	{
		long count = 1;
		for ( final long s : shape )
			count *= s;
		final float[] v = new float[ ( int ) count ];
		for ( int i = 0; i < v.length; i++ )
			v[ i ] = ( float ) ( random.nextGaussian() * 0.1 );
		values.put( key, v );
		shapes.put( key, shape );
	}

	/** The tensors under another key form: {@code "module."} before, or {@code "features."} removed. */
	private List< Tensor > tensors( final String prefix, final boolean keepFeatures )
	{
		final List< Tensor > tensors = new ArrayList<>();
		int storage = 0;
		for ( final Map.Entry< String, float[] > e : values.entrySet() )
		{
			final String key = keepFeatures ? e.getKey() : e.getKey().replaceFirst( "^features\\.", "" );
			tensors.add( TorchFiles.contiguous( prefix + key, TorchFiles.floats( Integer.toString( storage++ ), e.getValue() ),
					shapes.get( e.getKey() ) ) );
		}
		return tensors;
	}

	private List< Tensor > tensors()
	{
		return tensors( "", true );
	}

	private void assertWeights( final VggWeights weights, final String fileName )
	{
		assertEquals( VggWeights.Source.TORCHVISION, weights.source() );
		assertEquals( "torchvision " + fileName, weights.description() );
		for ( final VggLayer layer : VggLayer.values() )
		{
			assertArrayEquals( values.get( layer.torchvisionKey() + ".weight" ), weights.layer( layer ).weights(), layer.layerName() );
			assertArrayEquals( values.get( layer.torchvisionKey() + ".bias" ), weights.layer( layer ).biases(), layer.layerName() );
		}
		assertEquals( 1 / 0.229, weights.scale( 0 ), 1e-12 );
	}

	@Test
	void bothContainersGiveTheFourConvolutions() throws IOException
	{
		final Path legacy = folder.resolve( "vgg19-dcbb9e9d.pth" ), zip = folder.resolve( "vgg19.pt" );
		TorchFiles.writeLegacy( legacy, tensors(), TorchFiles.Rebuild.V1 );
		TorchFiles.writeZip( zip, tensors() );
		assertWeights( TorchVggWeights.read( legacy ), "vgg19-dcbb9e9d.pth" );
		assertWeights( TorchVggWeights.read( zip ), "vgg19.pt" );
	}

	@Test
	void dataParallelAndFeaturesOnlyKeysAreRead() throws IOException
	{
		final Path parallel = folder.resolve( "parallel.pth" ), features = folder.resolve( "features.pth" );
		TorchFiles.writeZip( parallel, tensors( "module.", true ) );
		TorchFiles.writeLegacy( features, tensors( "", false ) );
		assertWeights( TorchVggWeights.read( parallel ), "parallel.pth" );
		assertWeights( TorchVggWeights.read( features ), "features.pth" );
	}

	@Test
	void otherTensorsOfAnyTypeAreIgnored() throws IOException
	{
		final List< Tensor > tensors = tensors();
		tensors.add( TorchFiles.contiguous( "features.1.num_batches_tracked", TorchFiles.longs( "steps", 5 ) ) );
		final Path file = folder.resolve( "extra.pth" );
		TorchFiles.writeLegacy( file, tensors );
		assertWeights( TorchVggWeights.read( file ), "extra.pth" );
	}

	private PdPlaneException refused( final Path file, final String... fragments )
	{
		final PdPlaneException e = assertThrows( PdPlaneException.class, () -> TorchVggWeights.read( file ) );
		assertTrue( e.getMessage().contains( file.toString() ), e.getMessage() );
		for ( final String fragment : fragments )
			assertTrue( e.getMessage().contains( fragment ), "'" + fragment + "' in: " + e.getMessage() );
		return e;
	}

	@Test
	void aMissingTensorIsNamed() throws IOException
	{
		values.remove( "features.7.weight" );
		final Path file = folder.resolve( "missing.pth" );
		TorchFiles.writeZip( file, tensors() );
		refused( file, "has no features.7.weight", "not a state dict of torchvision's VGG19", "it holds 11 tensor(s): features.0.weight" );
		final Path empty = folder.resolve( "other.pth" );
		TorchFiles.writeZip( empty, tensors( "encoder.", true ) );
		refused( empty, "has no features.0.weight" );
	}

	@Test
	void aMisshapenTensorIsNamedWithBothShapes() throws IOException
	{
		add( "features.5.weight", 128, 32, 3, 3 );
		final Path file = folder.resolve( "shape.pth" );
		TorchFiles.writeLegacy( file, tensors() );
		refused( file, "features.5.weight has the shape [128, 32, 3, 3]; VGG19's conv2_1 has [128, 64, 3, 3]" );
		add( "features.5.weight", 128, 64, 3, 3 );
		add( "features.7.bias", 64 );
		TorchFiles.writeLegacy( file, tensors() );
		refused( file, "features.7.bias has the shape [64]; VGG19's conv2_2 has [128]" );
	}

	@Test
	void vgg16IsNotVgg19() throws IOException
	{
		add( "features.17.weight", 4, 256, 3, 3 );
		final Path file = folder.resolve( "vgg16-397923af.pth" );
		TorchFiles.writeLegacy( file, tensors() );
		refused( file, "is not a state dict of VGG19", "features.17.weight" );
	}

	@Test
	void nonFiniteWeightsAreADamagedFile() throws IOException
	{
		values.get( "features.2.weight" )[ 7 ] = Float.NaN;
		final Path file = folder.resolve( "nan.pth" );
		TorchFiles.writeZip( file, tensors() );
		refused( file, "conv1_2 has a weight that is NaN (element 7)" );
	}
}
