package io.github.pdplane.plane;

/**
 * A {@link SetRule} resolved against the columns of one evaluation: the set value of one metric from the
 * per-image columns of an algorithm, over a sample of image indices (every image, or a bootstrap resample).
 */
interface ColumnStatistic
{
	/**
	 * @param columns
	 *            per-image values, {@code columns[metric][image]}, in the evaluation's metric order
	 * @param sample
	 *            image indices, repeats allowed
	 */
	double evaluate( double[][] columns, int[] sample );

	/** How the value was computed, for tables ({@code "root of the mean of the squared per-image values"}). */
	String description();
}
