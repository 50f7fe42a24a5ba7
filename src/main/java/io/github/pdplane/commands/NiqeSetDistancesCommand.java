package io.github.pdplane.commands;

import java.io.File;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

import ij.ImagePlus;

import io.github.pdplane.image.Convention;
import io.github.pdplane.io.FolderImages;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.metrics.MetricKind;
import io.github.pdplane.nr.BlockFeatures;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;
import io.github.pdplane.score.ImageScorer;
import io.github.pdplane.score.ScoreRow;
import io.github.pdplane.setlevel.SetDistances.FeatureSet;

/**
 * The set-level distances {@code niqe-ref} and {@code nss-fd} between a set of restored images and a
 * set of references, each a folder or an open stack: one row in "PD Results" for the restored set. See
 * {@link io.github.pdplane.setlevel.SetDistances}. No menu path, for the reason given in {@link RmseCommand}.
 */
@Plugin( type = Command.class, name = "niqe-set-distances", label = "NIQE Set Distances...", headless = true, visible = false,
		description = "How far the restored set's distribution of NIQE block features lies from the reference set's: NIQE-ref (NIQE's "
				+ "distance with the reference set as the model) and NSS-FD (the Frechet distance of FID, on NIQE features). "
				+ "Lower is better; a set is at 0 from itself." )
public class NiqeSetDistancesCommand extends PdCommand
{
	@Parameter( label = "Reference folder", required = false, style = FileWidget.DIRECTORY_STYLE,
			description = "The reference set: every image file of this folder (leave empty to use an open stack)." )
	private File referenceFolder;

	/* Not filled automatically, for the reason given in PlaneCommand (referenceStack). */
	@Parameter( label = "Reference stack", required = false, autoFill = false, attrs = @Attr( name = DialogLayout.EXAMPLE, value = "reference.tif" ),
			description = "Or the reference set as an open image or stack, every slice one image (*None* to use the folder)." )
	private ImagePlus referenceStack;

	@Parameter( label = "Restored folder", required = false, style = FileWidget.DIRECTORY_STYLE,
			description = "The restored set: every image file of this folder (leave empty to use an open stack)." )
	private File restoredFolder;

	@Parameter( label = "Restored stack", required = false, autoFill = false, attrs = @Attr( name = DialogLayout.EXAMPLE, value = "restored.tif" ),
			description = "Or the restored set as an open image or stack, every slice one image (*None* to use the folder)." )
	private ImagePlus restoredStack;

	@Parameter( label = "Skip unreadable files", description = "Use the folders' other images where some image files cannot be read "
			+ "(empty, not an image, no permission): each is named in the Log and counted. Otherwise such a file stops the command." )
	private boolean skipUnreadable = false;

	@Parameter( type = ItemIO.OUTPUT, label = "NIQE-ref" )
	private double niqeRef = Double.NaN;

	@Parameter( type = ItemIO.OUTPUT, label = "NSS-FD" )
	private double nssFd = Double.NaN;

	@Override
	protected List< Convention > conventions()
	{
		return Arrays.asList( Convention.GRAY, Convention.Y );
	}

	@Override
	public void run()
	{
		CommandErrors.cancelOnError( this, this::score );
	}

	private void score()
	{
		final Preparation preparation = preparation();
		final ImageScorer scorer = new ImageScorer( MetricRegistry.ofKind( MetricKind.SET_LEVEL ), MetricSettings.defaults(), preparation );
		final FolderOrStack references = FolderOrStack.of( referenceFolder, referenceStack, "the reference set", skipUnreadable, message -> log()
				.warn( message ) );
		final FolderOrStack restored = FolderOrStack.of( restoredFolder, restoredStack, "the restored set", skipUnreadable, message -> log().warn(
				message ) );
		final FeatureSet referenceSet = features( scorer, references, "reference set" );
		final FeatureSet restoredSet = features( scorer, restored, "restored set" );
		final ScoreRow row = scorer.setRow( restored.name(), referenceSet, restoredSet );
		PdResultsTable.record( new PdResultsTable.Scores( scorer.setMetrics(), references.name(), preparation, preparation.dataRange(),
				restoredSet.imageCount() + " restored, " + referenceSet.imageCount() + " reference images" + skippedNote( references, restored ),
				Collections.singletonList( row ) ) );
		niqeRef = row.value( scorer.setMetrics().indexOf( MetricRegistry.byId( "niqe-ref" ) ) );
		nssFd = row.value( scorer.setMetrics().indexOf( MetricRegistry.byId( "nss-fd" ) ) );
	}

	/** {@code ", 2 unreadable files skipped"}, or nothing where none was. */
	private static String skippedNote( final FolderOrStack references, final FolderOrStack restored )
	{
		final int skipped = references.skipped() + restored.skipped();
		return skipped == 0 ? "" : ", " + FolderImages.skippedCount( skipped );
	}

	private FeatureSet features( final ImageScorer scorer, final FolderOrStack images, final String name )
	{
		final FeatureSet set = scorer.featureSet( name );
		images.forEach( image -> {
			for ( final BlockFeatures f : scorer.setFeatures( image, message -> log().warn( message ) ) )
				set.add( f );
		} );
		return set;
	}
}
