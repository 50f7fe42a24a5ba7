package io.github.pdplane.image;

/**
 * How an image stores its samples, which decides its natural data range (the peak of PSNR and the L
 * of SSIM) and whether colour conversions round like MATLAB's integer classes.
 */
public enum SampleType
{
	UINT8( "8-bit", 255 ),
	UINT16( "16-bit", 65535 ),
	FLOAT32( "32-bit float", Double.NaN ),
	FLOAT64( "64-bit float", Double.NaN ),
	/**
	 * Signed integers (16-bit signed TIFFs, 32-bit integer TIFFs): no natural range. Their values may be
	 * negative, so neither the type's span (65536 for 16-bit signed) nor its maximum says what the metrics'
	 * 0..range should be; the user gives the data range, as for float data.
	 */
	INT16( "16-bit signed", Double.NaN ),
	INT32( "32-bit signed integer", Double.NaN ),
	/** 32-bit unsigned integers: no natural range either, since no camera fills 32 bits. */
	UINT32( "32-bit unsigned integer", Double.NaN ),
	/** Any other numeric type (signed or wide integers from ImgLib2): no known range. */
	OTHER( "non-standard", Double.NaN );

	private final String description;

	private final double naturalRange;

	SampleType( final String description, final double naturalRange )
	{
		this.description = description;
		this.naturalRange = naturalRange;
	}

	public String description()
	{
		return description;
	}

	/** 255 or 65535 for unsigned integer types, {@code NaN} where only the user knows the range. */
	public double naturalRange()
	{
		return naturalRange;
	}

	public boolean hasNaturalRange()
	{
		return !Double.isNaN( naturalRange );
	}

	/** Whether MATLAB would round conversions of this class ({@code uint8}, {@code uint16}). */
	public boolean isUnsignedInteger()
	{
		return this == UINT8 || this == UINT16;
	}

	public boolean isFloatingPoint()
	{
		return this == FLOAT32 || this == FLOAT64;
	}
}
