package io.github.pdplane.io.torch;

import java.io.IOException;
import java.nio.ByteOrder;

/**
 * One of the two ways {@code torch.save} lays out a file: the state dict's pickle, and the elements of its
 * storages, read only for the tensors that are wanted.
 */
interface CheckpointContainer
{
	/** {@code "legacy"} or {@code "zip"}. */
	String name();

	/** What the state dict's pickle built. */
	Object stateDict();

	/** The byte order of the stored elements. */
	ByteOrder order();

	/**
	 * The bytes of {@code count} elements of a storage from its element {@code first}.
	 *
	 * @throws io.github.pdplane.PdPlaneException
	 *             where the file does not hold them, naming it
	 */
	byte[] read( StorageRef storage, long first, int count ) throws IOException;
}
