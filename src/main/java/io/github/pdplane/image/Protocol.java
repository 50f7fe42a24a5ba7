package io.github.pdplane.image;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.github.pdplane.PdPlaneException;

/** Named presets of the preparation, so that a published protocol is one word rather than several options. */
public enum Protocol
{
	/**
	 * The PIRM 2018 challenge ({@code evaluate_results.m}): the 8-bit Y channel of MATLAB
	 * {@code rgb2ycbcr}, 4 pixels shaved from every edge.
	 */
	PIRM( "pirm", Convention.Y, 4, "PIRM 2018: convention y, shave 4" );

	private final String id;

	private final Convention convention;

	private final int shave;

	private final String description;

	Protocol( final String id, final Convention convention, final int shave, final String description )
	{
		this.id = id;
		this.convention = convention;
		this.shave = shave;
		this.description = description;
	}

	public String id()
	{
		return id;
	}

	public Convention convention()
	{
		return convention;
	}

	public int shave()
	{
		return shave;
	}

	/** {@code "PIRM 2018: convention y, shave 4"}. */
	public String description()
	{
		return description;
	}

	/** The preparation of this protocol, with {@code dataRange} (NaN: from the bit depth). */
	public Preparation preparation( final double dataRange )
	{
		return new Preparation( convention, shave, dataRange );
	}

	public static String[] ids()
	{
		return Arrays.stream( values() ).map( Protocol::id ).toArray( String[]::new );
	}

	/** @throws PdPlaneException for an unknown id, listing the known ones */
	public static Protocol fromId( final String id )
	{
		final String wanted = id == null ? "" : id.trim().toLowerCase( Locale.ROOT );
		for ( final Protocol p : values() )
			if ( p.id.equals( wanted ) )
				return p;
		throw new PdPlaneException( "Unknown protocol '" + id + "': the protocols are "
				+ Arrays.stream( values() ).map( p -> p.id + " (" + p.description + ")" ).collect( Collectors.joining( ", " ) ) + "." );
	}
}
