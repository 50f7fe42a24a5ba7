package io.github.pdplane.chart;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.jfree.chart.JFreeChart;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.batch.EvaluationResult;
import io.github.pdplane.batch.ImageSet;
import io.github.pdplane.batch.SweepResult;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.io.OutputFiles;
import io.github.pdplane.io.ResultFiles;
import io.github.pdplane.plane.Evaluation;
import io.github.pdplane.plane.PlaneModel;
import io.github.pdplane.table.ResultTable;

/**
 * The files an evaluation and a sweep leave in their output folder, for every front end (the CLI's
 * {@code evaluate}, {@code demo} and {@code sweep}; ImageJ's Evaluate Algorithms... and Trade-off
 * Sweep...): their names, the check before any image is read, the chart's title, and the writing after
 * a complete run. Each front end says in {@code howToReplace} how its user asks for an existing file
 * to be replaced.
 */
public final class PlaneFiles
{
	public static final String PER_IMAGE = "per-image.csv", SUMMARY = "summary.csv", SWEEP = "sweep.csv", PNG = "plane.png", SVG = "plane.svg";

	/** The evaluation's files, in the order they are written. */
	public static final List< String > EVALUATION_FILES = Collections.unmodifiableList( Arrays.asList( PER_IMAGE, SUMMARY, PNG, SVG ) );

	/** The sweep's files, in the order they are written. */
	public static final List< String > SWEEP_FILES = Collections.unmodifiableList( Arrays.asList( SWEEP, PNG, SVG ) );

	private PlaneFiles()
	{}

	/**
	 * Where a run writes its set of files, as checked before any image was read: the folder, whether it existed
	 * then (a folder that existed and is gone when the files are written is an error, not made again), whether
	 * files of an earlier run may be replaced, and what the check found left behind by interrupted runs.
	 */
	public static final class Target
	{
		private final Path folder;

		private final boolean overwrite;

		private final String howToReplace;

		private final boolean folderExisted;

		private final List< String > recovered;

		Target( final Path folder, final boolean overwrite, final String howToReplace, final boolean folderExisted, final List< String > recovered )
		{
			this.folder = folder;
			this.overwrite = overwrite;
			this.howToReplace = howToReplace;
			this.folderExisted = folderExisted;
			this.recovered = Collections.unmodifiableList( new ArrayList<>( recovered ) );
		}

		public Path folder()
		{
			return folder;
		}

		/**
		 * What the check did with what interrupted runs left in the folder ({@link ResultFiles#recover}), one
		 * sentence each, for the front end to show as notes.
		 */
		public List< String > recovered()
		{
			return recovered;
		}

		private void write( final List< String > names, final BooleanSupplier canceled, final ResultFiles.Stage stage )
		{
			ResultFiles.write( folder, names, overwrite, howToReplace, folderExisted, canceled, stage );
		}
	}

	/**
	 * Checks, before any image is read, that {@code files} can be written into {@code folder}: it is a
	 * writable folder or can be made, and none of the files exists unless {@code overwrite}. Completes or
	 * removes what runs killed while writing into the folder left there first ({@link ResultFiles#recover}).
	 *
	 * @return the target, for {@link #writeEvaluation} or {@link #writeSweep}
	 * @throws PdPlaneException
	 *             naming the folder or the first file that exists
	 */
	public static Target check( final Path folder, final boolean overwrite, final List< String > files, final String howToReplace )
	{
		OutputFiles.checkFolder( folder );
		final boolean existed = Files.isDirectory( folder );
		final List< String > recovered = existed ? ResultFiles.recover( folder ) : Collections.emptyList();
		if ( existed )
			for ( final String file : files )
				OutputFiles.checkWritable( folder.resolve( file ), overwrite, howToReplace );
		return new Target( folder, overwrite, howToReplace, existed, recovered );
	}

	/**
	 * Checks that the output folder is none of the input folders: the next run would read its plane.png as an
	 * algorithm's output (or a reference) without a partner.
	 *
	 * @throws PdPlaneException
	 *             naming the folder and the image set it is
	 */
	public static void checkNotAnInput( final Path folder, final List< ImageSet > inputs )
	{
		final Path out = folder.toAbsolutePath().normalize();
		for ( final ImageSet set : inputs )
			if ( !set.isStack() && set.folder().toAbsolutePath().normalize().equals( out ) )
				throw new PdPlaneException( "The output folder '" + folder + "' is one of the inputs (" + set.describe() + "): the plot"
						+ " written there would be read as an image by the next run. Choose another output folder." );
	}

	/** Those of {@code files} that exist in {@code folder}, in their order (for asking before replacing them). */
	public static List< String > existing( final Path folder, final List< String > files )
	{
		final List< String > existing = new ArrayList<>();
		for ( final String file : files )
			if ( Files.exists( folder.resolve( file ) ) )
				existing.add( file );
		return existing;
	}

	/** The chart of an evaluation: titled {@code "Perception-distortion plane (5 images; gray)"}. */
	public static ChartOptions evaluationChart( final EvaluationResult result, final boolean cloud )
	{
		return ChartOptions.defaults().withCloud( cloud ).withTitle( "Perception-distortion plane (" + images( result.evaluation() ) + "; "
				+ result.preparation() + ")" );
	}

	/** The chart of a sweep: titled {@code "Trade-off sweep EDSR → ESRGAN (5 images; y, shave 4)"}. */
	public static ChartOptions sweepChart( final SweepResult result, final Preparation preparation, final boolean cloud )
	{
		return ChartOptions.defaults().withCloud( cloud ).withTitle( "Trade-off sweep " + result.curve().label() + " (" + images( result
				.blends() ) + "; " + preparation + ")" );
	}

	/** {@code "5 images"}: the reference images of the first algorithm (every algorithm has the same). */
	private static String images( final Evaluation evaluation )
	{
		final int n = evaluation.images( evaluation.algorithms().get( 0 ) ).size();
		return n + ( n == 1 ? " image" : " images" );
	}

	/**
	 * Writes {@code per-image.csv}, {@code summary.csv}, {@code plane.png} and {@code plane.svg} into the target's
	 * folder as one set ({@link ResultFiles}): all four appear, or none does, and an earlier run's four are
	 * replaced together.
	 *
	 * @param canceled
	 *            true stops the writing before the commit; the earlier files stay ({@link ResultFiles.CanceledException})
	 */
	public static void writeEvaluation( final EvaluationResult result, final Target target, final ChartOptions chart,
			final BooleanSupplier canceled )
	{
		target.write( EVALUATION_FILES, canceled, files -> {
			files.write( PER_IMAGE, csv( result.perImageTable() ) );
			files.write( SUMMARY, csv( result.summaryTable() ) );
			writeChart( files, result.plane(), chart );
		} );
	}

	/** Writes {@code sweep.csv}, {@code plane.png} and {@code plane.svg} into the target's folder as one set, as {@link #writeEvaluation}. */
	public static void writeSweep( final SweepResult result, final Target target, final ChartOptions chart, final BooleanSupplier canceled )
	{
		target.write( SWEEP_FILES, canceled, files -> {
			files.write( SWEEP, csv( result.table() ) );
			writeChart( files, result.plane(), chart );
		} );
	}

	private static OutputFiles.Content csv( final ResultTable table )
	{
		final byte[] bytes = table.toCsv().getBytes( StandardCharsets.UTF_8 );
		return out -> out.write( bytes );
	}

	private static void writeChart( final ResultFiles files, final PlaneModel plane, final ChartOptions options )
	{
		final JFreeChart chart = PlaneChart.build( plane, options );
		final byte[] png = ChartFiles.png( chart, options ), svg = ChartFiles.svg( chart, options );
		files.write( PNG, out -> out.write( png ) );
		files.write( SVG, out -> out.write( svg ) );
	}

	/** Writes the chart of {@code plane} as {@code plane.png} and {@code plane.svg} into {@code folder} (each file atomic; not a set). */
	public static void writeChart( final PlaneModel plane, final ChartOptions options, final Path folder, final boolean overwrite )
	{
		final JFreeChart chart = PlaneChart.build( plane, options );
		ChartFiles.writePng( chart, folder.resolve( PNG ), options, overwrite );
		ChartFiles.writeSvg( chart, folder.resolve( SVG ), options, overwrite );
	}
}
