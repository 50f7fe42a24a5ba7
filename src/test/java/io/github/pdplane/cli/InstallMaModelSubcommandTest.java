package io.github.pdplane.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import io.github.pdplane.io.mat.MatWriter;
import io.github.pdplane.nr.ma.MaModelStore;

/** {@code install-ma-model} on a store in a temporary folder, and {@code --download} from a local server. */
class InstallMaModelSubcommandTest
{
	@TempDir
	Path dir;

	/** A valid model in the authors' layout: one stump per forest, linear [0 1 1 1]. */
	private Path model( final String name )
	{
		return model( name, 1 );
	}

	/** The same stump {@code trees} times in every forest. */
	private Path model( final String name, final int trees )
	{
		final Map< String, MatWriter.Value > forest = new LinkedHashMap<>();
		forest.put( "lDau", MatWriter.int32s( 3, trees, repeat( new int[] { 2, 0, 0 }, trees ) ) );
		forest.put( "rDau", MatWriter.int32s( 3, trees, repeat( new int[] { 3, 0, 0 }, trees ) ) );
		forest.put( "upper", MatWriter.doubles( 3, trees, repeat( new double[] { 0.5, 0, 0 }, trees ) ) );
		forest.put( "avnode", MatWriter.doubles( 3, trees, repeat( new double[] { 5, 4, 6 }, trees ) ) );
		forest.put( "mbest", MatWriter.int32s( 3, trees, repeat( new int[] { 1, 0, 0 }, trees ) ) );
		forest.put( "ndtree", MatWriter.int32s( trees, 1, repeat( new int[] { 3 }, trees ) ) );
		forest.put( "ntree", MatWriter.doubles( 1, 1, new double[] { trees } ) );
		final Map< String, MatWriter.Value > m = new LinkedHashMap<>();
		m.put( "rf", MatWriter.cell( 1, 3, MatWriter.struct( forest ), MatWriter.struct( forest ), MatWriter.struct( forest ) ) );
		m.put( "linear", MatWriter.doubles( 4, 1, new double[] { 0, 1, 1, 1 } ) );
		final Path file = dir.resolve( name );
		new MatWriter( "test model" ).add( "model", MatWriter.struct( m ) ).compressed().write( file );
		return file;
	}

	private static int[] repeat( final int[] column, final int times )
	{
		final int[] out = new int[ column.length * times ];
		for ( int t = 0; t < times; t++ )
			System.arraycopy( column, 0, out, t * column.length, column.length );
		return out;
	}

	private static double[] repeat( final double[] column, final int times )
	{
		final double[] out = new double[ column.length * times ];
		for ( int t = 0; t < times; t++ )
			System.arraycopy( column, 0, out, t * column.length, column.length );
		return out;
	}

	private CliRun run( final MaModelStore store, final URL url, final String... args )
	{
		return CliRun.command( new InstallMaModelSubcommand( () -> store, url ), args );
	}

	@Test
	void installsACheckedFile() throws IOException
	{
		final MaModelStore store = new MaModelStore( dir.resolve( "models" ), null );
		final Path file = model( "model.mat" );
		final CliRun run = run( store, null, file.toString() );
		assertEquals( Main.OK, run.exit, run::toString );
		assertEquals( Arrays.asList( "Installed the Ma et al. model in " + store.installedFile() + " (1, 1 and 1 trees); the metrics ma and pi"
				+ " use it now." ), run.outLines() );
		assertEquals( "", run.err );
		assertArrayEquals( Files.readAllBytes( file ), Files.readAllBytes( store.installedFile() ) );
	}

	@Test
	void refusesFilesThatAreNotAModelAndKeepsTheInstalledOne() throws IOException
	{
		final MaModelStore store = new MaModelStore( dir.resolve( "models" ), null );
		final Path good = model( "good.mat" );
		assertEquals( Main.OK, run( store, null, good.toString() ).exit );
		final Path other = dir.resolve( "other.mat" );
		new MatWriter( "t" ).addScalar( "mu_prisparam", 1 ).write( other );
		run( store, null, other.toString() ).assertOneError( Main.USAGE, "A Ma et al. model is already installed in " + store.installedFile()
				+ "; add --overwrite to replace it." );
		run( store, null, "--overwrite", other.toString() ).assertOneError( Main.INPUT_FAILED, "Cannot load the Ma et al. model file '" + other
				+ "': it has no variable 'model'" );
		assertArrayEquals( Files.readAllBytes( good ), Files.readAllBytes( store.installedFile() ) );
	}

	@Test
	void needsAFileOrDownloadButNotBoth()
	{
		final MaModelStore store = new MaModelStore( dir.resolve( "models" ), null );
		run( store, null ).assertOneError( Main.USAGE, "install-ma-model needs either a model FILE or --download" );
		run( store, null, "--download", "x.mat" ).assertOneError( Main.USAGE, "install-ma-model needs either a model FILE or --download" );
		assertFalse( Files.exists( store.installedFile() ) );
	}

	@Test
	void downloadsWithProgressAndWarnsWhenTheEnvironmentNamesAnotherFile() throws IOException
	{
		final byte[] bytes = Files.readAllBytes( model( "served.mat" ) );
		final HttpServer server = HttpServer.create( new InetSocketAddress( "127.0.0.1", 0 ), 0 );
		server.createContext( "/model.mat", exchange -> {
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
			final MaModelStore store = new MaModelStore( dir.resolve( "models" ), dir.resolve( "elsewhere.mat" ) );
			model( "elsewhere.mat", 2 );
			final CliRun run = run( store, url, "--download" );
			assertEquals( Main.OK, run.exit, run::toString );
			assertArrayEquals( bytes, Files.readAllBytes( store.installedFile() ) );
			final List< String > err = run.errLines();
			assertEquals( "note: downloading the Ma et al. model from " + url, err.get( 0 ) );
			assertTrue( err.get( err.size() - 2 ).startsWith( "note: 100% (" ), run.err );
			assertTrue( err.get( err.size() - 1 ).startsWith( "warning: PDPLANE_MA_MODEL is set to '" + dir.resolve( "elsewhere.mat" ) + "'" ),
					run.err );
			// the counts are the installed model's, not those of the file the environment names
			assertEquals( "Installed the Ma et al. model in " + store.installedFile() + " (1, 1 and 1 trees); the metrics ma and pi use it now.",
					run.outLines().get( 0 ) );
		}
		finally
		{
			server.stop( 0 );
		}
		final CliRun failed = run( new MaModelStore( dir.resolve( "models2" ), null ), new URL( "http://127.0.0.1:9/none" ), "--download" );
		assertEquals( Main.INPUT_FAILED, failed.exit, failed::toString );
		assertTrue( failed.err.contains( "error: Cannot download the Ma et al. model from http://127.0.0.1:9/none" ), failed.err );
		failed.assertNoStackTrace();
	}
}
