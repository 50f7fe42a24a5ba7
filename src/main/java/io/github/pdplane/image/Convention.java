package io.github.pdplane.image;

import java.util.Locale;

import io.github.pdplane.PdPlaneException;

/**
 * How an image becomes the channel(s) a metric sees. The names are the ones of
 * {@code expected-values.csv} and of every front end.
 */
public enum Convention
{
	/** MATLAB {@code rgb2gray}, rounded to the integer class like MATLAB; grey images pass unchanged. */
	GRAY( "gray", "MATLAB rgb2gray (rounded for 8/16-bit)" ),
	/** The 8-bit Y of MATLAB {@code rgb2ycbcr} (16..235), as PIRM 2018 scores; grey images pass unchanged. */
	Y( "y", "8-bit Y of MATLAB rgb2ycbcr (PIRM)" ),
	/** Every channel; colour metrics average over channels (MSE-based ones pool the squared errors). */
	RGB( "rgb", "all channels" );

	private final String id;

	private final String description;

	Convention( final String id, final String description )
	{
		this.id = id;
		this.description = description;
	}

	public String id()
	{
		return id;
	}

	public String description()
	{
		return description;
	}

	/** The ids in declaration order, for choice lists. */
	public static String[] ids()
	{
		final Convention[] all = values();
		final String[] ids = new String[ all.length ];
		for ( int i = 0; i < all.length; i++ )
			ids[ i ] = all[ i ].id;
		return ids;
	}

	public static Convention fromId( final String id )
	{
		final String wanted = id == null ? "" : id.trim().toLowerCase( Locale.ROOT );
		for ( final Convention c : values() )
			if ( c.id.equals( wanted ) )
				return c;
		throw new PdPlaneException( "Unknown convention '" + id + "': use one of " + String.join( ", ", ids() ) + "." );
	}
}
