package io.github.pdplane.vgg;

import java.nio.file.Path;
import java.util.Map;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.io.ModelStore;

/**
 * Where the user's VGG19 weights live, and how they get there. VGG2,2 needs trained weights that PD Plane
 * does not include (500 MB or more); the user installs them once, from torchvision's or MatConvNet's file
 * or, when asked and only then, by downloading torchvision's, and every front end then finds them:
 * <ul>
 * <li>the environment variable {@value #FILE_VARIABLE} names a weight file of any accepted format
 * ({@link VggWeightsFiles}) to use where it is (it wins over the installed one);</li>
 * <li>otherwise the installed file {@value #FILE_NAME} in the folder {@value #FOLDER_VARIABLE} names, else
 * {@code ~/.pdplane/models/vgg}.</li>
 * </ul>
 * Installing reads and checks the source, then writes only the four layers VGG2,2 uses in PD Plane's own
 * format ({@link InstalledVggWeights}, about 1 MB, read in milliseconds) through a temporary file moved
 * into place, so a bad file never replaces good weights. Loaded weights are kept for the last file read
 * (path, size, modification time), so a batch reads them once. The store itself is {@link ModelStore}'s;
 * this class names the files and says where to get them. Thread-safe.
 */
public final class VggWeightsStore extends ModelStore< VggWeights >
{
	/** Names a weight file, of any accepted format, to use where it is. */
	public static final String FILE_VARIABLE = "PDPLANE_VGG_MODEL";

	/** Names the folder the weights are installed in. */
	public static final String FOLDER_VARIABLE = "PDPLANE_VGG_MODEL_DIR";

	/** The installed file. */
	public static final String FILE_NAME = "vgg22.mat";

	/** torchvision's VGG19 weights (548 MB), what the download fetches. */
	public static final String DOWNLOAD_URL = "https://download.pytorch.org/models/vgg19-dcbb9e9d.pth";

	/** MatConvNet's VGG19 (510 MB), which users download themselves. */
	public static final String MATCONVNET_URL = "https://www.vlfeat.org/matconvnet/models/imagenet-vgg-verydeep-19.mat";

	/** The front ends' install commands, for messages. */
	public static final String MENU_COMMAND = "Plugins > Perception-Distortion > Install VGG Weights...",
			CLI_COMMAND = "java -jar pdplane-cli.jar install-vgg-model";

	private static final ModelStore.Kind< VggWeights > KIND = new ModelStore.Kind<>( "VGG19 weight file", VggWeightsFiles::load,
			FILE_VARIABLE, FOLDER_VARIABLE, "vgg", FILE_NAME, MENU_COMMAND, CLI_COMMAND, DOWNLOAD_URL );

	/**
	 * @param folder
	 *            the folder the weights are installed in
	 * @param namedFile
	 *            a weight file to use instead of the installed one, or {@code null}
	 */
	public VggWeightsStore( final Path folder, final Path namedFile )
	{
		super( KIND, folder, namedFile );
	}

	/** The store the process's environment describes. */
	public static VggWeightsStore fromEnvironment()
	{
		return of( System.getenv(), home() );
	}

	/** The store an environment describes, with {@code home} as the user's home folder. */
	public static VggWeightsStore of( final Map< String, String > environment, final Path home )
	{
		return new VggWeightsStore( KIND.folder( environment, home ), KIND.namedFile( environment ) );
	}

	/**
	 * A weight file of any accepted format, read once per path, size and modification time (the weights
	 * installed last are already read).
	 *
	 * @throws PdPlaneException
	 *             as {@link VggWeightsFiles#load}
	 */
	public static VggWeights load( final Path file )
	{
		return KIND.load( file );
	}

	@Override
	public String installInstructions()
	{
		return "VGG2,2 needs the trained weights of VGG19, which PD Plane does not include. Any of two free files will do: torchvision's "
				+ DOWNLOAD_URL + " (548 MB) or MatConvNet's " + MATCONVNET_URL + " (510 MB); they are different trainings, so their"
				+ " distances differ, and results say which was used. Nothing is downloaded unless you ask. Install one once (PD Plane keeps"
				+ " only the 1 MB it uses): in Fiji with " + MENU_COMMAND + "; on the command line with '" + CLI_COMMAND + " FILE', or '"
				+ CLI_COMMAND + " --download' to fetch torchvision's. It is installed in " + folder() + " (set " + FOLDER_VARIABLE
				+ " for another folder), or set " + FILE_VARIABLE + " to a weight file to use it where it is.";
	}

	/** The four layers only, in PD Plane's format. */
	@Override
	protected void writeInstalled( final Path source, final VggWeights weights, final Path target )
	{
		InstalledVggWeights.write( weights, target );
	}
}
