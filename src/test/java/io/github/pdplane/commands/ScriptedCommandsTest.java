package io.github.pdplane.commands;

import static io.github.pdplane.commands.CommandHarness.cancelReason;
import static io.github.pdplane.commands.CommandHarness.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Priority;
import org.scijava.command.Command;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.process.AbstractSingleInputPreprocessor;
import org.scijava.module.process.PreprocessorPlugin;
import org.scijava.plugin.PluginInfo;
import org.scijava.plugin.PluginService;

import ij.ImagePlus;
import ij.WindowManager;
import ij.process.ImageProcessor;

import io.github.pdplane.bench.VggBenchmark;
import io.github.pdplane.chart.PlaneFiles;
import io.github.pdplane.image.Convention;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.io.imagej.ImageFiles;
import io.github.pdplane.io.imagej.ImagePlusSource;
import io.github.pdplane.nr.NiqeModel;
import io.github.pdplane.nr.ma.MaModelStore;
import io.github.pdplane.nr.ma.MaScore;
import io.github.pdplane.nr.ma.PerceptualIndex;
import io.github.pdplane.nr.ma.SyntheticModel;
import io.github.pdplane.registry.MetricSettings;
import io.github.pdplane.score.PdPlane;
import io.github.pdplane.vgg.InstalledVggWeights;
import io.github.pdplane.vgg.Vgg22;
import io.github.pdplane.vgg.VggWeights;
import io.github.pdplane.vgg.VggWeightsStore;
import io.github.pdplane.vgg.VggWeightsTesting;

/**
 * Every PD Plane command as a script in Fiji runs it: {@code ModuleService.run(commandService.getCommand(cls), true,
 * inputs)}, with the pre- and post-processors of a full SciJava context (the route of
 * {@code CommandService.run(cls, true, inputs)}, which returns no module for commands that are modules themselves,
 * as PD Plane's {@link org.scijava.command.DynamicCommand}s are; see the README's "Scripts"). Each run is given every
 * input, as the README asks of scripts; it must run to the end, leave no input unresolved (Fiji's input harvester
 * would open a dialog for one, and its file preprocessor a file chooser), and give the library's values.
 */
class ScriptedCommandsTest
{
	private static final Path TEST_IMAGES = Paths.get( "test-images" );

	private static CommandHarness harness;

	/** The commands the tests below run, every one of the plugin's ({@link #everyCommandIsHere()}). */
	private static final List< Class< ? extends Command > > COMMANDS = Arrays.asList( RmseCommand.class, PsnrCommand.class, SsimCommand.class,
			MsSsimCommand.class, VifCommand.class, VifpCommand.class, IfcCommand.class, Vgg22Command.class, NiqeCommand.class, BrisqueCommand.class,
			PiqeCommand.class, MaCommand.class, PiCommand.class, NiqeSetDistancesCommand.class, TrainNiqeCommand.class,
			InstallMaModelCommand.class, InstallVggWeightsCommand.class, EvaluateAlgorithmsCommand.class, TradeoffSweepCommand.class );

	@TempDir
	Path dir;

	@BeforeAll
	static void start()
	{
		harness = CommandHarness.processing();
		final PluginInfo< PreprocessorPlugin > activeImage = new PluginInfo<>( ActiveImagePlus.class, PreprocessorPlugin.class );
		activeImage.setPriority( Priority.VERY_HIGH + 1 );
		harness.context().service( PluginService.class ).addPlugin( activeImage );
	}

	/**
	 * What Fiji's ImageJ 1.x layer adds to the pre-processors (imagej-legacy's {@code ActiveImagePlusPreprocessor},
	 * which is not on Maven Central): a module's one unresolved {@link ImagePlus} input that may be filled
	 * automatically gets the current image. Added to the harness's context only, so that no other test meets it.
	 */
	public static final class ActiveImagePlus extends AbstractSingleInputPreprocessor
	{
		@Override
		public void process( final Module module )
		{
			final ImagePlus current = WindowManager.getCurrentImage();
			final String input = getSingleInput( module, ImagePlus.class );
			if ( current != null && input != null )
			{
				module.setInput( input, current );
				module.resolveInput( input );
			}
		}
	}

	@AfterAll
	static void stop()
	{
		harness.close();
	}

	/** The top-left 200 x 200 pixels of a test image (RGB): NIQE's two blocks after PI's shave of 4, MS-SSIM's five scales. */
	private static ImagePlus crop( final String folder, final String title )
	{
		final ImageProcessor ip = ImageFiles.openImagePlus( TEST_IMAGES.resolve( folder ).resolve( "I03.png" ) ).getProcessor();
		ip.setRoi( 0, 0, 200, 200 );
		return new ImagePlus( title, ip.crop() );
	}

	private static double library( final String metric, final ImagePlus reference, final ImagePlus restored, final Preparation preparation,
			final MetricSettings settings )
	{
		return PdPlane.score( metric, reference == null ? null : new ImagePlusSource( reference ), new ImagePlusSource( restored ), preparation,
				settings );
	}

	/**
	 * Runs a command with every pre- and post-processor, after {@code setup} (a model store in a temporary folder),
	 * and checks that it ran to the end with nothing left for a dialog to ask and no warning.
	 */
	private static < C extends Command > Module run( final Class< C > command, final Consumer< ? super C > setup, final Object... inputs )
	{
		final int warned = harness.warnings().size();
		final Module m = harness.run( command, setup, inputs );
		assertNull( cancelReason( m ), command.getSimpleName() );
		// headless, SciJava's display post-processor has no display for the outputs, and says so; nothing else warns
		assertEquals( new ArrayList<>(), harness.warnings().subList( warned, harness.warnings().size() ).stream().filter( w -> !w.startsWith(
				"Ignoring unsupported output: " ) ).collect( Collectors.toList() ), command.getSimpleName() );
		final List< String > unresolved = new ArrayList<>();
		for ( final ModuleItem< ? > input : m.getInfo().inputs() )
			if ( !m.isInputResolved( input.getName() ) )
				unresolved.add( input.getName() );
		assertEquals( new ArrayList<>(), unresolved, command.getSimpleName() + ": inputs a dialog would ask for" );
		return m;
	}

	private static Module run( final Class< ? extends Command > command, final Object... inputs )
	{
		return run( command, c -> {}, inputs );
	}

	/** The seven full-reference metrics of the classic kind, gray, against the library. */
	@Test
	void fullReferenceMetrics()
	{
		final ImagePlus reference = crop( "reference", "reference" ), restored = crop( "bicubic", "restored" );
		final Preparation gray = new Preparation( Convention.GRAY, 0, Double.NaN );
		final Object[][] commands = { { RmseCommand.class, "rmse" }, { PsnrCommand.class, "psnr" }, { VifCommand.class, "vif" }, {
				VifpCommand.class, "vifp" }, { IfcCommand.class, "ifc" } };
		for ( final Object[] c : commands )
		{
			@SuppressWarnings( "unchecked" )
			final Class< ? extends Command > command = ( Class< ? extends Command > ) c[ 0 ];
			assertEquals( library( ( String ) c[ 1 ], reference, restored, gray, MetricSettings.defaults() ), value( run( command, "reference",
					reference, "restored", restored, "convention", "gray", "shave", 0, "dataRange", 0.0 ) ), 0, command.getSimpleName() );
		}
		final Module ssim = run( SsimCommand.class, "reference", reference, "restored", restored, "convention", "gray", "shave", 0, "dataRange",
				0.0, "downsample", false, "map", true );
		assertEquals( library( "ssim", reference, restored, gray, MetricSettings.defaults() ), value( ssim ), 0 );
		assertEquals( 190, ( ( ImagePlus ) ssim.getOutput( "ssimMap" ) ).getWidth() );
		assertEquals( library( "ms-ssim", reference, restored, gray, MetricSettings.defaults() ), value( run( MsSsimCommand.class, "reference",
				reference, "restored", restored, "convention", "gray", "shave", 0, "dataRange", 0.0, "variant", "paper" ) ), 0 );
	}

	@Test
	void vgg22() throws IOException
	{
		final ImagePlus reference = crop( "reference", "reference" ), restored = crop( "bicubic", "restored" );
		final VggWeights weights = VggBenchmark.randomWeights( 1 );
		final Path file = dir.resolve( "vgg22.mat" );
		InstalledVggWeights.write( weights, file );
		final Module m = run( Vgg22Command.class, "reference", reference, "restored", restored, "convention", "rgb", "shave", 0, "dataRange", 0.0,
				"vggWeights", file.toFile() );
		assertEquals( library( Vgg22.ID, reference, restored, new Preparation( Convention.RGB, 0, Double.NaN ), MetricSettings.defaults()
				.withVggWeights( InstalledVggWeights.read( file ) ) ), value( m ), 0 );
	}

	@Test
	void noReferenceMetrics() throws IOException
	{
		final ImagePlus restored = crop( "bicubic", "restored" );
		final Preparation gray = new Preparation( Convention.GRAY, 0, Double.NaN );
		assertEquals( library( "niqe", null, restored, gray, MetricSettings.defaults() ), value( run( NiqeCommand.class, "restored", restored,
				"convention", "gray", "shave", 0, "dataRange", 0.0, "niqeModel", null ) ), 0 );
		assertEquals( library( "brisque", null, restored, gray, MetricSettings.defaults() ), value( run( BrisqueCommand.class, "restored",
				restored, "convention", "gray", "shave", 0, "dataRange", 0.0 ) ), 0 );
		final Module piqe = run( PiqeCommand.class, "restored", restored, "convention", "gray", "shave", 0, "dataRange", 0.0, "masks", true );
		assertEquals( library( "piqe", null, restored, gray, MetricSettings.defaults() ), value( piqe ), 0 );
		assertEquals( 200, ( ( ImagePlus ) piqe.getOutput( "noiseMask" ) ).getWidth() );

		final Path model = SyntheticModel.write( dir.resolve( "model.mat" ) );
		final MetricSettings withMa = MetricSettings.defaults().withMaModel( MaModelStore.load( model ) );
		assertEquals( library( MaScore.ID, null, restored, gray, withMa ), value( run( MaCommand.class, "restored", restored, "convention",
				"gray", "shave", 0, "dataRange", 0.0, "maModel", model.toFile() ) ), 0 );
		final Preparation pirm = new Preparation( Convention.Y, PerceptualIndex.PIRM_SHAVE, Double.NaN );
		final Module pi = run( PiCommand.class, "restored", restored, "convention", "y", "shave", PerceptualIndex.PIRM_SHAVE, "dataRange", 0.0,
				"maModel", model.toFile(), "niqeModel", null );
		assertEquals( library( PerceptualIndex.ID, null, restored, pirm, withMa ), value( pi ), 1e-12 );
		assertEquals( library( MaScore.ID, null, restored, pirm, withMa ), ( Double ) pi.getOutput( "ma" ), 0 );
		assertEquals( library( "niqe", null, restored, pirm, withMa ), ( Double ) pi.getOutput( "niqe" ), 0 );
	}

	/** NIQE Set Distances and Train NIQE Model on folders: the values and the model of a run without processors. */
	@Test
	void niqeSets()
	{
		final Object[] sets = { "referenceFolder", TEST_IMAGES.resolve( "reference" ).toFile(), "referenceStack", null, "restoredFolder",
				TEST_IMAGES.resolve( "bicubic" ).toFile(), "restoredStack", null, "convention", "gray", "shave", 0, "dataRange", 0.0, "skipUnreadable", false };
		final Module distances = run( NiqeSetDistancesCommand.class, sets );
		try (CommandHarness plain = new CommandHarness())
		{
			final Module expected = plain.run( NiqeSetDistancesCommand.class, sets );
			assertEquals( ( Double ) expected.getOutput( "niqeRef" ), ( Double ) distances.getOutput( "niqeRef" ), 0 );
			assertEquals( ( Double ) expected.getOutput( "nssFd" ), ( Double ) distances.getOutput( "nssFd" ), 0 );
		}
		assertTrue( ( Double ) distances.getOutput( "nssFd" ) > 0 );

		final File model = dir.resolve( "my niqe.mat" ).toFile();
		final Module trained = run( TrainNiqeCommand.class, "folder", TEST_IMAGES.resolve( "reference" ).toFile(), "stack", null, "model", model,
				"convention", "gray", "shave", 0, "dataRange", 0.0, "blockSize", 48, "sharpnessThreshold", 0.3, "overwrite", false,
				"skipUnreadable", false );
		assertTrue( ( Integer ) trained.getOutput( "blocks" ) > 0 );
		assertEquals( 48, NiqeModel.load( model.toPath() ).blockSize() );
	}

	@Test
	void installs() throws IOException
	{
		final MaModelStore ma = new MaModelStore( dir.resolve( "ma" ), null );
		final Module installedMa = run( InstallMaModelCommand.class, c -> c.store = ma, "model", SyntheticModel.write( dir.resolve( "model.mat" ) )
				.toFile(), "download", false, "overwrite", false );
		assertEquals( ma.installedFile().toFile(), installedMa.getOutput( "installed" ) );

		final VggWeightsStore vgg = new VggWeightsStore( dir.resolve( "vgg" ), null );
		final Path torchvision = dir.resolve( "vgg19.pth" );
		VggWeightsTesting.writeTorchvision( 1, torchvision );
		final Module installedVgg = run( InstallVggWeightsCommand.class, c -> c.store = vgg, "model", torchvision.toFile(), "download", false,
				"overwrite", false );
		assertEquals( vgg.installedFile().toFile(), installedVgg.getOutput( "installed" ) );
	}

	/** The plane commands' parameters after their image sets: axes, no bootstrap, an output folder, the plot written there. */
	private static List< Object > planeInputs( final Path out )
	{
		final List< Object > inputs = new ArrayList<>();
		final Object[] common = { "referenceFolder", TEST_IMAGES.resolve( "reference" ).toFile(), "referenceStack", null, "convention", "gray",
				"shave", 0, "dataRange", 0.0, "protocol", "custom", "x", "rmse", "y", "niqe", "metrics", "psnr", "threads", 1, "bootstrap", 0,
				"seed", 1L, "skipUnreadable", false, "outputFolder", out.toFile(), "overwrite", false, "cloud", false, "showPlot", true };
		for ( final Object o : common )
			inputs.add( o );
		return inputs;
	}

	private static List< String > files( final Path folder ) throws IOException
	{
		try (java.util.stream.Stream< Path > files = Files.list( folder ))
		{
			return files.map( p -> p.getFileName().toString() ).sorted().collect( Collectors.toList() );
		}
	}

	@Test
	void evaluateAlgorithmsAndSweep() throws IOException
	{
		final Path evaluation = dir.resolve( "evaluation" );
		final List< Object > inputs = planeInputs( evaluation );
		inputs.add( "algorithmsFolder" );
		inputs.add( null );
		inputs.add( "algorithms" );
		inputs.add( TEST_IMAGES.resolve( "bicubic" ) + ";" + TEST_IMAGES.resolve( "nearest" ) );
		inputs.add( "stacks" );
		inputs.add( "" );
		inputs.add( "journal" );
		inputs.add( null );
		inputs.add( "resume" );
		inputs.add( false );
		inputs.add( "shard" );
		inputs.add( "" );
		run( EvaluateAlgorithmsCommand.class, inputs.toArray() );
		assertEquals( PlaneFiles.EVALUATION_FILES.stream().sorted().collect( Collectors.toList() ), files( evaluation ) );
		assertEquals( 2, PlaneTables.get( PlaneTables.SUMMARY ).size() );

		final Path sweep = dir.resolve( "sweep" );
		final List< Object > sweepInputs = planeInputs( sweep );
		final Object[] sets = { "lowFolder", TEST_IMAGES.resolve( "bicubic" ).toFile(), "lowStack", null, "lowName", "", "highFolder",
				TEST_IMAGES.resolve( "bicubic-sharpened" ).toFile(), "highStack", null, "highName", "", "steps", 2 };
		for ( final Object o : sets )
			sweepInputs.add( o );
		run( TradeoffSweepCommand.class, sweepInputs.toArray() );
		assertEquals( PlaneFiles.SWEEP_FILES.stream().sorted().collect( Collectors.toList() ), files( sweep ) );
		assertEquals( 3, PlaneTables.get( PlaneTables.SWEEP ).size() );
	}

	/**
	 * A script that names the folder and leaves out the open-stack alternative, with an image open: Fiji's
	 * pre-processor does not fill the alternative with that image (the command would then have both).
	 */
	@Test
	void anOpenImageIsNotTakenForTheStackAlternativeOfAFolder() throws IOException
	{
		try (CommandHarness.OpenImages open = CommandHarness.open( crop( "reference", "open" ) ))
		{
			assertNull( cancelReason( harness.run( TrainNiqeCommand.class, c -> {}, "folder", TEST_IMAGES.resolve( "reference" ).toFile(), "model",
					dir.resolve( "model.mat" ).toFile(), "blockSize", 48, "sharpnessThreshold", 0.3 ) ) );
			assertNull( cancelReason( harness.run( EvaluateAlgorithmsCommand.class, c -> {}, "referenceFolder", TEST_IMAGES.resolve( "reference" )
					.toFile(), "algorithms", TEST_IMAGES.resolve( "bicubic" ).toString(), "x", "rmse", "y", "niqe", "bootstrap", 0, "showPlot",
					false ) ) );
		}
	}

	/** The tests above run every command of the plugin: a new command has to be added to them. */
	@Test
	void everyCommandIsHere()
	{
		final Set< String > commands = harness.context().service( CommandService.class ).getCommands().stream().map( info -> info
				.getClassName() ).filter( name -> name.startsWith( "io.github.pdplane.commands." ) ).collect( Collectors.toCollection(
						TreeSet::new ) );
		assertEquals( commands, COMMANDS.stream().map( Class::getName ).collect( Collectors.toCollection( TreeSet::new ) ) );
	}
}
