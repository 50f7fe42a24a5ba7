package io.github.pdplane.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Parsing and checking a macro's options before ImageJ's dialog reads them (and would block on a bad one). */
class MacroOptionsTest
{
	private static final List< DialogField > FIELDS = Arrays.asList( field( "reference", DialogField.Kind.IMAGE, ij.ImagePlus.class, null, true ),
			field( "restored", DialogField.Kind.IMAGE, ij.ImagePlus.class, null, true ), new DialogField( "convention", "Convention",
					DialogField.Kind.CHOICE, String.class, "", "gray", Arrays.asList( "gray", "y", "rgb" ), null, null, true, false, false, false, null ),
			new DialogField( "shave", "Shave", DialogField.Kind.INTEGER, int.class, "", 0, Collections.emptyList(), 0.0, null, true, false, false, false,
					null ), new DialogField( "dataRange", "Data_range", DialogField.Kind.DECIMAL, double.class, "", 0.0, Collections.emptyList(), 0.0,
							null, true, false, false, false, null ), field( "map", DialogField.Kind.BOOLEAN, boolean.class, false, true ) );

	/** A field without choices, bounds, layout or example, labelled by its name. */
	private static DialogField field( final String name, final DialogField.Kind kind, final Class< ? > type, final Object defaultValue,
			final boolean required )
	{
		return new DialogField( name, DialogField.labelOf( name ), kind, type, "", defaultValue, Collections.emptyList(), null, null, required, false,
				false, false, null );
	}

	private static final List< String > OPEN = Arrays.asList( "ref.png", "my out.png" );

	@Test
	void parsesValuesBracketsAndFlags()
	{
		final MacroOptions o = MacroOptions.parse( "reference=ref.png restored=[my out.png] map data_range=1.5 " );
		assertEquals( Arrays.asList( "reference", "restored", "map", "data_range" ), o.keys() );
		assertEquals( "ref.png", o.value( "reference" ) );
		assertEquals( "my out.png", o.value( "restored" ) );
		assertNull( o.value( "map" ) );
		assertEquals( "1.5", o.value( "data_range" ) );
		assertTrue( MacroOptions.parse( null ).keys().isEmpty() );
	}

	@Test
	void goodOptionsHaveNoProblems()
	{
		assertEquals( Collections.emptyList(),
				MacroOptions.parse( "reference=ref.png restored=[my out.png] convention=y shave=4 data_range=255 map" ).problems( FIELDS, OPEN ) );
	}

	@Test
	void eachBadValueIsNamedWithWhatIsAllowed()
	{
		assertEquals( Arrays.asList( "restored=out.png: no open image has that title; the open images are ref.png, my out.png." ),
				MacroOptions.parse( "reference=ref.png restored=out.png" ).problems( FIELDS, OPEN ) );
		assertEquals( Arrays.asList( "reference=ref.png: no open image has that title (no image is open; open the images first)." ),
				MacroOptions.parse( "reference=ref.png" ).problems( FIELDS, Collections.emptyList() ) );
		assertEquals( Arrays.asList( "convention=grey is not allowed: use one of gray, y, rgb." ),
				MacroOptions.parse( "convention=grey" ).problems( FIELDS, OPEN ) );
		assertEquals( Arrays.asList( "shave=four is not a number." ), MacroOptions.parse( "shave=four" ).problems( FIELDS, OPEN ) );
	}

	/** An optional image may be *None*; a required one may not. */
	@Test
	void optionalImagesMayBeNone()
	{
		final List< DialogField > fields = Arrays.asList(
				field( "folder", DialogField.Kind.DIRECTORY, java.io.File.class, null, false ), field( "stack", DialogField.Kind.IMAGE,
						ij.ImagePlus.class, null, false ) );
		assertEquals( Collections.emptyList(), MacroOptions.parse( "folder=[/some where] stack=[*None*]" ).problems( fields, OPEN ) );
		assertEquals( Collections.emptyList(), MacroOptions.parse( "stack=ref.png" ).problems( fields, OPEN ) );
		assertEquals( Arrays.asList( "reference=*None*: no open image has that title; the open images are ref.png, my out.png." ),
				MacroOptions.parse( "reference=*None*" ).problems( FIELDS, OPEN ) );
	}

	/** ImageJ ignores keys it does not know; a typo would silently leave a default, so it is an error here. */
	@Test
	void unknownKeysAreErrors()
	{
		assertEquals( Arrays.asList( "Unknown key 'data-range': the keys are reference, restored, convention, shave, data_range, map." ),
				MacroOptions.parse( "data-range=1" ).problems( FIELDS, OPEN ) );
	}
}
