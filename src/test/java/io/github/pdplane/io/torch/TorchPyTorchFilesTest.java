package io.github.pdplane.io.torch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.pdplane.PdPlaneException;

/**
 * Files written by PyTorch 1.13 itself, in both containers (see the README beside them): every tensor must
 * read as exactly the float32 values PyTorch printed, whatever its layout and type.
 */
class TorchPyTorchFilesTest
{
	/** One line of {@code torch-expected.txt}. */
	private static final class Expected
	{
		final String key;

		final String dtype;

		final int[] shape;

		final float[] values;

		Expected( final String line )
		{
			final String[] fields = line.split( "\t", -1 );
			key = fields[ 0 ];
			dtype = fields[ 1 ];
			shape = fields[ 2 ].isEmpty() ? new int[ 0 ] : Arrays.stream( fields[ 2 ].split( "," ) ).mapToInt( Integer::parseInt ).toArray();
			final String[] numbers = fields[ 3 ].isEmpty() ? new String[ 0 ] : fields[ 3 ].split( " " );
			values = new float[ numbers.length ];
			for ( int i = 0; i < numbers.length; i++ )
				values[ i ] = ( float ) Double.parseDouble( numbers[ i ] );
		}
	}

	private static Path resource( final String name ) throws URISyntaxException
	{
		return Paths.get( TorchPyTorchFilesTest.class.getResource( name ).toURI() );
	}

	private static List< Expected > expected() throws IOException, URISyntaxException
	{
		final List< Expected > lines = new ArrayList<>();
		for ( final String line : Files.readAllLines( resource( "torch-expected.txt" ), StandardCharsets.UTF_8 ) )
			if ( !line.isEmpty() )
				lines.add( new Expected( line ) );
		return lines;
	}

	private static void assertReadsAsPyTorchSaved( final String file, final String container ) throws IOException, URISyntaxException
	{
		final List< Expected > expected = expected();
		assertEquals( 12, expected.size() );
		final TorchCheckpoint checkpoint = TorchCheckpoint.read( resource( file ), key -> !key.equals( "steps" ) );
		assertEquals( container, checkpoint.container() );
		final List< String > keys = new ArrayList<>();
		for ( final Expected e : expected )
		{
			keys.add( e.key );
			assertArrayEquals( e.shape, checkpoint.shapes().get( e.key ), e.key );
			if ( e.dtype.equals( "int64" ) )
				continue;
			final TorchTensor tensor = checkpoint.tensor( e.key );
			assertArrayEquals( e.shape, tensor.shape(), e.key );
			assertArrayEquals( e.values, tensor.values(), 0f, e.key + " (" + e.dtype + ")" );
		}
		assertEquals( keys, new ArrayList<>( checkpoint.shapes().keySet() ) );
	}

	@Test
	void theZipContainerReadsExactly() throws IOException, URISyntaxException
	{
		assertReadsAsPyTorchSaved( "torch-zip.pt", "zip" );
	}

	@Test
	void theLegacyContainerReadsExactly() throws IOException, URISyntaxException
	{
		assertReadsAsPyTorchSaved( "torch-legacy.pth", "legacy" );
	}

	@Test
	void theInt64TensorIsListedButNotRead() throws URISyntaxException
	{
		for ( final String file : Arrays.asList( "torch-zip.pt", "torch-legacy.pth" ) )
		{
			final PdPlaneException e = assertThrows( PdPlaneException.class, () -> TorchCheckpoint.read( resource( file ), key -> true ) );
			assertTrue( e.getMessage().contains( "tensor 'steps' holds int64 (LongStorage) values" ), e.getMessage() );
		}
	}

	@Test
	void aWholePickledModelIsRefusedWithAHint() throws URISyntaxException
	{
		for ( final String file : Arrays.asList( "torch-model.pt", "torch-model-legacy.pth" ) )
		{
			final PdPlaneException e = assertThrows( PdPlaneException.class, () -> TorchCheckpoint.read( resource( file ), key -> true ) );
			assertTrue( e.getMessage().contains( "torch.nn.modules.container.Sequential" ), e.getMessage() );
			assertTrue( e.getMessage().contains( "save its state_dict()" ), e.getMessage() );
			assertTrue( e.getMessage().contains( file ), e.getMessage() );
		}
	}
}
