package io.github.pdplane.ij;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ij.Prefs;
import ij.util.Tools;

/**
 * The values a person last chose in each command's dialog, kept in ImageJ's preferences ({@code IJ_Prefs.txt},
 * which ImageJ writes when it quits), so that a dialog opens with them after a restart as ImageJ's own
 * dialogs do. One key per command and macro key: {@code pdplane.SsimCommand.shave}.
 * <p>
 * Only a person's dialog reads and writes them: a macro with options gets the command's own defaults for
 * the keys it leaves out, so that it gives the same result on every machine. Not kept: images (titles
 * change from session to session) and consents given for one run
 * ({@link io.github.pdplane.commands.DialogLayout#ASK_EACH_TIME}: replace files, download). A stored value
 * the field can no longer take (a choice that is gone, a number outside the field's range) is ignored.
 */
final class RememberedValues
{
	/** The prefix of every key PD Plane keeps in ImageJ's preferences. */
	static final String PREFIX = "pdplane.";

	private RememberedValues()
	{}

	/** {@code pdplane.SsimCommand.shave}: the preference that keeps {@code field} of the command class {@code commandClass}. */
	static String key( final String commandClass, final DialogField field )
	{
		return PREFIX + commandClass.substring( commandClass.lastIndexOf( '.' ) + 1 ) + "." + field.key();
	}

	/** Whether the field's value is kept: not an image, a line of text or a consent for one run. */
	static boolean kept( final DialogField field )
	{
		return field.kind() != DialogField.Kind.IMAGE && field.kind() != DialogField.Kind.MESSAGE && !field.askEachTime();
	}

	/** The fields with the values last chosen in the command's dialog as their defaults, where there are any. */
	static List< DialogField > applyTo( final String commandClass, final List< DialogField > fields )
	{
		final List< DialogField > out = new ArrayList<>();
		for ( final DialogField f : fields )
		{
			final String stored = kept( f ) ? Prefs.get( key( commandClass, f ), null ) : null;
			out.add( stored == null ? f : withStored( f, stored ) );
		}
		return out;
	}

	/** Keeps the values of a dialog the person confirmed; {@code inputs} by parameter name, as the dialog gave them. */
	static void remember( final String commandClass, final List< DialogField > fields, final Map< String, Object > inputs )
	{
		for ( final DialogField f : fields )
			if ( kept( f ) && inputs.containsKey( f.name() ) )
				Prefs.set( key( commandClass, f ), format( f, inputs.get( f.name() ) ) );
	}

	private static String format( final DialogField field, final Object value )
	{
		if ( value == null )
			return "";
		if ( value instanceof File )
			return ( ( File ) value ).getPath();
		if ( value instanceof Number )
			return DialogField.format( ( ( Number ) value ).doubleValue() );
		return value.toString();
	}

	/** The field with the stored text as its default, or as it is where it cannot take that value. */
	static DialogField withStored( final DialogField field, final String stored )
	{
		final Object value;
		switch ( field.kind() )
		{
		case CHOICE:
			value = field.choices().contains( stored ) ? stored : null;
			break;
		case TEXT:
			value = stored;
			break;
		case BOOLEAN:
			value = "true".equals( stored ) ? Boolean.TRUE : "false".equals( stored ) ? Boolean.FALSE : null;
			break;
		case INTEGER:
		case DECIMAL:
			final double number = Tools.parseDouble( stored );
			value = Double.isNaN( number ) ? null : field.toNumber( number, new ArrayList<>() );
			break;
		case FILE:
		case DIRECTORY:
			// an emptied file field is a choice too: no file
			return field.withDefault( stored.isEmpty() ? null : new File( stored ) );
		default:
			value = null;
		}
		return value == null ? field : field.withDefault( value );
	}
}
