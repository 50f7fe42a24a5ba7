package io.github.pdplane.cli;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.TypeConversionException;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.io.InputPaths;

/**
 * The kinds of argument the commands take, as picocli's model of them: {@code --name VALUE} options
 * (text, numbers, paths), flags, repeatable options and positional parameters; numbers and paths are
 * converted while parsing, with messages that name the rule.
 * <p>
 * An option has no value unless it is given: a default is documentation ({@link #withDefault}), so that a
 * command can tell an option left out from one given as the default (a metric's own protocol applies
 * only where the user gave no convention, for example).
 */
final class OptionSpecs
{
	private OptionSpecs()
	{}

	/** An option without a value; present or absent. */
	static OptionSpec flag( final String name, final String description )
	{
		return OptionSpec.builder( "--" + name ).arity( "0" ).type( boolean.class ).description( literal( description ) ).build();
	}

	/** The flag of the commands that read folders: unreadable files in a folder are skipped, not a failure. */
	static final String SKIP_UNREADABLE = "skip-unreadable";

	/** {@code --skip-unreadable}, described once for every command that reads folders. */
	static OptionSpec skipUnreadable()
	{
		return flag( SKIP_UNREADABLE, "in a folder, skip the files that cannot be read as images (empty, not an image, no permission, a"
				+ " name this locale cannot read): each is reported and counted; without it such a file fails the run, named with why" );
	}

	/** An option with a value, shown in help as {@code --name LABEL}, kept as written. */
	static OptionSpec text( final String name, final String label, final String description )
	{
		return valued( name, label, String.class, description ).build();
	}

	/** One of {@code choices}, shown in help as {@code --name a|b|c}; shells complete it from the choices. */
	static OptionSpec choice( final String name, final List< String > choices, final String description )
	{
		return valued( name, String.join( "|", choices ), String.class, description ).completionCandidates( choices ).build();
	}

	/** May be given several times; every value is kept, in command-line order. */
	static OptionSpec repeatable( final String name, final String label, final String description )
	{
		return valued( name, label, List.class, description ).auxiliaryTypes( String.class ).build();
	}

	/** A whole number; a fraction or text is refused. */
	static OptionSpec integer( final String name, final String label, final String description )
	{
		return valued( name, label, Integer.class, description ).converters( wholeNumber( Integer::valueOf ) ).build();
	}

	/** A whole number beyond the range of {@code int} (a seed). */
	static OptionSpec longInteger( final String name, final String label, final String description )
	{
		return valued( name, label, Long.class, description ).converters( wholeNumber( Long::valueOf ) ).build();
	}

	/** A finite number: NaN and infinities are refused like text. */
	static OptionSpec finiteNumber( final String name, final String label, final String description )
	{
		final ITypeConverter< Double > finite = value -> {
			try
			{
				final double v = Double.parseDouble( value.trim() );
				if ( Double.isFinite( v ) )
					return v;
			}
			catch ( final NumberFormatException e )
			{
				// refused below, like a non-finite number
			}
			throw new TypeConversionException( "needs a finite number, not '" + value + "'" );
		};
		return valued( name, label, Double.class, description ).converters( finite ).build();
	}

	/** A file or folder; shells complete its value as a file name. */
	static OptionSpec path( final String name, final String label, final String description )
	{
		final ITypeConverter< Path > path = OptionSpecs::toPath;
		return valued( name, label, Path.class, description ).converters( path ).build();
	}

	/** The same option, required: a command line without it is a usage error naming it. */
	static OptionSpec required( final OptionSpec option )
	{
		return option.toBuilder().required( true ).build();
	}

	/** {@code description (default: value)}: the help's note of what applies where the option is not given. */
	static String withDefault( final String description, final Object defaultValue )
	{
		return description + " (default: " + defaultValue + ")";
	}

	/** One or more positional parameters, shown in help as {@code label}. */
	static PositionalParamSpec positionals( final String label )
	{
		return PositionalParamSpec.builder().paramLabel( label ).index( "0..*" ).arity( "1..*" ).required( true ).type( List.class )
				.auxiliaryTypes( String.class ).build();
	}

	/** At most one positional parameter, shown in help as {@code [label]}. */
	static PositionalParamSpec optionalPositional( final String label )
	{
		return PositionalParamSpec.builder().paramLabel( label ).index( "0" ).arity( "0..1" ).type( String.class ).build();
	}

	/** Whether the option (or the positional parameter) is on the command line just parsed. */
	static boolean given( final ArgSpec argument )
	{
		return argument.getValue() != null;
	}

	/** The value of the command line just parsed, or {@code fallback} where it is not given. */
	static < T > T valueOr( final ArgSpec argument, final T fallback )
	{
		final T value = argument.getValue();
		return value == null ? fallback : value;
	}

	/**
	 * The value converted by {@code parse}, or {@code fallback} where it is not given. A
	 * {@link PdPlaneException} from {@code parse} is a usage error with the same message.
	 */
	static < T > T valueOr( final ArgSpec argument, final Function< String, T > parse, final T fallback )
	{
		final String value = argument.getValue();
		return value == null ? fallback : UsageException.asUsage( () -> parse.apply( value ) );
	}

	/** Every value of a repeatable option or of positional parameters, in command-line order. */
	static List< String > values( final ArgSpec argument )
	{
		return valueOr( argument, Collections.emptyList() );
	}

	/** {@code --metrics IDS} or {@code --overwrite}, as the help text and the messages show it. */
	static String signature( final OptionSpec option )
	{
		return option.longestName() + ( option.arity().max > 0 ? " " + option.paramLabel() : "" );
	}

	/** A path as the user wrote it; a string the file system cannot name is a {@link PdPlaneException}. */
	static Path toPath( final String text )
	{
		return InputPaths.of( text );
	}

	private static OptionSpec.Builder valued( final String name, final String label, final Class< ? > type, final String description )
	{
		return OptionSpec.builder( "--" + name ).paramLabel( label ).arity( "1" ).type( type ).description( literal( description ) );
	}

	/** picocli reads a description as a format ({@code %n} a line break), so a percent sign is written twice. */
	private static String literal( final String description )
	{
		return description.replace( "%", "%%" );
	}

	private static < T > ITypeConverter< T > wholeNumber( final Function< String, T > parse )
	{
		return value -> {
			try
			{
				return parse.apply( value.trim() );
			}
			catch ( final NumberFormatException e )
			{
				throw new TypeConversionException( "needs a whole number, not '" + value + "'" );
			}
		};
	}
}
