package io.github.pdplane.table;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import io.github.pdplane.io.OutputFiles;

/**
 * A results table as every front end shows it: named columns, and rows whose cells are {@link String}s
 * (names), {@link Integer}s (counts), {@link Double}s (values, in full precision) or {@link Boolean}s.
 * The CLI writes it as CSV; the ImageJ front end copies it into a results table, so both show the same
 * columns in the same order. Immutable.
 */
public final class ResultTable
{
	private final List< String > columns;

	private final List< Object[] > rows;

	private ResultTable( final List< String > columns, final List< Object[] > rows )
	{
		this.columns = columns;
		this.rows = rows;
	}

	public List< String > columns()
	{
		return columns;
	}

	public int rowCount()
	{
		return rows.size();
	}

	/** A {@link String}, {@link Integer}, {@link Double} or {@link Boolean}. */
	public Object cell( final int row, final int column )
	{
		return rows.get( row )[ column ];
	}

	/** The cell of the named column; see {@link #cell(int, int)}. */
	public Object cell( final int row, final String column )
	{
		final int c = columns.indexOf( column );
		if ( c < 0 )
			throw new IllegalArgumentException( "no column '" + column + "'; the columns are " + columns );
		return cell( row, c );
	}

	/**
	 * RFC 4180 CSV: a header line of the column names, one line per row, fields quoted only where they
	 * need it, numbers in full precision ({@link Double#toString}: {@code Infinity}, {@code NaN}), lines
	 * ending in {@code \n}.
	 */
	public String toCsv()
	{
		return csvLine( columns ) + csvRows();
	}

	/** The rows of {@link #toCsv()} without the header: for output that grows a few rows at a time. */
	public String csvRows()
	{
		final StringBuilder sb = new StringBuilder();
		for ( final Object[] row : rows )
			sb.append( csvLine( Arrays.asList( row ) ) );
		return sb.toString();
	}

	/** One CSV line (with its {@code \n}) of cells as {@link #toCsv()} writes them: the one CSV writer of PD Plane. */
	public static String csvLine( final List< ? > cells )
	{
		final StringBuilder sb = new StringBuilder();
		for ( int c = 0; c < cells.size(); c++ )
			sb.append( c > 0 ? "," : "" ).append( csvCell( cells.get( c ) ) );
		return sb.append( '\n' ).toString();
	}

	private static String csvCell( final Object cell )
	{
		if ( cell instanceof Double )
			return csvField( ( Double ) cell );
		return csvField( String.valueOf( cell ) );
	}

	/**
	 * Writes {@link #toCsv()} atomically with {@link OutputFiles#write}.
	 *
	 * @param howToReplace
	 *            how the user asks for a replacement, for the message where the file exists
	 */
	public void writeCsv( final Path target, final boolean overwrite, final String howToReplace )
	{
		OutputFiles.write( target, overwrite, howToReplace, toCsv().getBytes( StandardCharsets.UTF_8 ) );
	}

	/** A text field, quoted only where it holds a comma, a quote or a line break. */
	public static String csvField( final String value )
	{
		if ( value.indexOf( ',' ) < 0 && value.indexOf( '"' ) < 0 && value.indexOf( '\n' ) < 0 && value.indexOf( '\r' ) < 0 )
			return value;
		return '"' + value.replace( "\"", "\"\"" ) + '"';
	}

	/** A number in full precision: {@link Double#toString}, so {@code Infinity} for the PSNR of identical images. */
	public static String csvField( final double value )
	{
		return Double.toString( value );
	}

	@Override
	public String toString()
	{
		return toCsv();
	}

	public static Builder builder( final List< String > columns )
	{
		return new Builder( columns );
	}

	/** Collects rows; every row has one cell per column. */
	public static final class Builder
	{
		private final List< String > columns;

		private final List< Object[] > rows = new ArrayList<>();

		private Builder( final List< String > columns )
		{
			this.columns = Collections.unmodifiableList( new ArrayList<>( columns ) );
		}

		public Builder row( final List< Object > cells )
		{
			if ( cells.size() != columns.size() )
				throw new IllegalArgumentException( "a row needs " + columns.size() + " cells " + columns + ", got " + cells );
			for ( final Object c : cells )
				if ( !( c instanceof String || c instanceof Integer || c instanceof Double || c instanceof Boolean ) )
					throw new IllegalArgumentException( "cell " + c + " is not a String, Integer, Double or Boolean" );
			rows.add( cells.toArray() );
			return this;
		}

		public Builder row( final Object... cells )
		{
			return row( Arrays.asList( cells ) );
		}

		public ResultTable build()
		{
			return new ResultTable( columns, Collections.unmodifiableList( new ArrayList<>( rows ) ) );
		}
	}
}
