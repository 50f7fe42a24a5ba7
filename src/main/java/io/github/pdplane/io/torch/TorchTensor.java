package io.github.pdplane.io.torch;

/**
 * One tensor of a checkpoint, as floats in row-major order (the last index fastest), whatever layout and
 * floating-point type the file stored it in. Immutable: the arrays are copied in and out.
 */
public final class TorchTensor
{
	private final String key;

	private final int[] shape;

	private final float[] values;

	TorchTensor( final String key, final int[] shape, final float[] values )
	{
		this.key = key;
		this.shape = shape.clone();
		this.values = values.clone();
	}

	/** Its key in the state dict ({@code features.0.weight}). */
	public String key()
	{
		return key;
	}

	/** Its sizes, outermost first ({@code [64, 3, 3, 3]}); empty for a 0-dimensional tensor. */
	public int[] shape()
	{
		return shape.clone();
	}

	/**
	 * A copy of its values, row-major: float32 as stored, float64 rounded to the nearest float, float16 and
	 * bfloat16 exactly.
	 */
	public float[] values()
	{
		return values.clone();
	}
}
