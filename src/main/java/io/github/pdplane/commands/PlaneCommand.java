package io.github.pdplane.commands;

import java.awt.GraphicsEnvironment;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;
import org.scijava.widget.FileWidget;

import ij.IJ;
import ij.ImagePlus;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.batch.BatchJob;
import io.github.pdplane.batch.EvaluationDefaults;
import io.github.pdplane.batch.Failure;
import io.github.pdplane.batch.ImageSet;
import io.github.pdplane.batch.PlaneJob;
import io.github.pdplane.batch.PlaneResult;
import io.github.pdplane.batch.Progress;
import io.github.pdplane.batch.ProgressListener;
import io.github.pdplane.chart.ChartOptions;
import io.github.pdplane.chart.ChartWindow;
import io.github.pdplane.chart.PlaneChart;
import io.github.pdplane.chart.PlaneFiles;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.image.Protocol;
import io.github.pdplane.io.imagej.ImagePlusSource;
import io.github.pdplane.metrics.MetricKind;
import io.github.pdplane.plane.Bootstrap;
import io.github.pdplane.plane.PlaneModel;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricRegistry;

/**
 * What the commands that put images on the perception-distortion plane share (Evaluate Algorithms...,
 * Trade-off Sweep...): the parameters of the plane (axes, extra metrics, protocol, threads, bootstrap,
 * output folder, plot), image sets given as a folder or an open stack, and the run of a batch job with
 * ImageJ's progress bar and status line, Escape as cancel, its problems in the Log, and its files and
 * plot. The job and the files are those of the command line's {@code evaluate} and {@code sweep}.
 * <p>
 * Files are checked before any image is read and written only after a complete run; an existing file
 * is replaced only with {@code overwrite}, or after the person at the dialog confirms it.
 */
public abstract class PlaneCommand extends PdCommand
{
	/** The y axis choice that leaves it to {@link EvaluationDefaults#perceptualMetric}. */
	public static final String DEFAULT_Y = "default";

	/** The protocol choice that takes the convention and shave fields as they are. */
	public static final String CUSTOM = "custom";

	@Parameter( label = "Protocol", initializer = "initProtocol", description = "custom: the convention and shave above; pirm: "
			+ "PIRM 2018's convention y and shave 4, whatever the convention and shave fields say (the data range still applies)." )
	private String protocol = CUSTOM;

	@Parameter( label = "X", initializer = "initX", description = "The distortion metric of the x axis (full-reference)." )
	private String x = EvaluationDefaults.DISTORTION;

	@Parameter( label = "Y", initializer = "initY", description = "The perceptual metric of the y axis; default: "
			+ EvaluationDefaults.PERCEPTUAL_INDEX + " (the PIRM Perceptual Index) where the Ma et al. model is installed, else "
			+ EvaluationDefaults.PERCEPTUAL_FALLBACK + " (with a note in the Log)." )
	private String y = DEFAULT_Y;

	@Parameter( label = "Metrics", required = false, description = "More metrics for the tables: ids separated by commas (for example "
			+ "psnr,ssim,nss-fd; the set-level niqe-ref and nss-fd too); empty for none." )
	private String metrics = "";

	@Parameter( label = "Threads", min = "0", description = "Worker threads; 0 for one per core. Any number gives the same results." )
	private int threads = 0;

	@Parameter( label = "Bootstrap", min = "0", description = "Bootstrap resamples over the images for the 95% intervals on the plane; "
			+ "0 for none." )
	private int bootstrap = Bootstrap.DEFAULT_RESAMPLES;

	@Parameter( label = "Seed", description = "The bootstrap's seed: the same seed gives the same intervals." )
	private long seed = Bootstrap.DEFAULT_SEED;

	@Parameter( label = "Output folder", required = false, style = FileWidget.DIRECTORY_STYLE, attrs = @Attr( name = DialogLayout.OUTPUT,
			value = "true" ), description = "Where to write the tables as CSV and the plane as PNG and SVG (made where missing); empty for "
					+ "none. Checked before any image is read." )
	private File outputFolder;

	@Parameter( label = "Overwrite", attrs = @Attr( name = DialogLayout.OUTPUT, value = "true" ), description = "Replace the files of an "
			+ "earlier run in the output folder (otherwise the dialog asks first, and a macro stops with a message before any image is read)." )
	private boolean overwrite = false;

	@Parameter( label = "Cloud", attrs = @Attr( name = DialogLayout.OUTPUT, value = "true" ), description = "Also draw every per-image "
			+ "point, faint, in its algorithm's colour." )
	private boolean cloud = false;

	@Parameter( label = "Show plot", attrs = @Attr( name = DialogLayout.OUTPUT, value = "true" ), description = "Show the plane in a "
			+ "window (where there is no display, the plane is only written to the output folder)." )
	private boolean showPlot = true;

	/** Whether the person pressed Escape: ImageJ's flag, unless a test sets another. */
	BooleanSupplier escape = IJ::escapePressed;

	/** ImageJ's Log window, unless a test sets another. */
	Consumer< String > logWindow = IJ::log;

	/** The menu label without its dots ({@code "Evaluate Algorithms"}), for the Log, messages and titles. */
	protected abstract String title();

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

	/** The protocol's convention and shave, or with {@link #CUSTOM} the fields'; the data range of the field. */
	protected final Preparation planePreparation()
	{
		final Preparation fields = preparation();
		if ( protocol == null || CUSTOM.equals( protocol.trim() ) )
			return fields;
		final Protocol preset = Protocol.fromId( protocol );
		final Preparation defaults = Preparation.defaults();
		if ( fields.convention() != defaults.convention() || fields.shave() != defaults.shave() )
			log( "protocol " + preset.id() + " scores with convention " + preset.convention().id() + " and shave " + preset.shave()
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

	/** The output folder, or null where none was given. */
	protected final Path outputFolder()
	{
		return outputFolder == null || outputFolder.getPath().trim().isEmpty() ? null : outputFolder.toPath();
	}

	// ---- image sets

	/**
	 * The set given as a folder or an open stack (not both), under {@code name} where one is given, else
	 * named after the folder or the stack's title; null where neither is given.
	 *
	 * @param what
	 *            the set, for messages ({@code "the references"}, {@code "algorithm 2"})
	 * @param folderKey
	 *            the folder's macro key ({@code "algorithm_2"}), for messages
	 * @param stackKey
	 *            the stack's macro key ({@code "stack_2"}), for messages
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

	// ---- running

	/**
	 * Checks, before any image is read, that {@code files} can be written into {@code folder}. Where some
	 * of them exist and Overwrite is not ticked, the person at the dialog is asked; where nobody can be
	 * asked (a macro), the command stops with a message.
	 *
	 * @return whether existing files are replaced; false also where the person declined, after which the
	 *         command is canceled ({@link #isCanceled()}) and must stop
	 */
	protected final boolean replaceOutputs( final Path folder, final List< String > files )
	{
		final List< String > existing = PlaneFiles.existing( folder, files );
		boolean replace = overwrite;
		if ( !replace && !existing.isEmpty() && canAsk() )
		{
			if ( !confirm( title(), "The folder " + folder + "\nholds " + String.join( ", ", existing ) + " of an earlier run.\nReplace "
					+ ( existing.size() == 1 ? "it?" : "them?" ) ) )
			{
				cancel( null );
				return false;
			}
			replace = true;
		}
		PlaneFiles.check( folder, replace, files, HOW_TO_REPLACE );
		return replace;
	}

	/** A progress display for a job about to be built; "Evaluating 12/40: ..." with {@code verb} "Evaluating". */
	protected final JobProgress progress( final String verb )
	{
		return new JobProgress( verb, escape );
	}

	/**
	 * Checks the job's input, lists its notes, warnings and unpaired images in the Log, and runs it with
	 * {@code progress} in ImageJ's status bar and Escape as cancel.
	 *
	 * @return true where it ran to the end; false where it was canceled, after which the command is
	 *         canceled with a message
	 * @throws PdPlaneException
	 *             where the job refuses its input
	 */
	protected final boolean run( final BatchJob job, final JobProgress progress )
	{
		if ( !job.checkInput() )
			throw new PdPlaneException( job.getErrorMessage() );
		job.notes().forEach( this::log );
		job.warnings().forEach( this::log );
		for ( final Failure f : job.pairingFailures() )
			log( f.message() );
		IJ.resetEscape();
		progress.watch( job );
		final boolean complete;
		try
		{
			complete = job.process();
		}
		finally
		{
			IJ.showProgress( 1.0 );
		}
		if ( complete )
		{
			IJ.showStatus( title() + ": " + progress.summary() );
			return true;
		}
		if ( !job.isCanceled() )
			throw new PdPlaneException( job.getErrorMessage() );
		IJ.showStatus( title() + " canceled" );
		cancel( title() + " was canceled (Escape): the partial results were discarded; no table was filled and no file written." );
		return false;
	}

	/**
	 * A plane command's run of its job, the same for every command from the check to the plot: the input
	 * and the output files are checked before any image is read, the job runs, its problems go to the Log,
	 * and only where something was scored are the tables filled, the files written, the run summed up in
	 * the Log and the plane shown. A refusal, a declined replace or a cancel leaves no table and no file.
	 *
	 * @param out
	 *            the output folder, or null for none
	 * @param files
	 *            the files {@code write} makes in {@code out}
	 * @param write
	 *            writes the result into {@code out}: {@link PlaneFiles#writeEvaluation}, {@link PlaneFiles#writeSweep}
	 * @param scored
	 *            what the job scores ({@code "image"}, {@code "blend"}), for the message where none could be
	 * @param tables
	 *            fills the command's tables
	 * @param chart
	 *            the plane's chart, for the window and the files
	 * @param summary
	 *            the Log's line on the run, from the result and the seconds from the start of the run to
	 *            the files written
	 * @throws PdPlaneException
	 *             where the job refuses its input, or nothing could be scored
	 */
	protected final < R extends PlaneResult > void runJob( final PlaneJob< R > job, final JobProgress progress, final Path out,
			final List< String > files, final ResultWriter< R > write, final String scored, final Consumer< R > tables,
			final Function< R, ChartOptions > chart, final RunSummary< R > summary )
	{
		if ( !job.checkInput() )
			throw new PdPlaneException( job.getErrorMessage() );
		final boolean replace = out != null && replaceOutputs( out, files );
		if ( isCanceled() )
			return;
		final long start = System.nanoTime();
		if ( !run( job, progress ) )
			return;
		final R result = job.result();
		reportProblems( result.failures(), result.warnings() );
		if ( result.rows().isEmpty() )
			throw new PdPlaneException( "No " + scored + " could be scored (see the Log), so no table was filled and nothing was written." );
		tables.accept( result );
		final ChartOptions options = chart.apply( result );
		if ( out != null )
			write.write( result, out, replace, options, HOW_TO_REPLACE );
		log( summary.line( result, ( System.nanoTime() - start ) / 1e9 ) );
		showPlot( result.plane(), options, out );
	}

	/** Writes a result's files into a folder, as the methods of {@link PlaneFiles} do. */
	@FunctionalInterface
	protected interface ResultWriter< R >
	{
		void write( R result, Path folder, boolean overwrite, ChartOptions chart, String howToReplace );
	}

	/** The Log's line on a finished run. */
	@FunctionalInterface
	protected interface RunSummary< R >
	{
		String line( R result, double seconds );
	}

	/** Lists the failures the scoring found (unpaired images were listed before it) and the result's warnings in the Log. */
	protected final void reportProblems( final List< Failure > failures, final List< String > warnings )
	{
		warnings.forEach( this::log );
		for ( final Failure f : failures )
			if ( !f.kind().isPairing() )
				log( f.message() );
	}

	/**
	 * Shows the plane in a window where there is a display and Show plot is ticked; without a display,
	 * says where the plane was written (or that it could not be shown).
	 */
	protected final void showPlot( final PlaneModel plane, final ChartOptions options, final Path folder )
	{
		if ( !showPlot )
			return;
		if ( GraphicsEnvironment.isHeadless() )
		{
			log( folder == null ? "there is no display, so the plane cannot be shown in a window; give an output folder to have it "
					+ "written as " + PlaneFiles.PNG + " and " + PlaneFiles.SVG + "."
					: "there is no display, so the plane is not shown in a window; it is in '" + folder.resolve( PlaneFiles.PNG ) + "' and '"
							+ folder.resolve( PlaneFiles.SVG ) + "'." );
			return;
		}
		ChartWindow.show( PlaneChart.build( plane, options ), title() + ": " + options.title(), options );
	}

	/** A line in ImageJ's Log, after the command's title. */
	protected final void log( final String message )
	{
		logWindow.accept( title() + ": " + message );
	}

	/**
	 * A batch job's progress in ImageJ's progress bar and status line ({@code "Evaluating 12/40:
	 * EDSR/img3.png (3.1 images/s) - Esc cancels"}, at most ten times a second); Escape, checked at every
	 * image, cancels the job.
	 */
	protected static final class JobProgress implements ProgressListener
	{
		private static final long STATUS_INTERVAL_NANOS = 100_000_000L;

		private final String verb;

		private final BooleanSupplier escape;

		private volatile BatchJob job;

		private volatile Progress last;

		/** Calls come one at a time (the job serialises them). */
		private long lastStatus;

		JobProgress( final String verb, final BooleanSupplier escape )
		{
			this.verb = verb;
			this.escape = escape;
		}

		void watch( final BatchJob watched )
		{
			job = watched;
		}

		@Override
		public void progress( final Progress progress )
		{
			last = progress;
			final BatchJob watched = job;
			if ( watched != null && watched.isCanceled() )
				return;
			if ( watched != null && escape.getAsBoolean() )
			{
				watched.cancel();
				IJ.showStatus( verb + ": canceling (Escape)..." );
				return;
			}
			IJ.showProgress( progress.fraction() );
			final long now = System.nanoTime();
			if ( progress.done() == 0 || progress.isFinished() || now - lastStatus >= STATUS_INTERVAL_NANOS )
			{
				lastStatus = now;
				IJ.showStatus( status( verb, progress ) );
			}
		}

		/** {@code "40 images in 12.9 s"}: the last progress seen. */
		String summary()
		{
			final Progress p = last;
			return p == null ? "done" : p.done() + ( p.done() == 1 ? " image in " : " images in " ) + String.format( Locale.ROOT, "%.1f s", p
					.elapsedSeconds() );
		}

		/** {@code "Evaluating 12/40: EDSR/img3.png (3.1 images/s) - Esc cancels"}. */
		static String status( final String verb, final Progress progress )
		{
			final StringBuilder s = new StringBuilder( verb ).append( ' ' ).append( progress.done() ).append( '/' ).append( progress.total() );
			if ( progress.done() > 0 )
			{
				s.append( ": " ).append( progress.current() ).append( String.format( Locale.ROOT, " (%.1f images/s", progress.rate() ) );
				if ( progress.failed() > 0 )
					s.append( ", " ).append( progress.failed() ).append( " failed" );
				s.append( ')' );
			}
			return s.append( " - Esc cancels" ).toString();
		}
	}
}
