package io.github.pdplane.cli;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Convention;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.image.SampleType;

/**
 * The options every command that reads images shares ({@code --convention}, {@code --shave},
 * {@code --data-range}): their help texts and their parsing into a {@link Preparation}. One instance
 * serves one command, whose model holds the options as one picocli mixin.
 */
final class PreparationOptions
{
	static final String CONVENTION = "convention", SHAVE = "shave", DATA_RANGE = "data-range";

	private final List< Convention > conventions;

	private final OptionSpec convention, shave, dataRange;

	/**
	 * @param conventions
	 *            the conventions the command accepts, the default first where it is {@link Preparation#defaults()}'s
	 * @param dataRangeUse
	 *            what the data range sets, for the help text ({@code "PSNR's peak, SSIM's constants"})
	 */
	PreparationOptions( final List< Convention > conventions, final String dataRangeUse )
	{
		this.conventions = conventions;
		final Preparation defaults = Preparation.defaults();
		convention = OptionSpecs.choice( CONVENTION, conventions.stream().map( Convention::id ).collect( Collectors.toList() ),
				OptionSpecs.withDefault( "how colour becomes the channel(s) scored: " + conventions.stream().map( c -> c.id() + " = "
						+ c.description() ).collect( Collectors.joining( "; " ) ), defaults.convention().id() ) );
		shave = OptionSpecs.integer( SHAVE, "N", OptionSpecs.withDefault( "pixels cut from every edge before scoring", defaults.shave() ) );
		dataRange = OptionSpecs.finiteNumber( DATA_RANGE, "V", OptionSpecs.withDefault( "the data range L (" + dataRangeUse
				+ "); required for 32-bit images", "from the bit depth: " + naturalRange( SampleType.UINT8 ) + ", "
						+ naturalRange( SampleType.UINT16 ) ) );
	}

	/** The options of the commands that score: every convention, the data range as the metrics use it. */
	static PreparationOptions forScoring()
	{
		return new PreparationOptions( Arrays.asList( Convention.values() ), "PSNR's peak, SSIM's constants; NIQE maps it to 255" );
	}

	private static String naturalRange( final SampleType type )
	{
		return ( long ) type.naturalRange() + " for " + type.description();
	}

	/** Adds the options to a command's model, as the mixin {@code preparation}. */
	void addTo( final CommandSpec command )
	{
		command.addMixin( "preparation", CommandSpec.create().addOption( convention ).addOption( shave ).addOption( dataRange ) );
	}

	/** {@code --convention} and {@code --shave}: what a preset of both (a protocol) replaces. */
	List< OptionSpec > conventionAndShave()
	{
		return Arrays.asList( convention, shave );
	}

	/** {@code --data-range}, or {@code fallback} where it is not given. */
	double dataRange( final double fallback )
	{
		return OptionSpecs.valueOr( dataRange, fallback );
	}

	/** The preparation the options describe; a bad value is a usage error. */
	Preparation parse( final String command )
	{
		return parse( command, Preparation.defaults() );
	}

	/**
	 * As {@link #parse(String)}, with the convention and shave of {@code defaults} where the options are
	 * not given (a metric's reference protocol, see {@code MetricRegistry.defaultPreparation}).
	 */
	Preparation parse( final String command, final Preparation defaults )
	{
		final Convention chosen = OptionSpecs.valueOr( convention, id -> {
			final Convention c = Convention.fromId( id );
			if ( !conventions.contains( c ) )
				throw new PdPlaneException( command + " takes convention " + conventions.stream().map( Convention::id )
						.collect( Collectors.joining( " or " ) ) + ", not " + c.id() + "." );
			return c;
		}, defaults.convention() );
		final int pixels = OptionSpecs.valueOr( shave, defaults.shave() );
		final double range = dataRange( defaults.dataRange() );
		return UsageException.asUsage( () -> new Preparation( chosen, pixels, range ) );
	}
}
