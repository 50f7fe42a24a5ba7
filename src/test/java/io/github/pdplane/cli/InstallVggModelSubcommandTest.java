package io.github.pdplane.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.pdplane.io.ModelStoreTesting;
import io.github.pdplane.io.torch.PickleBytes;
import io.github.pdplane.io.torch.TorchFiles;
import io.github.pdplane.io.torch.TorchFiles.Tensor;
import io.github.pdplane.vgg.InstalledVggWeights;
import io.github.pdplane.vgg.VggWeights;
import io.github.pdplane.vgg.VggWeightsStore;
import io.github.pdplane.vgg.VggWeightsTesting;

/**
 * {@code install-vgg-model} into a store in a temporary folder: torchvision's two containers and PD Plane's
 * own file, downloads from a local server, usage errors, and files that are refused with one line while
 * the installed weights stay.
 */
class InstallVggModelSubcommandTest extends ModelStoreTesting
{
	/** The installed file keeps only the four layers: about 1 MB of singles, where torchvision's file is 548 MB. */
	private static final long INSTALLED_AT_MOST = 1_200_000;

	private VggWeightsStore store()
	{
		return new VggWeightsStore( models(), null );
	}

	private static CliRun run( final VggWeightsStore store, final URL url, final String... args )
	{
		return CliRun.command( new InstallVggModelSubcommand( () -> store, url ), args );
	}

	/** The line printed after installing {@code weights}. */
	private static String installedLine( final VggWeightsStore store, final VggWeights weights )
	{
		return "Installed the VGG19 weights (" + weights.description() + ": conv1_1 to conv2_2, torchvision normalisation) in "
				+ store.installedFile() + "; the metric vgg22 uses them now.";
	}

	/** The installed file is small, reads back as {@code expected}, and is alone in the model folder. */
	private void assertInstalled( final VggWeightsStore store, final VggWeights expected ) throws IOException
	{
		assertTrue( Files.size( store.installedFile() ) < INSTALLED_AT_MOST, Files.size( store.installedFile() ) + " bytes" );
		VggWeightsTesting.assertSameWeights( expected, InstalledVggWeights.read( store.installedFile() ) );
		assertEquals( Collections.singletonList( VggWeightsStore.FILE_NAME ), folderContents(), "no temporary file left" );
	}

	/** torchvision's zip, its legacy container with the same tensors, and an installed file: each replaces the one before. */
	@Test
	void installsEveryAcceptedFormatKeepingOnlyTheFourLayers() throws IOException
	{
		final VggWeightsStore store = store();
		final Path zip = dir.resolve( "vgg19-dcbb9e9d.pth" );
		final VggWeights fromZip = VggWeightsTesting.writeTorchvision( 1, zip );
		final Path legacy = dir.resolve( "legacy vgg19.pth" );
		final VggWeights fromLegacy = VggWeightsTesting.torchvision( 2, legacy.getFileName().toString() );
		TorchFiles.writeLegacy( legacy, TorchFiles.vggTensors( fromLegacy ) );
		final Path installed = dir.resolve( "vgg22 copy.mat" );
		// an installed file keeps the description of the file it was made from, not its own name
		final VggWeights fromInstalled = VggWeightsTesting.torchvision( 3, "vgg19-dcbb9e9d.pth" );
		InstalledVggWeights.write( fromInstalled, installed );

		final Map< Path, VggWeights > files = new LinkedHashMap<>();
		files.put( zip, fromZip );
		files.put( legacy, fromLegacy );
		files.put( installed, fromInstalled );
		boolean first = true;
		for ( final Map.Entry< Path, VggWeights > file : files.entrySet() )
		{
			if ( !first )
			{
				final byte[] before = Files.readAllBytes( store.installedFile() );
				run( store, null, file.getKey().toString() ).assertOneError( Main.USAGE, "VGG19 weights are already installed in "
						+ store.installedFile() + "; add --overwrite to replace it." );
				assertArrayEquals( before, Files.readAllBytes( store.installedFile() ), "nothing replaced without --overwrite" );
			}
			final CliRun run = first ? run( store, null, file.getKey().toString() ) : run( store, null, "--overwrite", file.getKey().toString() );
			first = false;
			assertEquals( Main.OK, run.exit, run::toString );
			assertEquals( Collections.singletonList( installedLine( store, file.getValue() ) ), run.outLines() );
			assertEquals( "", run.err );
			assertInstalled( store, file.getValue() );
			assertTrue( Files.exists( file.getKey() ), "the source stays" );
		}
	}

	@Test
	void warnsWhenTheEnvironmentNamesAnotherFile() throws IOException
	{
		final Path elsewhere = dir.resolve( "elsewhere.pth" );
		final VggWeightsStore store = new VggWeightsStore( models(), elsewhere );
		final Path file = dir.resolve( "vgg19.pth" );
		final VggWeights weights = VggWeightsTesting.writeTorchvision( 4, file );
		final CliRun run = run( store, null, file.toString() );
		assertEquals( Main.OK, run.exit, run::toString );
		assertEquals( Collections.singletonList( installedLine( store, weights ) ), run.outLines() );
		assertEquals( Collections.singletonList( "warning: PDPLANE_VGG_MODEL is set to '" + elsewhere + "': vgg22 reads that file, not the one"
				+ " installed; unset it to use the installed weights." ), run.errLines() );
		assertInstalled( store, weights );
	}

	@Test
	void downloadsWithProgressOnStandardError() throws IOException
	{
		final byte[] bytes = VggWeightsTesting.torchvisionBytes( 5, dir.resolve( "served.pth" ) );
		server.page( "/models/vgg19-dcbb9e9d.pth", 200, bytes );
		final URL url = server.url( "/models/vgg19-dcbb9e9d.pth" );
		final VggWeightsStore store = store();
		final CliRun run = run( store, url, "--download" );
		assertEquals( Main.OK, run.exit, run::toString );
		// named after the address, not after the file the server was given
		final VggWeights expected = VggWeightsTesting.torchvision( 5, "vgg19-dcbb9e9d.pth" );
		assertEquals( Collections.singletonList( installedLine( store, expected ) ), run.outLines() );
		final List< String > err = run.errLines();
		assertEquals( "note: downloading the VGG19 weights of torchvision (548 MB) from " + url, err.get( 0 ) );
		for ( final String progress : err.subList( 1, err.size() ) )
			assertTrue( progress.matches( "note: +\\d+% \\(\\d+\\.\\d of \\d+\\.\\d MB\\)" ), run.err );
		assertTrue( err.size() > 2, "notes before the end: " + run.err );
		assertEquals( String.format( "note: 100%% (%.1f of %.1f MB)", bytes.length / 1e6, bytes.length / 1e6 ), err.get( err.size() - 1 ) );
		assertInstalled( store, expected );
	}

	/** A web page and a body cut short: one error line after the notes, nothing installed, nothing left behind. */
	@Test
	void refusedDownloadsInstallNothing() throws IOException
	{
		final byte[] bytes = VggWeightsTesting.torchvisionBytes( 6, dir.resolve( "served.pth" ) );
		server.page( "/page/vgg19.pth", 200, "<!DOCTYPE html><html><body>Sign in to continue".getBytes( StandardCharsets.UTF_8 ) );
		server.truncated( "/cut/vgg19.pth", bytes, bytes.length / 2 );
		final Map< String, String > reasons = new LinkedHashMap<>();
		reasons.put( "/page/vgg19.pth", "is not a usable VGG19 weight file, so nothing was installed (the server sent a web page instead of the"
				+ " file)" );
		reasons.put( "/cut/vgg19.pth", ": the connection closed after " + bytes.length / 2 + " of " + bytes.length + " bytes" );
		final VggWeightsStore store = store();
		for ( final Map.Entry< String, String > path : reasons.entrySet() )
		{
			final URL url = server.url( path.getKey() );
			final CliRun run = run( store, url, "--download" );
			assertEquals( Main.INPUT_FAILED, run.exit, run::toString );
			final List< String > err = run.errLines();
			final String last = err.get( err.size() - 1 );
			assertTrue( last.startsWith( "error: " ) && last.contains( url.toString() ) && last.contains( path.getValue() ), run.err );
			assertEquals( 1, err.stream().filter( line -> line.startsWith( "error: " ) ).count(), run.err );
			assertTrue( err.subList( 0, err.size() - 1 ).stream().allMatch( line -> line.startsWith( "note: " ) ), run.err );
			run.assertNoStackTrace();
			assertEquals( "", run.out );
			assertFalse( Files.exists( store.installedFile() ) );
			assertEquals( Collections.emptyList(), folderContents(), "no download or temporary file left" );
		}
	}

	@Test
	void needsAFileOrDownloadButNotBoth() throws IOException
	{
		final VggWeightsStore store = store();
		final Path file = dir.resolve( "vgg19.pth" );
		VggWeightsTesting.writeTorchvision( 7, file );
		final String expected = "install-vgg-model needs either a weight FILE (torchvision's vgg19-dcbb9e9d.pth or MatConvNet's"
				+ " imagenet-vgg-verydeep-19.mat) or --download.";
		run( store, null ).assertOneError( Main.USAGE, expected );
		run( store, server.url( "/vgg19.pth" ), "--download", file.toString() ).assertOneError( Main.USAGE, expected );
		assertEquals( 0, server.requests(), "nothing is downloaded on a usage error" );
		assertFalse( Files.exists( store.installedFile() ) );
	}

	/**
	 * Files that are not VGG19's weights, or damaged ones: one error line that names the file and says what
	 * is wrong, exit 1, and the installed weights byte for byte as they were. The pickle that names
	 * {@code os.system} runs nothing.
	 */
	@Test
	void refusesBadFilesAndKeepsTheInstalledWeights() throws IOException
	{
		final VggWeightsStore store = store();
		final Path good = dir.resolve( "good.pth" );
		final VggWeights weights = VggWeightsTesting.writeTorchvision( 8, good );
		assertEquals( Main.OK, run( store, null, good.toString() ).exit );
		final byte[] installed = Files.readAllBytes( store.installedFile() );

		final Map< Path, String > bad = new LinkedHashMap<>();
		final byte[] noise = new byte[ 4096 ];
		new Random( 8 ).nextBytes( noise );
		noise[ 0 ] = 0x12;
		bad.put( Files.write( dir.resolve( "noise.pth" ), noise ), "is not a weight file PD Plane reads (it starts with 0x12 " );
		bad.put( Files.write( dir.resolve( "page.pth" ), "<!DOCTYPE html>\n<html><head><title>Sign in</title>".getBytes( StandardCharsets.UTF_8 ) ),
				"is a web page, not a weight file" );
		bad.put( Files.write( dir.resolve( "empty.pth" ), new byte[ 0 ] ), "is empty." );
		final byte[] whole = Files.readAllBytes( good );
		bad.put( Files.write( dir.resolve( "cut.pth" ), Arrays.copyOf( whole, whole.length / 2 ) ), "" );
		final Path witness = dir.resolve( "pwned" );
		bad.put( Files.write( dir.resolve( "evil.pth" ), new PickleBytes().proto( 2 ).global( "os", "system" ).text( "touch " + witness ).raw(
				PickleBytes.TUPLE1, PickleBytes.REDUCE, PickleBytes.STOP ).toByteArray() ), "os.system" );
		final List< Tensor > tensors = TorchFiles.vggTensors( weights );
		tensors.removeIf( t -> t.key().equals( "features.7.weight" ) );
		final Path missing = dir.resolve( "missing.pth" );
		TorchFiles.writeZip( missing, tensors );
		bad.put( missing, "has no features.7.weight" );
		final List< Tensor > misshapen = TorchFiles.vggTensors( weights );
		misshapen.replaceAll( t -> t.key().equals( "features.5.weight" ) ? TorchFiles.contiguous( t.key(), TorchFiles.floats( "narrow",
				new float[ 128 * 32 * 9 ] ), 128, 32, 3, 3 ) : t );
		final Path shape = dir.resolve( "shape.pth" );
		TorchFiles.writeLegacy( shape, misshapen );
		bad.put( shape, "features.5.weight has the shape [128, 32, 3, 3]; VGG19's conv2_1 has [128, 64, 3, 3]" );

		for ( final Map.Entry< Path, String > file : bad.entrySet() )
		{
			run( store, null, "--overwrite", file.getKey().toString() ).assertOneError( Main.INPUT_FAILED, "'" + file.getKey() + "'", file
					.getValue() );
			assertArrayEquals( installed, Files.readAllBytes( store.installedFile() ), file.getKey().toString() );
		}
		assertFalse( Files.exists( witness ), "the pickle ran nothing" );
		assertEquals( Collections.singletonList( VggWeightsStore.FILE_NAME ), folderContents(), "no temporary file left" );
	}
}
