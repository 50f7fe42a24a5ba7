package io.github.pdplane.commands;

import java.util.Arrays;

import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import ij.ImagePlus;

import io.github.pdplane.metrics.MsSsimVariant;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;

/**
 * Multi-scale SSIM (Wang, Simoncelli and Bovik 2003) of a restored image against its reference, in
 * either of the two MATLAB releases; see {@code MsSsim}. No menu path, for the reason given in
 * {@link RmseCommand}.
 */
@Plugin( type = Command.class, name = "ms-ssim", label = "MS-SSIM...", headless = true, visible = false,
		description = "Multi-scale structural similarity (5 scales) of the restored image against its reference (higher is better)." )
public class MsSsimCommand extends FullReferenceCommand
{
	@Parameter( label = "Variant", initializer = "initVariant",
			description = "The MATLAB release followed: paper = msssim.m with the product of the 2003 paper (default); "
					+ "mscale-new = ssim_mscale_new.m; wtd-sum = msssim.m's weighted sum, which reproduces the published values." )
	private String variant = MsSsimVariant.PAPER.id();

	protected void initVariant()
	{
		getInfo().getMutableInput( "variant", String.class ).setChoices( Arrays.asList( MsSsimVariant.ids() ) );
	}

	@Override
	public void run()
	{
		CommandErrors.cancelOnError( this, () -> {
			final ImagePlus reference = reference(), restored = restored();
			final MsSsimVariant chosen = MsSsimVariant.fromId( variant );
			setValue( new ResultsRecorder( log() ).scoreAndRecord( reference, restored, MetricRegistry.byId( "ms-ssim" ), MetricSettings
					.defaults().withMsSsimVariant( chosen ), preparation(), "variant=" + chosen.id() ).summary().value( 0 ) );
		} );
	}
}
