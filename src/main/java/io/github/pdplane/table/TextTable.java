package io.github.pdplane.table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A {@link ResultTable} as plain text for terminals: the first column left-aligned, the others right-aligned. */
public final class TextTable
{
	private TextTable()
	{}

	/**
	 * @param format
	 *            each cell's text ({@link ResultTable#cell}: a String, Integer, Double or Boolean)
	 * @return one line per row after the header, each ending in {@code \n}, without trailing spaces
	 */
	public static String render( final ResultTable table, final Function< Object, String > format )
	{
		final List< String[] > lines = new ArrayList<>();
		lines.add( table.columns().toArray( new String[ 0 ] ) );
		for ( int r = 0; r < table.rowCount(); r++ )
		{
			final String[] cells = new String[ table.columns().size() ];
			for ( int c = 0; c < cells.length; c++ )
				cells[ c ] = format.apply( table.cell( r, c ) );
			lines.add( cells );
		}
		final int[] widths = new int[ table.columns().size() ];
		for ( final String[] line : lines )
			for ( int c = 0; c < widths.length; c++ )
				widths[ c ] = Math.max( widths[ c ], line[ c ].length() );
		final StringBuilder sb = new StringBuilder();
		for ( final String[] line : lines )
		{
			final StringBuilder text = new StringBuilder();
			for ( int c = 0; c < widths.length; c++ )
				text.append( c == 0 ? Text.padRight( line[ c ], widths[ c ] ) : "  " + Text.padLeft( line[ c ], widths[ c ] ) );
			sb.append( text.toString().replaceAll( "\\s+$", "" ) ).append( '\n' );
		}
		return sb.toString();
	}
}
