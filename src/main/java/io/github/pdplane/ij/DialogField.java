package io.github.pdplane.ij;

import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.scijava.ItemVisibility;
import org.scijava.module.ModuleItem;
import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;
import org.scijava.widget.FileWidget;

import ij.ImagePlus;

import io.github.pdplane.commands.DialogLayout;

/**
 * One input of a SciJava command as a field of an ImageJ 1.x {@code GenericDialog}: which widget,
 * its label, and the macro key the label gives.
 * <p>
 * ImageJ 1.x takes a field's macro key from its label (up to the first space, lower case) and shows
 * underscores as spaces, so the label starts with the parameter name in snake case with a capital:
 * {@code dataRange} becomes {@code Data_range}, shown "Data range", recorded and read as
 * {@code data_range=...}; a number in the name is set off the same way ({@code name1} becomes
 * {@code name_1}). The key is thereby a function of the field name alone. What the command's label says
 * after those words follows them: the label "Data range (0 = from bit depth)" of {@code dataRange} is
 * shown as it is, with the key {@code data_range}.
 * <p>
 * Where the field goes is the command's to say, through the SciJava attributes of
 * {@link DialogLayout}: on the row of the field before it, or among the outputs at the end.
 */
public final class DialogField
{
	/** The choice of an optional image input that leaves it empty (ImageJ's own word for it). */
	public static final String NONE = "*None*";

	/** The widgets a field can become. */
	public enum Kind
	{
		/** An open image, chosen by title; an optional one may be {@link DialogField#NONE}. */
		IMAGE,
		/** A string from a fixed list. */
		CHOICE,
		TEXT,
		BOOLEAN,
		/** A whole number (byte, short, int, long). */
		INTEGER,
		/** A real number (float, double). */
		DECIMAL,
		FILE,
		/** A folder (a {@code File} parameter with the directory style). */
		DIRECTORY,
		/** A read-only line of text (a SciJava message item). */
		MESSAGE
	}

	private final String name;

	private final Kind kind;

	private final Class< ? > type;

	private final String description;

	private final Object defaultValue;

	private final List< String > choices;

	private final Double minimum;

	private final Double maximum;

	private final boolean required;

	private final boolean sameRow;

	private final boolean output;

	private final boolean askEachTime;

	private final String label;

	private final String example;

	DialogField( final String name, final String label, final Kind kind, final Class< ? > type, final String description,
			final Object defaultValue, final List< String > choices, final Double minimum, final Double maximum, final boolean required,
			final boolean sameRow, final boolean output, final boolean askEachTime, final String example )
	{
		this.example = example;
		this.name = name;
		this.label = label;
		this.kind = kind;
		this.type = type;
		this.description = description == null ? "" : description;
		this.defaultValue = defaultValue;
		this.choices = Collections.unmodifiableList( new ArrayList<>( choices ) );
		this.minimum = minimum;
		this.maximum = maximum;
		this.required = required;
		this.sameRow = sameRow;
		this.output = output;
		this.askEachTime = askEachTime;
	}

	/**
	 * The field for one input item of a module.
	 *
	 * @param current
	 *            the item's value in a freshly initialised module: the field's default
	 * @throws IllegalArgumentException
	 *             for an input type the dialog cannot show (a programming error in a command)
	 */
	public static DialogField of( final ModuleItem< ? > item, final Object current )
	{
		return of( item, current, null );
	}

	/**
	 * The field for one input item of a module, placed by the {@link DialogLayout} attributes of its
	 * item or, where the item has lost them, of {@code parameter}.
	 *
	 * @param parameter
	 *            the annotation of the command's field behind the item (SciJava's copies of the items of
	 *            a {@code DynamicCommand} keep no attributes), or null
	 * @see #of(ModuleItem, Object)
	 */
	public static DialogField of( final ModuleItem< ? > item, final Object current, final Parameter parameter )
	{
		final Class< ? > type = item.getType();
		final List< String > choices = new ArrayList<>();
		final Kind kind;
		if ( item.getVisibility() == ItemVisibility.MESSAGE )
			kind = Kind.MESSAGE;
		else if ( ImagePlus.class.isAssignableFrom( type ) )
			kind = Kind.IMAGE;
		else if ( type == String.class && item.getChoices() != null && !item.getChoices().isEmpty() )
		{
			kind = Kind.CHOICE;
			for ( final Object choice : item.getChoices() )
				choices.add( String.valueOf( choice ) );
		}
		else if ( type == String.class )
			kind = Kind.TEXT;
		else if ( type == boolean.class || type == Boolean.class )
			kind = Kind.BOOLEAN;
		else if ( isOneOf( type, int.class, Integer.class, long.class, Long.class, short.class, Short.class, byte.class, Byte.class ) )
			kind = Kind.INTEGER;
		else if ( isOneOf( type, double.class, Double.class, float.class, Float.class ) )
			kind = Kind.DECIMAL;
		else if ( type == File.class )
			kind = item.getWidgetStyle() != null && item.getWidgetStyle().contains( FileWidget.DIRECTORY_STYLE ) ? Kind.DIRECTORY : Kind.FILE;
		else
			throw new IllegalArgumentException( "The ImageJ 1.x dialog cannot show input '" + item.getName() + "' of type " + type.getName() );
		return new DialogField( item.getName(), dialogLabel( item.getName(), item.getLabel() ), kind, type, item.getDescription(), current,
				choices, asDouble( item.getMinimumValue() ), asDouble( item.getMaximumValue() ), item.isRequired(), isSet( item, parameter,
						DialogLayout.SAME_ROW ), isSet( item, parameter, DialogLayout.OUTPUT ), isSet( item, parameter, DialogLayout.ASK_EACH_TIME ), attribute( item,
								parameter, DialogLayout.EXAMPLE ) );
	}

	/**
	 * The ImageJ label of the parameter {@code name} whose command label is {@code commandLabel}: the command's
	 * label with the words of the name joined by underscores, so that ImageJ reads the macro key of the name
	 * from it ({@code "Data range (0 = from bit depth)"} becomes {@code "Data_range (0 = from bit depth)"}, key
	 * {@code data_range}); {@link #labelOf} of the name where the command's label does not start with the
	 * name's words.
	 */
	static String dialogLabel( final String name, final String commandLabel )
	{
		final String words = labelOf( name ).replace( '_', ' ' );
		if ( commandLabel == null || !commandLabel.toLowerCase( Locale.ROOT ).startsWith( words.toLowerCase( Locale.ROOT ) )
				|| commandLabel.length() > words.length() && commandLabel.charAt( words.length() ) != ' ' )
			return labelOf( name );
		return commandLabel.substring( 0, words.length() ).replace( ' ', '_' ) + commandLabel.substring( words.length() );
	}

	private static boolean isSet( final ModuleItem< ? > item, final Parameter parameter, final String attribute )
	{
		return Boolean.parseBoolean( attribute( item, parameter, attribute ) );
	}

	/** The SciJava attribute of the item or, where the item has lost it, of {@code parameter}; null where neither has it. */
	private static String attribute( final ModuleItem< ? > item, final Parameter parameter, final String attribute )
	{
		if ( item.get( attribute ) != null )
			return item.get( attribute );
		if ( parameter != null )
			for ( final Attr a : parameter.attrs() )
				if ( a.name().equals( attribute ) )
					return a.value();
		return null;
	}

	private static boolean isOneOf( final Class< ? > type, final Class< ? >... candidates )
	{
		for ( final Class< ? > c : candidates )
			if ( type == c )
				return true;
		return false;
	}

	private static Double asDouble( final Object value )
	{
		return value instanceof Number ? ( ( Number ) value ).doubleValue() : null;
	}

	/** {@code dataRange} -> {@code Data_range}; {@code reference} -> {@code Reference}. */
	public static String labelOf( final String name )
	{
		final String key = keyOf( name );
		return key.isEmpty() ? key : Character.toUpperCase( key.charAt( 0 ) ) + key.substring( 1 );
	}

	/**
	 * {@code dataRange} -> {@code data_range}, {@code name1} -> {@code name_1}: the macro key of the field
	 * named {@code name}.
	 */
	public static String keyOf( final String name )
	{
		final StringBuilder key = new StringBuilder();
		for ( int i = 0; i < name.length(); i++ )
		{
			final char c = name.charAt( i );
			final boolean numberStarts = Character.isDigit( c ) && i > 0 && !Character.isDigit( name.charAt( i - 1 ) );
			if ( i > 0 && ( Character.isUpperCase( c ) || numberStarts ) )
				key.append( '_' );
			key.append( Character.toLowerCase( c ) );
		}
		return key.toString();
	}

	/** The parameter (field) name in the command. */
	public String name()
	{
		return name;
	}

	public Kind kind()
	{
		return kind;
	}

	/** The parameter's Java type, for converting the dialog's value back. */
	public Class< ? > type()
	{
		return type;
	}

	/**
	 * The label in the dialog: it starts with the macro key's words, then the note of the command's label
	 * ({@code Convention (colour images)}); a number's note goes right of its field instead ({@link #note()}),
	 * as ImageJ's dialogs show units, so that its label is the words alone ({@code Data_range}).
	 */
	public String label()
	{
		return isNumber() ? label.substring( 0, wordsEnd() ) : label;
	}

	/** The label's words that make the key, as shown: {@code "Data range"}; for messages. */
	public String caption()
	{
		return label.substring( 0, wordsEnd() ).replace( '_', ' ' );
	}

	/** What the command's label says after the key's words, without its brackets ({@code "0 = from bit depth"}); empty where nothing. */
	public String note()
	{
		String note = label.substring( wordsEnd() ).trim();
		if ( note.startsWith( "(" ) && note.endsWith( ")" ) )
			note = note.substring( 1, note.length() - 1 );
		return note;
	}

	private int wordsEnd()
	{
		final int space = label.indexOf( ' ' );
		return space < 0 ? label.length() : space;
	}

	private boolean isNumber()
	{
		return kind == Kind.INTEGER || kind == Kind.DECIMAL;
	}

	public String key()
	{
		return keyOf( name );
	}

	public String description()
	{
		return description;
	}

	public Object defaultValue()
	{
		return defaultValue;
	}

	/** The same field with another default value (the user's previous choice). */
	public DialogField withDefault( final Object value )
	{
		return new DialogField( name, label, kind, type, description, value, choices, minimum, maximum, required, sameRow, output,
				askEachTime, example );
	}

	/** Whether the command needs a value; an optional image may be {@link #NONE}, an optional file empty. */
	public boolean required()
	{
		return required;
	}

	/** Whether the field goes on the row of the field before it ({@link DialogLayout#SAME_ROW}). */
	public boolean sameRow()
	{
		return sameRow;
	}

	/** Whether the field says what the command writes or shows ({@link DialogLayout#OUTPUT}): it goes last. */
	public boolean output()
	{
		return output;
	}

	/**
	 * Whether the field is a consent for one run ({@link DialogLayout#ASK_EACH_TIME}: replace files, download), which
	 * every dialog starts from the command's default rather than the last choice.
	 */
	public boolean askEachTime()
	{
		return askEachTime;
	}

	/** The value of the Help's macro example ({@link DialogLayout#EXAMPLE}), or null where the example leaves the key out. */
	public String example()
	{
		return example;
	}

	/** Whether the field names an input (an image, file or folder) rather than an option. */
	public boolean isData()
	{
		return kind == Kind.IMAGE || kind == Kind.FILE || kind == Kind.DIRECTORY;
	}

	/** The allowed values of a {@link Kind#CHOICE}; empty otherwise. */
	public List< String > choices()
	{
		return choices;
	}

	/** The smallest allowed number, or null. */
	public Double minimum()
	{
		return minimum;
	}

	/** The largest allowed number, or null. */
	public Double maximum()
	{
		return maximum;
	}

	/**
	 * The number typed into a numeric field as the parameter's type.
	 *
	 * @return null with {@code problems} told why, where the number is not allowed
	 */
	public Object toNumber( final double typed, final List< String > problems )
	{
		final String where = caption() + " (" + key() + "=)";
		if ( Double.isNaN( typed ) )
			problems.add( where + " needs a number." );
		else if ( kind == Kind.INTEGER && typed != Math.rint( typed ) )
			problems.add( where + " needs a whole number, not " + typed + "." );
		else if ( minimum != null && typed < minimum )
			problems.add( where + " must be at least " + format( minimum ) + ", not " + format( typed ) + "." );
		else if ( maximum != null && typed > maximum )
			problems.add( where + " must be at most " + format( maximum ) + ", not " + format( typed ) + "." );
		else
			return convert( typed );
		return null;
	}

	private Object convert( final double typed )
	{
		if ( type == int.class || type == Integer.class )
			return ( int ) typed;
		if ( type == long.class || type == Long.class )
			return ( long ) typed;
		if ( type == short.class || type == Short.class )
			return ( short ) typed;
		if ( type == byte.class || type == Byte.class )
			return ( byte ) typed;
		if ( type == float.class || type == Float.class )
			return ( float ) typed;
		return typed;
	}

	static String format( final double v )
	{
		return v == Math.rint( v ) && Math.abs( v ) < 1e15 ? Long.toString( ( long ) v ) : Double.toString( v );
	}

	@Override
	public String toString()
	{
		return key() + " (" + kind + ")";
	}
}
