package io.github.pdplane.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** SHA-256 of every regular file under a folder, by path: equal before and after proves that nothing was modified. */
public final class Checksums
{
	private Checksums()
	{}

	public static Map< Path, String > of( final Path folder )
	{
		try (Stream< Path > files = Files.walk( folder ))
		{
			final Map< Path, String > sums = new TreeMap<>();
			for ( final Path p : files.filter( Files::isRegularFile ).collect( Collectors.toList() ) )
			{
				final StringBuilder hex = new StringBuilder();
				for ( final byte b : MessageDigest.getInstance( "SHA-256" ).digest( Files.readAllBytes( p ) ) )
					hex.append( String.format( "%02x", b ) );
				sums.put( p, hex.toString() );
			}
			return sums;
		}
		catch ( final IOException e )
		{
			throw new UncheckedIOException( e );
		}
		catch ( final NoSuchAlgorithmException e )
		{
			throw new AssertionError( e );
		}
	}
}
