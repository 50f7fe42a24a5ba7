package io.github.pdplane.io.torch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.pdplane.PdPlaneException;

/**
 * The only Python globals a checkpoint may name, and what they build here. Python's unpickler imports
 * whatever a pickle names and calls it, which is how a forged {@code .pth} file runs {@code os.system}; this
 * reader calls nothing: a global is looked up in this list, and anything else is refused when it is named,
 * before a single value is built from it.
 */
final class AllowedGlobals
{
	/** The functions a state dict's pickle applies with REDUCE. */
	enum Function
	{
		/** {@code collections.OrderedDict()}: the state dict itself and a tensor's empty backward hooks. */
		ORDERED_DICT( "collections", "OrderedDict", 0, 0 ),
		/** {@code torch.Size(tuple)}: a tuple. */
		TORCH_SIZE( "torch", "Size", 1, 1 ),
		/** {@code _rebuild_tensor(storage, offset, size, stride)}: old legacy files. */
		REBUILD_TENSOR( "torch._utils", "_rebuild_tensor", 4, 4 ),
		/** {@code _rebuild_tensor_v2(storage, offset, size, stride, requires_grad, backward_hooks[, metadata])}. */
		REBUILD_TENSOR_V2( "torch._utils", "_rebuild_tensor_v2", 6, 7 ),
		/** {@code _rebuild_parameter(tensor, requires_grad, backward_hooks)}: a Parameter is its tensor here. */
		REBUILD_PARAMETER( "torch._utils", "_rebuild_parameter", 3, 3 ),
		/** {@code _rebuild_parameter_with_state(tensor, requires_grad, backward_hooks, state)}. */
		REBUILD_PARAMETER_WITH_STATE( "torch._utils", "_rebuild_parameter_with_state", 4, 4 );

		private final String module;

		private final String name;

		private final int minArguments;

		private final int maxArguments;

		Function( final String module, final String name, final int minArguments, final int maxArguments )
		{
			this.module = module;
			this.name = name;
			this.minArguments = minArguments;
			this.maxArguments = maxArguments;
		}

		@Override
		public String toString()
		{
			return module + "." + name;
		}

		/** Applies the function to REDUCE's argument tuple. */
		Object apply( final List< ? > arguments, final String file )
		{
			if ( arguments.size() < minArguments || arguments.size() > maxArguments )
				throw Unpickler.malformed( file, this + " is given " + arguments.size() + " argument(s)" );
			switch ( this )
			{
			case ORDERED_DICT:
				return new LinkedHashMap<>();
			case TORCH_SIZE:
				if ( !Unpickler.isTuple( arguments.get( 0 ) ) )
					throw Unpickler.malformed( file, "torch.Size is given " + Unpickler.describe( arguments.get( 0 ) ) + " instead of a tuple" );
				return arguments.get( 0 );
			case REBUILD_TENSOR:
			case REBUILD_TENSOR_V2:
				return tensor( arguments, file );
			default:
				if ( !( arguments.get( 0 ) instanceof PickledTensor ) )
					throw Unpickler.malformed( file, this + " is given " + Unpickler.describe( arguments.get( 0 ) ) + " instead of a tensor" );
				return arguments.get( 0 );
			}
		}

		private PickledTensor tensor( final List< ? > arguments, final String file )
		{
			if ( !( arguments.get( 0 ) instanceof StorageRef ) )
				throw Unpickler.malformed( file, this + " is given " + Unpickler.describe( arguments.get( 0 ) ) + " instead of a storage" );
			final Long offset = Unpickler.asLong( arguments.get( 1 ) );
			final long[] size = integers( arguments.get( 2 ), "size", file );
			final long[] stride = integers( arguments.get( 3 ), "stride", file );
			if ( offset == null )
				throw Unpickler.malformed( file, this + " is given the offset " + Unpickler.describe( arguments.get( 1 ) ) );
			if ( size.length != stride.length )
				throw Unpickler.malformed( file, this + " is given " + size.length + " size(s) but " + stride.length + " stride(s)" );
			return new PickledTensor( ( StorageRef ) arguments.get( 0 ), offset, size, stride );
		}

		private long[] integers( final Object tuple, final String what, final String file )
		{
			if ( !( tuple instanceof List ) )
				throw Unpickler.malformed( file, this + " is given the " + what + " " + Unpickler.describe( tuple ) + " instead of a tuple" );
			final List< ? > items = ( List< ? > ) tuple;
			final long[] values = new long[ items.size() ];
			for ( int i = 0; i < values.length; i++ )
			{
				final Long value = Unpickler.asLong( items.get( i ) );
				if ( value == null )
					throw Unpickler.malformed( file, this + " is given a " + what + " holding " + Unpickler.describe( items.get( i ) ) );
				values[ i ] = value;
			}
			return values;
		}
	}

	private AllowedGlobals()
	{
	}

	/**
	 * What a GLOBAL names: a {@link Function}, or a {@link StorageType} for {@code torch.FloatStorage} and the
	 * other storage classes and dtypes.
	 *
	 * @throws PdPlaneException
	 *             for every other global, naming it and saying that nothing was run
	 */
	static Object find( final String module, final String name, final String file )
	{
		for ( final Function function : Function.values() )
			if ( function.module.equals( module ) && function.name.equals( name ) )
				return function;
		final StorageType type = "torch".equals( module ) ? StorageType.ofTorchName( name ) : null;
		if ( type != null )
			return type;
		throw new PdPlaneException( file + " names the Python global " + printable( module ) + "." + printable( name )
				+ ", which no PyTorch state dict needs: PD Plane refused the file and ran nothing from it. PD Plane reads tensors saved with"
				+ " torch.save(model.state_dict(), file); if the file holds a whole model or other Python objects, save its state_dict()"
				+ " instead." );
	}

	/** REDUCE: the callable must be an allowed function and its arguments a tuple. */
	static Object reduce( final Object callable, final Object arguments, final String file )
	{
		if ( !( callable instanceof Function ) )
			throw Unpickler.malformed( file, "it calls " + Unpickler.describe( callable ) + ", which is not a function" );
		if ( !Unpickler.isTuple( arguments ) )
			throw Unpickler.malformed( file, "it calls " + callable + " with " + Unpickler.describe( arguments ) + " instead of a tuple" );
		return ( ( Function ) callable ).apply( ( List< ? > ) arguments, file );
	}

	/**
	 * BUILD: the one state a state dict sets is its {@code _metadata} attribute (module versions), which is
	 * not needed and dropped; a tensor's state (torch 2's parameters) is dropped likewise.
	 */
	static void build( final Object target, final Object state, final String file )
	{
		if ( !( target instanceof Map || target instanceof PickledTensor ) )
			throw Unpickler.malformed( file, "it sets the state of " + Unpickler.describe( target ) );
		if ( !( state instanceof Map || state == null || Unpickler.isTuple( state ) ) )
			throw Unpickler.malformed( file, "it sets a state " + Unpickler.describe( state ) );
	}

	/** A name for a message, without control characters a forged file might hold. */
	private static String printable( final String name )
	{
		final String shown = name.replaceAll( "[\\p{Cntrl}]", "?" );
		return shown.length() > 80 ? shown.substring( 0, 80 ) + "..." : shown;
	}
}
