package io.github.pdplane.cli;

/**
 * One {@code --name} option of a subcommand: a flag, or an option with a value given as
 * {@code --name value} or {@code --name=value}. Immutable; the {@code with...} methods return copies.
 */
final class Option
{
	private final String name;

	private final String valueName;

	private final String description;

	private final String defaultText;

	private final boolean repeatable;

	private Option( final String name, final String valueName, final String description, final String defaultText, final boolean repeatable )
	{
		this.name = name;
		this.valueName = valueName;
		this.description = description;
		this.defaultText = defaultText;
		this.repeatable = repeatable;
	}

	/** An option without a value; present or absent. */
	static Option flag( final String name, final String description )
	{
		return new Option( name, null, description, null, false );
	}

	/** An option with a value, shown in help as {@code --name VALUE}. */
	static Option value( final String name, final String valueName, final String description )
	{
		return new Option( name, valueName, description, null, false );
	}

	/** The default shown in the help text; the command applies it, this is documentation only. */
	Option withDefault( final Object defaultValue )
	{
		return new Option( name, valueName, description, String.valueOf( defaultValue ), repeatable );
	}

	/** May be given several times (each value is kept, in order). */
	Option repeatable()
	{
		return new Option( name, valueName, description, defaultText, true );
	}

	String name()
	{
		return name;
	}

	boolean takesValue()
	{
		return valueName != null;
	}

	boolean isRepeatable()
	{
		return repeatable;
	}

	/** {@code --metrics IDS} or {@code --overwrite}, as the help text shows it. */
	String signature()
	{
		return "--" + name + ( takesValue() ? " " + valueName : "" );
	}

	String helpText()
	{
		return description + ( defaultText == null ? "" : " (default: " + defaultText + ")" );
	}
}
