package io.github.pdplane.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.github.pdplane.PdPlaneException;

class ShardTest
{
	@Test
	void parsesKOfNAndRefusesEverythingElseNamingTheTextAndTheRule()
	{
		final Shard s = Shard.parse( " 2/8 " );
		assertEquals( 2, s.index() );
		assertEquals( 8, s.count() );
		assertEquals( "2/8", s.toString() );
		assertEquals( s, Shard.parse( "2 / 8" ) );
		assertEquals( "1/1", Shard.parse( "1/1" ).toString() );
		for ( final String bad : new String[] { "", "3", "0/3", "4/3", "-1/3", "1/0", "a/3", "1/3/4", "2.5/3" } )
		{
			final PdPlaneException e = assertThrows( PdPlaneException.class, () -> Shard.parse( bad ) );
			assertTrue( e.getMessage().startsWith( "The shard '" + bad + "'" ), e.getMessage() );
			assertTrue( e.getMessage().contains( "1 <= K <= N" ), e.getMessage() );
		}
		assertThrows( PdPlaneException.class, () -> Shard.parse( null ) );
	}

	/** Every key belongs to exactly one shard of N, for any N, and the shares are about even. */
	@Test
	void everyKeyBelongsToExactlyOneShardAndTheSharesAreEven()
	{
		for ( final int n : new int[] { 1, 2, 3, 7 } )
		{
			final int[] share = new int[ n ];
			for ( int i = 0; i < 2100; i++ )
			{
				final String key = "img" + i + ".png";
				int owners = 0;
				for ( int k = 1; k <= n; k++ )
					if ( Shard.parse( k + "/" + n ).owns( key ) )
					{
						owners++;
						share[ k - 1 ]++;
					}
				assertEquals( 1, owners, key );
			}
			for ( final int count : share )
				assertTrue( Math.abs( count - 2100 / n ) < 2100 / n / 5 + 10, "shares of " + n + ": " + java.util.Arrays.toString( share ) );
		}
	}

	/** The share is the SHA-256 of the key's UTF-8 bytes: fixed across Java versions and machines (values from sha256sum). */
	@Test
	void theShareIsTheSha256OfTheKeysUtf8Bytes()
	{
		// printf 'a.png' | sha256sum | cut -c1-16
		assertEquals( Long.parseUnsignedLong( SHA_A_PNG, 16 ), Shard.hash( "a.png" ) );
		assertEquals( Long.remainderUnsigned( Long.parseUnsignedLong( SHA_A_PNG, 16 ), 5 ) + 1 + "/5", owner( "a.png", 5 ) );
	}

	private static final String SHA_A_PNG = "7f071235805fbf58";

	private static String owner( final String key, final int n )
	{
		for ( int k = 1; k <= n; k++ )
			if ( Shard.parse( k + "/" + n ).owns( key ) )
				return k + "/" + n;
		throw new AssertionError( key );
	}
}
