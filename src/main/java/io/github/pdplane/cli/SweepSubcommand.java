package io.github.pdplane.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import io.github.pdplane.batch.ImageSet;
import io.github.pdplane.batch.SweepJob;
import io.github.pdplane.batch.SweepResult;
import io.github.pdplane.chart.PlaneFiles;
import io.github.pdplane.io.ImageFileReader;
import io.github.pdplane.io.imagej.ImageJFileReader;
import io.github.pdplane.plane.Evaluation;
import io.github.pdplane.plane.Sweep;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.table.ResultTable;
import io.github.pdplane.table.TextTable;

/**
 * {@code sweep}: pixel-wise blends of a low-distortion and a high-perception output of the same images
 * at alpha = 0, 1/steps, ..., 1, evaluated like algorithms and drawn as a curve on the plane with the
 * two outputs: {@code sweep.csv}, {@code plane.png}, {@code plane.svg}.
 */
final class SweepSubcommand extends Subcommand
{
	static final String LOW = "low", HIGH = "high", STEPS = "steps";

	static final List< String > FILES = PlaneFiles.SWEEP_FILES;

	private final PlaneOptions plane = new PlaneOptions( String.join( ", ", FILES ) );

	private final OptionSpec lowOption = OptionSpecs.required( OptionSpecs.text( LOW, "NAME=DIR|STACK", "the low-distortion output (alpha = 0)" ) );

	private final OptionSpec highOption = OptionSpecs.required( OptionSpecs.text( HIGH, "NAME=DIR|STACK", "the high-perception output (alpha = 1)" ) );

	private final OptionSpec stepsOption = OptionSpecs.integer( STEPS, "N", OptionSpecs.withDefault( "intervals between alpha = 0 and 1", Sweep.STEPS ) );

	private final ImageFileReader reader;

	private final CancelSignal signal;

	SweepSubcommand()
	{
		this( ImageJFileReader.INSTANCE, CancelSignal.CTRL_C );
	}

	SweepSubcommand( final ImageFileReader reader, final CancelSignal signal )
	{
		super( "sweep", "blend a low-distortion and a high-perception output and draw the blends' curve on the plane" );
		this.reader = reader;
		this.signal = signal;
	}

	@Override
	void addArguments( final CommandSpec command )
	{
		plane.addTo( command, lowOption, highOption, stepsOption );
	}

	@Override
	String description()
	{
		return "Blends the two outputs of each image pixel by pixel, (1 - alpha) low + alpha high at alpha = 0, 1/N, ..., 1 (each"
				+ " colour channel before any conversion; blends of 8-bit and 16-bit images are rounded to whole numbers, halves up, as"
				+ " saving them would, so that alpha = 0 and 1 are the outputs themselves and PIRM's conventions and NIQE see integer"
				+ " images; 32-bit images stay unrounded). Evaluates every blend like an algorithm (pairing, failures and set values as"
				+ " in 'evaluate') and writes to DIR: sweep.csv (per alpha: n, failed, each metric's set value, _mean and _std, set-level"
				+ " metrics), plane.png and plane.svg (the two outputs with their intervals and the blends' curve). Prints the table."
				+ "\nExample:"
				+ "\n  " + Main.PROGRAM + " sweep --reference hr/ --low EDSR=out/edsr --high ESRGAN=out/esrgan --protocol pirm --out sweep/";
	}

	@Override
	int run( final Terminal terminal )
	{
		final PlaneOptions.Parsed o = plane.parse( name() );
		final int steps = OptionSpecs.valueOr( stepsOption, Sweep.STEPS );
		if ( steps < 1 || steps > Sweep.MAXIMUM_STEPS )
			throw new UsageException( "--" + STEPS + " must lie in 1.." + Sweep.MAXIMUM_STEPS + ", not " + steps + "." );
		final String referenceArgument = plane.reference();
		final String lowArgument = lowOption.getValue();
		final String highArgument = highOption.getValue();
		final PlaneFiles.Target target = PlaneOutput.checkOutputs( o.out, o.overwrite, FILES, terminal );
		final ImageSet reference = PlaneOutput.imageSet( referenceArgument, reader );
		final ImageSet low = PlaneOutput.imageSet( lowArgument, reader );
		final ImageSet high = PlaneOutput.imageSet( highArgument, reader );
		PlaneOutput.checkNotAnInput( o.out, Arrays.asList( reference, low, high ) );
		PlaneOptions.readDefaultModel( o );
		final SweepJob job = UsageException.asUsage( () -> SweepJob.builder( TestSeams.reader( reader ) ).reference( reference ).low( low ).high( high ).steps( steps )
				.xMetric( o.x ).yMetric( o.y ).extraMetrics( o.extras ).preparation( o.preparation ).settings( o.settings )
				.threads( o.threads ).bootstrap( o.bootstrap ).skipUnreadable( o.skipUnreadable ).build() );
		return PlaneOutput.run( job, terminal, signal, () -> finish( job, o, target, terminal ) );
	}

	private static int finish( final SweepJob job, final PlaneOptions.Parsed o, final PlaneFiles.Target target, final Terminal terminal )
	{
		final SweepResult result = job.result();
		final Evaluation blends = result.blends();
		final int images = blends.images( blends.algorithms().get( 0 ) ).size();
		PlaneFiles.writeSweep( result, target, PlaneFiles.sweepChart( result, job.preparation(), o.cloud ), job::isCanceled );

		final List< MetricDescriptor > metrics = new ArrayList<>();
		blends.metrics().forEach( m -> metrics.add( MetricRegistry.byId( m.id() ) ) );
		final List< String > header = new ArrayList<>( Arrays.asList( "alpha", "n", "failed" ) );
		metrics.forEach( d -> header.add( d.displayName() ) );
		final ResultTable.Builder table = ResultTable.builder( header );
		final double[] alphas = result.alphas();
		for ( int k = 0; k < alphas.length; k++ )
		{
			final String name = Sweep.algorithmName( alphas[ k ] );
			final List< Object > cells = new ArrayList<>( Arrays.asList( name.substring( name.indexOf( '=' ) + 1 ), result.scored( k ),
					result.failed( k ) ) );
			for ( final MetricDescriptor d : metrics )
				cells.add( blends.summary( name ).metric( d.id() ).value() );
			table.row( cells );
		}
		terminal.out().println( "Sweep from '" + result.low() + "' (alpha = 0) to '" + result.high() + "' (alpha = 1) over " + images
				+ ( images == 1 ? " image" : " images" ) + " (" + job.preparation() + "):" );
		terminal.out().println();
		terminal.out().print( TextTable.render( table.build(), PlaneOutput::cell ) );
		terminal.out().println();
		terminal.out().println( PlaneOutput.directions( metrics ) );
		terminal.out().println( "Written: " + PlaneOutput.list( o.out, FILES ) + "." );
		terminal.out().flush();
		return result.failures().isEmpty() ? Main.OK : Main.INPUT_FAILED;
	}
}
