package io.github.pdplane.commands;

import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import io.github.pdplane.metrics.MetricSettings;

/**
 * SSIM (Wang, Bovik, Sheikh and Simoncelli 2004) of a restored image against its reference; see
 * {@code Ssim}. No menu path, for the reason given in {@link RmseCommand}.
 */
@Plugin( type = Command.class, name = "ssim", label = "SSIM", headless = true, visible = false,
		description = "Structural similarity (11x11 Gaussian window, sigma 1.5) of the restored image against its reference "
				+ "(higher is better)." )
public class SsimCommand extends FullReferenceCommand
{
	@Parameter( label = "Downsample", description = "First downsample both images as the 2009 ssim.m does "
			+ "(by round(min(height, width) / 256)); off reproduces ssim_index.m and the published values." )
	private boolean downsample = false;

	@Override
	protected String metricId()
	{
		return "ssim";
	}

	@Override
	protected MetricSettings settings()
	{
		return MetricSettings.defaults().withSsimDownsample( downsample );
	}

	@Override
	protected String options()
	{
		return downsample ? "downsample" : "";
	}
}
