package io.github.pdplane.cli;

import java.net.URL;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.function.Supplier;

import io.github.pdplane.nr.ma.MaModel;
import io.github.pdplane.nr.ma.MaModelStore;

/**
 * {@code install-ma-model FILE | --download}: the authors' Ma et al. model into the per-user model folder
 * ({@link MaModelStore}); with {@code --download}, and only then, fetched from the authors' repository first.
 */
final class InstallMaModelSubcommand extends InstallModelSubcommand< MaModel >
{
	InstallMaModelSubcommand()
	{
		this( MaModelStore::fromEnvironment, url( MaModelStore.DOWNLOAD_URL ) );
	}

	/** For tests: another store and download address. */
	InstallMaModelSubcommand( final Supplier< MaModelStore > store, final URL downloadUrl )
	{
		super( "install-ma-model", "install the authors' Ma et al. model once (ma and pi need it)", "Ma et al. model",
				store, downloadUrl );
	}

	@Override
	String description()
	{
		return "Installs the trained model of Ma et al.'s metric, model.mat of the authors' sr-metric release (github.com/chaoma99/sr-metric,"
				+ " MIT licence), which PD Plane does not include and the metrics ma and pi need. The file is checked first (three"
				+ " randomforest-matlab regression forests and the linear map) and then copied into the model folder, "
				+ MaModelStore.defaultFolder( Paths.get( "~" ) ) + " unless " + MaModelStore.FOLDER_VARIABLE
				+ " names another; a file that does not fit is refused and an installed model stays. With --" + DOWNLOAD
				+ " the file is first fetched from the authors' repository, with progress on standard error. Alternatively, "
				+ MaModelStore.FILE_VARIABLE + " can name a model file to use where it is."
				+ "\nExample: " + Main.PROGRAM + " install-ma-model ~/Downloads/model.mat"
				+ "\nOr: " + Main.PROGRAM + " install-ma-model --" + DOWNLOAD;
	}

	@Override
	String somethingInstalled()
	{
		return "A Ma et al. model is";
	}

	@Override
	String fileWanted()
	{
		return "a model FILE";
	}

	@Override
	String installed( final Path file, final MaModel model )
	{
		return "Installed the Ma et al. model in " + file + " (" + model.treeCounts() + "); the metrics ma and pi use it now.";
	}

	@Override
	String namedFileWarning( final Path namedFile )
	{
		return MaModelStore.FILE_VARIABLE + " is set to '" + namedFile + "': ma and pi read that file, not the one installed; unset it to use"
				+ " the installed model.";
	}
}
