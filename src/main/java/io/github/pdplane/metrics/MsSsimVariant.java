package io.github.pdplane.metrics;

import java.util.Locale;

import io.github.pdplane.PdPlaneException;

/**
 * The MS-SSIM releases of Wang et al. (algorithms spec 6.3). They differ in the 2x2 averaging before
 * subsampling and in how the five scales are pooled.
 */
public enum MsSsimVariant
{
	/**
	 * {@code msssim.m}: 2x2 box with symmetric borders, keep odd pixels; overall = prod cs_l^w_l *
	 * ssim_5^w_5, the formula of the paper (Wang, Simoncelli and Bovik 2003, eq. 7).
	 */
	PAPER( "paper" ),
	/**
	 * {@code ssim_mscale_new.m}: 2x2 box with 'valid' filtering; overall = prod cs_l^w_l * ssim_5 (the
	 * coarsest SSIM not raised to its weight).
	 */
	MSCALE_NEW( "mscale-new" ),
	/**
	 * {@code msssim.m} with its {@code 'wtd_sum'} method: 2x2 box with symmetric borders as {@link #PAPER};
	 * overall = sum cs_l w_l / sum(w) + ssim_5 w_5 / sum(w). The published MS-SSIM values of the
	 * reference data are reproduced by this pooling to their four decimals.
	 */
	WEIGHTED_SUM( "wtd-sum" );

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
