package io.github.pdplane.image;

/**
 * The interpolation kernels of MATLAB's {@code imresize} (algorithms spec, section 0), as functions of
 * the distance {@code t} in input pixels, with their support width and MATLAB's antialiasing default.
 */
public enum ResizeKernel
{
	/** {@code 'nearest'}: MATLAB's box, 1 on {@code [-0.5, 0.5)}; no antialiasing by default. */
	NEAREST( "nearest", 1, false )
	{
		@Override
		public double weight( final double t )
		{
			return -0.5 <= t && t < 0.5 ? 1 : 0;
		}
	},
	/** {@code 'bilinear'}: MATLAB's triangle, {@code 1 - |t|} on {@code [-1, 1]}. */
	BILINEAR( "bilinear", 2, true )
	{
		@Override
		public double weight( final double t )
		{
			if ( -1 <= t && t < 0 )
				return t + 1;
			if ( 0 <= t && t <= 1 )
				return 1 - t;
			return 0;
		}
	},
	/**
	 * {@code 'bicubic'}: the cubic convolution kernel of Keys (IEEE Trans. ASSP 29(6), 1981) with
	 * {@code a = -0.5}, MATLAB's default.
	 */
	BICUBIC( "bicubic", 4, true )
	{
		@Override
		public double weight( final double t )
		{
			final double a = Math.abs( t );
			final double a2 = a * a;
			final double a3 = a2 * a;
			if ( a <= 1 )
				return 1.5 * a3 - 2.5 * a2 + 1;
			if ( a <= 2 )
				return -0.5 * a3 + 2.5 * a2 - 4 * a + 2;
			return 0;
		}
	};

	private final String id;

	private final double width;

	private final boolean antialiasByDefault;

	ResizeKernel( final String id, final double width, final boolean antialiasByDefault )
	{
		this.id = id;
		this.width = width;
		this.antialiasByDefault = antialiasByDefault;
	}

	/** MATLAB's method name ({@code "bicubic"}). */
	public String id()
	{
		return id;
	}

	/** The support width in input pixels before any antialias stretching. */
	public double width()
	{
		return width;
	}

	/** MATLAB's default of {@code 'Antialiasing'}: true except for nearest. */
	public boolean antialiasByDefault()
	{
		return antialiasByDefault;
	}

	/** The kernel's value at distance {@code t} (in input pixels, unstretched). */
	public abstract double weight( double t );
}
