package io.github.pdplane.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.batch.ImageScorer;
import io.github.pdplane.batch.OutputFiles;
import io.github.pdplane.batch.ScoreRow;
import io.github.pdplane.demo.TestImageSet;
import io.github.pdplane.image.Convention;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.imagej.ImageFiles;
import io.github.pdplane.metrics.Direction;
import io.github.pdplane.metrics.MetricDescriptor;
import io.github.pdplane.metrics.MetricRegistry;
import io.github.pdplane.metrics.MetricSettings;

/**
 * {@code demo}: every algorithm folder of the bundled test images against {@code reference/}, paired
 * by file name, summarised per algorithm. Until the batch evaluation exists this is the product's
 * main job on its own data.
 */
final class DemoCommand extends Subcommand
{
	static final String IMAGES = "images", OUT = "out", OVERWRITE = "overwrite";

	/** The classic full-reference metrics, as the demo reports them. */
	static final String METRICS = "rmse,psnr,ssim,ms-ssim";

	static final Convention CONVENTION = Convention.GRAY;

	DemoCommand()
	{
		super( "demo", "score the bundled test images (every algorithm against reference/) and print a summary", "", 0, 0 );
	}

	@Override
	List< Option > options()
	{
		return Collections.unmodifiableList( Arrays.asList(
				Option.value( IMAGES, "DIR", "the data set: DIR/" + TestImageSet.REFERENCE_FOLDER + "/ and one folder per algorithm"
						+ " with the same file names" ).withDefault( TestImageSet.DEFAULT_FOLDER ),
				Option.value( OUT, "FILE", "also write the per-image scores as CSV to FILE" ),
				Option.flag( OVERWRITE, "replace FILE where it exists" ) ) );
	}

	@Override
	String description()
	{
		return "Scores every algorithm folder of DIR against DIR/" + TestImageSet.REFERENCE_FOLDER + "/ (pairs by file name) with "
				+ METRICS.replace( ",", ", " ) + " (convention " + CONVENTION.id() + ") and prints, per algorithm, the number of images"
				+ " and the mean of each metric. Missing or extra files and unreadable images are reported on standard error.";
	}

	@Override
	int run( final Arguments arguments, final Terminal terminal )
	{
		final Path root = arguments.path( IMAGES, TestImageSet.DEFAULT_FOLDER );
		final Path out = arguments.path( OUT, null );
		if ( out != null )
			OutputFiles.checkWritable( out, arguments.flag( OVERWRITE ), HOW_TO_REPLACE );
		final Path referenceFolder = root.resolve( TestImageSet.REFERENCE_FOLDER );
		if ( !Files.isDirectory( root ) )
			throw new PdPlaneException( "The test images folder '" + root + "' does not exist: run from the project root (where "
					+ TestImageSet.DEFAULT_FOLDER + "/ is) or pass --" + IMAGES + " DIR." );
		if ( !Files.isDirectory( referenceFolder ) )
			throw new PdPlaneException( "'" + root + "' has no '" + TestImageSet.REFERENCE_FOLDER
					+ "' folder: the demo needs DIR/" + TestImageSet.REFERENCE_FOLDER + "/ and one folder per algorithm." );
		final List< Path > algorithms = ImageFiles.list( root, true );
		algorithms.removeIf( p -> p.getFileName().toString().equals( TestImageSet.REFERENCE_FOLDER ) );
		final List< Path > referenceFiles = ImageFiles.list( referenceFolder, false );
		if ( algorithms.isEmpty() || referenceFiles.isEmpty() )
			throw new PdPlaneException( "'" + root + "' needs images in '" + TestImageSet.REFERENCE_FOLDER
					+ "' and at least one algorithm folder beside it." );

		final ImageScorer scorer = new ImageScorer( MetricRegistry.parseList( METRICS ), MetricSettings.defaults(),
				new Preparation( CONVENTION, 0, Double.NaN ) );
		final Consumer< String > warnings = ScoreCommand.once( terminal::warning );
		final Map< String, ImageSource > references = new LinkedHashMap<>();
		int failed = 0;
		for ( final Path file : referenceFiles )
		{
			try
			{
				references.put( file.getFileName().toString(), ScoreCommand.open( file.toString() ) );
			}
			catch ( final PdPlaneException e )
			{
				terminal.error( e.getMessage() );
				failed++;
			}
		}

		final List< MetricDescriptor > metrics = scorer.metrics();
		final List< String > header = new ArrayList<>( Arrays.asList( "algorithm", "images" ) );
		metrics.forEach( d -> header.add( d.displayName() ) );
		final TextTable summary = new TextTable( header.toArray( new String[ 0 ] ) );
		final StringBuilder csv = new StringBuilder( Csv.row( csvHeader( metrics ) ) ).append( '\n' );
		int scored = 0;
		for ( final Path algorithm : algorithms )
		{
			final String name = algorithm.getFileName().toString();
			final List< ScoreRow > rows = new ArrayList<>();
			final List< String > outputs = ImageFiles.list( algorithm, false ).stream().map( p -> p.getFileName().toString() )
					.collect( Collectors.toList() );
			for ( final Path referenceFile : referenceFiles )
			{
				final String image = referenceFile.getFileName().toString();
				if ( !outputs.remove( image ) )
				{
					terminal.error( "'" + algorithm.resolve( image ) + "' is missing: every algorithm folder needs one output per image of '"
							+ referenceFolder + "', with the same file name." );
					failed++;
					continue;
				}
				if ( !references.containsKey( image ) )
					continue; // its reference failed and has been reported
				try
				{
					// a stack gives one row per slice, each counted as an image
					for ( final ScoreRow row : scorer.score( references.get( image ), ScoreCommand.open( algorithm.resolve( image ).toString() ),
							warnings ).rows() )
					{
						rows.add( row );
						final String label = row.slice() == ScoreRow.NO_SLICE ? image : image + ":" + ( row.slice() + 1 );
						csv.append( Csv.row( Arrays.asList( name, label ), row.values() ) ).append( '\n' );
					}
				}
				catch ( final PdPlaneException e )
				{
					terminal.error( e.getMessage() );
					failed++;
				}
			}
			for ( final String extra : outputs )
			{
				terminal.error( "'" + algorithm.resolve( extra ) + "' has no reference: '" + referenceFolder.resolve( extra )
						+ "' does not exist, so it is not scored." );
				failed++;
			}
			summary.add( summaryRow( name, rows, metrics.size() ) );
			scored += rows.size();
		}

		terminal.out().println( "PD Plane demo: " + algorithms.size() + " algorithms, " + referenceFiles.size() + " reference images in '"
				+ root + "', " + scored + " pairs scored (convention " + CONVENTION.id() + "). Means over each algorithm's images:" );
		terminal.out().println();
		terminal.out().print( summary );
		terminal.out().println();
		terminal.out().println( directions( metrics ) );
		if ( out != null )
		{
			OutputFiles.write( out, arguments.flag( OVERWRITE ), HOW_TO_REPLACE, csv.toString().getBytes( StandardCharsets.UTF_8 ) );
			terminal.out().println( "Per-image scores written to " + out + "." );
		}
		terminal.out().flush();
		return failed == 0 ? Main.OK : Main.INPUT_FAILED;
	}

	private static List< String > csvHeader( final List< MetricDescriptor > metrics )
	{
		final List< String > header = new ArrayList<>( Arrays.asList( "algorithm", "image" ) );
		metrics.forEach( d -> header.add( d.id() ) );
		return header;
	}

	private static String[] summaryRow( final String algorithm, final List< ScoreRow > rows, final int metrics )
	{
		final String[] cells = new String[ 2 + metrics ];
		cells[ 0 ] = algorithm;
		cells[ 1 ] = Integer.toString( rows.size() );
		final ScoreRow mean = rows.isEmpty() ? null : ScoreRow.mean( algorithm, rows );
		for ( int m = 0; m < metrics; m++ )
			cells[ 2 + m ] = mean == null ? "-" : String.format( Locale.ROOT, "%.4f", mean.value( m ) );
		return cells;
	}

	/** "Lower is better: RMSE. Higher is better: PSNR, SSIM, MS-SSIM." from the registry. */
	private static String directions( final List< MetricDescriptor > metrics )
	{
		final StringBuilder sb = new StringBuilder();
		for ( final Direction direction : Direction.values() )
		{
			final String names = metrics.stream().filter( d -> d.direction() == direction ).map( MetricDescriptor::displayName )
					.collect( Collectors.joining( ", " ) );
			if ( !names.isEmpty() )
				sb.append( sb.length() > 0 ? " " : "" ).append( Character.toUpperCase( direction.label().charAt( 0 ) ) )
						.append( direction.label().substring( 1 ) ).append( ": " ).append( names ).append( '.' );
		}
		return sb.toString();
	}
}
