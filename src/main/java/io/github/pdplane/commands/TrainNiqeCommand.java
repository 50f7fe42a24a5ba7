package io.github.pdplane.commands;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

import ij.ImagePlus;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Convention;
import io.github.pdplane.io.OutputFiles;
import io.github.pdplane.nr.NiqeModel;
import io.github.pdplane.nr.NiqeTrainer;
import io.github.pdplane.nr.NiqeTraining;

/**
 * Trains a NIQE model on the user's pristine images (a folder, or an open image or stack) as the
 * release's {@code estimatemodelparam} does, and writes it as a MAT-file for the NIQE command's
 * {@code niqeModel}, the command line's {@code --niqe-model} and MATLAB. An existing file is replaced
 * only with {@code overwrite}, or after the person at the dialog confirms it; the file appears
 * complete or not at all. No menu path, for the reason given in {@link RmseCommand}.
 */
@Plugin( type = Command.class, name = "train-niqe", label = "Train NIQE Model...", headless = true, visible = false,
		description = "Trains a NIQE model on pristine images of your own (natural photographs, or in-focus images of your microscopy "
				+ "modality): the Gaussian of the features of their sharpest blocks, written as a MAT-file for NIQE's model parameter." )
public class TrainNiqeCommand extends PdCommand
{
	@Parameter( label = "Folder", required = false, style = FileWidget.DIRECTORY_STYLE,
			description = "The pristine images: every image file of this folder, in name order (leave empty to use an open stack)." )
	private File folder;

	/* Not filled automatically, for the reason given in PlaneCommand (referenceStack). */
	@Parameter( label = "Stack", required = false, autoFill = false, attrs = @Attr( name = DialogLayout.EXAMPLE, value = "pristine.tif" ),
			description = "Or the pristine images as an open image or stack, every slice one image (*None* to use the folder)." )
	private ImagePlus stack;

	@Parameter( label = "Model", style = FileWidget.SAVE_STYLE, attrs = @Attr( name = DialogLayout.EXAMPLE, value = "my-niqe-model.mat" ), description = "The model file to write (a MAT-file, e.g. my-niqe-model.mat)." )
	private File model;

	@Parameter( label = "Block size (pixels)", min = "8", description = "The block side in pixels (even; 96 as the LIVE model). Training images "
			+ "need one block, and images scored with the model two in each direction." )
	private int blockSize = NiqeModel.DEFAULT_BLOCK_SIZE;

	@Parameter( label = "Sharpness threshold", min = "0", max = "1", stepSize = "0.05", description = "Of each image only the blocks whose "
			+ "sharpness (mean local deviation) exceeds this fraction of its sharpest block's are used (0.75 as the release)." )
	private double sharpnessThreshold = NiqeTraining.DEFAULT_SHARPNESS_THRESHOLD;

	@Parameter( label = "Overwrite", attrs = @Attr( name = DialogLayout.ASK_EACH_TIME, value = "true" ), description = "Replace the model file where it exists (otherwise the dialog asks first, and a macro "
			+ "stops with a message)." )
	private boolean overwrite = false;

	@Parameter( label = "Skip unreadable files", description = "Train on the folder's other images where some image files cannot be read "
			+ "(empty, not an image, no permission): each is named in the Log and counted. Otherwise such a file stops the training." )
	private boolean skipUnreadable = false;

	@Parameter( type = ItemIO.OUTPUT, label = "Blocks", description = "The number of blocks the model rests on." )
	private int blocks;

	@Override
	protected List< Convention > conventions()
	{
		return Arrays.asList( Convention.GRAY, Convention.Y );
	}

	@Override
	public void run()
	{
		CommandErrors.cancelOnError( this, this::train );
	}

	private void train()
	{
		if ( model == null || model.getPath().isEmpty() )
			throw new PdPlaneException( "Choose the model file to write." );
		final Path target = model.toPath();
		final boolean replace = overwrite || Files.exists( target ) && !Files.isDirectory( target ) && ReplaceConfirmation.confirm(
				"Train NIQE Model", "The model file '" + target + "' already exists.\nReplace it?" );
		OutputFiles.checkWritable( target, replace, ReplaceConfirmation.HOW_TO_REPLACE );
		final NiqeTrainer trainer = new NiqeTrainer( blockSize, sharpnessThreshold, preparation() );
		final FolderOrStack images = FolderOrStack.of( folder, stack, "the pristine images", skipUnreadable, message -> log().warn( message ) );
		images.forEach( image -> trainer.add( image, message -> log().warn( "Train NIQE Model: " + message ) ) );
		final NiqeModel trained = trainer.model();
		OutputFiles.write( target, replace, ReplaceConfirmation.HOW_TO_REPLACE, trained.toBytes() );
		ImageJLog.note( "Train NIQE Model: wrote '" + target + "': " + trainer.summary() + images.skippedNote() );
		blocks = trainer.training().usableBlockCount();
	}
}
