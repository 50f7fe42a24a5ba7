package io.github.pdplane.cli;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Convention;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.image.SampleType;

/**
 * The options every command that reads images shares ({@code --convention}, {@code --shave},
 * {@code --data-range}): their help texts and their parsing into a {@link Preparation}.
 */
final class PreparationOptions
{
	static final String CONVENTION = "convention", SHAVE = "shave", DATA_RANGE = "data-range";

	private PreparationOptions()
	{}

	/**
	 * @param conventions
	 *            the conventions the command accepts, the default first where it is {@link Preparation#defaults()}'s
	 * @param dataRangeUse
	 *            what the data range sets, for the help text ({@code "PSNR's peak, SSIM's constants"})
	 */
	static List< Option > options( final List< Convention > conventions, final String dataRangeUse )
	{
		final Preparation defaults = Preparation.defaults();
		return Arrays.asList(
				Option.value( CONVENTION, conventions.stream().map( Convention::id ).collect( Collectors.joining( "|" ) ),
						"how colour becomes the channel(s) scored: "
								+ conventions.stream().map( c -> c.id() + " = " + c.description() ).collect( Collectors.joining( "; " ) ) )
						.withDefault( defaults.convention().id() ),
				Option.value( SHAVE, "N", "pixels cut from every edge before scoring" ).withDefault( defaults.shave() ),
				Option.value( DATA_RANGE, "V", "the data range L (" + dataRangeUse + "); required for 32-bit images" )
						.withDefault( "from the bit depth: " + naturalRange( SampleType.UINT8 ) + ", " + naturalRange( SampleType.UINT16 ) ) );
	}

	private static String naturalRange( final SampleType type )
	{
		return ( long ) type.naturalRange() + " for " + type.description();
	}

	/** The preparation the options describe; a bad value is a usage error. */
	static Preparation parse( final Arguments arguments, final List< Convention > conventions )
	{
		return parse( arguments, conventions, Preparation.defaults() );
	}

	/**
	 * As {@link #parse(Arguments, List)}, with the convention and shave of {@code defaults} where the
	 * options are not given (a metric's reference protocol, see {@code MetricRegistry.defaultPreparation}).
	 */
	static Preparation parse( final Arguments arguments, final List< Convention > conventions, final Preparation defaults )
	{
		final Convention convention = arguments.value( CONVENTION, id -> {
			final Convention c = Convention.fromId( id );
			if ( !conventions.contains( c ) )
				throw new PdPlaneException( arguments.command() + " takes convention " + conventions.stream().map( Convention::id )
						.collect( Collectors.joining( " or " ) ) + ", not " + c.id() + "." );
			return c;
		}, defaults.convention() );
		final int shave = arguments.integer( SHAVE, defaults.shave() );
		final double dataRange = arguments.number( DATA_RANGE, defaults.dataRange() );
		return Arguments.asUsage( () -> new Preparation( convention, shave, dataRange ) );
	}
}
