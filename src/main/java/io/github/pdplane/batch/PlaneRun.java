package io.github.pdplane.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.io.ImageFileReader;
import io.github.pdplane.nr.BlockFeatures;
import io.github.pdplane.plane.Evaluation;
import io.github.pdplane.registry.MetricDescriptor;
import io.github.pdplane.score.ImageScorer;
import io.github.pdplane.score.ImageScores;
import io.github.pdplane.score.ScoreRow;
import io.github.pdplane.setlevel.SetDistances.FeatureSet;

/**
 * The scoring core of the batch jobs: one task per reference image, run on worker threads by
 * {@link ItemRunner}, scores every output of that image ({@link Outputs}: the algorithms, or the blends
 * of a sweep) and keeps only rows, failures and (for set-level metrics) block features; the results are
 * then assembled in the references' order, so the outcome is the same for any number of threads.
 */
final class PlaneRun
{
	private final BatchJob job;

	private final ImageFileReader reader;

	private final ImageSet reference;

	private final List< Item > references;

	private final Outputs outputs;

	private final ImageScorer scorer;

	/** Null for a run without journal. */
	private final Journal journal;

	PlaneRun( final BatchJob job, final ImageFileReader reader, final ImageSet reference, final List< Item > references, final Outputs outputs,
			final ImageScorer scorer, final Journal journal )
	{
		this.journal = journal;
		this.job = job;
		this.reader = reader;
		this.reference = reference;
		this.references = references;
		this.outputs = outputs;
		this.scorer = scorer;
	}

	/** The pairs of a reference image and an output to score. */
	int pairCount()
	{
		return pairCount( allItems() );
	}

	/**
	 * What one task found for one reference image: small, kept until the end, and written to the journal
	 * ({@link Journal}) where the run keeps one.
	 */
	static final class ItemOutcome
	{
		/** The reference image's pairing key. */
		final String key;

		/** Whether the task ran to its end (not stopped by a cancel between two outputs). */
		boolean complete;

		final List< List< ScoreRow > > rows;

		final List< List< BlockFeatures > > features;

		final String[] failures;

		List< BlockFeatures > referenceFeatures;

		String referenceFailure;

		final List< String > warnings = new ArrayList<>();

		ItemOutcome( final String key, final int columns )
		{
			this.key = key;
			rows = new ArrayList<>( Collections.nCopies( columns, ( List< ScoreRow > ) null ) );
			features = new ArrayList<>( Collections.nCopies( columns, ( List< BlockFeatures > ) null ) );
			failures = new String[ columns ];
		}
	}

	/** What the run found, in order. */
	static final class Assembled
	{
		final List< ScoreRow > rows = new ArrayList<>();

		final List< Failure > failures;

		final int[] scored;

		final int[] failed;

		final double[][] setValues;

		final Evaluation evaluation;

		final List< String > warnings;

		Assembled( final List< Failure > failures, final int[] scored, final int[] failed, final double[][] setValues,
				final Evaluation evaluation, final List< String > warnings, final List< ScoreRow > rows )
		{
			this.failures = failures;
			this.scored = scored;
			this.failed = failed;
			this.setValues = setValues;
			this.evaluation = evaluation;
			this.warnings = warnings;
			this.rows.addAll( rows );
		}
	}

	/**
	 * Scores everything on {@code threads} threads.
	 *
	 * @return null where the job was canceled (or its thread interrupted) before the end
	 */
	Assembled run( final int threads )
	{
		job.expect( pairCount() );
		final List< ItemOutcome > outcomes = runItems( allItems(), threads );
		return outcomes == null ? null : assemble( outcomes );
	}

	/** 0, 1, ..., the number of reference images - 1. */
	int[] allItems()
	{
		final int[] all = new int[ references.size() ];
		for ( int r = 0; r < all.length; r++ )
			all[ r ] = r;
		return all;
	}

	/** The pairs of a reference image and an output among the reference images {@code items}. */
	int pairCount( final int[] items )
	{
		int n = 0;
		for ( final int r : items )
			for ( int c = 0; c < outputs.count(); c++ )
				if ( outputs.has( c, r ) )
					n++;
		return n;
	}

	/**
	 * The outcomes of the reference images {@code items} (indices), in that order, scored on {@code threads}
	 * threads (or read back from the journal, and then appended to it).
	 *
	 * @return null where the job was canceled (or its thread interrupted) before the end
	 */
	List< ItemOutcome > runItems( final int[] items, final int threads )
	{
		if ( journal != null )
			journal.open();
		final ItemRunner.Outcome< ItemOutcome > outcome;
		try
		{
			outcome = ItemRunner.run( items.length, threads, () -> {
				final ImageScorer.Workspace workspace = new ImageScorer.Workspace();
				return i -> journaled( items[ i ], workspace );
			}, job::stopRequested );
		}
		finally
		{
			if ( journal != null )
				journal.close();
		}
		return outcome.complete() ? outcome.results() : null;
	}

	/** The outcome of reference image {@code r}: read back from the journal, or scored (and then journaled). */
	private ItemOutcome journaled( final int r, final ImageScorer.Workspace workspace )
	{
		final ItemOutcome restored = journal == null ? null : journal.restored( references.get( r ).key() );
		if ( restored != null )
			return restored( r, restored );
		final ItemOutcome o = scoreItem( r, workspace );
		if ( journal != null && o.complete )
			journal.append( o );
		return o;
	}

	/** Counts the outputs of reference image {@code r} as done, as found in {@code outcome} (restored, not scored). */
	ItemOutcome restored( final int r, final ItemOutcome outcome )
	{
		for ( int c = 0; c < outputs.count(); c++ )
			if ( outputs.has( c, r ) )
				job.finished( outputs.label( c, r ), outcome.rows.get( c ) == null );
		return outcome;
	}

	/** The columns of the run: the algorithms, or a sweep's blends. */
	int columns()
	{
		return outputs.count();
	}

	/**
	 * Scores reference image {@code r} against every output of it; the outcome is not {@link ItemOutcome#complete}
	 * where the job was canceled between two outputs.
	 */
	ItemOutcome scoreItem( final int r, final ImageScorer.Workspace workspace )
	{
		final int columns = outputs.count();
		final ItemOutcome o = new ItemOutcome( references.get( r ).key(), columns );
		boolean any = false;
		for ( int c = 0; c < columns; c++ )
			any |= outputs.has( c, r );
		if ( !any && !scorer.needsReferenceSet() )
			return o; // nothing to score: not journaled
		final ImageSource referenceImage;
		try
		{
			referenceImage = reference.open( references.get( r ), reader );
		}
		catch ( final PdPlaneException e )
		{
			o.referenceFailure = e.getMessage();
			for ( int c = 0; c < columns; c++ )
				if ( outputs.has( c, r ) )
					job.finished( outputs.label( c, r ), true );
			o.complete = true;
			return o;
		}
		if ( scorer.needsReferenceSet() )
		{
			try
			{
				o.referenceFeatures = scorer.setFeatures( referenceImage, o.warnings::add, workspace );
			}
			catch ( final PdPlaneException e )
			{
				o.referenceFailure = e.getMessage() + " It is left out of the reference set of " + names( scorer.setMetrics() ) + ".";
			}
		}
		final ItemImages images = new ItemImages( reader );
		for ( int c = 0; c < columns; c++ )
		{
			if ( job.stopRequested() )
				return o;
			if ( !outputs.has( c, r ) )
				continue;
			boolean failure = false;
			try
			{
				final ImageScores scores = scorer.score( referenceImage, outputs.open( c, r, images ), o.warnings::add, workspace );
				o.rows.set( c, scores.rows() );
				o.features.set( c, scores.features() );
			}
			catch ( final PdPlaneException e )
			{
				o.failures[ c ] = e.getMessage();
				failure = true;
			}
			job.finished( outputs.label( c, r ), failure );
		}
		o.complete = true;
		return o;
	}

	/** The run from the outcomes of every reference image, in the references' order. */
	Assembled assemble( final List< ItemOutcome > outcomes )
	{
		final int columns = outputs.count();
		final List< ScoreRow > rows = new ArrayList<>();
		// a problem shared by several columns (a sweep's unreadable file) is listed once
		final Set< Failure > failures = new LinkedHashSet<>();
		final Set< String > warnings = new LinkedHashSet<>();
		final int[] scored = new int[ columns ], failed = new int[ columns ];
		final Evaluation.Builder evaluation = Evaluation.builder( AxisMetrics.planeMetrics( scorer ) );
		final double[] missing = new double[ scorer.imageMetrics().size() ];
		Arrays.fill( missing, Double.NaN );

		final FeatureSet referenceSet = scorer.needsReferenceSet() ? scorer.featureSet( "reference set '" + reference.name() + "'" ) : null;
		for ( int r = 0; r < references.size(); r++ )
		{
			final ItemOutcome o = outcomes.get( r );
			warnings.addAll( o.warnings );
			if ( o.referenceFailure != null )
				failures.add( new Failure( Failure.Kind.REFERENCE, reference.name(), references.get( r ).key(), o.referenceFailure ) );
			if ( referenceSet != null && o.referenceFeatures != null )
				o.referenceFeatures.forEach( referenceSet::add );
		}
		final double[][] setValues = new double[ columns ][ scorer.setMetrics().size() ];
		for ( int c = 0; c < columns; c++ )
		{
			final String name = outputs.name( c );
			evaluation.algorithm( name );
			final FeatureSet restoredSet = referenceSet == null ? null : scorer.featureSet( "restored set '" + name + "'" );
			for ( int r = 0; r < references.size(); r++ )
			{
				final ItemOutcome o = outcomes.get( r );
				final String key = references.get( r ).key();
				final List< ScoreRow > scores = o.rows.get( c );
				if ( scores != null )
				{
					for ( final ScoreRow s : scores )
					{
						final ScoreRow row = s.paired( name, key );
						rows.add( row );
						evaluation.putAll( name, row.image(), row.values() );
						scored[ c ]++;
					}
					if ( restoredSet != null )
						o.features.get( c ).forEach( restoredSet::add );
					continue;
				}
				// no score: the image counts as failed, NaN in the evaluation
				evaluation.putAll( name, key, missing );
				failed[ c ]++;
				if ( outputs.missing( c, r ) != null )
					failures.add( outputs.missing( c, r ) );
				else if ( o.failures[ c ] != null )
					failures.add( new Failure( Failure.Kind.FAILED, name, key, o.failures[ c ] ) );
			}
			failures.addAll( outputs.unpaired( c ) );
			Arrays.fill( setValues[ c ], Double.NaN );
			if ( restoredSet != null && restoredSet.imageCount() > 0 && referenceSet.imageCount() > 0 )
			{
				try
				{
					setValues[ c ] = scorer.setRow( name, referenceSet, restoredSet ).values();
				}
				catch ( final PdPlaneException e )
				{
					failures.add( new Failure( Failure.Kind.SET, name, "(set)", e.getMessage() ) );
				}
			}
		}
		return new Assembled( new ArrayList<>( failures ), scored, failed, setValues, evaluation.build(), new ArrayList<>( warnings ), rows );
	}

	static String names( final List< MetricDescriptor > metrics )
	{
		final List< String > names = new ArrayList<>();
		for ( final MetricDescriptor d : metrics )
			names.add( d.displayName() );
		return String.join( " and ", names );
	}
}
