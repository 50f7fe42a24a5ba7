package io.github.pdplane.vgg;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.io.torch.TorchCheckpoint;

/**
 * VGG19's first four convolutions from a torchvision state dict ({@code vgg19-dcbb9e9d.pth}, or any
 * {@code torch.save(model.state_dict())} of torchvision's {@code vgg19}), read without Python: the tensors
 * {@code features.0, 2, 5, 7 .weight/.bias}; the rest of the file (the other convolutions, the 400 MB
 * classifier) is skipped. A state dict saved from a {@code DataParallel} model has the same keys behind
 * {@code module.}, and one of {@code model.features} alone has them without {@code features.}: both are read.
 */
public final class TorchVggWeights
{
	/** The key forms of a VGG19 state dict, tried in this order. */
	private enum KeyForm
	{
		TORCHVISION( "", true ),
		DATA_PARALLEL( "module.", true ),
		FEATURES_ONLY( "", false );

		private final String prefix;

		private final boolean features;

		KeyForm( final String prefix, final boolean features )
		{
			this.prefix = prefix;
			this.features = features;
		}

		/** The key of a layer's tensor in this form: {@code features.7.weight}, {@code module.features.7.weight}, {@code 7.weight}. */
		String key( final String torchvisionLayer, final String parameter )
		{
			return prefix + ( features ? torchvisionLayer : torchvisionLayer.substring( torchvisionLayer.indexOf( '.' ) + 1 ) ) + "." + parameter;
		}

		String key( final VggLayer layer, final String parameter )
		{
			return key( layer.torchvisionKey(), parameter );
		}
	}

	/**
	 * A convolution VGG13 and VGG16 have and VGG19 has not (its features.17 is a ReLU): their first four
	 * convolutions have VGG19's shapes but other trainings' values, so the shapes alone would not tell.
	 */
	private static final String NOT_IN_VGG19 = "features.17";

	private TorchVggWeights()
	{
	}

	/**
	 * @throws PdPlaneException
	 *             for a file that is not a readable state dict, a missing tensor (naming it), one of the wrong
	 *             shape (naming it, its shape and VGG19's) or a state dict of VGG13 or VGG16
	 */
	public static VggWeights read( final Path file )
	{
		final String shown = "'" + file + "'";
		final Set< String > wanted = Arrays.stream( KeyForm.values() ).flatMap( form -> Arrays.stream( VggLayer.values() )
				.flatMap( layer -> Arrays.stream( new String[] { form.key( layer, "weight" ), form.key( layer, "bias" ) } ) ) )
				.collect( Collectors.toSet() );
		final TorchCheckpoint checkpoint = TorchCheckpoint.read( file, wanted::contains );
		final Map< String, int[] > shapes = checkpoint.shapes();
		final KeyForm form = Arrays.stream( KeyForm.values() ).filter( f -> shapes.containsKey( f.key( VggLayer.CONV1_1, "weight" ) ) )
				.findFirst().orElse( KeyForm.TORCHVISION );
		if ( shapes.containsKey( form.key( NOT_IN_VGG19, "weight" ) ) )
			throw new PdPlaneException( shown + " is not a state dict of VGG19: it has " + form.key( NOT_IN_VGG19, "weight" )
					+ ", a convolution of VGG13 and VGG16, whose weights differ from VGG19's. Use torchvision's vgg19 weights." );
		final Map< VggLayer, Convolution > layers = new EnumMap<>( VggLayer.class );
		for ( final VggLayer layer : VggLayer.values() )
			layers.put( layer, new Convolution( layer, values( checkpoint, shapes, form.key( layer, "weight" ), layer.torchWeightShape(),
					layer, shown ), values( checkpoint, shapes, form.key( layer, "bias" ), new int[] { layer.outputs() }, layer, shown ),
					file.toString() ) );
		return VggWeights.torchvision( "torchvision " + file.getFileName(), layers );
	}

	private static float[] values( final TorchCheckpoint checkpoint, final Map< String, int[] > shapes, final String key, final int[] expected,
			final VggLayer layer, final String shown )
	{
		if ( !shapes.containsKey( key ) )
			throw new PdPlaneException( shown + " has no " + key + ": it is not a state dict of torchvision's VGG19 (" + contents( shapes )
					+ ")." );
		if ( !Arrays.equals( shapes.get( key ), expected ) )
			throw new PdPlaneException( shown + ": " + key + " has the shape " + Convolution.shape( shapes.get( key ) ) + "; VGG19's "
					+ layer.layerName() + " has " + Convolution.shape( expected ) + "." );
		return checkpoint.tensor( key ).values();
	}

	/** The first tensors of a state dict, for a message. */
	private static String contents( final Map< String, int[] > shapes )
	{
		final String first = shapes.keySet().stream().limit( 6 ).collect( Collectors.joining( ", " ) );
		return "it holds " + shapes.size() + " tensor(s): " + first + ( shapes.size() > 6 ? ", ..." : "" );
	}
}
