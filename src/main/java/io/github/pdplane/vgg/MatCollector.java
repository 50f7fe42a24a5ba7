package io.github.pdplane.vgg;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.io.mat.MatArray;
import io.github.pdplane.io.mat.MatStream;

/**
 * What one streamed pass over a MAT-file gathers for one of the MAT formats of VGG weights (MatConvNet's
 * file, PD Plane's installed file). Streaming lets a reader look at a 510 MB file and decode only the
 * few arrays it needs; gathering by path, and judging only once the pass is over, lets the fields of a
 * struct come in any order; and since each collector takes only the paths it asked for, one pass can
 * feed several of them ({@link #both}), so a file of unknown format is read once.
 */
abstract class MatCollector implements MatStream.Listener
{
	/** The variable that marks the format. */
	private final String marker;

	private final Set< String > variables = new LinkedHashSet<>();

	/** The paths this collector asked to have decoded and has not received yet. */
	private final Set< String > asked = new HashSet<>();

	/** @param marker the variable that marks the format: where it is missing, the file is another one */
	MatCollector( final String marker )
	{
		this.marker = marker;
	}

	@Override
	public final boolean header( final String path, final MatStream.Header header )
	{
		if ( isVariable( path ) )
			variables.add( path );
		final boolean wanted = wanted( path, header );
		if ( wanted )
			asked.add( path );
		return wanted;
	}

	@Override
	public final void leaf( final String path, final MatArray array )
	{
		if ( asked.remove( path ) )
			take( path, array );
	}

	/**
	 * An array's header, in file order.
	 *
	 * @return whether to decode the array and pass it to {@link #take}
	 */
	abstract boolean wanted( String path, MatStream.Header header );

	/** An array this collector asked for. */
	abstract void take( String path, MatArray array );

	/** Whether the file is of this collector's format, by its marking variable (it may still be incomplete or damaged). */
	final boolean recognised()
	{
		return variables.contains( marker );
	}

	/**
	 * The weights gathered.
	 *
	 * @throws PdPlaneException
	 *             naming the file: of another format ({@link #otherFormat}), or what is missing or wrong
	 */
	final VggWeights weights( final Path file )
	{
		if ( !recognised() )
			throw new PdPlaneException( "'" + file + "' " + otherFormat() + "." );
		return gathered( file );
	}

	/** What to say of a file without the marking variable, after its name ({@code "is not MatConvNet's VGG19 ..."}). */
	abstract String otherFormat();

	/**
	 * The weights of a file of this format.
	 *
	 * @throws PdPlaneException
	 *             naming the file and what is missing or wrong
	 */
	abstract VggWeights gathered( Path file );

	/** Whether the file has this top-level variable. */
	final boolean hasVariable( final String name )
	{
		return variables.contains( name );
	}

	/** The file's variables, for messages: {@code "layers, meta"}, or {@code "none"}. */
	final String variables()
	{
		return variables.isEmpty() ? "none" : String.join( ", ", variables );
	}

	private static boolean isVariable( final String path )
	{
		return path.indexOf( '.' ) < 0 && path.indexOf( '{' ) < 0 && path.indexOf( '(' ) < 0;
	}

	/** Streams {@code file} into the collectors, each of them taking what it asks for. */
	static void read( final Path file, final MatCollector... collectors )
	{
		MatStream.read( file, both( collectors ) );
	}

	/** One listener feeding every collector: an array is decoded when any of them asks for it. */
	private static MatStream.Listener both( final MatCollector... collectors )
	{
		return new MatStream.Listener()
		{
			@Override
			public boolean header( final String path, final MatStream.Header header )
			{
				boolean wanted = false;
				for ( final MatCollector c : collectors )
					wanted |= c.header( path, header );
				return wanted;
			}

			@Override
			public void leaf( final String path, final MatArray array )
			{
				for ( final MatCollector c : collectors )
					c.leaf( path, array );
			}
		};
	}
}
