package io.github.pdplane.cli;

import java.util.function.Supplier;

import io.github.pdplane.PdPlaneException;

/**
 * The command line itself is wrong (unknown option, missing or malformed value, bad metric id), as
 * opposed to an input image: exit code {@link Main#USAGE}, nothing has been read or written.
 */
final class UsageException extends PdPlaneException
{
	private static final long serialVersionUID = 1L;

	UsageException( final String message )
	{
		super( message );
	}

	/**
	 * Runs a constructor or parser fed from options; its {@link PdPlaneException} (a bad parameter, not
	 * a bad image) becomes a usage error with the message unchanged.
	 */
	static < T > T asUsage( final Supplier< T > configuration )
	{
		try
		{
			return configuration.get();
		}
		catch ( final UsageException e )
		{
			throw e;
		}
		catch ( final PdPlaneException e )
		{
			throw new UsageException( e.getMessage() );
		}
	}
}
