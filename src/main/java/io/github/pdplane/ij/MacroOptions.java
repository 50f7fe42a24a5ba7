package io.github.pdplane.ij;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ij.util.Tools;

/**
 * The options string a macro passes to {@code run("SSIM...", "...")}, checked against a command's
 * fields before ImageJ's {@code GenericDialog} reads it. ImageJ reports a bad choice or number with a
 * modal dialog, which would hang a macro running without a person (under Xvfb); these checks say the
 * same with the key, the value and what is allowed, so the bridge can log it and stop the macro.
 */
public final class MacroOptions
{
	private final Map< String, String > values;

	private MacroOptions( final Map< String, String > values )
	{
		this.values = values;
	}

	/**
	 * Splits {@code key=value key=[value with spaces] flag} into keys and values (a bare key, as
	 * ImageJ records a ticked checkbox, has the value {@code null}).
	 */
	public static MacroOptions parse( final String options )
	{
		final Map< String, String > values = new LinkedHashMap<>();
		final String s = options == null ? "" : options;
		int i = 0;
		while ( i < s.length() )
		{
			if ( s.charAt( i ) == ' ' )
			{
				i++;
				continue;
			}
			int end = i;
			while ( end < s.length() && s.charAt( end ) != ' ' && s.charAt( end ) != '=' )
				end++;
			final String key = s.substring( i, end );
			if ( end < s.length() && s.charAt( end ) == '=' )
			{
				int start = end + 1;
				final int stop;
				if ( start < s.length() && s.charAt( start ) == '[' )
				{
					start++;
					final int close = s.indexOf( ']', start );
					stop = close < 0 ? s.length() : close;
					i = Math.min( s.length(), stop + 1 );
				}
				else
				{
					final int space = s.indexOf( ' ', start );
					stop = space < 0 ? s.length() : space;
					i = stop;
				}
				values.put( key, s.substring( start, stop ) );
			}
			else
			{
				values.put( key, null );
				i = end;
			}
		}
		return new MacroOptions( values );
	}

	/** The keys in the order given. */
	public List< String > keys()
	{
		return new ArrayList<>( values.keySet() );
	}

	/** The value of {@code key}, or null where it is absent or a bare flag. */
	public String value( final String key )
	{
		return values.get( key );
	}

	/**
	 * What is wrong with these options for {@code fields}: unknown keys, images that are not open,
	 * values outside a choice list, text where a number belongs. Empty where all is well.
	 *
	 * @param openImages
	 *            the titles of the open images
	 */
	public List< String > problems( final List< DialogField > fields, final List< String > openImages )
	{
		final List< String > problems = new ArrayList<>();
		final List< String > known = new ArrayList<>();
		for ( final DialogField f : fields )
			if ( f.kind() != DialogField.Kind.MESSAGE )
				known.add( f.key() );
		for ( final String key : values.keySet() )
			if ( !known.contains( key ) )
				problems.add( "Unknown key '" + key + "': the keys are " + String.join( ", ", known ) + "." );
		for ( final DialogField f : fields )
		{
			final String v = values.get( f.key() );
			if ( v == null )
				continue;
			switch ( f.kind() )
			{
			case IMAGE:
				if ( !openImages.contains( v ) && !( !f.required() && v.equals( DialogField.NONE ) ) )
					problems.add( f.key() + "=" + v + ": no open image has that title"
							+ ( openImages.isEmpty() ? " (no image is open; open the images first)." : "; the open images are "
									+ String.join( ", ", openImages ) + "." ) );
				break;
			case CHOICE:
				if ( !f.choices().contains( v ) )
					problems.add( f.key() + "=" + v + " is not allowed: use one of " + String.join( ", ", f.choices() ) + "." );
				break;
			case INTEGER:
			case DECIMAL:
				if ( Double.isNaN( Tools.parseDouble( v ) ) )
					problems.add( f.key() + "=" + v + " is not a number." );
				break;
			default:
				break;
			}
		}
		return problems;
	}
}
