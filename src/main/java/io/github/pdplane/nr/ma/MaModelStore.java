package io.github.pdplane.nr.ma;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.io.ModelStore;

/**
 * Where the user's Ma et al. model lives, and how it gets there. The authors' {@code model.mat} is not
 * part of PD Plane; the user installs it once, from a file or, when asked, by downloading it from the
 * authors' repository, and every front end then finds it:
 * <ul>
 * <li>the environment variable {@value #FILE_VARIABLE} names a model file to use where it is (it wins
 * over the installed one);</li>
 * <li>otherwise the installed file {@value #FILE_NAME} in the model folder: {@value #FOLDER_VARIABLE} if
 * set, else {@code ~/.pdplane/models/ma} (under the user's home folder on every platform).</li>
 * </ul>
 * Installing checks the file first ({@link MaModel#load}) and then copies it into place atomically, so a
 * bad or interrupted file never replaces a good one. Loaded models are kept for the last file read
 * (identified by path, size and modification time). All of that is {@link ModelStore}'s; this class names
 * the files and says how to get them. Thread-safe.
 */
public final class MaModelStore extends ModelStore< MaModel >
{
	/** Names a model file to use where it is. */
	public static final String FILE_VARIABLE = "PDPLANE_MA_MODEL";

	/** Names the folder models are installed in. */
	public static final String FOLDER_VARIABLE = "PDPLANE_MA_MODEL_DIR";

	public static final String FILE_NAME = "model.mat";

	/** The authors' file in their repository (github.com/chaoma99/sr-metric, MIT licence); GitHub redirects to the download. */
	public static final String DOWNLOAD_URL = "https://github.com/chaoma99/sr-metric/raw/master/model.mat";

	/** The front ends' install commands, for messages. */
	public static final String MENU_COMMAND = "Plugins > Perception-Distortion > Install Ma et al. Model...",
			CLI_COMMAND = "java -jar pdplane-cli.jar install-ma-model";

	private static final ModelStore.Kind< MaModel > KIND = new ModelStore.Kind<>( "Ma et al. model", MaModel::load, FILE_VARIABLE,
			FOLDER_VARIABLE, "ma", FILE_NAME, MENU_COMMAND, CLI_COMMAND, DOWNLOAD_URL );

	/** Progress of a download (the name the front ends know it by). */
	public interface Progress extends ModelStore.Progress
	{}

	/**
	 * @param folder
	 *            the folder models are installed in
	 * @param namedFile
	 *            a model file to use instead of the installed one, or {@code null}
	 */
	public MaModelStore( final Path folder, final Path namedFile )
	{
		super( KIND, folder, namedFile );
	}

	/** The store the process's environment describes. */
	public static MaModelStore fromEnvironment()
	{
		return of( System.getenv(), home() );
	}

	/** The store an environment describes, with {@code home} as the user's home folder. */
	static MaModelStore of( final Map< String, String > environment, final Path home )
	{
		return new MaModelStore( KIND.folder( environment, home ), KIND.namedFile( environment ) );
	}

	/** {@code ~/.pdplane/models/ma}. */
	public static Path defaultFolder( final Path home )
	{
		return KIND.defaultFolder( home );
	}

	/**
	 * A model file, read once per path, size and modification time (the model installed last is already
	 * read).
	 *
	 * @throws PdPlaneException
	 *             as {@link MaModel#load}
	 */
	public static MaModel load( final Path file )
	{
		return KIND.load( file );
	}

	@Override
	public String installInstructions()
	{
		return "Ma et al.'s metric (and PI, which uses it) needs the authors' trained model, model.mat of their sr-metric release"
				+ " (github.com/chaoma99/sr-metric), which PD Plane does not include. Install it once: in Fiji with " + MENU_COMMAND
				+ "; on the command line with '" + CLI_COMMAND + " model.mat', or '" + CLI_COMMAND + " --download' to fetch it from the authors'"
				+ " repository. It is installed in " + folder() + " (set " + FOLDER_VARIABLE + " for another folder), or set " + FILE_VARIABLE
				+ " to a model file to use it where it is.";
	}

	/** The authors' file as it is. */
	@Override
	protected void writeInstalled( final Path source, final MaModel model, final Path target ) throws IOException
	{
		Files.copy( source, target, StandardCopyOption.REPLACE_EXISTING );
	}
}
