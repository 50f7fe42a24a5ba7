package io.github.pdplane.batch;

import java.util.List;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.ImageSource;

/**
 * The outputs a {@link PlaneRun} scores against each reference image, one column per point of the
 * plane: the algorithms of an evaluation, or the blends of a sweep.
 */
interface Outputs
{
	int count();

	/** The column's name: the algorithm, or {@code "alpha=0.3"}. */
	String name( int column );

	/** Whether the column has an output for reference image {@code reference}. */
	boolean has( int column, int reference );

	/** What the progress shows while the pair is scored ({@code "bicubic/I03.png"}). */
	String label( int column, int reference );

	/**
	 * Opens the output of {@code reference}; {@code images} holds what the reference image's task has
	 * opened already, for outputs built from shared files.
	 *
	 * @throws PdPlaneException
	 *             naming the file and the rule
	 */
	ImageSource open( int column, int reference, ItemImages images );

	/** Why the column has no output for {@code reference}, or null where it has one. */
	Failure missing( int column, int reference );

	/** The column's outputs without a reference image (not scored). */
	List< Failure > unpaired( int column );
}
