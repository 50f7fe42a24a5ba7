package io.github.pdplane.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Convention;
import io.github.pdplane.image.Preparation;
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

	TrainNiqeSubcommand()
	{
		super( "train-niqe", "train a NIQE model on your own pristine images", "IMAGE...|DIR", 1, Integer.MAX_VALUE );
	}

	@Override
	List< Option > options()
	{
		final List< Option > options = new ArrayList<>( Arrays.asList(
				Option.value( OUT, "MODEL", "the model file to write (a MAT-file, for example my-model.mat)" ),
				Option.value( BLOCK_SIZE, "N", "the block side in pixels (even, at least 8); images need at least one block, and the images"
						+ " NIQE scores with the model two in each direction" ).withDefault( NiqeModel.DEFAULT_BLOCK_SIZE ),
				Option.value( SHARPNESS_THRESHOLD, "F", "of each image, only the blocks whose sharpness (mean local deviation) exceeds F times"
						+ " that of its sharpest block are used (0 <= F < 1)" ).withDefault( NiqeTraining.DEFAULT_SHARPNESS_THRESHOLD ),
				Option.flag( OVERWRITE, "replace MODEL where it exists" ) ) );
		options.addAll( PreparationOptions.options( CONVENTIONS, "NIQE maps it to its 8-bit scale" ) );
		return Collections.unmodifiableList( options );
	}

	@Override
	boolean isRequired( final Option option )
	{
		return option.name().equals( OUT );
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
	int run( final Arguments arguments, final Terminal terminal )
	{
		final Path out = arguments.requiredPath( OUT );
		final boolean overwrite = arguments.flag( OVERWRITE );
		final Preparation preparation = PreparationOptions.parse( arguments, CONVENTIONS );
		final int blockSize = arguments.integer( BLOCK_SIZE, NiqeModel.DEFAULT_BLOCK_SIZE );
		final double threshold = arguments.number( SHARPNESS_THRESHOLD, NiqeTraining.DEFAULT_SHARPNESS_THRESHOLD );
		final NiqeTrainer trainer = Arguments.asUsage( () -> new NiqeTrainer( blockSize, threshold, preparation ) );
		OutputFiles.checkWritable( out, overwrite, HOW_TO_REPLACE );

		final List< Path > images = ScoreSubcommand.expand( arguments.positionals(), terminal );
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
		terminal.out().println( "NIQE model written to " + out + ": " + trainer.summary() );
		terminal.out().flush();
		return Main.OK;
	}
}
