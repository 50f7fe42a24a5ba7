package io.github.pdplane.io;

import java.util.List;

/** Comma-separated values as RFC 4180 writes them: fields quoted only where they need it. */
public final class Csv
{
	private Csv()
	{}

	public static String field( final String value )
	{
		if ( value.indexOf( ',' ) < 0 && value.indexOf( '"' ) < 0 && value.indexOf( '\n' ) < 0 && value.indexOf( '\r' ) < 0 )
			return value;
		return '"' + value.replace( "\"", "\"\"" ) + '"';
	}

	/** A number in full precision: {@link Double#toString}, so {@code Infinity} for PSNR of identical images. */
	public static String field( final double value )
	{
		return Double.toString( value );
	}

	/** One line: the text fields (quoted where needed), then the numbers. */
	public static String row( final List< String > texts, final double... numbers )
	{
		final StringBuilder sb = new StringBuilder();
		for ( int i = 0; i < texts.size(); i++ )
			sb.append( i > 0 ? "," : "" ).append( field( texts.get( i ) ) );
		for ( int i = 0; i < numbers.length; i++ )
			sb.append( i > 0 || !texts.isEmpty() ? "," : "" ).append( field( numbers[ i ] ) );
		return sb.toString();
	}
}
