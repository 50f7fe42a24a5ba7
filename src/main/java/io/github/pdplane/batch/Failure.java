package io.github.pdplane.batch;

import java.util.Objects;

/**
 * Something a batch job could not score, with its user-facing reason: an image without a partner (never
 * guessed), an image that could not be read or scored, or a set value that could not be computed. The
 * run goes on past each one, and every one is counted in the summary.
 * <p>
 * Two failures are equal when their kind, image and message are: a problem that affects several
 * algorithms or blends alike (a sweep's unreadable file) is listed once.
 */
public final class Failure
{
	/** What kind of problem; front ends may list the kinds apart (pairing problems before scoring). */
	public enum Kind
	{
		/** A reference image has no output in an algorithm's set: found before scoring. */
		MISSING( "missing output" ),
		/** An output has no reference image with its key: found before scoring, not scored. */
		NO_REFERENCE( "no reference" ),
		/** A reference image could not be read or used; every algorithm misses its score. */
		REFERENCE( "reference failed" ),
		/** An output could not be read or scored (size, type, range, pixels, ...). */
		FAILED( "failed" ),
		/** A set-level value of an algorithm could not be computed. */
		SET( "set value failed" );

		private final String label;

		Kind( final String label )
		{
			this.label = label;
		}

		public String label()
		{
			return label;
		}

		/** Whether the pairing found it, before any image was opened. */
		public boolean isPairing()
		{
			return this == MISSING || this == NO_REFERENCE;
		}
	}

	private final Kind kind;

	private final String set;

	private final String image;

	private final String message;

	public Failure( final Kind kind, final String set, final String image, final String message )
	{
		this.kind = Objects.requireNonNull( kind );
		this.set = set;
		this.image = image;
		this.message = message;
	}

	public Kind kind()
	{
		return kind;
	}

	/** The algorithm, or the reference set's name for {@link Kind#REFERENCE}. */
	public String set()
	{
		return set;
	}

	/** The image's pairing key (file name or {@code "slice 3"}), or {@code "(set)"} for a set value. */
	public String image()
	{
		return image;
	}

	/** Complete and user-facing: names the file and the rule. */
	public String message()
	{
		return message;
	}

	@Override
	public boolean equals( final Object o )
	{
		if ( !( o instanceof Failure ) )
			return false;
		final Failure f = ( Failure ) o;
		return kind == f.kind && Objects.equals( image, f.image ) && Objects.equals( message, f.message );
	}

	@Override
	public int hashCode()
	{
		return Objects.hash( kind, image, message );
	}

	@Override
	public String toString()
	{
		return kind.label() + ": " + message;
	}
}
