package io.github.pdplane.vgg;

import java.util.EnumMap;
import java.util.Map;

import io.github.pdplane.PdPlaneException;

/**
 * What VGG2,2 needs of a trained VGG19: its first four convolutions ({@link VggLayer}) and the input
 * normalisation of the training they come from, with a description of the file they were read from for the
 * CSV and the messages. Immutable.
 * <p>
 * The normalisation maps an input channel value x in [0, 1] to {@code (x - mean_c) * scale_c}:
 * <ul>
 * <li>torchvision: mean (0.485, 0.456, 0.406), scale 1 / std with std (0.229, 0.224, 0.225);</li>
 * <li>MatConvNet: {@code 255 x - averageImage_c}, i.e. mean {@code averageImage_c / 255}, scale 255.</li>
 * </ul>
 * The two sources are different trainings (torchvision retrained VGG19; MatConvNet converted the original
 * Caffe weights), so their distances differ; results say which was used.
 */
public final class VggWeights
{
	/** Where a set of weights comes from: decides the normalisation and how results name it. */
	public enum Source
	{
		TORCHVISION( "torchvision" ),
		MATCONVNET( "matconvnet" );

		private final String id;

		Source( final String id )
		{
			this.id = id;
		}

		/** The name in the installed file and in results ({@code torchvision}, {@code matconvnet}). */
		public String id()
		{
			return id;
		}

		/** @throws PdPlaneException for an unknown id, naming the file */
		public static Source fromId( final String id, final String file )
		{
			for ( final Source s : values() )
				if ( s.id.equals( id ) )
					return s;
			throw new PdPlaneException( "'" + file + "' says its weights come from '" + id + "', which is neither torchvision nor matconvnet." );
		}
	}

	/** torchvision's ImageNet normalisation (the constants of its model documentation). */
	public static final double[] TORCHVISION_MEAN = { 0.485, 0.456, 0.406 }, TORCHVISION_STD = { 0.229, 0.224, 0.225 };

	/** MatConvNet's inputs are 0..255 minus the average image. */
	public static final double MATCONVNET_SCALE = 255;

	private final Source source;

	private final String description;

	private final Map< VggLayer, Convolution > layers;

	private final double[] mean;

	private final double[] scale;

	private VggWeights( final Source source, final String description, final Map< VggLayer, Convolution > layers, final double[] mean,
			final double[] scale )
	{
		for ( final VggLayer layer : VggLayer.values() )
			if ( !layers.containsKey( layer ) )
				throw new IllegalArgumentException( "no " + layer.layerName() );
		this.source = source;
		this.description = description;
		this.layers = new EnumMap<>( layers );
		this.mean = mean.clone();
		this.scale = scale.clone();
	}

	/**
	 * Weights of torchvision's VGG19, normalised with torchvision's ImageNet mean and standard deviation.
	 *
	 * @param description
	 *            what they were read from, for results ({@code "torchvision vgg19-dcbb9e9d.pth"})
	 */
	public static VggWeights torchvision( final String description, final Map< VggLayer, Convolution > layers )
	{
		final double[] scale = new double[ 3 ];
		for ( int c = 0; c < 3; c++ )
			scale[ c ] = 1 / TORCHVISION_STD[ c ];
		return new VggWeights( Source.TORCHVISION, description, layers, TORCHVISION_MEAN, scale );
	}

	/**
	 * Weights of MatConvNet's VGG19, whose inputs are {@code 255 x - averageImage_c}.
	 *
	 * @param averageImage
	 *            the file's per-channel average, in 0..255 (R, G, B)
	 * @throws PdPlaneException
	 *             where the average is not three finite values, naming the file
	 */
	public static VggWeights matConvNet( final String description, final Map< VggLayer, Convolution > layers, final double[] averageImage,
			final String file )
	{
		if ( averageImage.length != 3 )
			throw new PdPlaneException( "'" + file + "': its average image has " + averageImage.length + " channel(s); VGG19 takes 3 (R, G, B)." );
		final double[] mean = new double[ 3 ], scale = new double[ 3 ];
		for ( int c = 0; c < 3; c++ )
		{
			if ( !Double.isFinite( averageImage[ c ] ) )
				throw new PdPlaneException( "'" + file + "': its average image has the value " + averageImage[ c ] + ": the file is damaged." );
			mean[ c ] = averageImage[ c ] / MATCONVNET_SCALE;
			scale[ c ] = MATCONVNET_SCALE;
		}
		return new VggWeights( Source.MATCONVNET, description, layers, mean, scale );
	}

	public Source source()
	{
		return source;
	}

	/** What the weights were read from, for results and messages ({@code "torchvision vgg19-dcbb9e9d.pth"}). */
	public String description()
	{
		return description;
	}

	public Convolution layer( final VggLayer layer )
	{
		return layers.get( layer );
	}

	/** The value subtracted from channel c (0 = R) of an input in [0, 1]. */
	public double mean( final int channel )
	{
		return mean[ channel ];
	}

	/** The factor channel c is multiplied with after the mean is subtracted. */
	public double scale( final int channel )
	{
		return scale[ channel ];
	}

	/**
	 * For MatConvNet weights, the average image in 0..255 the file gave (R, G, B); for the installed file,
	 * which keeps it.
	 */
	public double[] averageImage()
	{
		final double[] average = new double[ 3 ];
		for ( int c = 0; c < 3; c++ )
			average[ c ] = mean[ c ] * MATCONVNET_SCALE;
		return average;
	}
}
