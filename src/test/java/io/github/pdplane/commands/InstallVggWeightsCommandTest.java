package io.github.pdplane.commands;

import static io.github.pdplane.commands.CommandHarness.cancelReason;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.event.KeyEvent;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.scijava.module.Module;

import ij.IJ;

import io.github.pdplane.io.ModelStoreTesting;
import io.github.pdplane.vgg.InstalledVggWeights;
import io.github.pdplane.vgg.VggWeights;
import io.github.pdplane.vgg.VggWeightsFiles;
import io.github.pdplane.vgg.VggWeightsStore;
import io.github.pdplane.vgg.VggWeightsTesting;

/**
 * Install VGG Weights... into a store in a temporary folder: a checked file of which only the four layers
 * are kept, the refusal to replace installed weights without overwrite (no person can be asked in a test),
 * the choice of a file or Download, the download from a local server through the command's address, and
 * Escape during it.
 */
class InstallVggWeightsCommandTest extends ModelStoreTesting
{
	@AutoClose
	private static final CommandHarness harness = new CommandHarness();

	private VggWeightsStore store()
	{
		return new VggWeightsStore( models(), null );
	}

	private static Module install( final VggWeightsStore store, final URL url, final Object... inputs )
	{
		return harness.run( InstallVggWeightsCommand.class, c -> {
			c.store = store;
			c.downloadUrl = url;
		}, inputs );
	}

	private static String alreadyInstalled( final VggWeightsStore store )
	{
		return "VGG19 weights are already installed in '" + store.installedFile() + "'; tick Overwrite (in a macro: add the key overwrite) to"
				+ " replace it.";
	}

	@Test
	void installsTheFourLayersOfACheckedFile() throws IOException
	{
		final VggWeightsStore store = store();
		final Path file = dir.resolve( "my vgg19.pth" );
		final VggWeights weights = VggWeightsTesting.writeTorchvision( 1, file );
		final Module m = install( store, null, "model", file.toFile() );
		assertNull( cancelReason( m ) );
		assertEquals( store.installedFile().toFile(), m.getOutput( "installed" ) );
		VggWeightsTesting.assertSameWeights( weights, InstalledVggWeights.read( store.installedFile() ) );
		assertTrue( Files.size( store.installedFile() ) < Files.size( file ), "a file of PD Plane's own format, not a copy" );
		assertTrue( Files.exists( file ), "the source stays" );
	}

	/** Installed weights are replaced only with overwrite; a refused or failed install leaves them as they were. */
	@Test
	void replacesInstalledWeightsOnlyWithOverwrite() throws IOException
	{
		final VggWeightsStore store = store();
		final Path first = dir.resolve( "first.pth" ), second = dir.resolve( "second.pth" );
		VggWeightsTesting.writeTorchvision( 2, first );
		final VggWeights replacement = VggWeightsTesting.writeTorchvision( 3, second );
		assertNull( cancelReason( install( store, null, "model", first.toFile() ) ) );
		final byte[] installed = Files.readAllBytes( store.installedFile() );

		assertEquals( alreadyInstalled( store ), cancelReason( install( store, null, "model", second.toFile() ) ) );
		assertArrayEquals( installed, Files.readAllBytes( store.installedFile() ) );

		final Path page = Files.write( dir.resolve( "page.pth" ), "<!DOCTYPE html><html>Not found".getBytes( StandardCharsets.UTF_8 ) );
		assertEquals( "'" + page + "' is a web page, not a weight file (a download that saved a sign-in or error page instead of the file?). "
				+ VggWeightsFiles.ACCEPTED, cancelReason( install( store, null, "model", page.toFile(), "overwrite", true ) ) );
		assertArrayEquals( installed, Files.readAllBytes( store.installedFile() ) );

		assertNull( cancelReason( install( store, null, "model", second.toFile(), "overwrite", true ) ) );
		VggWeightsTesting.assertSameWeights( replacement, InstalledVggWeights.read( store.installedFile() ) );
	}

	@Test
	void needsAFileOrDownloadButNotBoth() throws IOException
	{
		final VggWeightsStore store = store();
		final String choose = "Choose the weight file to install, or tick Download (in a macro: add the key download) to fetch torchvision's"
				+ " (548 MB). " + VggWeightsFiles.ACCEPTED;
		assertEquals( choose, cancelReason( install( store, null ) ) );
		assertEquals( choose, cancelReason( install( store, null, "model", new File( "" ) ) ) );
		final Path file = dir.resolve( "vgg19.pth" );
		VggWeightsTesting.writeTorchvision( 4, file );
		assertEquals( "Give either a model file or Download, not both.", cancelReason( install( store, server.url( "/vgg19.pth" ), "model", file
				.toFile(), "download", true ) ) );
		assertEquals( "Cannot install the VGG19 weight file '" + dir + "': it is a folder.", cancelReason( install( store, null, "model", dir
				.toFile() ) ) );
		assertEquals( 0, server.requests() );
		assertFalse( Files.exists( store.installedFile() ) );
	}

	/**
	 * Download fetches from the command's address, checks and installs the four layers, named after the
	 * address's file; it is refused before any request where weights are installed.
	 */
	@Test
	void downloadsFromItsAddress() throws IOException
	{
		server.page( "/models/vgg19-dcbb9e9d.pth", 200, VggWeightsTesting.torchvisionBytes( 5, dir.resolve( "served.pth" ) ) );
		final URL url = server.url( "/models/vgg19-dcbb9e9d.pth" );
		final VggWeightsStore store = store();
		IJ.setKeyDown( KeyEvent.VK_ESCAPE ); // an Escape pressed before the command started does not cancel it
		final Module m = install( store, url, "download", true );
		assertNull( cancelReason( m ) );
		assertEquals( 1, server.requests() );
		assertEquals( store.installedFile().toFile(), m.getOutput( "installed" ) );
		VggWeightsTesting.assertSameWeights( VggWeightsTesting.torchvision( 5, "vgg19-dcbb9e9d.pth" ), InstalledVggWeights.read( store
				.installedFile() ) );
		assertEquals( Collections.singletonList( VggWeightsStore.FILE_NAME ), folderContents(), "the download deleted" );

		assertEquals( alreadyInstalled( store ), cancelReason( install( store, url, "download", true ) ) );
		assertEquals( 1, server.requests(), "nothing is downloaded before the refusal" );
		assertNull( cancelReason( install( store, url, "download", true, "overwrite", true ) ) );
		assertEquals( 2, server.requests() );

		final VggWeightsStore empty = new VggWeightsStore( dir.resolve( "other models" ), null );
		final String failed = cancelReason( install( empty, server.url( "/none.pth" ), "download", true ) );
		assertTrue( failed.startsWith( "Cannot download the VGG19 weight file from " + server.url( "/none.pth" ) + ": the server answered 404" ),
				failed );
		assertFalse( Files.exists( empty.installedFile() ) );
	}

	/** Escape during the download cancels it: nothing is installed, nothing is left, and the message says so. */
	@Test
	void escapeCancelsTheDownload() throws IOException
	{
		// the person presses Escape before the rest arrives
		server.pausing( "/vgg19.pth", VggWeightsTesting.torchvisionBytes( 6, dir.resolve( "served.pth" ) ), 100, () -> IJ.setKeyDown( KeyEvent.VK_ESCAPE ) );
		try
		{
			final VggWeightsStore store = store();
			assertEquals( "The download of the VGG19 weight file was cancelled; nothing was installed.", cancelReason( install( store, server.url(
					"/vgg19.pth" ), "download", true ) ) );
			assertFalse( Files.exists( store.installedFile() ) );
			assertEquals( Collections.emptyList(), folderContents(), "no partial file is left" );
		}
		finally
		{
			IJ.resetEscape();
		}
	}
}
