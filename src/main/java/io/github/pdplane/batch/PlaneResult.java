package io.github.pdplane.batch;

import java.util.List;

import io.github.pdplane.plane.PlaneModel;
import io.github.pdplane.score.ScoreRow;

/**
 * What the result of every {@link PlaneJob} offers, whatever its outputs are, so that a front end can
 * report and draw any of them the same way (ImageJ's plane commands do); the tables differ and stay with
 * each result.
 */
public interface PlaneResult
{
	/** Every scored image; empty where nothing could be scored. */
	List< ScoreRow > rows();

	/** Every problem of single images, each once. */
	List< Failure > failures();

	/** Notes on legal but unusual input (constant images), each once, in the order of the images. */
	List< String > warnings();

	/** The plane of x against y. */
	PlaneModel plane();
}
