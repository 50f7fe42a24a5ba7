package io.github.pdplane.vgg;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.io.mat.MatArray;
import io.github.pdplane.io.mat.MatClass;
import io.github.pdplane.io.mat.MatStream;
import io.github.pdplane.io.mat.MatWriter;

/**
 * PD Plane's own file of VGG weights, {@code vgg22.mat}: what installing a torchvision or MatConvNet file
 * keeps of it, the four convolutions VGG2,2 needs (about 1 MB where the source files are over 500 MB), so
 * that every later run reads them in milliseconds. A compressed MAT-file that MATLAB and Octave load too:
 * <ul>
 * <li>{@code format}: the text {@value #FORMAT}, which marks the file, and {@code version}: {@value #VERSION};</li>
 * <li>{@code source}: {@code torchvision} or {@code matconvnet} ({@link VggWeights.Source#id()}), which decides
 * the input normalisation, and {@code description}: what the weights were read from;</li>
 * <li>{@code averageImage}: 1x1x3 double, MatConvNet's average image (MatConvNet weights only);</li>
 * <li>{@code conv1_1} ... {@code conv2_2}: structs with {@code weight}, single, height x width x in x out
 * (MatConvNet's layout), and {@code bias}, single, out x 1.</li>
 * </ul>
 * The weights are stored as single, their precision in both sources, so reading the file back gives the
 * weights, the normalisation and the description it was written from, exactly.
 */
public final class InstalledVggWeights
{
	/** The text of the variable {@code format}. */
	public static final String FORMAT = "pdplane-vgg22";

	/** The format version this class writes and the newest it reads. */
	public static final int VERSION = 1;

	static final String FORMAT_VARIABLE = "format", VERSION_VARIABLE = "version", SOURCE = "source", DESCRIPTION = "description",
			AVERAGE_IMAGE = "averageImage", WEIGHT = "weight", BIAS = "bias";

	/** The small variables read whole; anything larger under their names is a damaged file, not a reason to decode. */
	private static final long LARGEST_SMALL_VARIABLE = 1 << 16;

	private InstalledVggWeights()
	{}

	/**
	 * Writes the weights to {@code file} (directly: callers that replace a file write a temporary one and
	 * move it).
	 *
	 * @throws PdPlaneException
	 *             where the file cannot be written
	 */
	public static void write( final VggWeights weights, final Path file )
	{
		final MatWriter writer = new MatWriter( "PD Plane VGG19 conv1_1 to conv2_2" ).compressed()
				.add( FORMAT_VARIABLE, MatWriter.text( FORMAT ) ).addScalar( VERSION_VARIABLE, VERSION )
				.add( SOURCE, MatWriter.text( weights.source().id() ) ).add( DESCRIPTION, MatWriter.text( weights.description() ) );
		if ( weights.source() == VggWeights.Source.MATCONVNET )
			writer.add( AVERAGE_IMAGE, MatWriter.doubles( new int[] { 1, 1, 3 }, weights.averageImage() ) );
		for ( final VggLayer layer : VggLayer.values() )
		{
			final Convolution convolution = weights.layer( layer );
			final Map< String, MatWriter.Value > fields = new LinkedHashMap<>();
			fields.put( WEIGHT, MatWriter.singles( layer.matConvNetWeightShape(), MatConvolution.matConvNetWeights( convolution ) ) );
			fields.put( BIAS, MatWriter.singles( new int[] { layer.outputs(), 1 }, convolution.biases() ) );
			writer.add( layer.layerName(), MatWriter.struct( fields ) );
		}
		writer.write( file );
	}

	/**
	 * @throws PdPlaneException
	 *             naming the file: not a readable MAT-file, not this format (MatConvNet's file is named as
	 *             such), written by a newer PD Plane, or damaged
	 */
	public static VggWeights read( final Path file )
	{
		final Collector collector = new Collector();
		MatCollector.read( file, collector );
		return collector.weights( file );
	}

	/** The variables of one pass. */
	static final class Collector extends MatCollector
	{
		private final Map< String, MatArray > small = new HashMap<>();

		private final Map< VggLayer, MatConvolution > convolutions = new EnumMap<>( VggLayer.class );

		@Override
		boolean wanted( final String path, final MatStream.Header header )
		{
			switch ( path )
			{
			case FORMAT_VARIABLE:
			case VERSION_VARIABLE:
			case SOURCE:
			case DESCRIPTION:
			case AVERAGE_IMAGE:
				return header.elements() <= LARGEST_SMALL_VARIABLE;
			default:
				break;
			}
			for ( final VggLayer layer : VggLayer.values() )
			{
				if ( path.equals( layer.layerName() + "." + WEIGHT ) )
					return convolution( layer ).weightHeader( header );
				if ( path.equals( layer.layerName() + "." + BIAS ) )
					return convolution( layer ).biasHeader( header );
			}
			return false;
		}

		@Override
		void take( final String path, final MatArray array )
		{
			for ( final VggLayer layer : VggLayer.values() )
			{
				if ( path.equals( layer.layerName() + "." + WEIGHT ) )
					convolution( layer ).weights( array );
				else if ( path.equals( layer.layerName() + "." + BIAS ) )
					convolution( layer ).biases( array );
			}
			if ( path.indexOf( '.' ) < 0 )
				small.put( path, array );
		}

		private MatConvolution convolution( final VggLayer layer )
		{
			return convolutions.computeIfAbsent( layer, l -> new MatConvolution() );
		}

		Collector()
		{
			super( FORMAT_VARIABLE );
		}

		@Override
		String otherFormat()
		{
			return "is " + ( hasVariable( MatConvNetWeights.LAYERS ) ? "MatConvNet's VGG19 file"
					: "a MAT-file but neither PD Plane's installed VGG19 weights nor MatConvNet's VGG19 (its variables: " + variables() + ")" )
					+ ", not PD Plane's installed VGG19 weights, which hold the variable " + FORMAT_VARIABLE + " = '" + FORMAT + "'";
		}

		@Override
		VggWeights gathered( final Path file )
		{
			final String shown = file.toString();
			final String format = text( FORMAT_VARIABLE, shown );
			if ( !format.equals( FORMAT ) )
				throw new PdPlaneException( "'" + shown + "' has the format '" + format + "'; PD Plane's installed VGG19 weights have '" + FORMAT
						+ "'." );
			final double version = number( VERSION_VARIABLE, shown );
			if ( version > VERSION )
				throw new PdPlaneException( "'" + shown + "' was written by a newer PD Plane (format version " + version + "; this one reads "
						+ VERSION + "): update PD Plane, or install the weights again with this one." );
			if ( version != VERSION )
				throw damaged( shown, "its format version is " + version );
			final VggWeights.Source source = VggWeights.Source.fromId( text( SOURCE, shown ), shown );
			final String description = text( DESCRIPTION, shown );
			final Map< VggLayer, Convolution > layers = new EnumMap<>( VggLayer.class );
			for ( final VggLayer layer : VggLayer.values() )
				layers.put( layer, convolution( layer ).convolution( layer, layer.layerName(), shown ) );
			if ( source == VggWeights.Source.TORCHVISION )
				return VggWeights.torchvision( description, layers );
			final MatArray average = variable( AVERAGE_IMAGE, shown );
			if ( average.numel() != 3 )
				throw damaged( shown, "its " + AVERAGE_IMAGE + " is a " + average.describe() + " array, not three values" );
			return VggWeights.matConvNet( description, layers, average.asNumeric( AVERAGE_IMAGE ).values().clone(), shown );
		}

		private MatArray variable( final String name, final String file )
		{
			final MatArray a = small.get( name );
			if ( a == null )
				throw damaged( file, "it has no small variable '" + name + "'" );
			return a;
		}

		private String text( final String name, final String file )
		{
			final MatArray a = variable( name, file );
			if ( a.matClass() != MatClass.CHAR )
				throw damaged( file, "its variable '" + name + "' is a " + a.describe() + " array, not text" );
			return a.asChar( name ).text();
		}

		private double number( final String name, final String file )
		{
			final MatArray a = variable( name, file );
			if ( !a.matClass().isNumeric() || a.numel() != 1 )
				throw damaged( file, "its variable '" + name + "' is a " + a.describe() + " array, not one number" );
			return a.asNumeric( name ).get( 0 );
		}

		private static PdPlaneException damaged( final String file, final String detail )
		{
			return new PdPlaneException( "'" + file + "' is damaged: " + detail + ". Install the VGG19 weights again." );
		}
	}
}
