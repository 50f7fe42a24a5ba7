package io.github.pdplane.batch;

import java.nio.charset.StandardCharsets;

import io.github.pdplane.PdPlaneException;

/**
 * One share {@code K/N} of a job's reference images, for runs split over several processes or machines (SLURM
 * job arrays, Spark executors). A reference image belongs to the shard where the first 8 bytes of the SHA-256 of
 * its pairing key's UTF-8 bytes, as an unsigned number, leave the remainder {@code K-1} divided by {@code N}: the
 * share depends on the key alone, not on the order in which a folder is listed, nor on the Java version (as
 * {@link String#hashCode} would not promise), so every process given the same inputs agrees on it.
 */
public final class Shard
{
	private final int index;

	private final int count;

	private Shard( final int index, final int count )
	{
		this.index = index;
		this.count = count;
	}

	/**
	 * @param text
	 *            {@code "K/N"} with {@code 1 <= K <= N}, as SLURM's {@code $SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT}
	 *            gives for an array {@code 1-N}
	 * @throws PdPlaneException
	 *             naming the text and the rule where it is not such a pair
	 */
	public static Shard parse( final String text )
	{
		final String t = text == null ? "" : text.trim();
		final int slash = t.indexOf( '/' );
		final String rule = "give K/N, the K-th of N shards, with whole numbers 1 <= K <= N (e.g. 2/8)";
		if ( slash < 0 )
			throw new PdPlaneException( "The shard '" + text + "' has no '/': " + rule + "." );
		final int k, n;
		try
		{
			k = Integer.parseInt( t.substring( 0, slash ).trim() );
			n = Integer.parseInt( t.substring( slash + 1 ).trim() );
		}
		catch ( final NumberFormatException e )
		{
			throw new PdPlaneException( "The shard '" + text + "' is not two whole numbers: " + rule + "." );
		}
		if ( n < 1 || k < 1 || k > n )
			throw new PdPlaneException( "The shard '" + text + "' is out of range: " + rule + "." );
		return new Shard( k, n );
	}

	/** K, from 1. */
	public int index()
	{
		return index;
	}

	/** N. */
	public int count()
	{
		return count;
	}

	/** Whether the reference image of pairing key {@code key} is this shard's. */
	public boolean owns( final String key )
	{
		return Long.remainderUnsigned( hash( key ), count ) == index - 1;
	}

	/** The first 8 bytes of the SHA-256 of the key's UTF-8 bytes, big-endian. */
	static long hash( final String key )
	{
		final byte[] digest = Journal.sha256Digest( key.getBytes( StandardCharsets.UTF_8 ) );
		long h = 0;
		for ( int i = 0; i < 8; i++ )
			h = h << 8 | digest[ i ] & 0xff;
		return h;
	}

	@Override
	public boolean equals( final Object o )
	{
		return o instanceof Shard && ( ( Shard ) o ).index == index && ( ( Shard ) o ).count == count;
	}

	@Override
	public int hashCode()
	{
		return 31 * index + count;
	}

	/** {@code "K/N"}, as {@link #parse} reads it. */
	@Override
	public String toString()
	{
		return index + "/" + count;
	}
}
