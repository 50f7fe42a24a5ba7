package io.github.pdplane.plane;

/**
 * How the per-image values of one metric become one value for a set of images. Missing values (NaN,
 * an image that failed) are left out; with none left the result is NaN.
 */
public enum Aggregation
{
	/** The arithmetic mean: the convention for every metric without a rule of its own. */
	MEAN( "mean of the per-image values" )
	{
		@Override
		double accumulated( final double value )
		{
			return value;
		}

		@Override
		double finished( final double meanOfAccumulated )
		{
			return meanOfAccumulated;
		}
	},

	/**
	 * The root of the mean of the squared per-image values. For RMSE this is the PIRM 2018 set value,
	 * {@code sqrt(mean(MSE))}, which weights a badly restored image more than the mean of the
	 * per-image RMSEs does (and is never smaller than it).
	 */
	ROOT_MEAN_SQUARE( "root of the mean of the squared per-image values" )
	{
		@Override
		double accumulated( final double value )
		{
			return value * value;
		}

		@Override
		double finished( final double meanOfAccumulated )
		{
			return Math.sqrt( meanOfAccumulated );
		}
	};

	private final String description;

	Aggregation( final String description )
	{
		this.description = description;
	}

	public String description()
	{
		return description;
	}

	/** What is summed per image. */
	abstract double accumulated( double value );

	/** The set value from the mean of {@link #accumulated(double)}. */
	abstract double finished( double meanOfAccumulated );

	/**
	 * The set value over the images {@code sample} (indices into {@code values}; a bootstrap sample
	 * repeats some), leaving out NaN.
	 */
	public double over( final double[] values, final int[] sample )
	{
		double sum = 0;
		int count = 0;
		for ( final int i : sample )
		{
			final double v = values[ i ];
			if ( Double.isNaN( v ) )
				continue;
			sum += accumulated( v );
			count++;
		}
		return count == 0 ? Double.NaN : finished( sum / count );
	}
}
