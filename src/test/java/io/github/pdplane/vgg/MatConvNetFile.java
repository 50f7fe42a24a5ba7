package io.github.pdplane.vgg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.pdplane.io.mat.MatWriter;

/**
 * Writes MatConvNet-layout files for the tests, through {@link MatWriter} (compressed, single), in either
 * of MatConvNet's layouts, with weights whose every value says where it belongs: {@code W(y, x, in, out)}
 * holds {@link #weightCode}{@code (out, in, y, x)}, an asymmetric kernel in which a transposed, flipped or
 * misordered weight shows. Layers can be renamed and weights replaced to make bad files.
 */
final class MatConvNetFile
{
	/** MatConvNet's average image of VGG19 (R, G, B), as single. */
	static final float[] AVERAGE = { 123.68f, 116.779f, 103.939f };

	private final boolean newLayout;

	private float scale = 1;

	private MatWriter.Value averageImage;

	private final Map< String, String > renamed = new HashMap<>();

	private final Map< String, MatWriter.Value > weights = new HashMap<>();

	/** Biases that replace the coded ones, by layer. */
	private final Map< VggLayer, float[] > biasesOf = new HashMap<>();

	private MatConvNetFile( final boolean newLayout )
	{
		this.newLayout = newLayout;
		this.averageImage = MatWriter.singles( new int[] { 1, 1, 3 }, AVERAGE );
	}

	/** {@code layers{k}.weights = {W, b}} and {@code meta.normalization.averageImage}. */
	static MatConvNetFile newLayout()
	{
		return new MatConvNetFile( true );
	}

	/** {@code layers{k}.filters}, {@code layers{k}.biases} and {@code normalization.averageImage} at the top level. */
	static MatConvNetFile oldLayout()
	{
		return new MatConvNetFile( false );
	}

	/**
	 * The value of torch's {@code weight[out][in][y][x]}: distinct for every index of every layer, and exact
	 * in single precision (below 2^24).
	 */
	static float weightCode( final int out, final int in, final int y, final int x )
	{
		return ( ( out * 1000 + in ) * 10 + y ) * 10 + x;
	}

	/** The value of a layer's bias {@code out}. */
	static float biasCode( final VggLayer layer, final int out )
	{
		return -( ( layer.ordinal() + 1 ) * 1000 + out );
	}

	/** Every value multiplied by this (a power of two keeps them exact): a second, different set of weights. */
	MatConvNetFile scale( final float factor )
	{
		this.scale = factor;
		return this;
	}

	/** Another average image, or {@code null} for none. */
	MatConvNetFile averageImage( final MatWriter.Value average )
	{
		this.averageImage = average;
		return this;
	}

	MatConvNetFile rename( final String layer, final String as )
	{
		renamed.put( layer, as );
		return this;
	}

	/** The layers of {@code source}, in MatConvNet's layout, instead of the coded weights. */
	MatConvNetFile holding( final VggWeights source )
	{
		for ( final VggLayer layer : VggLayer.values() )
		{
			final Convolution c = source.layer( layer );
			weights.put( layer.layerName(), MatWriter.singles( layer.matConvNetWeightShape(), columnMajor( layer, c::weight ) ) );
			biasesOf.put( layer, c.biases() );
		}
		return this;
	}

	/** Other weights for a layer (a wrong shape). */
	MatConvNetFile weights( final String layer, final MatWriter.Value w )
	{
		weights.put( layer, w );
		return this;
	}

	/** {@code W(y, x, in, out)} at {@code y + 3 * (x + 3 * (in + inputs * out))}, as MATLAB stores it. */
	static float[] columnMajor( final VggLayer layer, final float factor )
	{
		return columnMajor( layer, ( out, in, y, x ) -> weightCode( out, in, y, x ) * factor );
	}

	/** A weight of torch's {@code weight[out][in][y][x]}. */
	private interface TorchWeight
	{
		float at( int out, int in, int y, int x );
	}

	/** The weights {@code torch} gives, in MATLAB's column-major {@code W(y, x, in, out)}. */
	private static float[] columnMajor( final VggLayer layer, final TorchWeight torch )
	{
		final int k = VggLayer.KERNEL, inputs = layer.inputs();
		final float[] w = new float[ layer.weightCount() ];
		for ( int out = 0; out < layer.outputs(); out++ )
			for ( int in = 0; in < inputs; in++ )
				for ( int x = 0; x < k; x++ )
					for ( int y = 0; y < k; y++ )
						w[ y + k * ( x + k * ( in + inputs * out ) ) ] = torch.at( out, in, y, x );
		return w;
	}

	static float[] biases( final VggLayer layer, final float factor )
	{
		final float[] b = new float[ layer.outputs() ];
		for ( int out = 0; out < b.length; out++ )
			b[ out ] = biasCode( layer, out ) * factor;
		return b;
	}

	/** The weights {@link #columnMajor} describes, as torchvision weights (torch's order). */
	static VggWeights torchvision( final String description, final float factor )
	{
		final Map< VggLayer, Convolution > layers = new EnumMap<>( VggLayer.class );
		for ( final VggLayer layer : VggLayer.values() )
		{
			final int k = VggLayer.KERNEL;
			final float[] torch = new float[ layer.weightCount() ];
			for ( int t = 0; t < torch.length; t++ )
				torch[ t ] = weightCode( t / ( k * k * layer.inputs() ), t / ( k * k ) % layer.inputs(), t / k % k, t % k ) * factor;
			layers.put( layer, new Convolution( layer, torch, biases( layer, factor ), "test" ) );
		}
		return VggWeights.torchvision( description, layers );
	}

	/** Checks every weight and bias through {@link Convolution#weight} against the codes. */
	static void assertCodes( final VggWeights w, final float factor )
	{
		for ( final VggLayer layer : VggLayer.values() )
		{
			final Convolution c = w.layer( layer );
			for ( int out = 0; out < layer.outputs(); out++ )
			{
				assertEquals( biasCode( layer, out ) * factor, c.bias( out ), 0, layer.layerName() + " bias " + out );
				for ( int in = 0; in < layer.inputs(); in++ )
					for ( int y = 0; y < VggLayer.KERNEL; y++ )
						for ( int x = 0; x < VggLayer.KERNEL; x++ )
							if ( c.weight( out, in, y, x ) != weightCode( out, in, y, x ) * factor )
								assertEquals( weightCode( out, in, y, x ) * factor, c.weight( out, in, y, x ), 0,
										layer.layerName() + " weight [" + out + "][" + in + "][" + y + "][" + x + "]" );
			}
		}
	}

	Path write( final Path file )
	{
		final List< MatWriter.Value > layers = new ArrayList<>();
		for ( final VggLayer layer : VggLayer.values() )
		{
			layers.add( convolution( layer ) );
			layers.add( plain( layer.layerName().replace( "conv", "relu" ), "relu" ) );
			if ( layer == VggLayer.CONV1_2 || layer == VggLayer.CONV2_2 )
				layers.add( plain( layer == VggLayer.CONV1_2 ? "pool1" : "pool2", "pool" ) );
		}
		// a later layer, of another shape, that the readers must pass over
		layers.add( layer( "conv3_1", MatWriter.singles( new int[] { 3, 3, 128, 256 }, new float[ 3 * 3 * 128 * 256 ] ),
				MatWriter.singles( new int[] { 256, 1 }, new float[ 256 ] ), false ) );
		final MatWriter writer = new MatWriter( "MatConvNet layout for PD Plane's tests" ).compressed()
				.add( "layers", MatWriter.cell( 1, layers.size(), layers.toArray( new MatWriter.Value[ 0 ] ) ) );
		final Map< String, MatWriter.Value > normalization = new LinkedHashMap<>();
		normalization.put( "imageSize", MatWriter.doubles( 1, 3, new double[] { 224, 224, 3 } ) );
		if ( averageImage != null )
			normalization.put( "averageImage", averageImage );
		if ( newLayout )
		{
			final Map< String, MatWriter.Value > meta = new LinkedHashMap<>();
			meta.put( "classes", MatWriter.text( "tench" ) );
			meta.put( "normalization", MatWriter.struct( normalization ) );
			writer.add( "meta", MatWriter.struct( meta ) );
		}
		else
			writer.add( "classes", MatWriter.text( "tench" ) ).add( "normalization", MatWriter.struct( normalization ) );
		writer.write( file );
		return file;
	}

	private MatWriter.Value convolution( final VggLayer layer )
	{
		final String name = layer.layerName();
		final MatWriter.Value w = weights.getOrDefault( name, MatWriter.singles( layer.matConvNetWeightShape(), columnMajor( layer, scale ) ) );
		// biases as a column in one layer, a row in the others: MatConvNet's files have both
		final int[] biasShape = layer == VggLayer.CONV2_1 ? new int[] { layer.outputs(), 1 } : new int[] { 1, layer.outputs() };
		final float[] b = biasesOf.containsKey( layer ) ? biasesOf.get( layer ) : biases( layer, scale );
		return layer( renamed.getOrDefault( name, name ), w, MatWriter.singles( biasShape, b ), layer == VggLayer.CONV1_2 );
	}

	/** A convolution's struct; {@code weightsFirst} puts the arrays before the name, as a file may. */
	private MatWriter.Value layer( final String name, final MatWriter.Value w, final MatWriter.Value b, final boolean weightsFirst )
	{
		final Map< String, MatWriter.Value > fields = new LinkedHashMap<>();
		if ( !weightsFirst )
			fields.put( "name", MatWriter.text( name ) );
		fields.put( "type", MatWriter.text( "conv" ) );
		if ( newLayout )
			fields.put( "weights", MatWriter.cell( 1, 2, w, b ) );
		else
		{
			fields.put( "filters", w );
			fields.put( "biases", b );
		}
		if ( weightsFirst )
			fields.put( "name", MatWriter.text( name ) );
		fields.put( "pad", MatWriter.doubles( 1, 4, new double[] { 1, 1, 1, 1 } ) );
		return MatWriter.struct( fields );
	}

	private MatWriter.Value plain( final String name, final String type )
	{
		final Map< String, MatWriter.Value > fields = new LinkedHashMap<>();
		fields.put( "name", MatWriter.text( name ) );
		fields.put( "type", MatWriter.text( type ) );
		if ( newLayout )
			fields.put( "weights", MatWriter.cell( 0, 0 ) );
		return MatWriter.struct( fields );
	}
}
