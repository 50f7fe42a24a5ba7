package io.github.pdplane.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Convention;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.io.FolderImages;
import io.github.pdplane.io.OutputFiles;
import io.github.pdplane.nr.NiqeModel;
import io.github.pdplane.nr.NiqeTrainer;
import io.github.pdplane.nr.NiqeTraining;

/**
 * {@code train-niqe}: a NIQE model from the user's pristine images, written atomically as a MAT-file
 * that {@code score --niqe-model} (and MATLAB's {@code computequality}) reads.
 */
final class TrainNiqeSubcommand extends Subcommand
{
	static final String OUT = "out", BLOCK_SIZE = "block-size", SHARPNESS_THRESHOLD = "sharpness-threshold", OVERWRITE = "overwrite";

	private static final List< Convention > CONVENTIONS = Collections.unmodifiableList( Arrays.asList( Convention.GRAY, Convention.Y ) );

	private final OptionSpec outOption = OptionSpecs.required( OptionSpecs.path( OUT, "MODEL", "the model file to write (a MAT-file, for"
			+ " example my-model.mat)" ) );

	private final OptionSpec blockSizeOption = OptionSpecs.integer( BLOCK_SIZE, "N", OptionSpecs.withDefault( "the block side in pixels (even,"
			+ " at least 8); images need at least one block, and the images NIQE scores with the model two in each direction",
			NiqeModel.DEFAULT_BLOCK_SIZE ) );

	private final OptionSpec thresholdOption = OptionSpecs.finiteNumber( SHARPNESS_THRESHOLD, "F", OptionSpecs.withDefault( "of each image,"
			+ " only the blocks whose sharpness (mean local deviation) exceeds F times that of its sharpest block are used (0 <= F < 1)",
			NiqeTraining.DEFAULT_SHARPNESS_THRESHOLD ) );

	private final OptionSpec overwriteOption = OptionSpecs.flag( OVERWRITE, "replace MODEL where it exists" );

	private final OptionSpec skipUnreadableOption = OptionSpecs.skipUnreadable();

	private final PreparationOptions preparationOptions = new PreparationOptions( CONVENTIONS, "NIQE maps it to its 8-bit scale" );

	private final PositionalParamSpec imagesParameter = OptionSpecs.positionals( "IMAGE...|DIR" );

	TrainNiqeSubcommand()
	{
		super( "train-niqe", "train a NIQE model on your own pristine images" );
	}

	@Override
	void addArguments( final CommandSpec command )
	{
		command.addOption( outOption ).addOption( blockSizeOption ).addOption( thresholdOption ).addOption( overwriteOption ).addOption(
				skipUnreadableOption );
		preparationOptions.addTo( command );
		command.addPositional( imagesParameter );
	}

	@Override
	String description()
	{
		return "Trains a NIQE model as the release's estimatemodelparam does (Mittal, Soundararajan and Bovik 2013): the block features"
				+ " of every image (every slice of a stack; a folder stands for its image files in name order), of each image the blocks"
				+ " sharper than the threshold, and the Gaussian of all of them. Use pristine images of what you restore: natural"
				+ " photographs, or in-focus images of your microscopy modality. The model is written only when every image was read,"
				+ " completely or not at all, and an existing file is replaced only with --" + OVERWRITE + "."
				+ " Prints what each image gave and what the model rests on."
				+ "\nExample: " + Main.PROGRAM + " train-niqe --out my-model.mat pristine/"
				+ "\nThen: " + Main.PROGRAM + " score --metrics niqe --niqe-model my-model.mat restored.png";
	}

	@Override
	int run( final Terminal terminal )
	{
		final Path out = outOption.getValue();
		final boolean overwrite = OptionSpecs.given( overwriteOption );
		final Preparation preparation = preparationOptions.parse( name() );
		final int blockSize = OptionSpecs.valueOr( blockSizeOption, NiqeModel.DEFAULT_BLOCK_SIZE );
		final double threshold = OptionSpecs.valueOr( thresholdOption, NiqeTraining.DEFAULT_SHARPNESS_THRESHOLD );
		final NiqeTrainer trainer = UsageException.asUsage( () -> new NiqeTrainer( blockSize, threshold, preparation ) );
		OutputFiles.checkWritable( out, overwrite, HOW_TO_REPLACE );

		final ScoreSubcommand.Inputs inputs = ScoreSubcommand.expand( OptionSpecs.values( imagesParameter ), OptionSpecs.given(
				skipUnreadableOption ), terminal );
		final List< Path > images = inputs.files;
		final Consumer< String > warnings = ScoreSubcommand.once( terminal::warning );
		int failed = 0;
		for ( final Path image : images )
		{
			try
			{
				final NiqeTrainer.Added added = trainer.add( ScoreSubcommand.open( image.toString() ), warnings );
				terminal.out().println( added.image + ": " + ( added.slices > 1 ? added.slices + " slices, " : "" ) + added.blocks + " blocks, "
						+ added.selected + " sharp" );
			}
			catch ( final PdPlaneException e )
			{
				terminal.error( e.getMessage() );
				failed++;
			}
		}
		if ( failed > 0 )
		{
			terminal.error( "no model written: " + failed + " of " + images.size() + " image(s) could not be used (see above); leave them out"
					+ " or fix them." );
			return Main.INPUT_FAILED;
		}
		final NiqeModel model = trainer.model();
		OutputFiles.write( out, overwrite, HOW_TO_REPLACE, model.toBytes() );
		terminal.out().println( "NIQE model written to " + out + ": " + trainer.summary() + ( inputs.skipped > 0 ? "; " + FolderImages.skippedCount(
				inputs.skipped ) : "" ) );
		terminal.out().flush();
		return Main.OK;
	}
}
