package io.github.pdplane.ij;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scijava.command.Command;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.module.ModuleService;

import io.github.pdplane.commands.CommandHarness;
import io.github.pdplane.commands.EvaluateAlgorithmsCommand;
import io.github.pdplane.commands.InstallMaModelCommand;
import io.github.pdplane.commands.MaCommand;
import io.github.pdplane.commands.MsSsimCommand;
import io.github.pdplane.commands.NiqeCommand;
import io.github.pdplane.commands.NiqeSetDistancesCommand;
import io.github.pdplane.commands.PiCommand;
import io.github.pdplane.commands.PsnrCommand;
import io.github.pdplane.commands.RmseCommand;
import io.github.pdplane.commands.SsimCommand;
import io.github.pdplane.commands.TradeoffSweepCommand;
import io.github.pdplane.commands.TrainNiqeCommand;
import io.github.pdplane.image.Convention;
import io.github.pdplane.metrics.MsSsimVariant;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricRegistry;

/**
 * The mapping from a command's SciJava inputs to ImageJ 1.x dialog fields and macro keys, without a
 * display: the keys the README documents, the widgets, the defaults and the choice lists.
 */
class CommandDialogTest
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

	private static List< DialogField > fields( final Class< ? extends Command > command ) throws Exception
	{
		return CommandFields.of( harness, command );
	}

	private static List< String > keys( final List< DialogField > fields )
	{
		return fields.stream().map( DialogField::key ).collect( Collectors.toList() );
	}

	private static DialogField field( final List< DialogField > fields, final String key )
	{
		return CommandFields.field( fields, key );
	}

	/** The documented macro keys, in dialog order; services and the context are not fields. */
	@Test
	void everyCommandHasTheDocumentedKeys() throws Exception
	{
		final List< String > shared = Arrays.asList( "reference", "restored", "convention", "shave", "data_range" );
		assertEquals( shared, keys( fields( RmseCommand.class ) ) );
		assertEquals( shared, keys( fields( PsnrCommand.class ) ) );
		final List< String > ssim = new ArrayList<>( shared );
		ssim.addAll( Arrays.asList( "downsample", "map" ) );
		assertEquals( ssim, keys( fields( SsimCommand.class ) ) );
		final List< String > msSsim = new ArrayList<>( shared );
		msSsim.add( "variant" );
		assertEquals( msSsim, keys( fields( MsSsimCommand.class ) ) );
	}

	/**
	 * The no-reference and training commands: data inputs (images, files, folders) first, then the options
	 * every command shares, then the command's own.
	 */
	@Test
	void niqeCommandsHaveTheDocumentedKeys() throws Exception
	{
		assertEquals( Arrays.asList( "restored", "niqe_model", "convention", "shave", "data_range" ), keys( fields( NiqeCommand.class ) ) );
		assertEquals( Arrays.asList( "folder", "stack", "model", "convention", "shave", "data_range", "block_size", "sharpness_threshold",
				"overwrite", "skip_unreadable" ), keys( fields( TrainNiqeCommand.class ) ) );
		assertEquals( Arrays.asList( "reference_folder", "reference_stack", "restored_folder", "restored_stack", "convention", "shave",
				"data_range", "skip_unreadable" ), keys( fields( NiqeSetDistancesCommand.class ) ) );
	}

	/**
	 * Ma et al., the Perceptual Index and the model install: the documented keys; each metric command's
	 * convention and shave default to its registry entry's (PI: PIRM's y and shave 4).
	 */
	@Test
	void maCommandsHaveTheDocumentedKeysAndTheirMetricsDefaults() throws Exception
	{
		final List< DialogField > ma = fields( MaCommand.class ), pi = fields( PiCommand.class );
		assertEquals( Arrays.asList( "restored", "ma_model", "convention", "shave", "data_range" ), keys( ma ) );
		assertEquals( Arrays.asList( "restored", "ma_model", "niqe_model", "convention", "shave", "data_range" ), keys( pi ) );
		assertEquals( "restored=restored.png", CommandDialog.example( ma ) );
		assertEquals( "restored=restored.png", CommandDialog.example( pi ) );
		final MetricDescriptor piMetric = MetricRegistry.byId( "pi" );
		assertEquals( piMetric.defaultConvention().id(), field( pi, "convention" ).defaultValue() );
		assertEquals( piMetric.defaultShave(), field( pi, "shave" ).defaultValue() );
		assertEquals( DialogField.Kind.FILE, field( pi, "ma_model" ).kind() );
		assertFalse( field( pi, "ma_model" ).required() );
		final List< DialogField > install = fields( InstallMaModelCommand.class );
		assertEquals( Arrays.asList( "model", "download", "overwrite" ), keys( install ) );
		assertEquals( DialogField.Kind.FILE, field( install, "model" ).kind() );
		assertEquals( false, field( install, "download" ).defaultValue() );
		assertEquals( false, field( install, "overwrite" ).defaultValue() );
		assertEquals( "model=[model.mat]", CommandDialog.example( install ) );
		assertTrue( field( install, "download" ).askEachTime() );
		assertTrue( field( install, "overwrite" ).askEachTime() );
		assertFalse( field( install, "model" ).askEachTime() );
	}

	@Test
	void filesFoldersAndOptionalImages() throws Exception
	{
		final List< DialogField > niqe = fields( NiqeCommand.class );
		assertEquals( DialogField.Kind.FILE, field( niqe, "niqe_model" ).kind() );
		assertFalse( field( niqe, "niqe_model" ).required() );
		assertTrue( field( niqe, "restored" ).required() );
		final List< DialogField > train = fields( TrainNiqeCommand.class );
		assertEquals( DialogField.Kind.DIRECTORY, field( train, "folder" ).kind() );
		assertEquals( DialogField.Kind.IMAGE, field( train, "stack" ).kind() );
		assertFalse( field( train, "stack" ).required() );
		assertEquals( DialogField.Kind.FILE, field( train, "model" ).kind() );
		assertEquals( Arrays.asList( "gray", "y" ), field( train, "convention" ).choices() );
		assertEquals( 96, field( train, "block_size" ).defaultValue() );
		assertEquals( 0.75, field( train, "sharpness_threshold" ).defaultValue() );
		assertEquals( "stack=pristine.tif model=[my-niqe-model.mat]", CommandDialog.example( train ) );
		assertEquals( "restored=restored.png", CommandDialog.example( niqe ) );
		assertEquals( "reference_stack=reference.tif restored_stack=restored.tif", CommandDialog.example( fields( NiqeSetDistancesCommand.class ) ) );
	}

	@Test
	void widgetsDefaultsAndChoicesComeFromTheCommand() throws Exception
	{
		final List< DialogField > ms = fields( MsSsimCommand.class );
		assertEquals( DialogField.Kind.IMAGE, field( ms, "reference" ).kind() );
		assertEquals( DialogField.Kind.IMAGE, field( ms, "restored" ).kind() );
		final DialogField convention = field( ms, "convention" );
		assertEquals( DialogField.Kind.CHOICE, convention.kind() );
		assertEquals( Arrays.asList( Convention.ids() ), convention.choices() );
		assertEquals( "gray", convention.defaultValue() );
		final DialogField variant = field( ms, "variant" );
		assertEquals( Arrays.asList( MsSsimVariant.ids() ), variant.choices() );
		assertEquals( "paper", variant.defaultValue() );
		final DialogField shave = field( ms, "shave" );
		assertEquals( DialogField.Kind.INTEGER, shave.kind() );
		assertEquals( 0, shave.defaultValue() );
		assertEquals( 0.0, shave.minimum(), 0 );
		assertNull( shave.maximum() );
		final DialogField range = field( ms, "data_range" );
		assertEquals( DialogField.Kind.DECIMAL, range.kind() );
		assertEquals( "Data_range", range.label() );
		assertEquals( "0 = from bit depth", range.note() );
		assertEquals( "Data range", range.caption() );
		assertEquals( 0.0, range.defaultValue() );
		final List< DialogField > ssim = fields( SsimCommand.class );
		assertEquals( DialogField.Kind.BOOLEAN, field( ssim, "downsample" ).kind() );
		assertEquals( false, field( ssim, "downsample" ).defaultValue() );
		assertEquals( false, field( ssim, "map" ).defaultValue() );
	}

	/**
	 * Evaluate Algorithms: a row for the references and one row for the algorithms however many (a folder
	 * of algorithm folders, a list of folders, a list of open stacks), then the options, then what is
	 * written and shown. The keys a macro gives are accepted; the numbered keys of the old eight rows are not.
	 */
	@Test
	void evaluateAlgorithmsHasOneRowForAnyNumberOfAlgorithmsAndItsOutputsLast() throws Exception
	{
		final List< DialogField > fields = fields( EvaluateAlgorithmsCommand.class );
		assertEquals( Arrays.asList( "reference_folder", "reference_stack", "algorithms_folder", "algorithms", "stacks", "convention", "shave",
				"data_range", "protocol", "x", "y", "metrics", "threads", "bootstrap", "seed", "skip_unreadable", "output_folder", "overwrite", "cloud",
				"show_plot", "journal", "resume", "shard" ), keys( fields ) );
		assertEquals( DialogField.Kind.TEXT, field( fields, "shard" ).kind() );
		assertTrue( field( fields, "shard" ).output(), "with the outputs: a shard writes a partial result instead of the files" );
		assertFalse( field( fields, "shard" ).required() );
		assertTrue( field( fields, "shard" ).askEachTime(), "a remembered shard would score a part of the next run unnoticed" );
		final List< String > sameRow = fields.stream().filter( DialogField::sameRow ).map( DialogField::key ).collect( Collectors.toList() );
		// each set a row; the axes beside the protocol, the bootstrap beside the threads, the output checkboxes one row
		assertEquals( Arrays.asList( "reference_stack", "algorithms", "stacks", "x", "y", "bootstrap", "seed", "cloud", "show_plot" ), sameRow );
		final int overwrite = keys( fields ).indexOf( "overwrite" );
		assertEquals( 3, CommandDialog.checkboxRow( fields, overwrite ) );
		assertEquals( 0, CommandDialog.checkboxRow( fields, keys( fields ).indexOf( "threads" ) ) );
		assertEquals( DialogField.Kind.DIRECTORY, field( fields, "algorithms_folder" ).kind() );
		assertEquals( DialogField.Kind.TEXT, field( fields, "algorithms" ).kind() );
		assertEquals( DialogField.Kind.TEXT, field( fields, "stacks" ).kind() );
		assertEquals( "Algorithms_folder", field( fields, "algorithms_folder" ).label() );
		assertFalse( field( fields, "algorithms" ).required() );
		assertFalse( field( fields, "stacks" ).required() );
		assertEquals( DialogField.Kind.DIRECTORY, field( fields, "output_folder" ).kind() );
		assertTrue( field( fields, "output_folder" ).output() );
		assertFalse( field( fields, "algorithms_folder" ).output() );
		assertEquals( Arrays.asList( "custom", "pirm" ), field( fields, "protocol" ).choices() );
		assertEquals( Arrays.asList( "rmse", "psnr", "ssim", "ms-ssim", "vif", "vifp", "ifc", "vgg22" ), field( fields, "x" ).choices() );
		assertEquals( "rmse", field( fields, "x" ).defaultValue() );
		assertEquals( Arrays.asList( "default", "niqe", "brisque", "piqe", "ma", "pi" ), field( fields, "y" ).choices() );
		assertEquals( "default", field( fields, "y" ).defaultValue() );
		assertEquals( 1000, field( fields, "bootstrap" ).defaultValue() );
		assertEquals( 2018L, field( fields, "seed" ).defaultValue() );
		assertEquals( true, field( fields, "show_plot" ).defaultValue() );
		assertEquals( "run(\"Evaluate Algorithms...\", \"reference_stack=reference.tif stacks=[restored.tif]\");", CommandDialog.macroCall(
				EvaluateAlgorithmsCommand.LABEL, fields ) );
		assertTrue( field( fields, "overwrite" ).askEachTime() );
		assertFalse( field( fields, "show_plot" ).askEachTime() );
		final List< String > open = Arrays.asList( "ref", "out-1", "out 2" );
		assertEquals( Collections.emptyList(), MacroOptions.parse( "reference_folder=[/data/hr] algorithms_folder=[/data/out] x=rmse y=niqe" )
				.problems( fields, open ) );
		assertEquals( Collections.emptyList(), MacroOptions.parse( "reference_stack=ref y=niqe stacks=[out-1;B=out 2]" ).problems( fields,
				open ) );
		assertEquals( Collections.emptyList(), MacroOptions.parse( "reference_folder=[/data/hr] x=rmse algorithms=[EDSR=/data/edsr\n/data/esrgan]" )
				.problems( fields, open ) );
		assertTrue( MacroOptions.parse( "reference_folder=[/data/hr] algorithm_1=[/data/edsr]" ).problems( fields, open ).get( 0 ).startsWith(
				"Unknown key 'algorithm_1': the keys are reference_folder, reference_stack, algorithms_folder, algorithms, stacks, " ) );
	}

	/** Trade-off Sweep: the references, the low and high outputs a row each, the steps, then the shared options and outputs. */
	@Test
	void sweepHasTheDocumentedKeys() throws Exception
	{
		final List< DialogField > fields = fields( TradeoffSweepCommand.class );
		assertEquals( Arrays.asList( "reference_folder", "reference_stack", "low_folder", "low_stack", "low_name", "high_folder", "high_stack",
				"high_name", "convention", "shave", "data_range", "protocol", "x", "y", "metrics", "threads", "bootstrap", "seed", "skip_unreadable", "steps",
				"output_folder", "overwrite", "cloud", "show_plot" ), keys( fields ) );
		assertEquals( 10, field( fields, "steps" ).defaultValue() );
		assertEquals( 1000.0, field( fields, "steps" ).maximum(), 0 );
		assertEquals( "reference_stack=reference.tif low_stack=low.tif high_stack=high.tif", CommandDialog.example( fields ) );
	}

	@Test
	void keysAreSnakeCaseOfTheFieldName()
	{
		assertEquals( "name_1", DialogField.keyOf( "name1" ) );
		assertEquals( "Algorithm_12", DialogField.labelOf( "algorithm12" ) );
		assertEquals( "stack_2_name", DialogField.keyOf( "stack2Name" ) );
		assertEquals( "data_range", DialogField.keyOf( "dataRange" ) );
		assertEquals( "Data_range", DialogField.labelOf( "dataRange" ) );
		assertEquals( "reference", DialogField.keyOf( "reference" ) );
		assertEquals( "Reference", DialogField.labelOf( "reference" ) );
		assertEquals( "a_long_name", DialogField.keyOf( "aLongName" ) );
	}

	/** Numbers typed into the dialog: converted to the parameter's type, refused outside its rules with the key named. */
	@Test
	void numbersAreCheckedAndConverted() throws Exception
	{
		final List< DialogField > fields = fields( PsnrCommand.class );
		final DialogField shave = field( fields, "shave" ), range = field( fields, "data_range" );
		final List< String > problems = new ArrayList<>();
		assertEquals( 4, shave.toNumber( 4, problems ) );
		assertEquals( 0.5, range.toNumber( 0.5, problems ) );
		assertTrue( problems.isEmpty() );
		assertNull( shave.toNumber( 2.5, problems ) );
		assertNull( shave.toNumber( -1, problems ) );
		assertNull( range.toNumber( Double.NaN, problems ) );
		assertEquals( Arrays.asList( "Shave (shave=) needs a whole number, not 2.5.", "Shave (shave=) must be at least 0, not -1.",
				"Data range (data_range=) needs a number." ), problems );
	}

	/** The Help text and its example name every key, so the dialog documents its own macro call. */
	@Test
	void helpListsEveryKey() throws Exception
	{
		final List< DialogField > fields = fields( SsimCommand.class );
		assertEquals( "reference=reference.png restored=restored.png", CommandDialog.example( fields ) );
		final String help = CommandDialog.help( "SSIM...", "Structural similarity", fields );
		for ( final DialogField f : fields )
			assertTrue( help.contains( "<tt>" + f.key() + "=</tt>" ), f.key() );
		assertTrue( help.contains( "gray, y, rgb" ) );
		assertTrue( help.startsWith( "<html><h2>SSIM</h2>" ), help );
		assertTrue( help.contains( "<tt>run(\"SSIM...\", \"reference=reference.png restored=restored.png\");</tt>" ), help );
	}

	/** A parameter type the dialog has no widget for is a programming error, reported as such. */
	@Test
	void unsupportedTypesAreRefused() throws Exception
	{
		final ModuleService modules = harness.context().service( ModuleService.class );
		final Module module = modules.createModule( harness.context().service( CommandService.class ).getCommand( PsnrCommand.class ) );
		final org.scijava.module.ModuleItem< ? > context = module.getInfo().getInput( "context" );
		assertThrows( IllegalArgumentException.class, () -> DialogField.of( context, null ) );
	}

	/** Every PD Plane command, for the checks that hold for all of them. */
	private static List< Class< ? extends Command > > allCommands() throws ClassNotFoundException
	{
		final List< Class< ? extends Command > > commands = new ArrayList<>();
		for ( final org.scijava.command.CommandInfo info : harness.context().service( CommandService.class ).getCommands() )
			if ( info.getClassName().startsWith( "io.github.pdplane.commands." ) )
				commands.add( Class.forName( info.getClassName() ).asSubclass( Command.class ) );
		assertEquals( 19, commands.size(), commands.toString() );
		return commands;
	}

	/**
	 * The labels that explain themselves ("Data range (0 = from bit depth)") keep the macro keys: for every field
	 * of every command, ImageJ's key of the label ({@code Macro.trimKey}, which GenericDialog and the recorder
	 * use) is the field's key, and the notes the dialogs once lacked are there.
	 */
	@Test
	void everyLabelGivesItsFieldsKey() throws Exception
	{
		for ( final Class< ? extends Command > command : allCommands() )
			for ( final DialogField f : fields( command ) )
				if ( f.kind() != DialogField.Kind.MESSAGE )
					assertEquals( f.key(), ij.Macro.trimKey( f.label() ), command.getSimpleName() + ": " + f.label() );
		final List< DialogField > evaluate = fields( EvaluateAlgorithmsCommand.class );
		assertEquals( "0 = all cores", field( evaluate, "threads" ).note() );
		assertEquals( "0 = from bit depth", field( evaluate, "data_range" ).note() );
		assertEquals( "Convention (colour images)", field( evaluate, "convention" ).label() );
		assertEquals( "border pixels", field( evaluate, "shave" ).note() );
		assertEquals( "Convention (colour images)", field( evaluate, "convention" ).caption() + " (" + field( evaluate, "convention" ).note()
				+ ")" );
		assertEquals( "Protocol (pirm = y, shave 4)", field( evaluate, "protocol" ).label() );
		assertEquals( "NIQE_model (empty = the bundled LIVE model)", field( fields( NiqeCommand.class ), "niqe_model" ).label() );
		assertEquals( "Ma_model (Ma et al.; empty = the installed one)", field( fields( MaCommand.class ), "ma_model" ).label() );
	}

	/** A command label that does not start with the field name's words leaves the label the name's, so the key stays. */
	@Test
	void aLabelThatDoesNotStartWithTheNameIsTheNames()
	{
		assertEquals( "Data_range (0 = from bit depth)", DialogField.dialogLabel( "dataRange", "Data range (0 = from bit depth)" ) );
		assertEquals( "NIQE_model", DialogField.dialogLabel( "niqeModel", "NIQE model" ) );
		assertEquals( "Ma_model", DialogField.dialogLabel( "maModel", "Ma et al. model" ) );
		assertEquals( "Data_range", DialogField.dialogLabel( "dataRange", "Data ranges" ) );
		assertEquals( "Threads", DialogField.dialogLabel( "threads", null ) );
	}

	/**
	 * The images a dialog starts with: the restored image (the last required one) the active image, the
	 * reference another open image (the oldest other), so that NIQE no longer scores the first open image
	 * when the person looks at another.
	 */
	@Test
	void theRestoredImageIsTheActiveOneAndTheReferenceAnother()
	{
		assertArrayEquals( new int[] { 0, 1 }, CommandDialog.imageDefaults( 2, 2, 1 ) );
		assertArrayEquals( new int[] { 1, 0 }, CommandDialog.imageDefaults( 2, 2, 0 ) );
		assertArrayEquals( new int[] { 0, 2 }, CommandDialog.imageDefaults( 2, 3, 2 ) );
		assertArrayEquals( new int[] { 0, 1 }, CommandDialog.imageDefaults( 2, 3, 1 ) );
		assertArrayEquals( new int[] { 0, 0 }, CommandDialog.imageDefaults( 2, 1, 0 ) );
		assertArrayEquals( new int[] { 1 }, CommandDialog.imageDefaults( 1, 3, 1 ) );
		assertArrayEquals( new int[] { 0, 2 }, CommandDialog.imageDefaults( 2, 3, -1 ), "no active image: the newest" );
		assertArrayEquals( new int[ 0 ], CommandDialog.imageDefaults( 0, 3, 1 ) );
	}
}
