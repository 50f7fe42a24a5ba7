package io.github.pdplane.io.mat;

/**
 * An array of a class this reader does not decode (sparse, objects, function handles); it keeps
 * its name and size so that the other variables of the file stay usable and messages can say what
 * was found.
 */
public final class MatUnsupported extends MatArray
{
	private final MatClass matClass;

	MatUnsupported( final String name, final int[] dimensions, final MatClass matClass )
	{
		super( name, dimensions );
		this.matClass = matClass;
	}

	@Override
	public MatClass matClass()
	{
		return matClass;
	}
}
