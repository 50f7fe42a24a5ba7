/**
 * Scoring images in bulk, for every front end. {@link io.github.pdplane.score.ImageScorer} scores one
 * image or stack (full-reference, no-reference and set-level metrics, with every check of the input);
 * the jobs build on it:
 * <ul>
 * <li>{@link io.github.pdplane.batch.EvaluationJob}: several algorithms against one set of references,
 * placed on the perception-distortion plane ({@link io.github.pdplane.batch.EvaluationResult}: per-image
 * rows, failures, set-level values, summaries, {@link io.github.pdplane.plane.PlaneModel});</li>
 * <li>{@link io.github.pdplane.batch.SweepJob}: the blends of two outputs as a curve on the plane
 * ({@link io.github.pdplane.batch.SweepResult}).</li>
 * </ul>
 * A job follows TrackMate's contract ({@link io.github.pdplane.batch.BatchJob}: {@code checkInput()},
 * {@code process()}, {@code getErrorMessage()}, {@code cancel()}), scores on a thread pool with results
 * identical to a serial run, opens each image only when a worker needs it, reports its progress to a
 * {@link io.github.pdplane.batch.ProgressListener}, and lists what it could not score as
 * {@link io.github.pdplane.batch.Failure}s without stopping. It reads files through the front end's
 * {@link io.github.pdplane.io.ImageFileReader} ({@code imagej.ImageJFileReader}) and writes nothing:
 * {@link io.github.pdplane.table.ResultTable} gives the tables (as CSV through
 * {@link io.github.pdplane.io.OutputFiles}, or copied into a front end's table), {@code chart.PlaneChart}
 * draws the plane.
 *
 * <pre>
 * // ImageJ: an open reference stack against two folders, the macro's choices, progress on the status bar
 * EvaluationJob job = EvaluationJob.builder( ImageJFileReader.INSTANCE )
 *         .reference( ImageSet.stack( new ImagePlusSource( referenceImp ) ) )
 *         .algorithm( ImageSet.stack( new ImagePlusSource( edsrImp ) ).named( "EDSR" ) )
 *         .xMetric( "rmse" )
 *         .yMetric( EvaluationDefaults.perceptualMetric( settings, IJ::log ) )   // pi if installed, else niqe
 *         .extraMetrics( "ssim,nss-fd" )
 *         .preparation( Protocol.PIRM.preparation( Double.NaN ) )            // or new Preparation( ... )
 *         .settings( settings )
 *         .threads( Prefs.getThreads() )
 *         .listener( p -&gt; { IJ.showProgress( p.fraction() ); IJ.showStatus( p.done() + "/" + p.total() ); } )
 *         .build();
 * // Escape: a thread that watches IJ.escapePressed() calls job.cancel()
 * if ( !job.checkInput() ) { IJ.error( job.getErrorMessage() ); return; }
 * job.pairingFailures().forEach( f -&gt; IJ.log( f.message() ) );
 * if ( !job.process() ) { IJ.error( job.getErrorMessage() ); return; }   // bad input, or canceled
 * EvaluationResult result = job.result();
 * result.failures().stream().filter( f -&gt; !f.kind().isPairing() ).forEach( f -&gt; IJ.log( f.message() ) );
 * ResultTable perImage = result.perImageTable(), summary = result.summaryTable();  // "PD Per Image", "PD Summary"
 * JFreeChart chart = PlaneChart.build( result.plane(), ChartOptions.defaults() );
 * </pre>
 *
 * Nothing here imports ImageJ, SciJava or AWT.
 */
package io.github.pdplane.batch;
