package io.github.pdplane.commands;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

import ij.ImagePlus;

import io.github.pdplane.nr.ma.MaModelStore;
import io.github.pdplane.nr.ma.MaScore;
import io.github.pdplane.nr.ma.PerceptualIndex;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;
import io.github.pdplane.score.ScoreRow;

/**
 * The Perceptual Index of the PIRM 2018 challenge, {@code ((10 - Ma) + NIQE) / 2}, of a restored image
 * or stack; see {@link PerceptualIndex}. Its convention and shave default to those of the registry's
 * {@code pi} entry, the challenge's 8-bit Y with 4 pixels shaved.
 * <p>
 * <b>Table layout.</b> A PI row also fills the Ma and NIQE columns of "PD Results" with the two terms of
 * its index, scored with the row's convention and shave, so the row shows how its PI arises (and a
 * stack's mean row holds the mean Ma, the mean NIQE and their index, PIRM's set value). The terms are
 * scored once each and the PI column is {@link PerceptualIndex#of} of them: the value of the {@code pi}
 * metric, which would compute both terms again. Ma et al. needs the authors' model, as for
 * {@link MaCommand}. No menu path, for the reason given in {@link RmseCommand}.
 */
@Plugin( type = Command.class, name = PerceptualIndex.ID, label = "Perceptual Index...", headless = true, visible = false,
		description = "The Perceptual Index of the PIRM 2018 challenge, ((10 - Ma) + NIQE) / 2, lower is better; the row also shows its Ma "
				+ "and NIQE terms. Defaults to the challenge's protocol: the 8-bit Y of rgb2ycbcr, 4 pixels shaved. Needs the authors' Ma et "
				+ "al. model, installed once with Install Ma et al. Model... Images need at least 192x192 pixels (NIQE's two blocks)." )
public class PiCommand extends NoReferenceCommand
{
	@Parameter( label = ModelFiles.MA_MODEL_LABEL, required = false, style = FileWidget.OPEN_STYLE, description = ModelFiles.MA_MODEL_DESCRIPTION )
	private File maModel;

	@Parameter( label = ModelFiles.NIQE_MODEL_LABEL, required = false, style = FileWidget.OPEN_STYLE,
			description = ModelFiles.NIQE_MODEL_DESCRIPTION )
	private File niqeModel;

	@Parameter( type = ItemIO.OUTPUT, label = "Ma", description = "The index's Ma et al. term; for a stack, the mean over its slices." )
	private double ma = Double.NaN;

	@Parameter( type = ItemIO.OUTPUT, label = "NIQE", description = "The index's NIQE term; for a stack, the mean over its slices." )
	private double niqe = Double.NaN;

	/** Where the installed Ma et al. model is looked for: the process environment's, unless a test sets another. */
	MaModelStore maModelStore;

	public PiCommand()
	{
		super( PerceptualIndex.ID );
	}

	@Override
	public void run()
	{
		CommandErrors.cancelOnError( this, this::score );
	}

	private void score()
	{
		final ImagePlus restored = restored();
		final MetricSettings settings = MetricSettings.defaults().withMaModel( ModelFiles.ma( maModel, maModelStore ) ).withNiqeModel(
				ModelFiles.niqe( niqeModel ) );
		final List< MetricDescriptor > terms = Arrays.asList( MetricRegistry.byId( MaScore.ID ), MetricRegistry.byId( "niqe" ) );
		final ResultsRecorder.Scored scored = new ResultsRecorder( log() ).score( null, restored, terms, settings, preparation() );
		final List< ScoreRow > rows = new ArrayList<>();
		for ( final ScoreRow r : scored.rows )
		{
			final double m = r.value( 0 ), n = r.value( 1 );
			rows.add( new ScoreRow( r.image(), r.slice(), new double[] { m, n, PerceptualIndex.of( m, n ) } ) );
		}
		final String options = ( ModelFiles.option( "ma_model", maModel ) + " " + ModelFiles.option( "niqe_model", niqeModel ) ).trim();
		final ScoreRow summary = ResultsRecorder.record( Arrays.asList( terms.get( 0 ), terms.get( 1 ), MetricRegistry.byId(
				PerceptualIndex.ID ) ), scored, rows, options );
		ma = summary.value( 0 );
		niqe = summary.value( 1 );
		setValue( summary.value( 2 ) );
	}
}
