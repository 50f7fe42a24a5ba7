package io.github.pdplane.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Convention;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.nr.ma.MaFeatures;
import io.github.pdplane.nr.ma.MaScore;
import io.github.pdplane.score.ScoreRow;
import io.github.pdplane.table.ResultTable;

/**
 * {@code features --kind ma}: the 138 features of Ma et al.'s metric of every image, one CSV row per
 * image or slice in full precision, so that users can train their own regressors on them. Needs no model.
 */
final class FeaturesSubcommand extends Subcommand
{
	static final String KIND = "kind";

	/** The feature kinds: Ma et al.'s for now. */
	private static final List< String > KINDS = Collections.singletonList( MaScore.ID );

	private static final List< Convention > CONVENTIONS = Collections.unmodifiableList( Arrays.asList( Convention.GRAY, Convention.Y ) );

	private final OptionSpec kindOption = OptionSpecs.required( OptionSpecs.choice( KIND, KINDS, "which features: ma = the " + MaFeatures.COUNT
			+ " of Ma et al. (f1 block DCT " + MaFeatures.F1 + ", f2 steerable pyramid " + MaFeatures.F2 + ", f3 singular values "
			+ MaFeatures.F3 + ")" ) );

	private final PreparationOptions preparationOptions = new PreparationOptions( CONVENTIONS, "the features are computed on its 8-bit scale" );

	private final OptionSpec skipUnreadableOption = OptionSpecs.skipUnreadable();

	private final PositionalParamSpec imagesParameter = OptionSpecs.positionals( "IMAGE...|DIR" );

	FeaturesSubcommand()
	{
		super( "features", "print the features of Ma et al.'s metric as CSV (to train your own regressors)" );
	}

	@Override
	void addArguments( final CommandSpec command )
	{
		command.addOption( kindOption ).addOption( skipUnreadableOption );
		preparationOptions.addTo( command );
		command.addPositional( imagesParameter );
	}

	@Override
	String description()
	{
		return "Prints CSV: a header 'image,f1_1..f1_" + MaFeatures.F1 + ",f2_1..f2_" + MaFeatures.F2 + ",f3_1..f3_" + MaFeatures.F3
				+ "' and one row per image, or per slice ('path:slice', counted from 1) of a stack; a folder stands for its image files"
				+ " in name order. The values are those of the authors' feature_all.m in full precision (Ma, Yang, Yang and Yang, CVIU 2017);"
				+ " no model is needed. Images need at least " + MaFeatures.MINIMUM_SIZE + "x" + MaFeatures.MINIMUM_SIZE + " pixels after the"
				+ " shave (" + MaFeatures.minimumSizeReason() + "). Images that fail are reported on standard error and the others still"
				+ " printed, with exit code " + Main.INPUT_FAILED + "."
				+ "\nExample: " + Main.PROGRAM + " features --kind ma results/ > features.csv"
				+ "\nPIRM 2018's convention: " + Main.PROGRAM + " features --kind ma --convention y --shave 4 results/";
	}

	@Override
	int run( final Terminal terminal )
	{
		final String kind = kindOption.< String > getValue().trim();
		if ( !KINDS.contains( kind ) )
			throw new UsageException( "Unknown feature kind '" + kind + "': the kinds are " + String.join( ", ", KINDS ) + "." );
		final Preparation preparation = preparationOptions.parse( name() );
		final ScoreSubcommand.Inputs inputs = ScoreSubcommand.expand( OptionSpecs.values( imagesParameter ), OptionSpecs.given(
				skipUnreadableOption ), terminal );
		final List< Path > images = inputs.files;
		final List< String > header = new ArrayList<>();
		header.add( "image" );
		header.addAll( MaFeatures.names() );
		terminal.out().print( ResultTable.csvLine( header ) );
		int failed = 0;
		for ( final Path path : images )
		{
			try
			{
				final ImageSource image = ScoreSubcommand.open( path.toString() );
				final double peak = preparation.peak( image );
				for ( int s = 0; s < image.slices(); s++ )
				{
					final Plane plane = preparation.prepare( image, s )[ 0 ];
					final String label = new ScoreRow( image.name(), image.slices() > 1 ? s : ScoreRow.NO_SLICE, new double[ 0 ] ).label();
					final double[] f = MaFeatures.compute( image.sliceName( s ), plane, peak ).all();
					final List< Object > cells = new ArrayList<>();
					cells.add( label );
					for ( final double v : f )
						cells.add( v );
					terminal.out().print( ResultTable.builder( header ).row( cells ).build().csvRows() );
				}
				terminal.out().flush();
			}
			catch ( final PdPlaneException e )
			{
				terminal.error( e.getMessage() );
				failed++;
			}
		}
		inputs.reportSkipped( terminal );
		return failed == 0 ? Main.OK : Main.INPUT_FAILED;
	}
}
