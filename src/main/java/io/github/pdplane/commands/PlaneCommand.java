package io.github.pdplane.commands;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;
import org.scijava.widget.FileWidget;

import ij.IJ;
import ij.ImagePlus;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.batch.EvaluationDefaults;
import io.github.pdplane.batch.ImageSet;
import io.github.pdplane.chart.PlaneFiles;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.image.Protocol;
import io.github.pdplane.io.imagej.ImagePlusSource;
import io.github.pdplane.metrics.MetricKind;
import io.github.pdplane.plane.Bootstrap;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricRegistry;

/**
 * The parameters the commands that put images on the perception-distortion plane share (Evaluate
 * Algorithms..., Trade-off Sweep...), declared once: those of {@link PdCommand} and the axes, extra
 * metrics, protocol, threads, bootstrap, output folder and plot, with the checks that turn them into the
 * job's settings, and the image sets given as a folder or an open stack. A parameter base (see
 * {@link PdCommand}): each command builds its job and runs it through {@link PlaneJobs} (the front ends'
 * one {@code batch.JobRunner}) with an {@link ImageJJobReporter}, an {@link OutputFolder} and the
 * {@link PlaneDisplay}. The job and the files are those of the command line's {@code evaluate} and
 * {@code sweep}.
 */
public abstract class PlaneCommand extends PdCommand
{
	/** The y axis choice that leaves it to {@link EvaluationDefaults#perceptualMetric}. */
	public static final String DEFAULT_Y = "default";

	/** The protocol choice that takes the convention and shave fields as they are. */
	public static final String CUSTOM = "custom";

	/*
	 * The references come first: SciJava lists a superclass's parameters before a subclass's, and the dialog
	 * puts the images (data) before the options, so they open every plane command's dialog.
	 */
	@Parameter( label = "Reference folder", required = false, style = FileWidget.DIRECTORY_STYLE, description = "The reference "
			+ "(ground-truth) images: every image file of this folder (leave empty to use an open stack)." )
	private File referenceFolder;

	/*
	 * The open-stack alternatives of a folder are never filled automatically (autoFill = false): in Fiji,
	 * where a script leaves such an input out, ImageJ's pre-processor would give a module's one ImagePlus
	 * input the current image, and the command would have the folder and a stack both.
	 */
	@Parameter( label = "Reference stack", required = false, autoFill = false, attrs = { @Attr( name = DialogLayout.SAME_ROW, value = "true" ), @Attr( name = DialogLayout.EXAMPLE, value = "reference.tif" ) },
			description = "Or the references as an open stack, every slice one image (*None* to use the folder)." )
	private ImagePlus referenceStack;

	@Parameter( label = "Protocol (pirm = y, shave 4)", initializer = "initProtocol", description = "custom: the convention and shave above; pirm: "
			+ "PIRM 2018's convention y and shave 4, whatever the convention and shave fields say (the data range still applies)." )
	private String protocol = CUSTOM;

	@Parameter( label = "X (distortion)", initializer = "initX", attrs = @Attr( name = DialogLayout.SAME_ROW, value = "true" ), description = "The distortion metric of the x axis (full-reference)." )
	private String x = EvaluationDefaults.DISTORTION;

	@Parameter( label = "Y (perception)", initializer = "initY", attrs = @Attr( name = DialogLayout.SAME_ROW, value = "true" ), description = "The perceptual metric of the y axis; default: "
			+ EvaluationDefaults.PERCEPTUAL_INDEX + " (the PIRM Perceptual Index) where the Ma et al. model is installed, else "
			+ EvaluationDefaults.PERCEPTUAL_FALLBACK + " (with a note in the Log)." )
	private String y = DEFAULT_Y;

	@Parameter( label = "Metrics (e.g. psnr,ssim)", required = false, description = "More metrics for the tables: ids separated by commas (for example "
			+ "psnr,ssim,nss-fd; the set-level niqe-ref and nss-fd too); empty for none." )
	private String metrics = "";

	@Parameter( label = "Threads (0 = all cores)", min = "0", description = "Worker threads; 0 for one per core. Any number gives the same results." )
	private int threads = 0;

	@Parameter( label = "Bootstrap (0 = none)", min = "0", attrs = @Attr( name = DialogLayout.SAME_ROW, value = "true" ), description = "Bootstrap resamples over the images for the 95% intervals on the plane; "
			+ "0 for none." )
	private int bootstrap = Bootstrap.DEFAULT_RESAMPLES;

	@Parameter( label = "Seed", attrs = @Attr( name = DialogLayout.SAME_ROW, value = "true" ), description = "The bootstrap's seed: the same seed gives the same intervals." )
	private long seed = Bootstrap.DEFAULT_SEED;

	@Parameter( label = "Skip unreadable files", description = "Score the folders even where some image files cannot be read (empty, not "
			+ "an image, no permission): each is reported and counted as failed. Otherwise such a file stops the run before any image is "
			+ "scored, named with why." )
	private boolean skipUnreadable = false;

	@Parameter( label = "Output folder", required = false, style = FileWidget.DIRECTORY_STYLE, attrs = @Attr( name = DialogLayout.OUTPUT,
			value = "true" ), description = "Where to write the tables as CSV and the plane as PNG and SVG (made where missing); empty for "
					+ "none. Checked before any image is read." )
	private File outputFolder;

	@Parameter( label = "Overwrite", attrs = { @Attr( name = DialogLayout.OUTPUT, value = "true" ), @Attr( name = DialogLayout.ASK_EACH_TIME,
			value = "true" ) }, description = "Replace the files of an "
			+ "earlier run in the output folder (otherwise the dialog asks first, and a macro stops with a message before any image is read)." )
	private boolean overwrite = false;

	@Parameter( label = "Cloud", attrs = { @Attr( name = DialogLayout.OUTPUT, value = "true" ), @Attr( name = DialogLayout.SAME_ROW,
			value = "true" ) }, description = "Also draw every per-image "
			+ "point, faint, in its algorithm's colour." )
	private boolean cloud = false;

	@Parameter( label = "Show plot", attrs = { @Attr( name = DialogLayout.OUTPUT, value = "true" ), @Attr( name = DialogLayout.SAME_ROW,
			value = "true" ) }, description = "Show the plane in a "
			+ "window (where there is no display, the plane is only written to the output folder)." )
	private boolean showPlot = true;

	/** Whether the person pressed Escape: ImageJ's flag, unless a test sets another. */
	BooleanSupplier escape = IJ::escapePressed;

	/** ImageJ's Log window, unless a test sets another. */
	Consumer< String > logWindow = IJ::log;

	/** Whether folders with unreadable image files are scored, those files failing one by one. */
	protected boolean skipUnreadable()
	{
		return skipUnreadable;
	}

	protected void initProtocol()
	{
		final List< String > choices = new ArrayList<>();
		choices.add( CUSTOM );
		Collections.addAll( choices, Protocol.ids() );
		getInfo().getMutableInput( "protocol", String.class ).setChoices( choices );
	}

	protected void initX()
	{
		getInfo().getMutableInput( "x", String.class ).setChoices( ids( MetricRegistry.ofKind( MetricKind.FULL_REFERENCE ) ) );
	}

	protected void initY()
	{
		final List< String > choices = new ArrayList<>();
		choices.add( DEFAULT_Y );
		choices.addAll( ids( MetricRegistry.ofKind( MetricKind.NO_REFERENCE ) ) );
		getInfo().getMutableInput( "y", String.class ).setChoices( choices );
	}

	private static List< String > ids( final List< MetricDescriptor > metrics )
	{
		final List< String > ids = new ArrayList<>();
		for ( final MetricDescriptor d : metrics )
			ids.add( d.id() );
		return ids;
	}

	// ---- the parameters, checked

	/** The x axis. */
	protected final MetricDescriptor xMetric()
	{
		return MetricRegistry.byId( x );
	}

	/** The y axis, or null for {@link EvaluationDefaults#perceptualMetric}. */
	protected final MetricDescriptor yMetric()
	{
		return y == null || DEFAULT_Y.equals( y.trim() ) ? null : MetricRegistry.byId( y );
	}

	/** The metrics tabulated besides the axes. */
	protected final List< MetricDescriptor > extraMetrics()
	{
		return metrics == null || metrics.trim().isEmpty() ? Collections.emptyList() : MetricRegistry.parseList( metrics );
	}

	/**
	 * The protocol's convention and shave, or with {@link #CUSTOM} the fields'; the data range of the field.
	 *
	 * @param note
	 *            told where a protocol overrides the convention and shave given
	 */
	protected final Preparation planePreparation( final Consumer< String > note )
	{
		final Preparation fields = preparation();
		if ( protocol == null || CUSTOM.equals( protocol.trim() ) )
			return fields;
		final Protocol preset = Protocol.fromId( protocol );
		final Preparation defaults = Preparation.defaults();
		if ( fields.convention() != defaults.convention() || fields.shave() != defaults.shave() )
			note.accept( "protocol " + preset.id() + " scores with convention " + preset.convention().id() + " and shave " + preset.shave()
					+ "; the convention " + fields.convention().id() + " and shave " + fields.shave() + " given are not used." );
		return preset.preparation( fields.dataRange() );
	}

	protected final int threadCount()
	{
		if ( threads < 0 )
			throw new PdPlaneException( "The number of threads must be 1 or more (0 for one per core), not " + threads + "." );
		return threads;
	}

	/** The intervals' bootstrap, or null for none. */
	protected final Bootstrap resampling()
	{
		if ( bootstrap == 0 )
			return null;
		if ( bootstrap < 2 )
			throw new PdPlaneException( "Bootstrap must be 0 (no intervals) or at least 2 resamples, not " + bootstrap + "." );
		return new Bootstrap( bootstrap, seed, Bootstrap.DEFAULT_CONFIDENCE );
	}

	protected final boolean cloud()
	{
		return cloud;
	}

	// ---- image sets

	/** The references as a folder or an open stack (not both), null where neither is given. */
	protected final ImageSet references()
	{
		return imageSet( referenceFolder, referenceStack, null, "the references", "reference_folder", "reference_stack" );
	}

	/** The folder of the references, or null where they are an open stack. */
	protected final Path referenceFolder()
	{
		return referenceFolder == null || referenceFolder.getPath().trim().isEmpty() ? null : referenceFolder.toPath();
	}

	/**
	 * The set given as a folder or an open stack (not both), under {@code name} where one is given, else
	 * named after the folder or the stack's title; null where neither is given.
	 *
	 * @param what
	 *            the set, for messages ({@code "the references"}, {@code "the low-distortion output"})
	 * @param folderKey
	 *            the folder's macro key ({@code "low_folder"}), for messages
	 * @param stackKey
	 *            the stack's macro key ({@code "low_stack"}), for messages
	 */
	protected static ImageSet imageSet( final File folder, final ImagePlus stack, final String name, final String what, final String folderKey,
			final String stackKey )
	{
		final boolean hasFolder = folder != null && !folder.getPath().trim().isEmpty();
		final boolean hasName = name != null && !name.trim().isEmpty();
		if ( hasFolder && stack != null )
			throw new PdPlaneException( "Give " + what + " either as a folder (" + folderKey + ") or as an open stack (" + stackKey
					+ "), not both." );
		if ( !hasFolder && stack == null )
		{
			if ( hasName )
				throw new PdPlaneException( "The name '" + name.trim() + "' is given for " + what + ", but neither a folder (" + folderKey
						+ ") nor an open stack (" + stackKey + ")." );
			return null;
		}
		if ( hasFolder && !folder.isDirectory() )
			throw new PdPlaneException( "The folder of " + what + " (" + folderKey + ") '" + folder + "' " + ( folder.exists() ? "is not a folder."
					: "does not exist." ) );
		final ImageSet set = hasFolder ? ImageSet.folder( folder.toPath() ) : ImageSet.stack( new ImagePlusSource( stack ) );
		return hasName ? set.named( name.trim() ) : set;
	}

	// ---- what the command shows and writes

	/**
	 * The job's Log lines, progress and Escape in ImageJ, for the command {@code title}; the status line
	 * reads "Evaluating 12/40: ..." with {@code verb} "Evaluating".
	 */
	protected final ImageJJobReporter reporter( final String title, final String verb )
	{
		return new ImageJJobReporter( title, verb, escape, logWindow );
	}

	/**
	 * The output folder (or none) as the parameters give it, for the files {@code files}.
	 *
	 * @param inputs
	 *            the image sets of the run, none of which the folder may be (the next run would read the plot as an image)
	 * @throws PdPlaneException
	 *             where the folder is one of the inputs' folders
	 */
	protected final OutputFolder outputFolder( final String title, final List< String > files, final List< ImageSet > inputs )
	{
		final Path folder = outputFolder == null || outputFolder.getPath().trim().isEmpty() ? null : outputFolder.toPath();
		if ( folder != null )
			PlaneFiles.checkNotAnInput( folder, inputs );
		return new OutputFolder( title, folder, overwrite, files );
	}

	/** Whether the plane is shown (in a window; without a display, the Log says where it is). */
	protected final boolean showPlot()
	{
		return showPlot;
	}
}
