package io.github.pdplane.io.imagej;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import ij.measure.ResultsTable;

import io.github.pdplane.table.ResultTable;

/**
 * The one way a {@link ResultTable} becomes rows of an ImageJ results table, for every table the ImageJ
 * commands fill ("PD Results", "PD Per Image", "PD Summary", "PD Sweep"): the same columns in the same
 * order as the CSV files and the terminal show, numbers as numbers (macros read the full value with
 * {@code Table.get}) and names and {@code true}/{@code false} as text.
 */
public final class ImageJTables
{
	/** The decimals a value column shows. */
	public static final int DECIMALS = 6;

	private ImageJTables()
	{}

	/**
	 * A new table, without row numbers, that holds {@code table}: its {@link Double} columns shown with
	 * {@value #DECIMALS} decimals, its counts as whole numbers.
	 */
	public static ResultsTable of( final ResultTable table )
	{
		final ResultsTable rt = new ResultsTable();
		rt.showRowNumbers( false );
		append( rt, table, column -> table.rowCount() > 0 && table.cell( 0, column ) instanceof Double );
		return rt;
	}

	/**
	 * Appends the rows of {@code rows} to {@code target}, matching columns by name, so that tables of
	 * different commands share one window. A column new to {@code target} is added, and its cells in the
	 * earlier rows are empty; a column of {@code target} that {@code rows} lacks is empty in the new rows
	 * ({@link #clear}).
	 *
	 * @param values
	 *            the columns shown with {@value #DECIMALS} decimals; other numbers are formatted as ImageJ
	 *            does (whole numbers without decimals)
	 */
	public static void append( final ResultsTable target, final ResultTable rows, final Predicate< String > values )
	{
		final List< String > columns = rows.columns();
		final int first = target.size();
		final List< String > earlier = columns( target );
		for ( int r = 0; r < rows.rowCount(); r++ )
		{
			target.incrementCounter();
			for ( int c = 0; c < columns.size(); c++ )
				set( target, columns.get( c ), first + r, rows.cell( r, c ) );
		}
		for ( final String column : earlier )
			if ( !columns.contains( column ) )
				for ( int r = first; r < target.size(); r++ )
					clear( target, column, r );
		finishNewColumns( target, earlier, columns, first, values );
	}

	/**
	 * Writes the cells of {@code rows} in {@code columns} into the last {@code rows.rowCount()} rows of
	 * {@code target}, row by row: a command's values filled into the rows another command began. A column new to
	 * {@code target} is added, empty in the rows before (as {@link #append} does).
	 *
	 * @param values
	 *            the columns shown with {@value #DECIMALS} decimals
	 */
	public static void fillLastRows( final ResultsTable target, final ResultTable rows, final List< String > columns,
			final Predicate< String > values )
	{
		final int first = target.size() - rows.rowCount();
		if ( first < 0 )
			throw new IllegalArgumentException( "a table of " + target.size() + " rows has no last " + rows.rowCount() + " rows" );
		final List< String > earlier = columns( target );
		for ( int r = 0; r < rows.rowCount(); r++ )
			for ( final String column : columns )
				set( target, column, first + r, rows.cell( r, column ) );
		finishNewColumns( target, earlier, columns, first, values );
	}

	/**
	 * Whether the cell of {@code target} in {@code column} and {@code row} holds {@code cell}: the same number
	 * (NaN equal to NaN), or the same text.
	 */
	public static boolean holds( final ResultsTable target, final String column, final int row, final Object cell )
	{
		if ( !target.columnExists( column ) )
			return false;
		if ( cell instanceof Number )
			return Double.compare( target.getValue( column, row ), ( ( Number ) cell ).doubleValue() ) == 0;
		return String.valueOf( cell ).equals( target.getStringValue( column, row ) );
	}

	/** Whether {@code target} has no value in {@code column} and {@code row}: no such column, or an empty cell or NaN there. */
	public static boolean isEmpty( final ResultsTable target, final String column, final int row )
	{
		return !target.columnExists( column ) || Double.isNaN( target.getValue( column, row ) );
	}

	/** The text of a cell, or the empty text where {@code target} has no such column. */
	public static String text( final ResultsTable target, final String column, final int row )
	{
		return target.columnExists( column ) ? target.getStringValue( column, row ) : "";
	}

	private static void set( final ResultsTable target, final String column, final int row, final Object cell )
	{
		if ( cell instanceof Number )
			target.setValue( column, row, ( ( Number ) cell ).doubleValue() );
		else
			target.setValue( column, row, String.valueOf( cell ) );
	}

	/**
	 * Empties a cell: the empty text, whose value is NaN for macros ({@code Table.get}) and for
	 * {@link #isEmpty}. Neither 0 (a perfect RMSE), which an unset cell reads in a shown table despite
	 * {@code setNaNEmptyCells} (seen in ImageJ 1.53t), nor NaN, which the window shows as "NaN" in every cell
	 * another command filled.
	 */
	private static void clear( final ResultsTable target, final String column, final int row )
	{
		target.setValue( column, row, "" );
	}

	/**
	 * The columns of {@code written} that {@code target} did not have before ({@code earlier}) are empty in the
	 * rows before {@code first}; the {@code values} among them get their decimals.
	 */
	private static void finishNewColumns( final ResultsTable target, final List< String > earlier, final List< String > written,
			final int first, final Predicate< String > values )
	{
		for ( final String column : written )
			if ( !earlier.contains( column ) )
				for ( int r = 0; r < first; r++ )
					clear( target, column, r );
		for ( final String column : written )
			if ( values.test( column ) )
				target.setDecimalPlaces( target.getColumnIndex( column ), DECIMALS );
	}

	/** The columns of {@code table}, without its row labels. */
	private static List< String > columns( final ResultsTable table )
	{
		final List< String > columns = new ArrayList<>();
		for ( int c = 0; c <= table.getLastColumn(); c++ )
			if ( table.columnExists( c ) )
				columns.add( table.getColumnHeading( c ) );
		return columns;
	}
}
