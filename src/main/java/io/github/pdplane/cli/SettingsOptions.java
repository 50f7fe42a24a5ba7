package io.github.pdplane.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.github.pdplane.metrics.MetricKind;
import io.github.pdplane.metrics.MsSsimVariant;
import io.github.pdplane.nr.BlockFeatureMetric;
import io.github.pdplane.nr.NiqeModel;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;

/**
 * The options of {@link MetricSettings} every scoring command shares ({@code --niqe-model},
 * {@code --ssim-downsample}, {@code --ms-ssim-variant}): their help texts and their parsing.
 */
final class SettingsOptions
{
	static final String NIQE_MODEL = "niqe-model", SSIM_DOWNSAMPLE = "ssim-downsample", MS_SSIM_VARIANT = "ms-ssim-variant";

	private SettingsOptions()
	{}

	static List< Option > options()
	{
		final MetricSettings settings = MetricSettings.defaults();
		return Arrays.asList(
				Option.value( NIQE_MODEL, "FILE", "the NIQE model (a MAT-file written by train-niqe, or modelparameters.mat of the"
						+ " MATLAB release) for niqe; its block size also sets that of the set-level metrics" )
						.withDefault( "the bundled LIVE model" ),
				Option.flag( SSIM_DOWNSAMPLE, "SSIM first applies the automatic downsampling of the 2009 ssim.m" )
						.withDefault( settings.ssimDownsample() ? "on" : "off" ),
				Option.value( MS_SSIM_VARIANT, String.join( "|", MsSsimVariant.ids() ), "which MS-SSIM release to follow" )
						.withDefault( settings.msSsimVariant().id() ) );
	}

	/**
	 * The settings the options describe, for {@code metrics}; a bad value is a usage error, a missing or
	 * damaged model file bad input.
	 */
	static MetricSettings parse( final Arguments arguments, final List< MetricDescriptor > metrics )
	{
		MetricSettings settings = MetricSettings.defaults();
		if ( arguments.flag( SSIM_DOWNSAMPLE ) )
			settings = settings.withSsimDownsample( true );
		settings = settings.withMsSsimVariant( arguments.value( MS_SSIM_VARIANT, MsSsimVariant::fromId, settings.msSsimVariant() ) );
		final Path model = arguments.path( NIQE_MODEL, null );
		if ( model != null )
		{
			if ( !usesNiqeFeatures( metrics ) )
				throw new UsageException( "--" + NIQE_MODEL + " is the model of niqe (and sets the block size of "
						+ ids( MetricRegistry.ofKind( MetricKind.SET_LEVEL ) ) + "), and the metrics include none of them." );
			// a missing or damaged model file is bad input, not a bad command line
			settings = settings.withNiqeModel( NiqeModel.load( model ) );
		}
		return settings;
	}

	private static boolean usesNiqeFeatures( final List< MetricDescriptor > metrics )
	{
		return metrics.stream().anyMatch( d -> d.kind() == MetricKind.SET_LEVEL
				|| d.create( MetricSettings.defaults() ) instanceof BlockFeatureMetric );
	}

	private static String ids( final List< MetricDescriptor > metrics )
	{
		return metrics.stream().map( MetricDescriptor::id ).collect( Collectors.joining( ", " ) );
	}
}
