package io.github.pdplane.nr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.io.InputStreams;
import io.github.pdplane.io.mat.MatWriter;

class NiqeModelTest
{
	private static double[] columnMajor( final double[][] m )
	{
		final int n = m.length;
		final double[] out = new double[ n * n ];
		for ( int i = 0; i < n; i++ )
			for ( int j = 0; j < n; j++ )
				out[ j * n + i ] = m[ i ][ j ];
		return out;
	}

	static byte[] liveModelBytes() throws IOException
	{
		try (java.io.InputStream in = NiqeModelTest.class.getResourceAsStream( "/io/github/pdplane/nr/niqe/modelparameters.mat" ))
		{
			return InputStreams.readUpTo( in, Integer.MAX_VALUE );
		}
	}

	private static PdPlaneException loadFails( final Path file )
	{
		return assertThrows( PdPlaneException.class, () -> NiqeModel.load( file ) );
	}

	@Test
	void bundledLiveModel()
	{
		final NiqeModel live = NiqeModel.live();
		assertSame( live, NiqeModel.live() );
		assertEquals( 96, live.blockSize() );
		assertEquals( 192, live.minimumSize() );
		assertEquals( 36, live.gaussian().dimension() );
		assertEquals( 2.6013136801541448, live.gaussian().mean()[ 0 ], 0 );
		assertTrue( live.source().startsWith( "LIVE" ) );
	}

	@Test
	void savedModelsLoadBackWithTheirBlockSize( @TempDir final Path dir )
	{
		final NiqeModel live = NiqeModel.live();
		final NiqeModel m = NiqeModel.of( live.gaussian().mean(), live.gaussian().covariance(), 48, 0.5, "test", "test" );
		final Path file = dir.resolve( "model.mat" );
		m.save( file );
		final NiqeModel back = NiqeModel.load( file );
		assertEquals( 48, back.blockSize() );
		assertEquals( 0.5, back.sharpnessThreshold(), 0 );
		assertArrayEquals( live.gaussian().mean(), back.gaussian().mean(), 0 );
		for ( int i = 0; i < 36; i++ )
			assertArrayEquals( live.gaussian().covariance()[ i ], back.gaussian().covariance()[ i ], 0 );
		assertEquals( "model.mat", back.source() );
	}

	@Test
	void aCopyOfTheReleaseFileLoadsLikeTheBundledOne( @TempDir final Path dir ) throws IOException
	{
		final Path file = dir.resolve( "modelparameters.mat" );
		Files.write( file, liveModelBytes() );
		final NiqeModel m = NiqeModel.load( file );
		assertEquals( 96, m.blockSize() );
		assertArrayEquals( NiqeModel.live().gaussian().mean(), m.gaussian().mean(), 0 );
	}

	@Test
	void columnVectorMeansAreAccepted( @TempDir final Path dir )
	{
		final NiqeModel live = NiqeModel.live();
		final Path file = dir.resolve( "column.mat" );
		new MatWriter( "t" ).add( "mu_prisparam", 36, 1, live.gaussian().mean() )
				.add( "cov_prisparam", 36, 36, columnMajor( live.gaussian().covariance() ) ).write( file );
		assertArrayEquals( live.gaussian().mean(), NiqeModel.load( file ).gaussian().mean(), 0 );
	}

	@Test
	void missingUnreadableAndForeignFiles( @TempDir final Path dir ) throws IOException
	{
		final Path none = dir.resolve( "none.mat" );
		assertEquals( "The NIQE model file '" + none + "' does not exist.", loadFails( none ).getMessage() );
		final Path text = dir.resolve( "model.txt" );
		Files.write( text, Arrays.asList( "mu_prisparam = 1 2 3" ) );
		final String m = loadFails( text ).getMessage();
		assertTrue( m.startsWith( "Cannot load the NIQE model: '" + text + "' is not a MATLAB MAT-file" ), m );
		final Path truncated = dir.resolve( "cut.mat" );
		Files.write( truncated, Arrays.copyOf( liveModelBytes(), 3000 ) );
		assertTrue( loadFails( truncated ).getMessage().contains( "is truncated or damaged" ) );
		final Path other = dir.resolve( "other.mat" );
		new MatWriter( "t" ).addScalar( "alpha", 1 ).write( other );
		assertEquals( "Cannot load the NIQE model file '" + other + "': it needs the variables mu_prisparam (1x36) and cov_prisparam (36x36) of a"
				+ " NIQE model, but it holds alpha.", loadFails( other ).getMessage() );
	}

	@Test
	void wrongShapesAndValues( @TempDir final Path dir )
	{
		final NiqeModel live = NiqeModel.live();
		final double[] mu = live.gaussian().mean();
		final double[] cov = columnMajor( live.gaussian().covariance() );
		final Path file = dir.resolve( "bad.mat" );

		new MatWriter( "t" ).add( "mu_prisparam", 1, 18, Arrays.copyOf( mu, 18 ) ).add( "cov_prisparam", 36, 36, cov ).write( file );
		assertTrue( loadFails( file ).getMessage().contains( "its mu_prisparam is 1x18 double, but a NIQE model needs 1x36 (18 features at each of 2 scales)" ) );

		new MatWriter( "t" ).add( "mu_prisparam", 1, 36, mu ).add( "cov_prisparam", 18, 72, cov ).write( file );
		assertTrue( loadFails( file ).getMessage().contains( "its cov_prisparam is 18x72 double, but a NIQE model needs 36x36" ) );

		final double[] asymmetric = cov.clone();
		asymmetric[ 1 ] += 1e-3;
		new MatWriter( "t" ).add( "mu_prisparam", 1, 36, mu ).add( "cov_prisparam", 36, 36, asymmetric ).write( file );
		assertTrue( loadFails( file ).getMessage().contains( "cov_prisparam is not symmetric (element (1,2) is 0.096101104144407 but (2,1) is 0.09710110414440701)" ) );

		final double[] nan = mu.clone();
		nan[ 4 ] = Double.NaN;
		new MatWriter( "t" ).add( "mu_prisparam", 1, 36, nan ).add( "cov_prisparam", 36, 36, cov ).write( file );
		assertTrue( loadFails( file ).getMessage().contains( "element 5 of mu_prisparam is NaN" ) );

		final double[] negative = cov.clone();
		negative[ 0 ] = -1;
		new MatWriter( "t" ).add( "mu_prisparam", 1, 36, mu ).add( "cov_prisparam", 36, 36, negative ).write( file );
		assertTrue( loadFails( file ).getMessage().contains( "is negative" ) );

		new MatWriter( "t" ).add( "mu_prisparam", 1, 36, mu ).add( "cov_prisparam", 36, 36, new double[ 36 * 36 ] ).write( file );
		assertEquals( "Cannot load the NIQE model file '" + file + "': its cov_prisparam is zero everywhere, so the model has no spread and every"
				+ " distance to it would rest on its mean alone; a NIQE model needs the covariance of its pristine images' block features (train"
				+ " it again on images with structure).", loadFails( file ).getMessage() );

		new MatWriter( "t" ).add( "mu_prisparam", 1, 36, mu ).add( "cov_prisparam", 36, 36, cov ).addScalar( "blocksize", 95 ).write( file );
		assertTrue( loadFails( file ).getMessage().contains( "its blocksize must be one even number of pixels (at least 8), not 95.0" ) );
	}

	@Test
	void bigEndianModelFilesLoad( @TempDir final Path dir ) throws IOException
	{
		final NiqeModel live = NiqeModel.live();
		final Path file = dir.resolve( "big.mat" );
		Files.write( file, new MatWriter( "t" ).add( "mu_prisparam", 1, 36, live.gaussian().mean() )
				.add( "cov_prisparam", 36, 36, columnMajor( live.gaussian().covariance() ) ).toBytes( ByteOrder.BIG_ENDIAN ) );
		assertArrayEquals( live.gaussian().mean(), NiqeModel.load( file ).gaussian().mean(), 0 );
	}
}
