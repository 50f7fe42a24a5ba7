package io.github.pdplane.table;

/** Plain-text layout for help and tables: padding and word wrapping. */
public final class Text
{
	/** Line width of help texts. */
	public static final int WIDTH = 100;

	private Text()
	{}

	public static String padRight( final String s, final int width )
	{
		final StringBuilder sb = new StringBuilder( s );
		while ( sb.length() < width )
			sb.append( ' ' );
		return sb.toString();
	}

	public static String padLeft( final String s, final int width )
	{
		final StringBuilder sb = new StringBuilder();
		while ( sb.length() + s.length() < width )
			sb.append( ' ' );
		return sb.append( s ).toString();
	}

	/**
	 * Breaks {@code text} at spaces so that lines stay within {@code width} where words allow;
	 * continuation lines start with {@code indent}. Existing line breaks are kept.
	 */
	public static String wrap( final String text, final int width, final String indent )
	{
		final StringBuilder sb = new StringBuilder();
		final String[] paragraphs = text.split( "\n", -1 );
		for ( int p = 0; p < paragraphs.length; p++ )
		{
			if ( p > 0 )
				sb.append( '\n' ).append( indent );
			final String paragraph = paragraphs[ p ];
			int start = 0;
			while ( start < paragraph.length() && paragraph.charAt( start ) == ' ' )
				start++;
			sb.append( paragraph, 0, start );
			int lineLength = start;
			for ( final String word : paragraph.substring( start ).split( " " ) )
			{
				if ( word.isEmpty() )
					continue;
				if ( lineLength > start && lineLength + 1 + word.length() > width )
				{
					sb.append( '\n' ).append( indent ).append( paragraph, 0, start );
					lineLength = start;
				}
				else if ( lineLength > start )
				{
					sb.append( ' ' );
					lineLength++;
				}
				sb.append( word );
				lineLength += word.length();
			}
		}
		return sb.toString();
	}
}
