package io.github.pdplane.commands;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.FloatProcessor;

import io.github.pdplane.image.Plane;
import io.github.pdplane.io.imagej.ImagePlusSource;
import io.github.pdplane.metrics.Ssim;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;

/**
 * SSIM (Wang, Bovik, Sheikh and Simoncelli 2004) of a restored image against its reference; see
 * {@link Ssim}. Optionally also the SSIM map, whose mean is the score. No menu path, for the reason
 * given in {@link RmseCommand}.
 */
@Plugin( type = Command.class, name = "ssim", label = "SSIM...", headless = true, visible = false,
		description = "Structural similarity (11x11 Gaussian window, sigma 1.5) of the restored image against its reference "
				+ "(higher is better)." )
public class SsimCommand extends FullReferenceCommand
{
	@Parameter( label = "Downsample", description = "First downsample both images as the 2009 ssim.m does "
			+ "(by round(min(height, width) / 256)); off reproduces ssim_index.m and the published values." )
	private boolean downsample = false;

	@Parameter( label = "Map", description = "Also output the SSIM map: a 32-bit image (a stack for a restored stack) of the "
			+ "window positions inside the image, (width - 10) x (height - 10) after shave and downsampling; "
			+ "for the rgb convention the mean of the channel maps. Its mean is the score." )
	private boolean map = false;

	@Parameter( type = ItemIO.OUTPUT, label = "SSIM map", required = false )
	private ImagePlus ssimMap;

	@Override
	public void run()
	{
		CommandErrors.cancelOnError( this, () -> {
			final ResultsRecorder.Scored scored = new ResultsRecorder( log() ).scoreAndRecord( reference(), restored(), MetricRegistry.byId(
					"ssim" ), MetricSettings.defaults().withSsimDownsample( downsample ), preparation(), downsample ? "downsample" : "" );
			final ImagePlus scoredMap = map ? mapOf( scored ) : null;
			setValue( scored.summary().value( 0 ) );
			ssimMap = scoredMap;
		} );
	}

	/** The SSIM map of every slice of what was scored (checked and scoreable), as a 32-bit image or stack. */
	private ImagePlus mapOf( final ResultsRecorder.Scored scored )
	{
		final ImagePlusSource reference = scored.reference, restored = scored.restored;
		final Ssim ssim = new Ssim( downsample );
		ImageStack stack = null;
		for ( int s = 0; s < restored.slices(); s++ )
		{
			final Plane[] x = scored.preparation.prepare( reference, reference.slices() > 1 ? s : 0 );
			final Plane[] y = scored.preparation.prepare( restored, s );
			final Plane m = channelMean( ssim, x, y, scored.peak );
			if ( stack == null )
				stack = new ImageStack( m.width(), m.height() );
			stack.addSlice( restored.sliceName( s ), new FloatProcessor( m.width(), m.height(), m.values() ) );
		}
		final ImagePlus image = new ImagePlus( "SSIM map of " + restored.name(), stack );
		image.setDisplayRange( 0, 1 );
		return image;
	}

	/** The per-channel maps averaged, as the score averages the per-channel SSIM. */
	private static Plane channelMean( final Ssim ssim, final Plane[] x, final Plane[] y, final double peak )
	{
		final Plane first = ssim.map( x[ 0 ], y[ 0 ], peak );
		if ( x.length == 1 )
			return first;
		final double[] sum = first.values().clone();
		for ( int c = 1; c < x.length; c++ )
		{
			final double[] v = ssim.map( x[ c ], y[ c ], peak ).values();
			for ( int i = 0; i < sum.length; i++ )
				sum[ i ] += v[ i ];
		}
		for ( int i = 0; i < sum.length; i++ )
			sum[ i ] /= x.length;
		return new Plane( first.width(), first.height(), sum );
	}
}
