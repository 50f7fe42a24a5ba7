package io.github.pdplane.metrics;

import java.util.Locale;

import io.github.pdplane.PdPlaneException;

/**
 * The two MS-SSIM releases of Wang et al. (algorithms spec 6.3). They differ in the 2x2 averaging
 * before subsampling and in whether the coarsest scale's SSIM carries its exponent.
 */
public enum MsSsimVariant
{
	/**
	 * {@code msssim.m}: 2x2 box with symmetric borders, keep odd pixels; overall = prod cs_l^w_l *
	 * ssim_5^w_5, the formula of the paper (Wang, Simoncelli and Bovik 2003, eq. 7). Reproduces the
	 * published values.
	 */
	PAPER( "paper" ),
	/**
	 * {@code ssim_mscale_new.m}: 2x2 box with 'valid' filtering; overall = prod cs_l^w_l * ssim_5 (the
	 * coarsest SSIM not raised to its weight).
	 */
	MSCALE_NEW( "mscale-new" );

	private final String id;

	MsSsimVariant( final String id )
	{
		this.id = id;
	}

	public String id()
	{
		return id;
	}

	public static String[] ids()
	{
		final MsSsimVariant[] all = values();
		final String[] ids = new String[ all.length ];
		for ( int i = 0; i < all.length; i++ )
			ids[ i ] = all[ i ].id;
		return ids;
	}

	public static MsSsimVariant fromId( final String id )
	{
		final String wanted = id == null ? "" : id.trim().toLowerCase( Locale.ROOT );
		for ( final MsSsimVariant v : values() )
			if ( v.id.equals( wanted ) )
				return v;
		throw new PdPlaneException( "Unknown MS-SSIM variant '" + id + "': use one of " + String.join( ", ", ids() ) + "." );
	}
}
