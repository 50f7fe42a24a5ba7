package io.github.pdplane.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import io.github.pdplane.PdPlaneException;

/**
 * A parsed command line of one subcommand: {@code --key value}, {@code --key=value}, flags, and
 * positional arguments in any order; {@code --} ends the options (for file names that start with a
 * dash). Every syntax error is a {@link UsageException} naming the option.
 */
final class Arguments
{
	private final String command;

	private final Map< String, Option > declared;

	/** Options given, in command-line order; flags map to an empty list. */
	private final Map< String, List< String > > given;

	private final List< String > positionals;

	private Arguments( final String command, final Map< String, Option > declared, final Map< String, List< String > > given,
			final List< String > positionals )
	{
		this.command = command;
		this.declared = declared;
		this.given = given;
		this.positionals = Collections.unmodifiableList( positionals );
	}

	static Arguments parse( final String command, final List< Option > options, final List< String > args )
	{
		final Map< String, Option > declared = new LinkedHashMap<>();
		for ( final Option o : options )
			declared.put( o.name(), o );
		final Map< String, List< String > > given = new LinkedHashMap<>();
		final List< String > positionals = new ArrayList<>();
		boolean optionsEnded = false;
		for ( int i = 0; i < args.size(); i++ )
		{
			final String arg = args.get( i );
			if ( optionsEnded || !arg.startsWith( "-" ) || arg.equals( "-" ) )
			{
				positionals.add( arg );
				continue;
			}
			if ( arg.equals( "--" ) )
			{
				optionsEnded = true;
				continue;
			}
			if ( arg.equals( "-h" ) )
			{
				given.putIfAbsent( "help", new ArrayList<>() );
				continue;
			}
			if ( !arg.startsWith( "--" ) )
				throw new UsageException( "Unknown option '" + arg + "' for " + command + ": options are written --name"
						+ " (put a file name that starts with '-' after '--'). " + seeHelp( command ) );
			final int equals = arg.indexOf( '=' );
			final String name = arg.substring( 2, equals < 0 ? arg.length() : equals );
			final Option option = declared.get( name );
			if ( option == null )
				throw new UsageException( "Unknown option '--" + name + "' for " + command + "." + suggestion( name, declared.keySet() ) + " "
						+ seeHelp( command ) );
			if ( given.containsKey( name ) && !option.isRepeatable() )
				throw new UsageException( "Option --" + name + " is given more than once." );
			final List< String > values = given.computeIfAbsent( name, k -> new ArrayList<>() );
			if ( !option.takesValue() )
			{
				if ( equals >= 0 )
					throw new UsageException( "Option --" + name + " is a flag and takes no value (got '" + arg + "')." );
				continue;
			}
			final String value;
			if ( equals >= 0 )
				value = arg.substring( equals + 1 );
			else if ( i + 1 < args.size() && !args.get( i + 1 ).startsWith( "--" ) )
				value = args.get( ++i );
			else
				throw new UsageException( "Option " + option.signature() + " needs a value." );
			values.add( value );
		}
		return new Arguments( command, declared, given, positionals );
	}

	static String seeHelp( final String command )
	{
		return "Run '" + Main.PROGRAM + " " + command + " --help' for its options.";
	}

	/** " Did you mean --metrics?" for a near miss, else empty. */
	private static String suggestion( final String name, final Iterable< String > known )
	{
		String best = null;
		int bestDistance = 3;
		for ( final String k : known )
		{
			final int d = editDistance( name, k );
			if ( d < bestDistance )
			{
				best = k;
				bestDistance = d;
			}
		}
		return best == null ? "" : " Did you mean --" + best + "?";
	}

	private static int editDistance( final String a, final String b )
	{
		int[] previous = new int[ b.length() + 1 ];
		int[] current = new int[ b.length() + 1 ];
		for ( int j = 0; j <= b.length(); j++ )
			previous[ j ] = j;
		for ( int i = 1; i <= a.length(); i++ )
		{
			current[ 0 ] = i;
			for ( int j = 1; j <= b.length(); j++ )
			{
				final int substitution = previous[ j - 1 ] + ( a.charAt( i - 1 ) == b.charAt( j - 1 ) ? 0 : 1 );
				current[ j ] = Math.min( substitution, Math.min( previous[ j ], current[ j - 1 ] ) + 1 );
			}
			final int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[ b.length() ];
	}

	String command()
	{
		return command;
	}

	List< String > positionals()
	{
		return positionals;
	}

	boolean flag( final String name )
	{
		return given.containsKey( declaredName( name ) );
	}

	/** The value of a single-valued option, or {@code null} where it is absent. */
	String value( final String name )
	{
		final List< String > values = given.get( declaredName( name ) );
		return values == null ? null : values.get( 0 );
	}

	/** Every value of a repeatable option, in command-line order. */
	List< String > values( final String name )
	{
		final List< String > values = given.get( declaredName( name ) );
		return values == null ? Collections.emptyList() : Collections.unmodifiableList( values );
	}

	/** The value of a required option. */
	String required( final String name )
	{
		final String value = value( name );
		if ( value == null )
			throw new UsageException( command + " needs " + declared.get( name ).signature() + ". " + seeHelp( command ) );
		return value;
	}

	/**
	 * The option's value converted by {@code parse}, or {@code fallback} where it is absent. A
	 * {@link PdPlaneException} from {@code parse} becomes a usage error with the same message.
	 */
	< T > T value( final String name, final Function< String, T > parse, final T fallback )
	{
		final String value = value( name );
		return value == null ? fallback : asUsage( () -> parse.apply( value ) );
	}

	int integer( final String name, final int fallback )
	{
		final String value = value( name );
		if ( value == null )
			return fallback;
		try
		{
			return Integer.parseInt( value.trim() );
		}
		catch ( final NumberFormatException e )
		{
			throw new UsageException( "Option --" + name + " needs a whole number, not '" + value + "'." );
		}
	}

	/** A finite number; {@code fallback} where the option is absent. */
	double number( final String name, final double fallback )
	{
		final String value = value( name );
		if ( value == null )
			return fallback;
		try
		{
			final double v = Double.parseDouble( value.trim() );
			if ( Double.isFinite( v ) )
				return v;
		}
		catch ( final NumberFormatException e )
		{
			// reported below, like a non-finite number
		}
		throw new UsageException( "Option --" + name + " needs a finite number, not '" + value + "'." );
	}

	/** The option's value as a file path; {@code fallback} (which may be {@code null}) where it is absent. */
	Path path( final String name, final String fallback )
	{
		final String value = value( name ) == null ? fallback : value( name );
		return value == null ? null : asUsage( () -> toPath( value ) );
	}

	Path requiredPath( final String name )
	{
		return path( name, required( name ) );
	}

	/** A path as the user wrote it; a string the file system cannot name is a {@link PdPlaneException}. */
	static Path toPath( final String text )
	{
		try
		{
			return Paths.get( text );
		}
		catch ( final InvalidPathException e )
		{
			throw new PdPlaneException( "'" + text + "' is not a valid file name: " + e.getReason() + "." );
		}
	}

	/**
	 * Runs a constructor or parser fed from options; its {@link PdPlaneException} (a bad parameter, not
	 * a bad image) becomes a usage error with the message unchanged.
	 */
	static < T > T asUsage( final Supplier< T > configuration )
	{
		try
		{
			return configuration.get();
		}
		catch ( final UsageException e )
		{
			throw e;
		}
		catch ( final PdPlaneException e )
		{
			throw new UsageException( e.getMessage() );
		}
	}

	private String declaredName( final String name )
	{
		if ( !declared.containsKey( name ) )
			throw new IllegalArgumentException( command + " declares no option --" + name );
		return name;
	}
}
