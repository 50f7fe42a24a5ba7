package io.github.pdplane.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scijava.command.Command;

import ij.Prefs;

import io.github.pdplane.commands.CommandHarness;
import io.github.pdplane.commands.EvaluateAlgorithmsCommand;
import io.github.pdplane.commands.SsimCommand;
import io.github.pdplane.commands.TrainNiqeCommand;

/**
 * The values a dialog remembers, in ImageJ's preferences (which work without a display): what a person
 * confirmed becomes the next dialog's defaults under {@code pdplane.<Command>.<key>}; images and one-run
 * consents are not kept; a stored value the field cannot take leaves the command's default.
 */
class RememberedValuesTest
{
	private static CommandHarness harness;

	@BeforeAll
	static void start()
	{
		harness = new CommandHarness();
	}

	@AfterAll
	static void stop()
	{
		harness.close();
	}

	/** The preferences this test wrote, removed so that no other test sees them. */
	@AfterEach
	void forget()
	{
		for ( final Object key : Prefs.getControlPanelProperties().keySet().toArray() )
			if ( key.toString().startsWith( "." + RememberedValues.PREFIX ) )
				Prefs.getControlPanelProperties().remove( key );
	}

	private static List< DialogField > fields( final Class< ? extends Command > command ) throws Exception
	{
		return CommandFields.of( harness, command );
	}

	private static DialogField field( final List< DialogField > fields, final String key )
	{
		return CommandFields.field( fields, key );
	}

	@Test
	void keysAreNamespacedByCommandAndMacroKey() throws Exception
	{
		final List< DialogField > ssim = fields( SsimCommand.class );
		assertEquals( "pdplane.SsimCommand.shave", RememberedValues.key( SsimCommand.class.getName(), field( ssim, "shave" ) ) );
		assertEquals( "pdplane.SsimCommand.data_range", RememberedValues.key( SsimCommand.class.getName(), field( ssim, "data_range" ) ) );
	}

	/** What a person confirmed is the next dialog's default, in ImageJ's preferences; another command keeps its own defaults. */
	@Test
	void confirmedValuesAreTheNextDefaults() throws Exception
	{
		final String command = SsimCommand.class.getName();
		final List< DialogField > fields = fields( SsimCommand.class );
		final Map< String, Object > inputs = new HashMap<>();
		inputs.put( "reference", null );
		inputs.put( "convention", "y" );
		inputs.put( "shave", 4 );
		inputs.put( "dataRange", 1023.5 );
		inputs.put( "downsample", true );
		inputs.put( "map", false );
		RememberedValues.remember( command, fields, inputs );
		assertEquals( "4", Prefs.get( "pdplane.SsimCommand.shave", null ) );
		assertEquals( "y", Prefs.get( "pdplane.SsimCommand.convention", null ) );
		assertNull( Prefs.get( "pdplane.SsimCommand.reference", null ), "images are not kept" );
		final List< DialogField > next = RememberedValues.applyTo( command, fields( SsimCommand.class ) );
		assertEquals( "y", field( next, "convention" ).defaultValue() );
		assertEquals( 4, field( next, "shave" ).defaultValue() );
		assertEquals( 1023.5, field( next, "data_range" ).defaultValue() );
		assertEquals( true, field( next, "downsample" ).defaultValue() );
		assertEquals( false, field( next, "map" ).defaultValue() );
		final List< DialogField > other = RememberedValues.applyTo( TrainNiqeCommand.class.getName(), fields( TrainNiqeCommand.class ) );
		assertEquals( 0, field( other, "shave" ).defaultValue() );
		assertEquals( "gray", field( other, "convention" ).defaultValue() );
	}

	/** Folders and files are kept by path, an emptied one as empty; a consent for one run (overwrite) is not kept. */
	@Test
	void pathsAreKeptAndConsentsAreNot() throws Exception
	{
		final String command = EvaluateAlgorithmsCommand.class.getName();
		final List< DialogField > fields = fields( EvaluateAlgorithmsCommand.class );
		final Map< String, Object > inputs = new HashMap<>();
		inputs.put( "referenceFolder", new File( "/data/hr images" ) );
		inputs.put( "outputFolder", null );
		inputs.put( "overwrite", true );
		inputs.put( "showPlot", false );
		inputs.put( "algorithms", "EDSR=/data/edsr\n/data/esrgan" );
		RememberedValues.remember( command, fields, inputs );
		assertNull( Prefs.get( "pdplane.EvaluateAlgorithmsCommand.overwrite", null ) );
		final List< DialogField > next = RememberedValues.applyTo( command, fields( EvaluateAlgorithmsCommand.class ) );
		assertEquals( new File( "/data/hr images" ), field( next, "reference_folder" ).defaultValue() );
		assertNull( field( next, "output_folder" ).defaultValue() );
		assertEquals( false, field( next, "overwrite" ).defaultValue() );
		assertEquals( false, field( next, "show_plot" ).defaultValue() );
		assertEquals( "EDSR=/data/edsr\n/data/esrgan", field( next, "algorithms" ).defaultValue() );
		assertFalse( RememberedValues.kept( field( next, "overwrite" ) ) );
		assertFalse( RememberedValues.kept( field( next, "reference_stack" ) ) );
	}

	/** A stored value the field cannot take (a choice that is gone, a number out of range, not a number) leaves its default. */
	@Test
	void valuesTheFieldCannotTakeAreIgnored() throws Exception
	{
		final List< DialogField > fields = fields( EvaluateAlgorithmsCommand.class );
		final DialogField x = field( fields, "x" ), threads = field( fields, "threads" ), seed = field( fields, "seed" );
		assertSame( x, RememberedValues.withStored( x, "no-such-metric" ) );
		assertSame( threads, RememberedValues.withStored( threads, "-3" ) );
		assertSame( threads, RememberedValues.withStored( threads, "two" ) );
		assertSame( threads, RememberedValues.withStored( threads, "2.5" ) );
		assertEquals( 2, RememberedValues.withStored( threads, "2" ).defaultValue() );
		assertEquals( 7L, RememberedValues.withStored( seed, "7" ).defaultValue() );
		assertEquals( "psnr", RememberedValues.withStored( x, "psnr" ).defaultValue() );
		final DialogField plot = field( fields, "show_plot" );
		assertSame( plot, RememberedValues.withStored( plot, "maybe" ) );
	}
}
