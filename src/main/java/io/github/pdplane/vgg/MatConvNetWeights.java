package io.github.pdplane.vgg;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.io.mat.MatArray;
import io.github.pdplane.io.mat.MatClass;
import io.github.pdplane.io.mat.MatStream;

/**
 * Reads VGG19's first four convolutions from MatConvNet's {@code imagenet-vgg-verydeep-19.mat} (vlfeat.org's
 * model zoo: the original Caffe weights of Simonyan and Zisserman, converted): a compressed MAT-file of
 * about 510 MB, most of it the fully connected layers. The file is streamed ({@link MatStream}) and only the
 * layers' names, the four convolutions and the average image are decoded, so reading it holds about a
 * megabyte however large the file.
 * <p>
 * Both layouts MatConvNet has saved are read: newer files have a variable {@code layers}, a cell of structs
 * with {@code name}, {@code type} and {@code weights} (a 1x2 cell: {@code W} as height x width x in x out,
 * single, and the biases), and {@code meta.normalization.averageImage}; older files have {@code filters}
 * and {@code biases} fields instead of {@code weights}, and {@code normalization.averageImage} at the top
 * level. Layers are found by {@code name} (a struct's fields come in any order); the other layers are
 * ignored. The average image is 1x1x3, or HxWx3 in older files, of which the per-channel mean is taken.
 */
public final class MatConvNetWeights
{
	/** The variable holding MatConvNet's layers: what marks its files. */
	static final String LAYERS = "layers";

	/** Where newer and older files keep the average image, the newer preferred. */
	private static final String[] AVERAGE_IMAGE = { "meta.normalization.averageImage", "normalization.averageImage" };

	/** {@code layers{3}.weights{1}}, {@code layers(3).filters}, {@code layers.name}: index, field, cell. */
	private static final Pattern LAYER_ARRAY = Pattern.compile( "layers(\\{\\d+\\}|\\(\\d+\\))?\\.(name|weights|filters|biases)(\\{\\d+\\})?" );

	/** The layer names quoted in a message, at most. */
	private static final int NAMES_SHOWN = 12;

	private MatConvNetWeights()
	{}

	/**
	 * @throws PdPlaneException
	 *             naming the file: not a readable MAT-file, not MatConvNet's, a layer missing or of the
	 *             wrong shape (with the shape found and the one expected), no average image
	 */
	public static VggWeights read( final Path file )
	{
		final Collector collector = new Collector();
		MatCollector.read( file, collector );
		return collector.weights( file );
	}

	/** What an array of {@code layers} is to this reader. */
	private enum Role
	{
		NAME, WEIGHTS, BIASES, OTHER;

		static Role of( final Matcher m )
		{
			final String field = m.group( 2 ), cell = m.group( 3 );
			if ( field.equals( "name" ) )
				return cell == null ? NAME : OTHER;
			if ( field.equals( "weights" ) )
				return "{1}".equals( cell ) ? WEIGHTS : "{2}".equals( cell ) ? BIASES : OTHER;
			if ( cell != null )
				return OTHER;
			return field.equals( "filters" ) ? WEIGHTS : BIASES;
		}
	}

	/** The names, convolution arrays and average images of one pass. */
	static final class Collector extends MatCollector
	{
		/** Layer names by their index in {@code layers} ({@code "{3}"}), in file order. */
		private final Map< String, String > names = new LinkedHashMap<>();

		private final Map< String, MatConvolution > convolutions = new HashMap<>();

		private final Map< String, MatStream.Header > averageHeaders = new HashMap<>();

		private final Map< String, double[] > averages = new HashMap<>();

		@Override
		boolean wanted( final String path, final MatStream.Header header )
		{
			if ( isAverageImage( path ) )
			{
				averageHeaders.put( path, header );
				return header.matClass().isNumeric();
			}
			final Matcher m = LAYER_ARRAY.matcher( path );
			if ( !m.matches() )
				return false;
			switch ( Role.of( m ) )
			{
			case NAME:
				return header.matClass() == MatClass.CHAR;
			case WEIGHTS:
				return convolution( m ).weightHeader( header );
			case BIASES:
				return convolution( m ).biasHeader( header );
			default:
				return false;
			}
		}

		@Override
		void take( final String path, final MatArray array )
		{
			if ( isAverageImage( path ) )
			{
				averages.put( path, array.asNumeric( path ).values() );
				return;
			}
			final Matcher m = LAYER_ARRAY.matcher( path );
			if ( !m.matches() )
				return;
			switch ( Role.of( m ) )
			{
			case NAME:
				names.put( index( m ), array.asChar( path ).text() );
				break;
			case WEIGHTS:
				convolution( m ).weights( array );
				break;
			case BIASES:
				convolution( m ).biases( array );
				break;
			default:
				break;
			}
		}

		private static boolean isAverageImage( final String path )
		{
			return path.equals( AVERAGE_IMAGE[ 0 ] ) || path.equals( AVERAGE_IMAGE[ 1 ] );
		}

		private static String index( final Matcher m )
		{
			return m.group( 1 ) == null ? "" : m.group( 1 );
		}

		private MatConvolution convolution( final Matcher m )
		{
			return convolutions.computeIfAbsent( index( m ), k -> new MatConvolution() );
		}

		Collector()
		{
			super( LAYERS );
		}

		@Override
		String otherFormat()
		{
			return "is not MatConvNet's VGG19 (imagenet-vgg-verydeep-19.mat): it has no variable '" + LAYERS + "' (its variables: " + variables()
					+ ")";
		}

		@Override
		VggWeights gathered( final Path file )
		{
			final String shown = file.toString();
			final Map< VggLayer, Convolution > layers = new EnumMap<>( VggLayer.class );
			for ( final VggLayer layer : VggLayer.values() )
				layers.put( layer, layer( layer, shown ) );
			return VggWeights.matConvNet( VggWeights.Source.MATCONVNET.id() + " " + file.getFileName(), layers, averageImage( shown ), shown );
		}

		private Convolution layer( final VggLayer layer, final String file )
		{
			for ( final Map.Entry< String, String > named : names.entrySet() )
				if ( named.getValue().equals( layer.layerName() ) )
				{
					final MatConvolution arrays = convolutions.get( named.getKey() );
					if ( arrays == null || !arrays.hasWeights() )
						throw new PdPlaneException( "'" + file + "': the layer " + layer.layerName() + " has no weights (neither a 'weights' nor a"
								+ " 'filters' field)." );
					return arrays.convolution( layer, "the layer " + layer.layerName(), file );
				}
			throw new PdPlaneException( "'" + file + "' has no layer named " + layer.layerName() + ", which VGG19's MatConvNet file has ("
					+ layerNames() + ")." );
		}

		/** For messages: {@code "its layers: conv1_1, relu1_1, ..."}. */
		private String layerNames()
		{
			if ( names.isEmpty() )
				return "no layer of this file has a name";
			final List< String > shown = new ArrayList<>( names.values() );
			final String more = shown.size() > NAMES_SHOWN ? ", ... (" + shown.size() + " in all)" : "";
			return "its layers: " + String.join( ", ", shown.subList( 0, Math.min( NAMES_SHOWN, shown.size() ) ) ) + more;
		}

		/** The three channel values: a 1x1x3 array as it is, an HxWx3 image's per-channel means. */
		private double[] averageImage( final String file )
		{
			final String path = averageHeaders.containsKey( AVERAGE_IMAGE[ 0 ] ) ? AVERAGE_IMAGE[ 0 ]
					: averageHeaders.containsKey( AVERAGE_IMAGE[ 1 ] ) ? AVERAGE_IMAGE[ 1 ] : null;
			if ( path == null )
				throw new PdPlaneException( "'" + file + "' has no average image (" + AVERAGE_IMAGE[ 0 ] + " in MatConvNet's files, "
						+ AVERAGE_IMAGE[ 1 ] + " in older ones), without which the network's input cannot be normalised as in its training." );
			final MatStream.Header header = averageHeaders.get( path );
			final double[] values = averages.get( path );
			final int[] dims = header.dimensions();
			if ( values != null && values.length == 3 )
				return values.clone();
			if ( values == null || values.length == 0 || dims.length != 3 || dims[ 2 ] != 3 )
				throw new PdPlaneException( "'" + file + "': its average image " + path + " is a " + header.describe()
						+ " array; MatConvNet's VGG19 has a 1x1x3 one (or HxWx3 in older files)." );
			final int pixels = values.length / 3;
			final double[] means = new double[ 3 ];
			for ( int c = 0; c < 3; c++ )
			{
				double sum = 0;
				for ( int i = 0; i < pixels; i++ )
					sum += values[ c * pixels + i ];
				means[ c ] = sum / pixels;
			}
			return means;
		}
	}
}
