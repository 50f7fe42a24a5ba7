package io.github.pdplane.batch;

import java.nio.file.Path;

/**
 * One image of an {@link ImageSet}: a file of a folder or a slice of a stack, by reference, so that a
 * job holds a list of these and opens each only when a worker scores it. The key pairs items of
 * different sets: the file name, or {@code "slice 3"} (1-based) for the third slice of a stack.
 */
final class Item
{
	private final String key;

	private final Path file;

	private final int slice;

	Item( final String key, final Path file, final int slice )
	{
		this.key = key;
		this.file = file;
		this.slice = slice;
	}

	/** The key of slice {@code slice} (0-based) of a stack set: {@code "slice 1"} for the first. */
	static String sliceKey( final int slice )
	{
		return "slice " + ( slice + 1 );
	}

	String key()
	{
		return key;
	}

	/** The file of a folder's item, else {@code null}. */
	Path file()
	{
		return file;
	}

	/** The 0-based slice of a stack's item, else -1. */
	int slice()
	{
		return slice;
	}

	@Override
	public String toString()
	{
		return key;
	}
}
