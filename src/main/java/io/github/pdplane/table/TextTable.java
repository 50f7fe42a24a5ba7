package io.github.pdplane.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain-text table for terminals: the first column left-aligned, the others right-aligned. */
public final class TextTable
{
	private final List< String[] > rows = new ArrayList<>();

	public TextTable( final String... header )
	{
		rows.add( header.clone() );
	}

	public void add( final String... cells )
	{
		if ( cells.length != rows.get( 0 ).length )
			throw new IllegalArgumentException( "a row needs " + rows.get( 0 ).length + " cells, got " + Arrays.toString( cells ) );
		rows.add( cells.clone() );
	}

	@Override
	public String toString()
	{
		final int columns = rows.get( 0 ).length;
		final int[] widths = new int[ columns ];
		for ( final String[] row : rows )
			for ( int c = 0; c < columns; c++ )
				widths[ c ] = Math.max( widths[ c ], row[ c ].length() );
		final StringBuilder sb = new StringBuilder();
		for ( final String[] row : rows )
		{
			final StringBuilder line = new StringBuilder();
			for ( int c = 0; c < columns; c++ )
				line.append( c == 0 ? Text.padRight( row[ c ], widths[ c ] ) : "  " + Text.padLeft( row[ c ], widths[ c ] ) );
			sb.append( line.toString().replaceAll( "\\s+$", "" ) ).append( '\n' );
		}
		return sb.toString();
	}
}
