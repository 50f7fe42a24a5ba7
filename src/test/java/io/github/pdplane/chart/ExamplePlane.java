package io.github.pdplane.chart;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Random;

import org.jfree.chart.JFreeChart;

import io.github.pdplane.metrics.Direction;
import io.github.pdplane.plane.AggregationRules;
import io.github.pdplane.plane.Evaluation;
import io.github.pdplane.plane.PlaneMetric;
import io.github.pdplane.plane.PlaneModel;
import io.github.pdplane.plane.PlanePoint;
import io.github.pdplane.plane.Sweep;
import io.github.pdplane.plane.SweepCurve;

/**
 * A synthetic evaluation of six super-resolution-like algorithms (invented numbers in the ranges of the
 * PIRM 2018 results, not measurements), for looking at the chart:
 * {@code java -cp ... io.github.pdplane.chart.ExamplePlane [out.png]} writes the PNG and an SVG beside it.
 */
public final class ExamplePlane
{
	static final PlaneMetric RMSE = new PlaneMetric( "rmse", "RMSE", Direction.LOWER_IS_BETTER );

	static final PlaneMetric PI = new PlaneMetric( "pi", "PI", Direction.LOWER_IS_BETTER );

	static final PlaneMetric MA = new PlaneMetric( "ma", "Ma", Direction.HIGHER_IS_BETTER );

	static final PlaneMetric NIQE = new PlaneMetric( "niqe", "NIQE", Direction.LOWER_IS_BETTER );

	static final PlaneMetric SSIM = new PlaneMetric( "ssim", "SSIM", Direction.HIGHER_IS_BETTER );

	static final String[] ALGORITHMS = { "Bicubic", "EDSR", "SRResNet", "PPON", "SRGAN", "ESRGAN" };

	/** Target set RMSE and PI of each algorithm. */
	private static final double[][] TARGETS = { { 15.0, 6.9 }, { 11.4, 5.25 }, { 11.9, 5.4 }, { 13.0, 3.4 }, { 15.3, 3.1 }, { 16.2, 2.45 } };

	static final int IMAGES = 30;

	private ExamplePlane()
	{}

	static Evaluation evaluation()
	{
		final Random random = new Random( 7 );
		final double[] difficulty = new double[ IMAGES ];
		for ( int i = 0; i < IMAGES; i++ )
			difficulty[ i ] = Math.exp( 0.15 * random.nextGaussian() );
		final Evaluation.Builder b = Evaluation.builder( RMSE, PI, MA, NIQE, SSIM );
		for ( int a = 0; a < ALGORITHMS.length; a++ )
			for ( int i = 0; i < IMAGES; i++ )
			{
				final double rmse = TARGETS[ a ][ 0 ] * difficulty[ i ] * ( 1 + 0.05 * random.nextGaussian() );
				final double ma = 10 - TARGETS[ a ][ 1 ] + 0.3 + 0.45 * random.nextGaussian();
				final double niqe = TARGETS[ a ][ 1 ] + 0.3 + 0.5 * random.nextGaussian();
				b.putAll( ALGORITHMS[ a ], String.format( "img%03d.png", i ),
						new double[] { rmse, AggregationRules.perceptualIndex( ma, niqe ), ma, niqe, 1 - rmse / 40 } );
			}
		return b.build();
	}

	/** A blend sweep from EDSR to ESRGAN, shaped as such sweeps usually are (slow PI gain at first). */
	static SweepCurve sweep( final PlaneModel model )
	{
		final double re = model.point( "EDSR" ).x();
		final double rg = model.point( "ESRGAN" ).x();
		final double pe = model.point( "EDSR" ).y();
		final double pg = model.point( "ESRGAN" ).y();
		final double[] alphas = Sweep.alphas();
		final double[] x = new double[ alphas.length ];
		final double[] y = new double[ alphas.length ];
		for ( int k = 0; k < alphas.length; k++ )
		{
			final double a = alphas[ k ];
			x[ k ] = Math.sqrt( ( 1 - a ) * ( 1 - a ) * re * re + a * a * rg * rg + 2 * a * ( 1 - a ) * 0.8 * re * rg );
			y[ k ] = pe + ( pg - pe ) * Math.pow( a, 1.7 );
		}
		return new SweepCurve( "EDSR \u2192 ESRGAN blend", alphas, x, y );
	}

	static PlaneModel model()
	{
		final PlaneModel model = PlaneModel.of( evaluation(), "rmse", "pi" );
		return model.withSweep( sweep( model ) );
	}

	public static void main( final String[] args )
	{
		final Path png = Paths.get( args.length > 0 ? args[ 0 ] : "target/example-plane.png" );
		final ChartOptions options = ChartOptions.defaults().withCloud( true ).withTitle( "Synthetic example: six algorithms, 30 images" );
		final PlaneModel model = model();
		final JFreeChart chart = PlaneChart.build( model, options );
		ChartFiles.writePng( chart, png, options, true );
		ChartFiles.writeSvg( chart, png.resolveSibling( png.getFileName().toString().replaceAll( "\\.png$", "" ) + ".svg" ), options, true );
		for ( final io.github.pdplane.plane.PlanePoint p : model.points() )
			System.out.println( PlaneChart.describe( p, model ) );
		// Both axes higher-is-better: both inverted, better still lower left.
		final PlaneModel inverted = PlaneModel.of( evaluation(), "ssim", "ma" );
		ChartFiles.writePng( PlaneChart.build( inverted, options.withTitle( "Synthetic example: SSIM and Ma (both higher is better)" ) ),
				png.resolveSibling( "example-plane-ssim-ma.png" ), options, true );
		final ChartOptions plain = ChartOptions.defaults().withSize( 800, 600 );
		ChartFiles.writePng( PlaneChart.build( PlaneModel.of( evaluation(), "rmse", "pi" ), plain ), png.resolveSibling( "example-plane-plain.png" ),
				plain, true );
	}
}
