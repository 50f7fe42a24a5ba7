package io.github.pdplane.vgg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.io.ModelStoreTesting;
import io.github.pdplane.io.mat.MatFile;

/** The weights folder, the environment variables, installing any accepted file, and downloads from a local server. */
class VggWeightsStoreTest extends ModelStoreTesting
{
	private VggWeightsStore store()
	{
		return new VggWeightsStore( models(), null );
	}

	@Test
	void theEnvironmentChoosesTheFolderAndItsFileWinsOverTheInstalledOne()
	{
		final Path home = dir.resolve( "home" );
		final VggWeightsStore plain = VggWeightsStore.of( Collections.emptyMap(), home );
		assertEquals( home.resolve( ".pdplane" ).resolve( "models" ).resolve( "vgg" ), plain.folder() );
		assertEquals( plain.folder().resolve( "vgg22.mat" ), plain.modelFile() );
		assertNull( plain.namedFile() );
		final Map< String, String > env = new HashMap<>();
		env.put( VggWeightsStore.FOLDER_VARIABLE, dir.resolve( "models" ).toString() );
		final VggWeightsStore shared = VggWeightsStore.of( env, home );
		assertEquals( dir.resolve( "models" ).resolve( "vgg22.mat" ), shared.modelFile() );
		shared.install( MatConvNetFile.newLayout().write( dir.resolve( "a.mat" ) ) );
		MatConvNetFile.assertCodes( shared.require(), 1 );

		// a file of any accepted format, used where it is
		env.put( VggWeightsStore.FILE_VARIABLE, MatConvNetFile.oldLayout().scale( 4 ).write( dir.resolve( "mine.mat" ) ).toString() );
		final VggWeightsStore named = VggWeightsStore.of( env, home );
		assertEquals( dir.resolve( "mine.mat" ), named.modelFile() );
		assertEquals( dir.resolve( "models" ), named.folder() );
		MatConvNetFile.assertCodes( named.require(), 4 );
		env.put( VggWeightsStore.FILE_VARIABLE, " " );
		assertNull( VggWeightsStore.of( env, home ).namedFile() );
	}

	@Test
	void installingMatConvNetsFileKeepsOnlyTheFourLayersInPdPlanesFormat() throws IOException
	{
		final VggWeightsStore store = store();
		final Path source = MatConvNetFile.newLayout().write( dir.resolve( "imagenet-vgg-verydeep-19.mat" ) );
		assertEquals( store.installedFile(), store.install( source ) );
		assertEquals( Arrays.asList( "format", "version", "source", "description", "averageImage", "conv1_1", "conv1_2", "conv2_1", "conv2_2" ),
				new ArrayList<>( MatFile.read( store.installedFile() ).variables().keySet() ) );
		final VggWeights weights = store.require();
		VggWeightsTesting.assertSameWeights( MatConvNetWeights.read( source ), weights );
		VggWeightsTesting.assertSameWeights( weights, InstalledVggWeights.read( store.installedFile() ) );
		assertSame( weights, store.require(), "read once per file state" );
		assertSame( weights, VggWeightsStore.load( store.installedFile() ) );
		assertEquals( Collections.singletonList( "vgg22.mat" ), folderContents(), "no temporary file left" );
	}

	@Test
	void installingAnInstalledFileGivesTheSameWeights()
	{
		final VggWeights torchvision = MatConvNetFile.torchvision( "torchvision vgg19-dcbb9e9d.pth", 0.5f );
		final Path elsewhere = dir.resolve( "copy-of-vgg22.mat" );
		InstalledVggWeights.write( torchvision, elsewhere );
		final VggWeightsStore store = store();
		store.install( elsewhere );
		VggWeightsTesting.assertSameWeights( torchvision, store.require() );
	}

	@Test
	void badFilesNeverReplaceTheInstalledWeights() throws IOException
	{
		final VggWeightsStore store = store();
		store.install( MatConvNetFile.newLayout().write( dir.resolve( "good.mat" ) ) );
		final byte[] installed = Files.readAllBytes( store.installedFile() );
		final byte[] good = Files.readAllBytes( dir.resolve( "good.mat" ) );
		final Path[] bad = { Files.write( dir.resolve( "page.mat" ), "<!doctype html><html>Not found</html>".getBytes( StandardCharsets.UTF_8 ) ),
				Files.write( dir.resolve( "cut.mat" ), Arrays.copyOf( good, good.length / 2 ) ),
				MatConvNetFile.newLayout().rename( "conv2_2", "conv2_3" ).write( dir.resolve( "renamed.mat" ) ),
				Files.write( dir.resolve( "empty.pth" ), new byte[ 0 ] ), dir.resolve( "missing.pth" ), dir };
		for ( final Path file : bad )
		{
			final String message = assertThrows( PdPlaneException.class, () -> store.install( file ) ).getMessage();
			assertTrue( message.contains( file.toString() ), message );
			assertArrayEquals( installed, Files.readAllBytes( store.installedFile() ), file.toString() );
		}
		assertEquals( Collections.singletonList( "vgg22.mat" ), folderContents(), "no temporary file left" );
	}

	@Test
	void withoutWeightsTheMessageSaysWhereToGetThemAndHowToInstallThem()
	{
		final VggWeightsStore store = store();
		assertFalse( store.isAvailable() );
		final String message = assertThrows( PdPlaneException.class, store::require ).getMessage();
		assertTrue( message.startsWith( "No VGG19 weight file is installed (looked for '" + store.installedFile() + "')." ), message );
		for ( final String part : new String[] { "Plugins > Perception-Distortion > Install VGG Weights...",
				"java -jar pdplane-cli.jar install-vgg-model FILE", "install-vgg-model --download",
				"https://download.pytorch.org/models/vgg19-dcbb9e9d.pth (548 MB)",
				"https://www.vlfeat.org/matconvnet/models/imagenet-vgg-verydeep-19.mat (510 MB)", "Nothing is downloaded unless you ask",
				"PDPLANE_VGG_MODEL_DIR", "PDPLANE_VGG_MODEL ", store.folder().toString() } )
			assertTrue( message.contains( part ), "'" + part + "' missing from: " + message );
		final VggWeightsStore named = new VggWeightsStore( dir, dir.resolve( "gone.pth" ) );
		assertTrue( assertThrows( PdPlaneException.class, named::require ).getMessage()
				.startsWith( "The environment variable PDPLANE_VGG_MODEL names '" + dir.resolve( "gone.pth" ) + "', which does not exist." ) );
	}

	@Test
	void aDownloadIsCheckedAndOnlyItsFourLayersAreKept() throws IOException
	{
		final byte[] served = Files.readAllBytes( MatConvNetFile.newLayout().scale( 2 ).write( dir.resolve( "served.mat" ) ) );
		server.page( "/models/imagenet-vgg-verydeep-19.mat", 200, served );
		final List< long[] > progress = new ArrayList<>();
		final VggWeightsStore store = store();
		assertEquals( store.installedFile(), store.download( server.url( "/models/imagenet-vgg-verydeep-19.mat" ),
				( bytes, total ) -> progress.add( new long[] { bytes, total } ) ) );
		assertArrayEquals( new long[] { 0, served.length }, progress.get( 0 ) );
		assertArrayEquals( new long[] { served.length, served.length }, progress.get( progress.size() - 1 ) );
		final VggWeights weights = store.require();
		MatConvNetFile.assertCodes( weights, 2 );
		assertEquals( "matconvnet imagenet-vgg-verydeep-19.mat", weights.description(), "named after the download, not its temporary file" );
		assertEquals( Collections.singletonList( "vgg22.mat" ), folderContents(), "the download deleted" );

		// a file: address works the same
		final VggWeightsStore local = new VggWeightsStore( dir.resolve( "local" ), null );
		local.download( dir.resolve( "served.mat" ).toUri().toURL(), ( bytes, total ) -> {} );
		MatConvNetFile.assertCodes( local.require(), 2 );
	}

	@Test
	void failedDownloadsInstallNothingAndKeepTheInstalledWeights() throws IOException
	{
		final VggWeightsStore store = store();
		store.install( MatConvNetFile.newLayout().write( dir.resolve( "good.mat" ) ) );
		final byte[] installed = Files.readAllBytes( store.installedFile() );
		final byte[] valid = Files.readAllBytes( MatConvNetFile.newLayout().scale( 2 ).write( dir.resolve( "served.mat" ) ) );
		server.page( "/page", 200, "<!DOCTYPE html><html><body>Sign in to continue".getBytes( StandardCharsets.UTF_8 ) );
		server.truncated( "/cut", valid, valid.length / 2 );
		server.page( "/whole", 200, valid );

		String message = assertThrows( PdPlaneException.class, () -> store.download( server.url( "/page" ), ( b, t ) -> {} ) ).getMessage();
		assertTrue( message.startsWith( "The file downloaded from " + server.url( "/page" ) + " is not a usable VGG19 weight file, so nothing was"
				+ " installed (the server sent a web page instead of the file)." ), message );
		message = assertThrows( PdPlaneException.class, () -> store.download( server.url( "/cut" ), ( b, t ) -> {} ) ).getMessage();
		assertTrue( message.startsWith( "Cannot download the VGG19 weight file from " + server.url( "/cut" ) + ": the connection closed after "
				+ valid.length / 2 + " of " + valid.length + " bytes." ), message );
		assertTrue( message.endsWith( "Download vgg19-dcbb9e9d.pth in a browser and install the file: in ImageJ or Fiji with"
				+ " Plugins > Perception-Distortion > Install VGG Weights..., on the command line with"
				+ " 'java -jar pdplane-cli.jar install-vgg-model vgg19-dcbb9e9d.pth'." ), message );
		message = assertThrows( PdPlaneException.class, () -> store.download( server.url( "/missing" ), ( b, t ) -> {} ) ).getMessage();
		assertTrue( message.contains( "the server answered 404" ), message );
		assertEquals( "The download of the VGG19 weight file was cancelled; nothing was installed.",
				assertThrows( PdPlaneException.class, () -> store.download( server.url( "/whole" ), CANCELLING ) )
						.getMessage() );
		assertArrayEquals( installed, Files.readAllBytes( store.installedFile() ) );
		assertEquals( Collections.singletonList( "vgg22.mat" ), folderContents(), "no temporary file left" );
		MatConvNetFile.assertCodes( store.require(), 1 );
	}

	@Test
	void theDownloadIsTorchvisionsFile()
	{
		assertEquals( "https://download.pytorch.org/models/vgg19-dcbb9e9d.pth", VggWeightsStore.DOWNLOAD_URL );
		assertEquals( "java -jar pdplane-cli.jar install-vgg-model", VggWeightsStore.CLI_COMMAND );
		assertEquals( "Plugins > Perception-Distortion > Install VGG Weights...", VggWeightsStore.MENU_COMMAND );
		assertTrue( VggWeightsFiles.ACCEPTED.contains( VggWeightsStore.FILE_NAME ) );
	}
}
