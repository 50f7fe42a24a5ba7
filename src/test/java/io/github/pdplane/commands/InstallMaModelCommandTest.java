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
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.module.Module;

import com.sun.net.httpserver.HttpServer;

import ij.IJ;

import io.github.pdplane.image.Plane;
import io.github.pdplane.nr.NiqeModel;
import io.github.pdplane.nr.ma.MaFeatures;
import io.github.pdplane.nr.ma.MaModelStore;
import io.github.pdplane.nr.ma.SyntheticModel;

/**
 * Install Ma et al. Model... into a store in a temporary folder: a checked file, the refusal to replace an
 * installed model without overwrite (no person can be asked in a test), bad files, and the download from
 * a local server through the command's download address.
 */
class InstallMaModelCommandTest
{
	private static CommandHarness harness;

	@TempDir
	Path dir;

	@BeforeAll
	static void start()
	{
		harness = new CommandHarness();
	}

	@AfterAll
	static void stop()
	{
		harness.close();
	}

	private MaModelStore store()
	{
		return new MaModelStore( dir.resolve( "models" ), null );
	}

	private Module install( final MaModelStore store, final URL url, final Object... inputs )
	{
		return harness.run( InstallMaModelCommand.class, c -> {
			c.store = store;
			c.downloadUrl = url;
		}, inputs );
	}

	@Test
	void installsACheckedFile() throws IOException
	{
		final MaModelStore store = store();
		final Path file = SyntheticModel.write( dir.resolve( "my model.mat" ) );
		final Module m = install( store, null, "model", file.toFile() );
		assertNull( cancelReason( m ) );
		assertEquals( store.installedFile().toFile(), m.getOutput( "installed" ) );
		assertArrayEquals( Files.readAllBytes( file ), Files.readAllBytes( store.installedFile() ) );
		assertTrue( Files.exists( file ), "the source stays" );
	}

	/** An installed model is replaced only with overwrite; a refused or failed install leaves it as it was. */
	@Test
	void replacesAnInstalledModelOnlyWithOverwrite() throws IOException
	{
		final MaModelStore store = store();
		final Path first = SyntheticModel.write( dir.resolve( "first.mat" ) );
		assertNull( cancelReason( install( store, null, "model", first.toFile() ) ) );
		final byte[] installed = Files.readAllBytes( store.installedFile() );
		final Path second = SyntheticModel.tunedTo( MaFeatures.compute( "texture", texture(), 255 ), dir.resolve( "second.mat" ) );

		assertEquals( "A Ma et al. model is already installed in '" + store.installedFile()
				+ "'; tick Overwrite (in a macro: add the key overwrite) to replace it.", cancelReason( install( store, null, "model", second
						.toFile() ) ) );
		assertArrayEquals( installed, Files.readAllBytes( store.installedFile() ) );

		final Path niqe = dir.resolve( "niqe.mat" );
		NiqeModel.live().save( niqe );
		assertTrue( cancelReason( install( store, null, "model", niqe.toFile(), "overwrite", true ) ).startsWith(
				"Cannot load the Ma et al. model file '" + niqe + "': it has no variable 'model'" ) );
		assertArrayEquals( installed, Files.readAllBytes( store.installedFile() ) );

		assertNull( cancelReason( install( store, null, "model", second.toFile(), "overwrite", true ) ) );
		assertArrayEquals( Files.readAllBytes( second ), Files.readAllBytes( store.installedFile() ) );
	}

	/** A textured grey plane, to tune a second model to. */
	private static Plane texture()
	{
		final int w = 96, h = 96;
		final double[] v = new double[ w * h ];
		for ( int i = 0; i < v.length; i++ )
			v[ i ] = CommandHarness.texture( i % w, i / w );
		return new Plane( w, h, v );
	}

	@Test
	void needsAFileOrDownloadButNotBoth() throws IOException
	{
		final MaModelStore store = store();
		assertEquals( "Choose the model file to install (model.mat of the authors' sr-metric release), or tick Download (in a macro: add the"
				+ " key download) to fetch it from the authors' repository.", cancelReason( install( store, null ) ) );
		assertEquals( "Choose the model file to install (model.mat of the authors' sr-metric release), or tick Download (in a macro: add the"
				+ " key download) to fetch it from the authors' repository.", cancelReason( install( store, null, "model", new File( "" ) ) ) );
		final Path file = SyntheticModel.write( dir.resolve( "m.mat" ) );
		assertEquals( "Give either a model file or Download, not both.", cancelReason( install( store, null, "model", file.toFile(), "download",
				true ) ) );
		assertEquals( "Cannot install the Ma et al. model '" + dir + "': it is a folder.", cancelReason( install( store, null, "model", dir
				.toFile() ) ) );
		assertFalse( Files.exists( store.installedFile() ) );
	}

	/**
	 * Download fetches from the command's address, checks and installs; it is refused before any request
	 * where a model is installed.
	 */
	@Test
	void downloadsFromItsAddress() throws IOException
	{
		final byte[] bytes = Files.readAllBytes( SyntheticModel.write( dir.resolve( "served.mat" ) ) );
		final AtomicInteger requests = new AtomicInteger();
		final HttpServer server = HttpServer.create( new InetSocketAddress( "127.0.0.1", 0 ), 0 );
		server.createContext( "/model.mat", exchange -> {
			requests.incrementAndGet();
			exchange.sendResponseHeaders( 200, bytes.length );
			try (OutputStream out = exchange.getResponseBody())
			{
				out.write( bytes );
			}
		} );
		server.start();
		try
		{
			final URL url = new URL( "http://127.0.0.1:" + server.getAddress().getPort() + "/model.mat" );
			final MaModelStore store = store();
			IJ.setKeyDown( KeyEvent.VK_ESCAPE ); // an Escape pressed before the command started does not cancel it
			final Module m = install( store, url, "download", true );
			assertNull( cancelReason( m ) );
			assertEquals( 1, requests.get() );
			assertArrayEquals( bytes, Files.readAllBytes( store.installedFile() ) );
			assertEquals( store.installedFile().toFile(), m.getOutput( "installed" ) );

			assertEquals( "A Ma et al. model is already installed in '" + store.installedFile()
					+ "'; tick Overwrite (in a macro: add the key overwrite) to replace it.", cancelReason( install( store, url, "download",
							true ) ) );
			assertEquals( 1, requests.get(), "nothing is downloaded before the refusal" );
			assertNull( cancelReason( install( store, url, "download", true, "overwrite", true ) ) );
			assertEquals( 2, requests.get() );
		}
		finally
		{
			server.stop( 0 );
		}
		final MaModelStore empty = new MaModelStore( dir.resolve( "models2" ), null );
		final String failed = cancelReason( install( empty, new URL( "http://127.0.0.1:9/none" ), "download", true ) );
		assertTrue( failed.startsWith( "Cannot download the Ma et al. model from http://127.0.0.1:9/none: " ), failed );
		assertFalse( Files.exists( empty.installedFile() ) );
	}

	/** Escape during the download cancels it: nothing is installed, and the message says so. */
	@Test
	void escapeCancelsTheDownload() throws IOException
	{
		final byte[] bytes = Files.readAllBytes( SyntheticModel.write( dir.resolve( "served.mat" ) ) );
		final HttpServer server = HttpServer.create( new InetSocketAddress( "127.0.0.1", 0 ), 0 );
		server.createContext( "/model.mat", exchange -> {
			exchange.sendResponseHeaders( 200, bytes.length );
			try (OutputStream out = exchange.getResponseBody())
			{
				out.write( bytes, 0, 100 );
				out.flush();
				// the person presses Escape before the rest arrives
				IJ.setKeyDown( KeyEvent.VK_ESCAPE );
				out.write( bytes, 100, bytes.length - 100 );
			}
		} );
		server.start();
		try
		{
			final MaModelStore store = store();
			final Module m = install( store, new URL( "http://127.0.0.1:" + server.getAddress().getPort() + "/model.mat" ), "download", true );
			assertEquals( "The download of the Ma et al. model was cancelled; nothing was installed.", cancelReason( m ) );
			assertFalse( Files.exists( store.installedFile() ) );
			try (Stream< Path > left = Files.list( store.folder() ))
			{
				assertEquals( 0, left.count(), "no partial file is left" );
			}
		}
		finally
		{
			server.stop( 0 );
			IJ.resetEscape();
		}
	}
}
