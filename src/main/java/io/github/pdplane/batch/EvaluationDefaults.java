package io.github.pdplane.batch;

import java.util.Arrays;
import java.util.function.Consumer;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.registry.MetricRegistry;
import io.github.pdplane.registry.MetricSettings;

/**
 * The default axes of the perception-distortion plane, decided in one place for every front end.
 */
public final class EvaluationDefaults
{
	/** The x axis unless chosen: RMSE, the distortion of the PIRM 2018 challenge. */
	public static final String DISTORTION = "rmse";

	/** The y axis where it can be computed: the Perceptual Index of PIRM 2018 (needs the Ma et al. model). */
	public static final String PERCEPTUAL_INDEX = "pi";

	/** The y axis otherwise: NIQE, which needs no model beyond the bundled one. */
	public static final String PERCEPTUAL_FALLBACK = "niqe";

	private EvaluationDefaults()
	{}

	public static MetricDescriptor distortionMetric()
	{
		return MetricRegistry.byId( DISTORTION );
	}

	/**
	 * The default y axis: {@code pi} where the registry has it and the user has a Ma et al. model, else
	 * {@code niqe}, and {@code warnings} hears why (the message says how to install the model); where this
	 * version has no {@code pi} at all, nothing is said. A model that is there but cannot be read (a damaged
	 * installed file, or a file {@code PDPLANE_MA_MODEL} names that is missing) is an error: the user asked
	 * for it, and a quiet fall back to NIQE would answer another question.
	 *
	 * @throws PdPlaneException
	 *             where the user's model cannot be read
	 */
	public static MetricDescriptor perceptualMetric( final MetricSettings settings, final Consumer< String > warnings )
	{
		if ( Arrays.asList( MetricRegistry.ids() ).contains( PERCEPTUAL_INDEX ) )
		{
			final MetricDescriptor pi = MetricRegistry.byId( PERCEPTUAL_INDEX );
			if ( settings.hasMaModel() )
			{
				pi.create( settings );
				return pi;
			}
			try
			{
				settings.maModel();
			}
			catch ( final PdPlaneException e )
			{
				warnings.accept( "The y axis is " + MetricRegistry.byId( PERCEPTUAL_FALLBACK ).displayName() + " instead of "
						+ pi.displayName() + ", which cannot be computed here: " + e.getMessage() );
			}
		}
		return MetricRegistry.byId( PERCEPTUAL_FALLBACK );
	}
}
