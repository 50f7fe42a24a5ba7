package io.github.pdplane.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.batch.PartialResult;
import io.github.pdplane.io.ImageFileReader;
import io.github.pdplane.io.imagej.ImageJFileReader;

/**
 * {@code merge}: the partial results of {@code evaluate --shard K/N} (one per shard, from SLURM array tasks or any
 * other processes) put together into the files of a single {@code evaluate}: the job is rebuilt from the arguments
 * the partial results keep and run by {@code evaluate} itself, its outcomes given instead of scored.
 */
final class MergeSubcommand extends Subcommand
{
	static final String NAME = "merge";

	private final PositionalParamSpec partialsParameter = OptionSpecs.positionals( "PARTIAL..." );

	private final OptionSpec outOption = OptionSpecs.required( OptionSpecs.path( PlaneOptions.OUT, "DIR", "the folder to write "
			+ String.join( ", ", PlaneOutput.EVALUATION_FILES ) + " to (made where missing)" ) );

	private final OptionSpec overwriteOption = OptionSpecs.flag( PlaneOptions.OVERWRITE, "replace " + String.join( ", ",
			PlaneOutput.EVALUATION_FILES ) + " where they exist in DIR" );

	private final ImageFileReader reader;

	private final CancelSignal signal;

	MergeSubcommand()
	{
		this( ImageJFileReader.INSTANCE, CancelSignal.CTRL_C );
	}

	/** With another reader of image files and another Ctrl-C (tests). */
	MergeSubcommand( final ImageFileReader reader, final CancelSignal signal )
	{
		super( NAME, "put the partial results of 'evaluate --shard K/N' together into the files of a single evaluate" );
		this.reader = reader;
		this.signal = signal;
	}

	@Override
	void addArguments( final CommandSpec command )
	{
		command.addPositional( partialsParameter ).addOption( outOption ).addOption( overwriteOption );
	}

	@Override
	String description()
	{
		return "Reads the partial results that 'evaluate --shard K/N --out DIR' wrote (DIR/partial-K-of-N" + PartialResult.EXTENSION
				+ ", one for each K from 1 to N, in any order), rebuilds the evaluation from the arguments they keep, and writes the files"
				+ " of a single evaluate of the same arguments, byte for byte: per-image.csv, summary.csv, plane.png and plane.svg, with the"
				+ " bootstrap, the set-level metrics and the frontier computed over every image; prints the same summary and ends with the"
				+ " same exit code. No image is scored again, but the inputs are listed and checked: partial results of other settings"
				+ " (inputs, metrics, preparation, models or arguments), of another number of shards, a shard given twice, a missing"
				+ " shard, a damaged file, or inputs changed since the shards ran are refused, naming what differs. Run it in the folder"
				+ " the shards ran in where their arguments hold relative paths."
				+ "\nExample (a SLURM array of 8 tasks, then this):"
				+ "\n  " + Main.PROGRAM + " evaluate --reference hr/ --restored EDSR=out/edsr --shard 3/8 --out parts/"
				+ "\n  " + Main.PROGRAM + " " + NAME + " parts/partial-*-of-8" + PartialResult.EXTENSION + " --out results/";
	}

	@Override
	int run( final Terminal terminal )
	{
		final List< PartialResult > partials = new ArrayList<>();
		for ( final String file : OptionSpecs.values( partialsParameter ) )
			partials.add( PartialResult.read( OptionSpecs.toPath( file ) ) );
		final List< String > lines = PartialResult.combine( partials );
		final PartialResult first = partials.get( 0 );
		final List< String > arguments = new ArrayList<>( first.arguments() );
		final Path out = outOption.getValue();
		arguments.add( "--" + PlaneOptions.OUT );
		arguments.add( out.toString() );
		if ( OptionSpecs.given( overwriteOption ) )
			arguments.add( "--" + PlaneOptions.OVERWRITE );
		final String here = System.getProperty( "user.dir" );
		if ( !here.equals( first.directory() ) )
			terminal.note( "the shards ran in '" + first.directory() + "'; relative paths among their arguments are read here, in '" + here
					+ "'." );
		final EvaluateSubcommand evaluate = new EvaluateSubcommand( reader, signal );
		final CommandLine parser = evaluate.commandLine();
		parser.setExpandAtFiles( false ); // the arguments were expanded when the shards ran
		try
		{
			parser.parseArgs( arguments.toArray( new String[ 0 ] ) );
		}
		catch ( final ParameterException e )
		{
			throw new PdPlaneException( "The partial results keep arguments that evaluate cannot read (" + e.getMessage() + "): "
					+ String.join( " ", first.arguments() ) + "." );
		}
		return evaluate.merge( lines, first.settingsDigest(), first.directory(), terminal );
	}
}
