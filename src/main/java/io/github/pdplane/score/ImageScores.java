package io.github.pdplane.score;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.pdplane.nr.BlockFeatures;

/**
 * What {@link ImageScorer#score} gives for one restored image or stack: its rows, and the NIQE block
 * features of each slice where set-level metrics need them (empty otherwise). Immutable.
 */
public final class ImageScores
{
	private final List< ScoreRow > rows;

	private final List< BlockFeatures > features;

	ImageScores( final List< ScoreRow > rows, final List< BlockFeatures > features )
	{
		this.rows = Collections.unmodifiableList( new ArrayList<>( rows ) );
		this.features = Collections.unmodifiableList( new ArrayList<>( features ) );
	}

	/** One row per image, or per slice of a stack. */
	public List< ScoreRow > rows()
	{
		return rows;
	}

	/** The block features of each slice, for the restored set of the set-level metrics; empty where none is asked for. */
	public List< BlockFeatures > features()
	{
		return features;
	}

	/** The single row of an image, or the mean of a stack's rows. */
	public ScoreRow summary()
	{
		return rows.size() == 1 ? rows.get( 0 ) : ScoreRow.mean( rows.get( 0 ).image(), rows );
	}
}
