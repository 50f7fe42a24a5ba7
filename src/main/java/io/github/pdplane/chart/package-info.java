/**
 * The perception-distortion plane as a JFreeChart: {@link io.github.pdplane.chart.PlaneChart#build} turns
 * a {@link io.github.pdplane.plane.PlaneModel} into a chart without opening a window;
 * {@link io.github.pdplane.chart.ChartFiles} writes it as PNG or SVG (headless, atomically, never
 * overwriting unasked); {@link io.github.pdplane.chart.ChartWindow} shows it where there is a display.
 *
 * <pre>
 * ChartOptions options = ChartOptions.defaults().withCloud( true );
 * JFreeChart chart = PlaneChart.build( plane, options );
 * ChartFiles.writePng( chart, out.resolve( "plane.png" ), options, overwrite );
 * ChartFiles.writeSvg( chart, out.resolve( "plane.svg" ), options, overwrite );
 * if ( !GraphicsEnvironment.isHeadless() ) ChartWindow.show( chart, "PD plane", options );
 * </pre>
 */
package io.github.pdplane.chart;
