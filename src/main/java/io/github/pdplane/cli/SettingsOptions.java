package io.github.pdplane.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import io.github.pdplane.metrics.MetricKind;
import io.github.pdplane.metrics.MsSsimVariant;
import io.github.pdplane.nr.BlockFeatureMetric;
import io.github.pdplane.nr.NiqeModel;
import io.github.pdplane.nr.ma.MaScore;
import io.github.pdplane.nr.ma.PerceptualIndex;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;
import io.github.pdplane.vgg.Vgg22;
import io.github.pdplane.vgg.VggWeightsStore;

/**
 * The options of {@link MetricSettings} every scoring command shares ({@code --niqe-model},
 * {@code --ssim-downsample}, {@code --ms-ssim-variant}, {@code --vgg-weights}): their help texts and their parsing. One
 * instance serves one command, whose model holds the options as one picocli mixin.
 */
final class SettingsOptions
{
	static final String NIQE_MODEL = "niqe-model", SSIM_DOWNSAMPLE = "ssim-downsample", MS_SSIM_VARIANT = "ms-ssim-variant",
			VGG_WEIGHTS = "vgg-weights";

	private final OptionSpec niqeModel, ssimDownsample, msSsimVariant, vggWeights;

	SettingsOptions()
	{
		final MetricSettings settings = MetricSettings.defaults();
		niqeModel = OptionSpecs.path( NIQE_MODEL, "FILE", OptionSpecs.withDefault( "the NIQE model (a MAT-file written by train-niqe, or"
				+ " modelparameters.mat of the MATLAB release) for niqe; its block size also sets that of the set-level metrics",
				"the bundled LIVE model" ) );
		ssimDownsample = OptionSpecs.flag( SSIM_DOWNSAMPLE, OptionSpecs.withDefault( "SSIM first applies the automatic downsampling of the"
				+ " 2009 ssim.m", settings.ssimDownsample() ? "on" : "off" ) );
		msSsimVariant = OptionSpecs.choice( MS_SSIM_VARIANT, Arrays.asList( MsSsimVariant.ids() ), OptionSpecs.withDefault(
				"which MS-SSIM release to follow", settings.msSsimVariant().id() ) );
		vggWeights = OptionSpecs.path( VGG_WEIGHTS, "FILE", OptionSpecs.withDefault( "VGG19 weights for vgg22: torchvision's .pth, MatConvNet's"
				+ " imagenet-vgg-verydeep-19.mat or an installed vgg22.mat", "the installed weights (install-vgg-model), or the file "
						+ VggWeightsStore.FILE_VARIABLE + " names" ) );
	}

	/** Adds the options to a command's model, as the mixin {@code settings}. */
	void addTo( final CommandSpec command )
	{
		command.addMixin( "settings", CommandSpec.create().addOption( niqeModel ).addOption( ssimDownsample ).addOption( msSsimVariant ).addOption( vggWeights ) );
	}

	/**
	 * The settings the options describe, for {@code metrics}, with the models they need read: a bad value is a
	 * usage error; a missing or damaged model file, given or installed, bad input.
	 */
	MetricSettings parse( final List< MetricDescriptor > metrics )
	{
		MetricSettings settings = MetricSettings.defaults();
		if ( OptionSpecs.given( ssimDownsample ) )
			settings = settings.withSsimDownsample( true );
		settings = settings.withMsSsimVariant( OptionSpecs.valueOr( msSsimVariant, MsSsimVariant::fromId, settings.msSsimVariant() ) );
		final Path model = niqeModel.getValue();
		if ( model != null )
		{
			if ( !usesNiqeFeatures( metrics ) )
				throw new UsageException( "--" + NIQE_MODEL + " is the model of niqe (and sets the block size of "
						+ ids( MetricRegistry.ofKind( MetricKind.SET_LEVEL ) ) + "), and the metrics include none of them." );
			// a missing or damaged model file is bad input, not a bad command line
			settings = settings.withNiqeModel( NiqeModel.load( model ) );
		}
		final Path weights = vggWeights.getValue();
		final boolean vgg = uses( metrics, Vgg22.ID );
		if ( weights != null && !vgg )
			throw new UsageException( "--" + VGG_WEIGHTS + " are the weights of " + Vgg22.ID + ", and the metrics do not include it." );
		// the installed models are read here too, not when the metrics are made (where any failure is taken for a bad option):
		// weights or a model that are missing, or a damaged file that an environment variable names, are bad input
		if ( vgg )
			settings = settings.withVggWeights( weights != null ? VggWeightsStore.load( weights ) : settings.vggWeights() );
		if ( uses( metrics, MaScore.ID ) || uses( metrics, PerceptualIndex.ID ) )
			settings = settings.withMaModel( settings.maModel() );
		return settings;
	}

	private static boolean uses( final List< MetricDescriptor > metrics, final String id )
	{
		return metrics.stream().anyMatch( d -> d.id().equals( id ) );
	}

	private static boolean usesNiqeFeatures( final List< MetricDescriptor > metrics )
	{
		return metrics.stream().anyMatch( d -> d.kind() == MetricKind.SET_LEVEL
				|| d.kind() == MetricKind.NO_REFERENCE && d.create( MetricSettings.defaults() ) instanceof BlockFeatureMetric );
	}

	private static String ids( final List< MetricDescriptor > metrics )
	{
		return metrics.stream().map( MetricDescriptor::id ).collect( Collectors.joining( ", " ) );
	}
}
