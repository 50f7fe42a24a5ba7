package io.github.pdplane.metrics;

/**
 * The distortion channel's regression in one window, as both LIVE releases of VIF compute it ({@code
 * vifsub_est_M.m} and {@code vifp_mscale.m}, and {@code distsub_est_m.m} of IFC): the restored image is the
 * reference times a gain g plus noise of variance vv,
 *
 * <pre>
 * g = cov / (var_x + tol),  vv = (var_y - g cov) / n
 * </pre>
 *
 * with the releases' clamps, in their order: where {@code var_x < tol}, g = 0 and vv = var_y; where {@code var_y <
 * tol}, g = 0 and vv = 0; where g &lt; 0, vv = var_y and g = 0; then {@code vv <= tol} becomes tol. The variances
 * come in already clamped at 0; {@code n} is the window's pixel count where they are sums (VIF, IFC) and 1 where
 * they are means (VIFp); the clamps set vv to var_y itself, as the releases do.
 */
final class ChannelRegression
{
	private ChannelRegression()
	{}

	/**
	 * Writes g and vv of one window at {@code index} of {@code gain} and {@code noiseVariance}.
	 *
	 * @param tolerance
	 *            the release's zero-variance tolerance (1e-15 wavelet domain, 1e-10 pixel domain)
	 */
	static void fit( final double varianceX, final double varianceY, final double covariance, final double tolerance, final double n,
			final double[] gain, final double[] noiseVariance, final int index )
	{
		double g = covariance / ( varianceX + tolerance );
		double vv = ( varianceY - g * covariance ) / n;
		if ( varianceX < tolerance )
		{
			g = 0;
			vv = varianceY;
		}
		if ( varianceY < tolerance )
		{
			g = 0;
			vv = 0;
		}
		if ( g < 0 )
		{
			vv = varianceY;
			g = 0;
		}
		gain[ index ] = g;
		noiseVariance[ index ] = vv <= tolerance ? tolerance : vv;
	}
}
