package io.github.pdplane.cli;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.io.FolderImages;
import io.github.pdplane.io.InputPaths;
import io.github.pdplane.io.imagej.ImageFiles;
import io.github.pdplane.io.imagej.ImageJFileReader;
import io.github.pdplane.io.imagej.ImagePlusSource;
import io.github.pdplane.metrics.MetricKind;
import io.github.pdplane.nr.BlockFeatures;
import io.github.pdplane.nr.Piqe;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;
import io.github.pdplane.score.ImageScorer;
import io.github.pdplane.score.ImageScores;
import io.github.pdplane.score.ScoreRow;
import io.github.pdplane.setlevel.SetDistances.FeatureSet;
import io.github.pdplane.table.ResultTable;

/**
 * {@code score}: every IMAGE with the chosen metrics, as CSV on standard output, one row per image or
 * per slice of a stack; full-reference metrics against one reference, no-reference metrics alone, and
 * set-level metrics as one last row for all IMAGEs against a reference set. An image that fails is
 * reported on standard error and the others are still scored.
 */
final class ScoreSubcommand extends Subcommand
{
	static final String METRICS = "metrics", REFERENCE = "reference", REFERENCE_SET = "reference-set";

	/** The image cell of the row of the set-level metrics. */
	static final String SET_ROW = "(set)";

	private final OptionSpec metricsOption = OptionSpecs.required( OptionSpecs.text( METRICS, "IDS", "comma-separated metric ids, in the"
			+ " order of the CSV columns: " + describeMetrics() ) );

	private final OptionSpec referenceOption = OptionSpecs.text( REFERENCE, "REF", "the reference image (or a stack with one slice per slice of"
			+ " each IMAGE); required by full-reference metrics, not used by the others" );

	private final OptionSpec referenceSetOption = OptionSpecs.repeatable( REFERENCE_SET, "DIR|FILE", "the reference set of the set-level"
			+ " metrics: a folder (its image files) or an image file (every slice of a stack); repeat it to add more" );

	private final OptionSpec masksOption = OptionSpecs.path( "masks", "DIR", "with piqe among the metrics: also write PIQE's three"
			+ " block masks of every image (every slice of a stack) into DIR as 8-bit PNG files, 255 where a 16x16 block is flagged:"
			+ " IMAGE-piqe-active.png, -artefacts.png and -noise.png (convention gray or y; existing files are not replaced)" );

	private final OptionSpec skipUnreadableOption = OptionSpecs.skipUnreadable();

	private final PreparationOptions preparation = PreparationOptions.forScoring();

	private final SettingsOptions settings = new SettingsOptions();

	private final PositionalParamSpec imagesParameter = OptionSpecs.positionals( "IMAGE..." );

	ScoreSubcommand()
	{
		super( "score", "score restored images (full-reference, no-reference, set-level); CSV on standard output" );
	}

	@Override
	void addArguments( final CommandSpec command )
	{
		command.addOption( metricsOption ).addOption( referenceOption ).addOption( referenceSetOption ).addOption( skipUnreadableOption )
				.addOption( masksOption );
		preparation.addTo( command );
		settings.addTo( command );
		command.addPositional( imagesParameter );
	}

	private static String describeMetrics()
	{
		final StringBuilder sb = new StringBuilder();
		for ( final MetricKind kind : MetricKind.values() )
		{
			final List< MetricDescriptor > of = MetricRegistry.ofKind( kind );
			if ( !of.isEmpty() )
				sb.append( sb.length() > 0 ? "; " : "" ).append( kindName( kind ) ).append( ' ' ).append( ids( of ) );
		}
		return sb.toString();
	}

	private static String kindName( final MetricKind kind )
	{
		switch ( kind )
		{
		case FULL_REFERENCE:
			return "full-reference";
		case NO_REFERENCE:
			return "no-reference";
		default:
			return "set-level";
		}
	}

	@Override
	String description()
	{
		return "Scores each IMAGE and prints CSV: a header 'image,<metric ids>' and one row per image, or per slice ('path:slice',"
				+ " counted from 1) for stacks, values in full precision (PSNR of identical images is Infinity)."
				+ " Full-reference metrics compare with REF (one image serves every slice of a stack); no-reference metrics (niqe)"
				+ " need no reference. Set-level metrics (niqe-ref, nss-fd) compare the NIQE block features of all IMAGEs (every"
				+ " slice) with those of the --reference-set and add one last row, image '" + SET_ROW + "'; its cells of the other"
				+ " metrics, and the set-level cells of the image rows, are empty. Images that fail (size, type, range, pixels,"
				+ " constant images for niqe) are reported on standard error with the reason, the others are still scored, and the"
				+ " exit code is " + Main.INPUT_FAILED + ". Without --convention and --shave, a run that includes pi follows PI's"
				+ " PIRM protocol (convention y, shave 4) for every metric, as the PIRM challenge scores."
				+ "\nExamples:"
				+ "\n  " + Main.PROGRAM + " score --metrics ssim,psnr --reference ref.png out1.png out2.tif"
				+ "\n  " + Main.PROGRAM + " score --metrics niqe --niqe-model my-model.mat out1.png out2.png"
				+ "\n  " + Main.PROGRAM + " score --metrics niqe,nss-fd --reference-set refs/ out/*.png";
	}

	@Override
	int run( final Terminal terminal )
	{
		final ImageScorer scorer = scorer();
		final String referencePath = referenceOption.getValue();
		final List< String > referenceSetPaths = OptionSpecs.values( referenceSetOption );
		if ( scorer.needsReference() && referencePath == null )
			throw new UsageException( "score needs --reference REF for the full-reference metric(s) "
					+ ids( scorer.ofKind( MetricKind.FULL_REFERENCE ) ) + ". " + seeHelp() );
		if ( scorer.needsReferenceSet() && referenceSetPaths.isEmpty() )
			throw new UsageException( "score needs --reference-set DIR|FILE for the set-level metric(s) " + ids( scorer.setMetrics() ) + ". "
					+ seeHelp() );
		if ( !scorer.needsReferenceSet() && !referenceSetPaths.isEmpty() )
			throw new UsageException( "--reference-set is the reference set of the set-level metrics ("
					+ ids( MetricRegistry.ofKind( MetricKind.SET_LEVEL ) ) + "), and --metrics names none." );
		if ( referencePath != null && !scorer.needsReference() )
			terminal.note( "--reference is not used: " + ids( scorer.metrics() ) + " need(s) no reference." );
		final PiqeMaskFiles masks = masks( scorer );
		final ImageSource reference = scorer.needsReference() ? open( referencePath ) : null;
		final Consumer< String > warnings = once( terminal::warning );
		int failed = 0;

		FeatureSet referenceSet = null, restoredSet = null;
		Inputs referenceImages = null;
		if ( scorer.needsReferenceSet() )
		{
			referenceSet = scorer.featureSet( "reference set" );
			restoredSet = scorer.featureSet( "restored set" );
			referenceImages = expand( referenceSetPaths, OptionSpecs.given( skipUnreadableOption ), terminal );
			failed += addImages( scorer, referenceImages.files, referenceSet, warnings, terminal );
		}

		final PrintStream out = terminal.out();
		final List< String > header = new ArrayList<>();
		header.add( "image" );
		for ( final MetricDescriptor d : scorer.metrics() )
			header.add( d.id() );
		header.addAll( scorer.provenance().keySet() );
		out.print( ResultTable.csvLine( header ) );
		int scored = 0;
		for ( final String path : OptionSpecs.values( imagesParameter ) )
		{
			try
			{
				final ImageSource image = open( path );
				final ImageScores scores = scorer.score( reference, image, warnings );
				if ( !scorer.imageMetrics().isEmpty() )
				{
					final ResultTable.Builder table = ResultTable.builder( header );
					for ( final ScoreRow row : scores.rows() )
						table.row( cells( scorer, row.label(), row, null ) );
					out.print( table.build().csvRows() );
				}
				if ( restoredSet != null )
					for ( final BlockFeatures f : scores.features() )
						restoredSet.add( f );
				scored++;
				out.flush();
				if ( masks != null )
					masks.write( image );
			}
			catch ( final PdPlaneException e )
			{
				terminal.error( e.getMessage() );
				failed++;
			}
		}
		if ( restoredSet != null && scored > 0 && referenceSet.imageCount() > 0 )
		{
			if ( failed > 0 )
				terminal.warning( "the set row compares the " + restoredSet.imageCount() + " image(s) that could be read with the "
						+ referenceSet.imageCount() + " reference image(s) that could be read; the others were reported above." );
			try
			{
				out.print( ResultTable.builder( header ).row( cells( scorer, SET_ROW, null, scorer.setRow( SET_ROW, referenceSet, restoredSet ) ) )
						.build().csvRows() );
				out.flush();
			}
			catch ( final PdPlaneException e )
			{
				terminal.error( e.getMessage() );
				failed++;
			}
		}
		if ( referenceImages != null )
			referenceImages.reportSkipped( terminal );
		return failed == 0 ? Main.OK : Main.INPUT_FAILED;
	}

	/** The writer of {@code --masks DIR}, or null where it is not given. */
	private PiqeMaskFiles masks( final ImageScorer scorer )
	{
		final Path folder = masksOption.getValue();
		if ( folder == null )
			return null;
		if ( scorer.metrics().stream().noneMatch( d -> d.id().equals( Piqe.ID ) ) )
			throw new UsageException( "--masks writes PIQE's masks: add piqe to --metrics. " + seeHelp() );
		return new PiqeMaskFiles( folder, scorer.preparation() );
	}

	/** The cells of an image row or of the set row, in the order of the metrics; the other kind's cells empty. */
	private static List< Object > cells( final ImageScorer scorer, final String label, final ScoreRow imageRow, final ScoreRow setRow )
	{
		final List< Object > cells = new ArrayList<>();
		cells.add( label );
		int image = 0, set = 0;
		for ( final MetricDescriptor d : scorer.metrics() )
		{
			if ( d.kind() == MetricKind.SET_LEVEL )
				cells.add( setRow == null ? "" : ( Object ) setRow.value( set ) );
			else
				cells.add( imageRow == null ? "" : ( Object ) imageRow.value( image ) );
			if ( d.kind() == MetricKind.SET_LEVEL )
				set++;
			else
				image++;
		}
		cells.addAll( scorer.provenance().values() );
		return cells;
	}

	/**
	 * Adds the features of every slice of every image to {@code set}; a failing image is reported.
	 *
	 * @return the number of images that failed
	 */
	private static int addImages( final ImageScorer scorer, final List< Path > images, final FeatureSet set, final Consumer< String > warnings,
			final Terminal terminal )
	{
		int failed = 0;
		for ( final Path path : images )
		{
			try
			{
				for ( final BlockFeatures f : scorer.setFeatures( open( path.toString() ), warnings ) )
					set.add( f );
			}
			catch ( final PdPlaneException e )
			{
				terminal.error( e.getMessage() );
				failed++;
			}
		}
		return failed;
	}

	/** The scorer the options describe; every inconsistency is a usage error, found before any image is read. */
	private ImageScorer scorer()
	{
		final List< MetricDescriptor > metrics = OptionSpecs.valueOr( metricsOption, MetricRegistry::parseList, null );
		final Preparation chosenPreparation = preparation.parse( name(), MetricRegistry.defaultPreparation( metrics ) );
		final MetricSettings chosen = settings.parse( metrics );
		return UsageException.asUsage( () -> new ImageScorer( metrics, chosen, chosenPreparation ) );
	}

	/** The image files of the arguments, and how many unreadable files of their folders were skipped. */
	static final class Inputs
	{
		final List< Path > files = new ArrayList<>();

		int skipped;

		/** The closing note on the skipped files, where there were any. */
		void reportSkipped( final Terminal terminal )
		{
			if ( skipped > 0 )
				terminal.warning( FolderImages.skippedCount( skipped ) + " (see above)." );
		}
	}

	/**
	 * Image arguments as files: a folder stands for its image files in name order (other files are
	 * noted and skipped; unreadable image files fail, or with {@code skipUnreadable} are reported,
	 * counted and skipped: {@link FolderImages}).
	 *
	 * @throws PdPlaneException
	 *             naming an argument that does not exist, a folder argument that is not a folder, a folder
	 *             without images, or a folder's unreadable files
	 */
	static Inputs expand( final List< String > arguments, final boolean skipUnreadable, final Terminal terminal )
	{
		final Inputs inputs = new Inputs();
		for ( final String argument : arguments )
		{
			final Path path = OptionSpecs.toPath( argument );
			if ( Files.isDirectory( path ) )
			{
				final FolderImages folder = FolderImages.list( ImageJFileReader.INSTANCE, path, skipped -> terminal.note( "skipped '" + skipped
						+ "': not an image file." ) ).check( skipUnreadable, terminal::warning );
				inputs.files.addAll( folder.readable() );
				inputs.skipped += folder.unreadable().size();
			}
			else if ( argument.endsWith( "/" ) || argument.endsWith( File.separator ) )
				// the path drops the slash: without this check a file would be read where a folder was meant
				throw new PdPlaneException( Files.exists( path ) ? "'" + argument + "' is not a folder." : InputPaths.missing( path, argument ) );
			else
				inputs.files.add( path );
		}
		return inputs;
	}

	/** Passes each distinct message on once (a constant reference would otherwise be reported for every image). */
	static Consumer< String > once( final Consumer< String > sink )
	{
		final Set< String > seen = new HashSet<>();
		return message -> {
			if ( seen.add( message ) )
				sink.accept( message );
		};
	}

	/** An image file, named in tables and messages by the path as the user wrote it. */
	static ImageSource open( final String path )
	{
		return ImageFiles.read( OptionSpecs.toPath( path ), path );
	}

	static String ids( final List< MetricDescriptor > metrics )
	{
		return metrics.stream().map( MetricDescriptor::id ).collect( Collectors.joining( ", " ) );
	}
}
