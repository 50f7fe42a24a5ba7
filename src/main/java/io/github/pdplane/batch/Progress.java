package io.github.pdplane.batch;

/**
 * A snapshot of a running batch job, for progress bars: images done out of the total, failures so far,
 * the image just finished, and the rate and time left it implies. Immutable.
 */
public final class Progress
{
	private final int done;

	private final int total;

	private final int failed;

	private final String current;

	private final long elapsedNanos;

	public Progress( final int done, final int total, final int failed, final String current, final long elapsedNanos )
	{
		this.done = done;
		this.total = total;
		this.failed = failed;
		this.current = current;
		this.elapsedNanos = elapsedNanos;
	}

	/** Images finished (scored or failed). */
	public int done()
	{
		return done;
	}

	public int total()
	{
		return total;
	}

	/** Of {@link #done()}, how many failed. */
	public int failed()
	{
		return failed;
	}

	/** The image just finished ({@code "bicubic/I03.png"}), or empty before the first. */
	public String current()
	{
		return current;
	}

	public double elapsedSeconds()
	{
		return elapsedNanos / 1e9;
	}

	/** 0..1. */
	public double fraction()
	{
		return total == 0 ? 1 : ( double ) done / total;
	}

	/** Images per second so far; NaN before the first is done. */
	public double rate()
	{
		return done == 0 || elapsedNanos <= 0 ? Double.NaN : done / elapsedSeconds();
	}

	/** Seconds left at the rate so far; NaN before the first image is done. */
	public double secondsLeft()
	{
		return ( total - done ) / rate();
	}

	public boolean isFinished()
	{
		return done >= total;
	}

	@Override
	public String toString()
	{
		return done + "/" + total + ( failed > 0 ? " (" + failed + " failed)" : "" ) + " " + current;
	}
}
