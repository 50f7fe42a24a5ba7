package io.github.pdplane.nr.ma;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.batch.Progress;
import io.github.pdplane.io.ModelStoreTesting;

/** The model folder, the environment variables, installing and (from a local server) downloading. */
class MaModelStoreTest extends ModelStoreTesting
{
	private URL url( final String path ) throws IOException
	{
		return server.url( path );
	}

	private MaModelStore store()
	{
		return new MaModelStore( models(), null );
	}

	@Test
	void theEnvironmentChoosesTheFolderAndTheFile()
	{
		final Path home = dir.resolve( "home" );
		final MaModelStore plain = MaModelStore.of( Collections.emptyMap(), home );
		assertEquals( home.resolve( ".pdplane" ).resolve( "models" ).resolve( "ma" ), plain.folder() );
		assertEquals( plain.folder().resolve( "model.mat" ), plain.modelFile() );
		assertNull( plain.namedFile() );
		final Map< String, String > env = new HashMap<>();
		env.put( MaModelStore.FOLDER_VARIABLE, dir.resolve( "shared" ).toString() );
		assertEquals( dir.resolve( "shared" ).resolve( "model.mat" ), MaModelStore.of( env, home ).modelFile() );
		env.put( MaModelStore.FILE_VARIABLE, dir.resolve( "mine.mat" ).toString() );
		final MaModelStore named = MaModelStore.of( env, home );
		assertEquals( dir.resolve( "mine.mat" ), named.modelFile() );
		assertEquals( dir.resolve( "shared" ), named.folder() );
		env.put( MaModelStore.FILE_VARIABLE, " " );
		assertNull( MaModelStore.of( env, home ).namedFile() );
	}

	@Test
	void withoutAModelTheMessageSaysHowToInstallOne()
	{
		final MaModelStore store = store();
		assertFalse( store.isAvailable() );
		final String message = assertThrows( PdPlaneException.class, store::require ).getMessage();
		assertTrue( message.startsWith( "No Ma et al. model is installed (looked for '" + store.installedFile() + "')." ), message );
		for ( final String part : new String[] { "Plugins > Perception-Distortion > Install Ma et al. Model...",
				"java -jar pdplane-cli.jar install-ma-model model.mat", "install-ma-model --download", "PDPLANE_MA_MODEL_DIR", "PDPLANE_MA_MODEL ",
				"github.com/chaoma99/sr-metric", store.folder().toString() } )
			assertTrue( message.contains( part ), "'" + part + "' missing from: " + message );
		final MaModelStore named = new MaModelStore( dir, dir.resolve( "gone.mat" ) );
		assertTrue( assertThrows( PdPlaneException.class, named::require ).getMessage()
				.startsWith( "The environment variable PDPLANE_MA_MODEL names '" + dir.resolve( "gone.mat" ) + "', which does not exist." ) );
	}

	@Test
	void installChecksThenCopiesAndKeepsTheOldModelWhenTheNewOneIsBad() throws IOException
	{
		final MaModelStore store = store();
		final Path source = SyntheticModel.write( dir.resolve( "download.mat" ) );
		assertEquals( store.installedFile(), store.install( source ) );
		assertArrayEquals( Files.readAllBytes( source ), Files.readAllBytes( store.installedFile() ) );
		final MaModel model = store.require();
		assertEquals( 2, model.forest( 0 ).trees() );
		assertSame( model, store.require(), "read once per file state" );

		final Path bad = Files.write( dir.resolve( "bad.mat" ), new byte[] { 1, 2, 3 } );
		final PdPlaneException e = assertThrows( PdPlaneException.class, () -> store.install( bad ) );
		assertTrue( e.getMessage().startsWith( "Cannot load the Ma et al. model: '" + bad + "' is not a MATLAB MAT-file" ), e.getMessage() );
		assertArrayEquals( Files.readAllBytes( source ), Files.readAllBytes( store.installedFile() ) );
		assertEquals( Collections.singletonList( "model.mat" ), folderContents(), "no temporary file left" );

		assertTrue( assertThrows( PdPlaneException.class, () -> store.install( dir.resolve( "none.mat" ) ) ).getMessage()
				.endsWith( "none.mat': it does not exist." ) );
		assertTrue( assertThrows( PdPlaneException.class, () -> store.install( dir ) ).getMessage().endsWith( "': it is a folder." ) );
	}

	@Test
	void aFolderThatCannotBeMadeIsNamed() throws IOException
	{
		final Path file = Files.write( dir.resolve( "plain-file" ), new byte[] { 1 } );
		final MaModelStore store = new MaModelStore( file.resolve( "models" ), null );
		final String message = assertThrows( PdPlaneException.class, () -> store.install( SyntheticModel.write( dir.resolve( "m.mat" ) ) ) )
				.getMessage();
		assertTrue( message.contains( "the folder " + file.resolve( "models" ) + " cannot be created or written" ), message );
		assertTrue( message.contains( "PDPLANE_MA_MODEL_DIR" ), message );
	}

	@Test
	void downloadReportsProgressChecksAndInstalls() throws IOException
	{
		final byte[] model = Files.readAllBytes( SyntheticModel.write( dir.resolve( "served.mat" ) ) );
		server.page( "/model.mat", 200, model );
		final List< long[] > progress = new ArrayList<>();
		final MaModelStore store = store();
		assertEquals( store.installedFile(), store.download( url( "/model.mat" ), ( bytes, total ) -> progress.add( new long[] { bytes, total } ) ) );
		assertArrayEquals( model, Files.readAllBytes( store.installedFile() ) );
		assertArrayEquals( new long[] { 0, model.length }, progress.get( 0 ) );
		assertArrayEquals( new long[] { model.length, model.length }, progress.get( progress.size() - 1 ) );
		for ( int i = 1; i < progress.size(); i++ )
			assertTrue( progress.get( i )[ 0 ] >= progress.get( i - 1 )[ 0 ] );
		assertEquals( 2, store.require().forest( 2 ).trees() );
	}

	@Test
	void downloadsThatAreNotAModelInstallNothing() throws IOException
	{
		final MaModelStore store = store();
		server.page( "/page", 200, ( "<!DOCTYPE html><html><body>Sign in" + new String( new char[ 300 ] ) ).getBytes( StandardCharsets.UTF_8 ) );
		String message = assertThrows( PdPlaneException.class, () -> store.download( url( "/page" ), ( b, t ) -> {} ) ).getMessage();
		assertTrue( message.contains( "is not a usable Ma et al. model, so nothing was installed (the server sent a web page instead of the file)" ),
				message );
		server.page( "/lfs", 200, ( "version https://git-lfs.github.com/spec/v1\noid sha256:0\nsize 1\n" + new String( new char[ 100 ] ) )
				.getBytes( StandardCharsets.UTF_8 ) );
		message = assertThrows( PdPlaneException.class, () -> store.download( url( "/lfs" ), ( b, t ) -> {} ) ).getMessage();
		assertTrue( message.contains( "(the server sent a Git LFS pointer instead of the file)" ), message );
		message = assertThrows( PdPlaneException.class, () -> store.download( url( "/missing" ), ( b, t ) -> {} ) ).getMessage();
		assertTrue( message.startsWith( "Cannot download the Ma et al. model from " + url( "/missing" ) ), message );
		assertTrue( message.contains( "404" ) && message.contains( "install-ma-model model.mat" ), message );
		assertFalse( Files.exists( store.installedFile() ) );
		assertEquals( Collections.emptyList(), folderContents(), "no temporary file left" );
	}

	@Test
	void aCancelledDownloadInstallsNothing() throws IOException
	{
		server.page( "/model.mat", 200, Files.readAllBytes( SyntheticModel.write( dir.resolve( "served.mat" ) ) ) );
		final MaModelStore store = store();
		assertEquals( "The download of the Ma et al. model was cancelled; nothing was installed.",
				assertThrows( PdPlaneException.class, () -> store.download( url( "/model.mat" ), CANCELLING ) )
						.getMessage() );
		assertEquals( Collections.emptyList(), folderContents() );
	}
}
