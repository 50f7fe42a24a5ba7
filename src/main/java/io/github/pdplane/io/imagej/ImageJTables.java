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
	 * earlier rows are NaN; a column of {@code target} that {@code rows} lacks is NaN in the new rows. NaN,
	 * not 0: an empty cell reads 0 in a shown table despite {@code setNaNEmptyCells} (seen in ImageJ
	 * 1.53t), and 0 is a perfect RMSE.
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
			{
				final Object cell = rows.cell( r, c );
				if ( cell instanceof Number )
					target.addValue( columns.get( c ), ( ( Number ) cell ).doubleValue() );
				else
					target.addValue( columns.get( c ), String.valueOf( cell ) );
			}
		}
		for ( final String column : columns )
			if ( !earlier.contains( column ) )
				for ( int r = 0; r < first; r++ )
					target.setValue( column, r, Double.NaN );
		for ( final String column : earlier )
			if ( !columns.contains( column ) )
				for ( int r = first; r < target.size(); r++ )
					target.setValue( column, r, Double.NaN );
		for ( final String column : columns )
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
