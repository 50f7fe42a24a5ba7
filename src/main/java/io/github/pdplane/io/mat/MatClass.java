package io.github.pdplane.io.mat;

/**
 * The array classes of the MAT-file format (MathWorks, "MAT-File Format", level 5), by their
 * {@code mxCLASS} code.
 */
public enum MatClass
{
	CELL( 1, "cell" ),
	STRUCT( 2, "struct" ),
	OBJECT( 3, "object" ),
	CHAR( 4, "char" ),
	SPARSE( 5, "sparse" ),
	DOUBLE( 6, "double" ),
	SINGLE( 7, "single" ),
	INT8( 8, "int8" ),
	UINT8( 9, "uint8" ),
	INT16( 10, "int16" ),
	UINT16( 11, "uint16" ),
	INT32( 12, "int32" ),
	UINT32( 13, "uint32" ),
	INT64( 14, "int64" ),
	UINT64( 15, "uint64" ),
	FUNCTION( 16, "function handle" ),
	OPAQUE( 17, "opaque object" );

	private final int code;

	private final String matlabName;

	MatClass( final int code, final String matlabName )
	{
		this.code = code;
		this.matlabName = matlabName;
	}

	public int code()
	{
		return code;
	}

	/** The name MATLAB's {@code class()} reports ({@code double}, {@code cell}). */
	public String matlabName()
	{
		return matlabName;
	}

	/** Whether arrays of this class hold numbers ({@code double} to {@code uint64}). */
	public boolean isNumeric()
	{
		return code >= DOUBLE.code && code <= UINT64.code;
	}

	/** The class with this code, or {@code null} for a code the format does not define. */
	static MatClass ofCode( final int code )
	{
		for ( final MatClass c : values() )
			if ( c.code == code )
				return c;
		return null;
	}
}
