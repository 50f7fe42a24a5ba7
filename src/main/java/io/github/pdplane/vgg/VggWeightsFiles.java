package io.github.pdplane.vgg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.io.InputStreams;
import io.github.pdplane.io.StandInFiles;

/**
 * Reads VGG19 weights from any file PD Plane accepts, telling the format by the file's content, not its
 * name (downloads get renamed, and torchvision and MatConvNet files both circulate under other names):
 * <ul>
 * <li>a MAT-file: PD Plane's installed file ({@link InstalledVggWeights}) or MatConvNet's
 * {@code imagenet-vgg-verydeep-19.mat} ({@link MatConvNetWeights}), told apart by their variables in one
 * streamed pass;</li>
 * <li>a zip (PyTorch 1.6 and later) or a pickle (torchvision's own {@code vgg19-dcbb9e9d.pth}):
 * {@link TorchVggWeights}.</li>
 * </ul>
 * Anything else (an empty file, a web page saved in place of a download, a Git LFS pointer, a folder) is
 * refused with a message naming the file, what it is, and the files that are accepted.
 */
public final class VggWeightsFiles
{
	/** The files accepted, for messages. */
	public static final String ACCEPTED = "PD Plane reads VGG19 weights from torchvision's vgg19-dcbb9e9d.pth (or another torchvision VGG19"
			+ " .pth file), from MatConvNet's imagenet-vgg-verydeep-19.mat, and from its own installed file "
			+ VggWeightsStore.FILE_NAME + ".";

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] MAT = "MATLAB".getBytes( StandardCharsets.US_ASCII );

	/** The pickle opcode PROTO, which starts every pickle of protocol 2 and later. */
	private static final int PICKLE_PROTOCOL = 0x80;

	private VggWeightsFiles()
	{}

	/**
	 * @throws PdPlaneException
	 *             naming the file: missing, a folder, empty, unreadable, of no accepted format, or a file of
	 *             an accepted format that is damaged or lacks a layer
	 */
	public static VggWeights load( final Path file )
	{
		if ( Files.isDirectory( file ) )
			throw refused( file, "is a folder, not a weight file" );
		if ( !Files.exists( file ) )
			throw refused( file, "does not exist" );
		final byte[] start = start( file );
		if ( start.length == 0 )
			throw refused( file, "is empty" );
		if ( startsWith( start, MAT ) )
			return matFile( file );
		if ( startsWith( start, ZIP ) || ( start[ 0 ] & 0xff ) == PICKLE_PROTOCOL )
			return TorchVggWeights.read( file );
		final String standIn = StandInFiles.describe( start );
		if ( standIn != null )
			throw refused( file, "is " + standIn + ", not a weight file (" + ( standIn.equals( StandInFiles.GIT_LFS_POINTER )
					? "the repository it comes from keeps the file in Git LFS: fetch it with 'git lfs pull', or download it"
					: "a download that saved a sign-in or error page instead of the file?" ) + ")" );
		throw refused( file, "is not a weight file PD Plane reads (it starts with " + hex( start ) + ")" );
	}

	private static VggWeights matFile( final Path file )
	{
		final InstalledVggWeights.Collector installed = new InstalledVggWeights.Collector();
		final MatConvNetWeights.Collector matConvNet = new MatConvNetWeights.Collector();
		MatCollector.read( file, installed, matConvNet );
		if ( installed.recognised() )
			return installed.weights( file );
		if ( matConvNet.recognised() )
			return matConvNet.weights( file );
		throw refused( file, "is a MAT-file but neither PD Plane's installed VGG19 weights nor MatConvNet's VGG19 (its variables: "
				+ installed.variables() + ")" );
	}

	private static byte[] start( final Path file )
	{
		try (InputStream in = Files.newInputStream( file ))
		{
			return InputStreams.readUpTo( in, StandInFiles.PROBE_BYTES );
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( "'" + file + "' cannot be read: " + e.getMessage(), e );
		}
	}

	private static boolean startsWith( final byte[] bytes, final byte[] prefix )
	{
		if ( bytes.length < prefix.length )
			return false;
		for ( int i = 0; i < prefix.length; i++ )
			if ( bytes[ i ] != prefix[ i ] )
				return false;
		return true;
	}

	/** The first bytes as hex, for a message: {@code "0x12 0x34 ..."}. */
	private static String hex( final byte[] bytes )
	{
		final StringBuilder s = new StringBuilder();
		for ( int i = 0; i < Math.min( 8, bytes.length ); i++ )
			s.append( i == 0 ? "" : " " ).append( String.format( "0x%02x", bytes[ i ] & 0xff ) );
		return s.append( bytes.length > 8 ? " ..." : "" ).toString();
	}

	private static PdPlaneException refused( final Path file, final String what )
	{
		return new PdPlaneException( "'" + file + "' " + what + ". " + ACCEPTED );
	}
}
