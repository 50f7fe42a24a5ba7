package io.github.pdplane.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.demo.DemoAlgorithm;
import io.github.pdplane.demo.RgbFiles;
import io.github.pdplane.demo.TestImageSet;
import io.github.pdplane.image.ArrayImage;
import io.github.pdplane.io.OutputFiles;
import io.github.pdplane.io.imagej.ImageFiles;

/**
 * {@code make-test-images}: regenerates the bundled demo data set from its source images. A
 * maintenance command, left out of the command list; {@code test-images/README.md} gives the exact call.
 */
final class MakeTestImagesSubcommand extends Subcommand
{
	static final String SOURCE = "source", OUT = "out", OVERWRITE = "overwrite";

	private final OptionSpec sourceOption = OptionSpecs.required( OptionSpecs.path( SOURCE, "DIR", "the 8-bit RGB source images (every file"
			+ " of DIR, any format the JDK reads)" ) );

	private final OptionSpec outOption = OptionSpecs.required( OptionSpecs.path( OUT, "DIR", "the data set folder to write: DIR/"
			+ TestImageSet.REFERENCE_FOLDER + "/ and one folder per algorithm" ) );

	private final OptionSpec overwriteOption = OptionSpecs.flag( OVERWRITE, "replace images that exist" );

	MakeTestImagesSubcommand()
	{
		super( "make-test-images", "regenerate the demo data set (maintenance)" );
	}

	@Override
	boolean hidden()
	{
		return true;
	}

	@Override
	void addArguments( final CommandSpec command )
	{
		command.addOption( sourceOption ).addOption( outOption ).addOption( overwriteOption );
	}

	@Override
	String description()
	{
		final StringBuilder sb = new StringBuilder( "Writes, for every source image NAME, DIR/" + TestImageSet.REFERENCE_FOLDER
				+ "/NAME.png (the source as PNG, cropped to a multiple of " + TestImageSet.SCALE + ") and the x" + TestImageSet.SCALE
				+ " super-resolution of its downscaled version by each algorithm, DIR/<algorithm>/NAME.png. The result is the same"
				+ " on every machine. Algorithms:" );
		for ( final DemoAlgorithm a : DemoAlgorithm.values() )
			sb.append( "\n  " ).append( a.folder() ).append( ": " ).append( a.description() );
		return sb.toString();
	}

	@Override
	int run( final Terminal terminal ) throws IOException
	{
		final Path source = sourceOption.getValue();
		final Path out = outOption.getValue();
		final boolean overwrite = OptionSpecs.given( overwriteOption );
		if ( !Files.isDirectory( source ) )
			throw new PdPlaneException( "The source folder '" + source + "' does not exist." );
		final List< Path > sources = ImageFiles.list( source, false );
		if ( sources.isEmpty() )
			throw new PdPlaneException( "The source folder '" + source + "' holds no files." );

		final List< String > folders = new ArrayList<>();
		folders.add( TestImageSet.REFERENCE_FOLDER );
		for ( final DemoAlgorithm a : DemoAlgorithm.values() )
			folders.add( a.folder() );
		for ( final String folder : folders )
			if ( Files.isDirectory( out.resolve( folder ) ) )
				for ( final Path file : sources )
					OutputFiles.checkWritable( out.resolve( folder ).resolve( TestImageSet.fileName( file.getFileName().toString() ) ),
							overwrite, HOW_TO_REPLACE );
		for ( final String folder : folders )
			Files.createDirectories( out.resolve( folder ) );

		long bytes = 0;
		int written = 0;
		for ( final Path file : sources )
		{
			final Map< String, ArrayImage > images = TestImageSet.generate( RgbFiles.read( file ) );
			for ( final Map.Entry< String, ArrayImage > e : images.entrySet() )
			{
				final byte[] png = RgbFiles.encodePng( e.getValue() );
				OutputFiles.write( out.resolve( e.getKey() ).resolve( e.getValue().name() ), overwrite, HOW_TO_REPLACE, png );
				bytes += png.length;
				written++;
			}
			terminal.note( file.getFileName() + " done" );
		}
		terminal.out().println( "Wrote " + written + " images (" + bytes + " bytes) to '" + out + "'." );
		return Main.OK;
	}
}
