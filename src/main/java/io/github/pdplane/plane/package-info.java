/**
 * The perception-distortion plane as numbers: per-image results of several algorithms
 * ({@link io.github.pdplane.plane.Evaluation}), their set values under the PIRM 2018 rules
 * ({@link io.github.pdplane.plane.AggregationRules}: RMSE from the mean MSE, PI from the mean Ma and
 * NIQE, every other metric averaged), seeded bootstrap intervals over images
 * ({@link io.github.pdplane.plane.Bootstrap}), the empirical frontier with each algorithm's distance to it
 * ({@link io.github.pdplane.plane.Frontier}), the blend sweep ({@link io.github.pdplane.plane.Sweep}), and
 * all of it together for a chart ({@link io.github.pdplane.plane.PlaneModel}). Nothing here depends on
 * ImageJ, SciJava or AWT.
 *
 * <pre>
 * Evaluation.Builder b = Evaluation.builder( PlaneMetric.of( MetricRegistry.byId( "rmse" ) ),
 *         PlaneMetric.of( MetricRegistry.byId( "niqe" ) ) );
 * for ( String name : algorithmNames )
 *     b.algorithm( name );                                  // fixes the legend order
 * b.putAll( "EDSR", "0801.png", new double[] { 11.2, 5.31 } ); // one row per scored image, NaN if it failed
 * Evaluation evaluation = b.build();
 * List&lt;AlgorithmSummary&gt; table = evaluation.summaries();   // the summary table
 * PlaneModel plane = PlaneModel.of( evaluation, "rmse", "niqe" );  // bootstrap: 1000 resamples, seed 2018
 * plane.point( "EDSR" ).onFrontier(); plane.point( "EDSR" ).distance();
 * </pre>
 */
package io.github.pdplane.plane;
