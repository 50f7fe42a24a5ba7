package io.github.pdplane.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.batch.PairScorer;
import io.github.pdplane.batch.ScoreRow;
import io.github.pdplane.image.Convention;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.image.SampleType;
import io.github.pdplane.imagej.ImageFiles;
import io.github.pdplane.imagej.ImagePlusSource;
import io.github.pdplane.metrics.MetricDescriptor;
import io.github.pdplane.metrics.MetricKind;
import io.github.pdplane.metrics.MetricRegistry;
import io.github.pdplane.metrics.MetricSettings;
import io.github.pdplane.metrics.MsSsimVariant;

/**
 * {@code score}: every IMAGE against one reference, as CSV on standard output, one row per image or
 * per slice of a stack. An image that fails is reported on standard error and the others are still
 * scored.
 */
final class ScoreCommand extends Subcommand
{
	static final String METRICS = "metrics", REFERENCE = "reference", CONVENTION = "convention", SHAVE = "shave",
			DATA_RANGE = "data-range", SSIM_DOWNSAMPLE = "ssim-downsample", MS_SSIM_VARIANT = "ms-ssim-variant";

	ScoreCommand()
	{
		super( "score", "score restored images against a reference; CSV on standard output", "IMAGE...", 1, Integer.MAX_VALUE );
	}

	@Override
	List< Option > options()
	{
		final Preparation preparation = Preparation.defaults();
		final MetricSettings settings = MetricSettings.defaults();
		return Collections.unmodifiableList( Arrays.asList(
				Option.value( METRICS, "IDS", "comma-separated metric ids, in the order of the CSV columns: "
						+ String.join( ", ", MetricRegistry.ids() ) ),
				Option.value( REFERENCE, "REF", "the reference image (or a stack with one slice per slice of each IMAGE);"
						+ " required by full-reference metrics" ),
				Option.value( CONVENTION, String.join( "|", Convention.ids() ), describeConventions() )
						.withDefault( preparation.convention().id() ),
				Option.value( SHAVE, "N", "pixels cut from every edge before scoring" ).withDefault( preparation.shave() ),
				Option.value( DATA_RANGE, "V", "the data range L (PSNR's peak, SSIM's constants); required for 32-bit images" )
						.withDefault( "from the bit depth: " + naturalRange( SampleType.UINT8 ) + ", " + naturalRange( SampleType.UINT16 ) ),
				Option.flag( SSIM_DOWNSAMPLE, "SSIM first applies the automatic downsampling of the 2009 ssim.m" )
						.withDefault( settings.ssimDownsample() ? "on" : "off" ),
				Option.value( MS_SSIM_VARIANT, String.join( "|", MsSsimVariant.ids() ), "which MS-SSIM release to follow" )
						.withDefault( settings.msSsimVariant().id() ) ) );
	}

	private static String naturalRange( final SampleType type )
	{
		return ( long ) type.naturalRange() + " for " + type.description();
	}

	private static String describeConventions()
	{
		return "how colour becomes the channel(s) scored: " + Arrays.stream( Convention.values() )
				.map( c -> c.id() + " = " + c.description() ).collect( Collectors.joining( "; " ) );
	}

	@Override
	boolean isRequired( final Option option )
	{
		return option.name().equals( METRICS );
	}

	@Override
	String description()
	{
		return "Scores each IMAGE against REF and prints CSV: a header 'image,<metric ids>' and one row per image, or per slice"
				+ " ('path:slice', counted from 1) for stacks, values in full precision (PSNR of identical images is Infinity)."
				+ " A reference image serves every slice of a stack. Images that fail (size, type, range, pixels) are reported"
				+ " on standard error with the reason, the others are still scored, and the exit code is " + Main.INPUT_FAILED + "."
				+ "\nExample: " + Main.PROGRAM + " score --metrics ssim,psnr --reference ref.png out1.png out2.tif";
	}

	@Override
	int run( final Arguments arguments, final Terminal terminal )
	{
		final PairScorer scorer = scorer( arguments );
		final String referencePath = arguments.value( REFERENCE );
		if ( referencePath == null )
			throw new UsageException( "score needs --reference REF for the full-reference metric(s) "
					+ ids( fullReference( scorer.metrics() ) ) + ". " + Arguments.seeHelp( name() ) );
		final ImageSource reference = open( referencePath );

		final PrintStream out = terminal.out();
		final List< String > header = new ArrayList<>();
		header.add( "image" );
		for ( final MetricDescriptor d : scorer.metrics() )
			header.add( d.id() );
		out.println( Csv.row( header ) );
		final Consumer< String > warnings = once( terminal::warning );
		int failed = 0;
		for ( final String path : arguments.positionals() )
		{
			try
			{
				for ( final ScoreRow row : scorer.score( reference, open( path ), warnings ) )
					out.println( Csv.row( Collections.singletonList( row.label() ), row.values() ) );
				out.flush();
			}
			catch ( final PdPlaneException e )
			{
				terminal.error( e.getMessage() );
				failed++;
			}
		}
		return failed == 0 ? Main.OK : Main.INPUT_FAILED;
	}

	/** The scorer the options describe; every inconsistency is a usage error, found before any image is read. */
	static PairScorer scorer( final Arguments arguments )
	{
		final List< MetricDescriptor > metrics = Arguments.asUsage( () -> MetricRegistry.parseList( arguments.required( METRICS ) ) );
		final Preparation defaults = Preparation.defaults();
		final Convention convention = arguments.value( CONVENTION, Convention::fromId, defaults.convention() );
		final int shave = arguments.integer( SHAVE, defaults.shave() );
		final double dataRange = arguments.number( DATA_RANGE, defaults.dataRange() );
		final Preparation preparation = Arguments.asUsage( () -> new Preparation( convention, shave, dataRange ) );
		MetricSettings settings = MetricSettings.defaults();
		if ( arguments.flag( SSIM_DOWNSAMPLE ) )
			settings = settings.withSsimDownsample( true );
		settings = settings.withMsSsimVariant( arguments.value( MS_SSIM_VARIANT, MsSsimVariant::fromId, settings.msSsimVariant() ) );
		final MetricSettings chosen = settings;
		return Arguments.asUsage( () -> new PairScorer( metrics, chosen, preparation ) );
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
		return new ImagePlusSource( ImageFiles.openImagePlus( Arguments.toPath( path ) ), path );
	}

	private static List< MetricDescriptor > fullReference( final List< MetricDescriptor > metrics )
	{
		return metrics.stream().filter( d -> d.kind() == MetricKind.FULL_REFERENCE ).collect( Collectors.toList() );
	}

	private static String ids( final List< MetricDescriptor > metrics )
	{
		return metrics.stream().map( MetricDescriptor::id ).collect( Collectors.joining( ", " ) );
	}
}
